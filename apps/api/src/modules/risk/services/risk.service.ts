import { RiskEventStatus, riskEventLifecycle, type RiskEventType } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { RiskEventEntity } from '../entities/risk-event.entity';
import { RiskEventDecidedEvent, RiskEventRaisedEvent } from '../risk.events';

type RiskAction = 'CONFIRM' | 'DISMISS';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** The alliance's risk queue (风控): every event waits for a decision, and both go in the audit chain. */
@Injectable()
export class RiskService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly clock: Clock,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<RiskEventEntity, RiskEventStatus, RiskAction>({
      aggregate: 'risk_event', label: 'Risk event', entity: RiskEventEntity, machine: riskEventLifecycle,
      events: ({ actor, after }) => new RiskEventDecidedEvent(actor as UserActor, after, after.decisionNote!),
    });
  }

  private readonly lifecycle: Lifecycle<RiskEventEntity, RiskEventStatus, RiskAction>;

  private get repo() {
    return this.txHost.tx.getRepository(RiskEventEntity);
  }

  /** Raised inside the caller's transaction. `details` never carries a code's plaintext. */
  async raise(type: RiskEventType, organizationId: string | null, subject: { type: string; id: string }, details: Record<string, unknown>, actor: Actor | null = null): Promise<RiskEventEntity> {
    const event = this.repo.create({ type, status: RiskEventStatus.OPEN, organizationId, subjectType: subject.type, subjectId: subject.id, details, createdAt: this.clock.now() });
    await this.repo.insert(event as never); // jsonb details: TypeORM's partial type cannot express it
    await this.events.publish(new RiskEventRaisedEvent(actor, event));
    return event;
  }

  async list(status: RiskEventStatus | null, page: { offset: number; limit: number }): Promise<Page<RiskEventEntity>> {
    const [items, totalCount] = await this.repo.findAndCount({ where: status ? { status } : {}, order: { createdAt: 'DESC' }, skip: page.offset, take: page.limit });
    return { items, totalCount };
  }

  @UnitOfWork()
  async decide(actor: UserActor, id: string, decision: RiskEventStatus, note: string): Promise<RiskEventEntity> {
    const event = await this.lifecycle.lockOrFail(assertId(id, 'Risk event'));
    return this.decideOne(actor, event, decision, note);
  }

  /**
   * Decides the open risk events about a subject (e.g. a held order, decided on its own page), each with its
   * audit record. Returns how many were open.
   */
  async decideAbout(actor: UserActor, subject: { type: string; id: string }, decision: RiskEventStatus, note: string): Promise<number> {
    const open = await this.lifecycle.lockWhere({ subjectType: subject.type, subjectId: subject.id, status: RiskEventStatus.OPEN });
    for (const event of open) await this.decideOne(actor, event, decision, note);
    return open.length;
  }

  private async decideOne(actor: UserActor, event: RiskEventEntity, decision: RiskEventStatus, note: string): Promise<RiskEventEntity> {
    if (decision === RiskEventStatus.OPEN) throw validationFailed({ decision: ['must be CONFIRMED or DISMISSED'] });
    if (note.trim().length < 2) throw validationFailed({ note: ['say why'] });
    return this.lifecycle.transition(actor, event, decision === RiskEventStatus.CONFIRMED ? 'CONFIRM' : 'DISMISS', {
      decidedByUserId: actor.userId, decisionNote: note.trim(), decidedAt: this.clock.now(),
    });
  }
}
