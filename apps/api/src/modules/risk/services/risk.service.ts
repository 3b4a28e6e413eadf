import { AuditEventType, RiskEventStatus, type RiskEventType } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { RiskEventEntity } from '../entities/risk-event.entity';

/** The alliance's risk queue (风控): every event waits for a decision, and both go in the audit chain. */
@Injectable()
export class RiskService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Raised inside the caller's transaction. `details` never carries a code's plaintext. */
  async raise(type: RiskEventType, organizationId: string | null, subject: { type: string; id: string }, details: Record<string, unknown>): Promise<RiskEventEntity> {
    const repo = this.txHost.tx.getRepository(RiskEventEntity);
    const event = repo.create({ type, status: RiskEventStatus.OPEN, organizationId, subjectType: subject.type, subjectId: subject.id, details, createdAt: this.clock.now() });
    await repo.insert(event as never);
    await this.audit.record({ type: AuditEventType.RISK_EVENT_RAISED, organizationId, subjectType: 'risk_event', subjectId: event.id, payload: { type, subject, details } });
    return event;
  }

  async list(status: RiskEventStatus | null, page: { offset: number; limit: number }): Promise<Page<RiskEventEntity>> {
    const [items, totalCount] = await this.txHost.tx.getRepository(RiskEventEntity).findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  @Transactional()
  async decide(actor: UserActor, id: string, decision: RiskEventStatus, note: string): Promise<RiskEventEntity> {
    if (decision === RiskEventStatus.OPEN) throw validationFailed({ decision: ['must be CONFIRMED or DISMISSED'] });
    if (note.trim().length < 2) throw validationFailed({ note: ['say why'] });
    const repo = this.txHost.tx.getRepository(RiskEventEntity);
    const event = await repo.findOne({ where: { id: assertId(id, 'Risk event') }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw notFound('Risk event');
    if (event.status !== RiskEventStatus.OPEN) throw invalidTransition(event.status, decision);
    Object.assign(event, { status: decision, decidedByUserId: actor.userId, decisionNote: note.trim(), decidedAt: this.clock.now() });
    await repo.save(event);
    await this.audit.record({
      type: AuditEventType.RISK_EVENT_DECIDED,
      ...auditActor(actor),
      organizationId: event.organizationId,
      subjectType: 'risk_event',
      subjectId: event.id,
      payload: { decision, note: event.decisionNote, riskType: event.type },
    });
    return event;
  }
}
