import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Page } from '../../common/pagination';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './entities/audit-event.entity';

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
  ) {}

  async list(
    filter: { type: string | null; organizationId: string | null },
    page: { offset: number; limit: number },
  ): Promise<Page<AuditEventEntity>> {
    // What waits in the outbox is part of the chain already; show it.
    await this.audit.flush();
    const qb = this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.type) qb.andWhere('e.type = :type', { type: filter.type });
    if (filter.organizationId) qb.andWhere('e.organization_id = :org', { org: filter.organizationId });
    const [items, totalCount] = await qb.orderBy('e.seq', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }
}
