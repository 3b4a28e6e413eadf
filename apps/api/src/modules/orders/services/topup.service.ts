import {
  AttemptOutcome,
  ErrorCode,
  LedgerAccountKind,
  LedgerTransactionType,
  OrderEvent,
  OrderStatus,
  TopupAction,
  TopupTaskStatus,
  topupLifecycle,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { OfferService } from '../../catalog/services/offer.service';
import { JobsService } from '../../jobs/jobs.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { RoutingService } from '../../routing/services/routing.service';
import { OrderEntity } from '../entities/order.entity';
import { TopupTaskEntity } from '../entities/topup-task.entity';
import { TopupTaskChangedEvent } from '../orders.events';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderFulfilmentService } from './order-fulfilment.service';

export const EXPIRE_TOPUPS_JOB = 'orders.expire-topup-tasks';

/** Task statuses that still occupy a supplier's queue. */
const OPEN = [TopupTaskStatus.QUEUED, TopupTaskStatus.CLAIMED];

/**
 * Direct top-ups (直充): the member's money waits in its hold while the task is in a supplier's queue; a
 * completed task pays the supplier and delivers the order; a failed or expired one fails over to the next
 * offer routing names; after the last, the money goes back to the wallet by itself.
 */
@Injectable()
export class TopupService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly lifecycle: OrderLifecycleService,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly routing: RoutingService,
    private readonly offers: OfferService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(TopupTaskEntity);
  }

  onModuleInit(): void {
    this.jobs.define({ name: EXPIRE_TOPUPS_JOB, cron: '* * * * *', handler: () => this.expireDue() });
  }

  /**
   * The one way a task's status changes: checked against topupLifecycle (packages/domain), written only if
   * nobody moved it meanwhile, and published as TopupTaskChangedEvent.
   */
  private async transition(actor: Actor | null, task: TopupTaskEntity, action: TopupAction, changes: Partial<TopupTaskEntity> = {}): Promise<TopupTaskEntity> {
    const next = nextStatus(topupLifecycle, task.status, action, undefined);
    const now = this.clock.now();
    const stamp: Partial<TopupTaskEntity> = next === TopupTaskStatus.CLAIMED
      ? { claimedAt: now, claimedByUserId: actor?.kind === 'user' ? actor.userId : null }
      : { finishedAt: now };
    const moved = await this.tasks.update({ id: task.id, status: task.status }, { ...changes, ...stamp, status: next });
    if (!moved.affected) throw invalidTransition(task.status, action);
    const updated = Object.assign(new TopupTaskEntity(), task, changes, stamp, { status: next });
    await this.events.publish(new TopupTaskChangedEvent(actor, updated, task.status, action));
    return updated;
  }

  /** A new top-up order: its amount moves from the wallet to the hold, and the first source gets the task. */
  async start(actor: Actor, order: OrderEntity, wallet: string): Promise<{ order: OrderEntity; task: TopupTaskEntity | null }> {
    const total = BigInt(order.total);
    const hold = await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.memberId);
    await this.ledger.post(LedgerTransactionType.HOLD, [{ accountId: wallet, amount: -total }, { accountId: hold, amount: total }], { orderId: order.id, reference: order.clientOrderNo, memo: 'direct top-up in progress' });
    return this.dispatch(actor, order);
  }

  /**
   * Puts the order's task in the queue of the first offer routing names that has not tried it yet and has
   * room; when none is left, the reserved amount goes back and the order fails.
   */
  async dispatch(actor: Actor | null, order: OrderEntity): Promise<{ order: OrderEntity; task: TopupTaskEntity | null }> {
    const tried = new Set((await this.tasks.find({ where: { orderId: order.id }, select: { offerId: true } })).map((t) => t.offerId));
    const plan = await this.routing.plan(order.skuId, { exclude: tried });
    const full: { offerId: string; position: number; reason: Record<string, unknown> }[] = [];
    for (const candidate of plan.candidates) {
      if (candidate.capacity !== null && (await this.tasks.count({ where: { offerId: candidate.offerId, status: In(OPEN) } })) >= candidate.capacity) {
        full.push({ offerId: candidate.offerId, position: candidate.position, reason: { ...candidate.reason, capacity: candidate.capacity } });
        continue;
      }
      await this.fulfilment.recordAttempts(order.id, full.map((f) => ({ ...f, outcome: AttemptOutcome.NO_CAPACITY })));
      const now = this.clock.now();
      const task = this.tasks.create({
        orderId: order.id, offerId: candidate.offerId, supplierId: candidate.supplierId, status: TopupTaskStatus.QUEUED, rechargeAccount: order.rechargeAccount!,
        quantity: order.quantity, deadlineAt: new Date(now.getTime() + this.config.topupDeadlineSeconds * 1000), claimedByUserId: null, claimedAt: null,
        finishedAt: null, reference: null, failureReason: null, createdAt: now,
      });
      await this.tasks.insert(task);
      await this.events.publish(new TopupTaskChangedEvent(actor, task, null, null));
      return { order, task };
    }
    await this.fulfilment.recordAttempts(order.id, [
      ...plan.excluded.map((x) => ({ offerId: x.offerId, outcome: AttemptOutcome.UNAVAILABLE, position: null, reason: x.reason })),
      ...full.map((f) => ({ ...f, outcome: AttemptOutcome.NO_CAPACITY })),
    ]);
    return { order: await this.refund(actor, order), task: null };
  }

  /** No supplier could do it: the reserved amount goes back to the wallet and the order fails (the member is told). */
  private async refund(actor: Actor | null, order: OrderEntity): Promise<OrderEntity> {
    const total = BigInt(order.total);
    await this.ledger.post(
      LedgerTransactionType.RELEASE,
      [
        { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.memberId), amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_WALLET, order.memberId), amount: total },
      ],
      { orderId: order.id, reference: order.clientOrderNo, memo: 'direct top-up failed at every source' },
    );
    return this.lifecycle.transition(actor, order, OrderEvent.FAIL, { failureCode: ErrorCode.TOPUP_FAILED }, { refunded: order.total });
  }

  private async lockTask(actor: Actor | null, id: string): Promise<TopupTaskEntity> {
    const task = await this.tasks.findOne({ where: { id: assertId(id, 'Top-up task') }, lock: { mode: 'pessimistic_write' } });
    if (!task || (actor && task.supplierId !== actor.organizationId)) throw notFound('Top-up task');
    return task;
  }

  private lockOrder(id: string): Promise<OrderEntity> {
    return this.txHost.tx.getRepository(OrderEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  @Transactional()
  async claim(actor: Actor, id: string): Promise<TopupTaskEntity> {
    return this.transition(actor, await this.lockTask(actor, id), TopupAction.CLAIM);
  }

  /** Done: the supplier is paid from the hold and the member's order is delivered. */
  @Transactional()
  async complete(actor: Actor, id: string, reference: string): Promise<TopupTaskEntity> {
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the top-up reference from the operator'] });
    const task = await this.lockTask(actor, id);
    const done = await this.transition(actor, task, TopupAction.COMPLETE, { reference: reference.trim() });
    const order = await this.lockOrder(task.orderId);
    const settlement = await this.offers.settlementPrice(task.offerId);
    await this.fulfilment.addLine(order, task.offerId, task.supplierId, settlement);
    await this.fulfilment.postSale(order, await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.memberId), task.supplierId, settlement);
    await this.fulfilment.recordAttempts(order.id, [{ offerId: task.offerId, outcome: AttemptOutcome.DELIVERED, position: null, reason: { taskId: task.id } }]);
    const now = this.clock.now();
    await this.lifecycle.transition(actor, order, OrderEvent.DELIVER, { deliveredAt: now, latencyMs: (now.getTime() - order.placedAt.getTime()).toFixed(3) }, {
      offerId: task.offerId, taskId: task.id, reference: done.reference,
    });
    return done;
  }

  /** The supplier could not do it: the next source gets the task, or the member its money back. */
  @Transactional()
  async fail(actor: Actor, id: string, reason: string): Promise<TopupTaskEntity> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why it failed'] });
    const failed = await this.transition(actor, await this.lockTask(actor, id), TopupAction.FAIL, { failureReason: reason.trim() });
    await this.failOver(actor, failed);
    return failed;
  }

  private async failOver(actor: Actor | null, task: TopupTaskEntity): Promise<void> {
    await this.fulfilment.recordAttempts(task.orderId, [{ offerId: task.offerId, outcome: AttemptOutcome.FAILED, position: null, reason: { taskId: task.id, status: task.status, failureReason: task.failureReason } }]);
    const order = await this.lockOrder(task.orderId);
    if (order.status === OrderStatus.PROCESSING) await this.dispatch(actor, order);
  }

  /** Tasks past their deadline expire and fail over (the job runs this every minute). */
  @Transactional()
  async expireDue(): Promise<number> {
    const due = await this.tasks.find({
      where: { status: In(OPEN), deadlineAt: LessThan(this.clock.now()) },
      order: { deadlineAt: 'ASC' },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
    for (const task of due) await this.failOver(null, await this.transition(null, task, TopupAction.EXPIRE, { failureReason: 'deadline passed' }));
    return due.length;
  }

  async list(actor: Actor, status: TopupTaskStatus | undefined, page: { offset: number; limit: number }): Promise<Page<TopupTaskEntity>> {
    const qb = this.tasks.createQueryBuilder('t').where('t.supplier_id = :org', { org: actor.organizationId });
    if (status) qb.andWhere('t.status = :status', { status });
    const [items, totalCount] = await qb
      .addSelect(`(t.status IN ('QUEUED', 'CLAIMED'))`, 'open_first')
      .orderBy('open_first', 'DESC')
      .addOrderBy('t.deadline_at', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** A supplier's open queue: how many wait, how many are being worked, and the nearest deadline. */
  async queueSummary(supplierId: string): Promise<{ queued: number; claimed: number; nearestDeadlineAt: Date | null }> {
    const row = await this.tasks
      .createQueryBuilder('t')
      .select(`count(*) FILTER (WHERE t.status = 'QUEUED')::int`, 'queued')
      .addSelect(`count(*) FILTER (WHERE t.status = 'CLAIMED')::int`, 'claimed')
      .addSelect('min(t.deadline_at)', 'nearest')
      .where('t.supplier_id = :supplierId AND t.status IN (:...open)', { supplierId, open: OPEN })
      .getRawOne<{ queued: number; claimed: number; nearest: Date | null }>();
    return { queued: row?.queued ?? 0, claimed: row?.claimed ?? 0, nearestDeadlineAt: row?.nearest ?? null };
  }

  /** An order's tasks, oldest first: its progress through the suppliers' queues. */
  ofOrder(orderId: string): Promise<TopupTaskEntity[]> {
    return this.tasks.find({ where: { orderId }, order: { createdAt: 'ASC' } });
  }
}
