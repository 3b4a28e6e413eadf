import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Page } from '../../common/pagination';
import { SubjectNames } from '../../common/subject-names';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './entities/audit-event.entity';

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly names: SubjectNames,
  ) {}

  async list(
    filter: { type: string | null; organizationId: string | null; actor?: string | null; subjectType?: string | null; subjectId?: string | null; start?: Date | null; end?: Date | null },
    page: { offset: number; limit: number },
  ): Promise<Page<AuditEventEntity>> {
    // What waits in the outbox is part of the chain already; show it.
    await this.audit.flush();
    const qb = this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.type) qb.andWhere('e.type = :type', { type: filter.type });
    if (filter.organizationId) qb.andWhere('e.organization_id = :org', { org: filter.organizationId });
    if (filter.actor) qb.andWhere(`e.actor_email ILIKE :actor ESCAPE '\\'`, { actor: `%${filter.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (filter.subjectType) qb.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.start) qb.andWhere('e.occurred_at >= :start', { start: filter.start });
    if (filter.end) qb.andWhere('e.occurred_at < :end', { end: filter.end });
    const [items, totalCount] = await qb.orderBy('e.seq', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /**
   * What a person calls each event's subject and organisation, for a page of events: asked of the modules that own
   * them (SubjectNames), one read per kind of subject on the page. Keyed `kind:id`; a subject that no longer exists
   * (or of a kind nobody names) has no label.
   */
  async labels(events: AuditEventEntity[]): Promise<{ subjects: Map<string, string>; organizations: Map<string, string> }> {
    const byKind = new Map<string, string[]>();
    for (const e of events) if (e.subjectType && e.subjectId) byKind.set(e.subjectType, [...(byKind.get(e.subjectType) ?? []), e.subjectId]);
    const orgIds = events.map((e) => e.organizationId).filter((id): id is string => !!id);
    byKind.set('organization', [...(byKind.get('organization') ?? []), ...orgIds]);
    const subjects = new Map<string, string>();
    for (const [kind, ids] of byKind) for (const [id, name] of await this.names.of(kind, ids)) subjects.set(`${kind}:${id}`, name);
    const organizations = new Map(orgIds.filter((id) => subjects.has(`organization:${id}`)).map((id) => [id, subjects.get(`organization:${id}`)!]));
    return { subjects, organizations };
  }
}
