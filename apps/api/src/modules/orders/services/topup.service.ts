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
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
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
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

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
    lifecycles: Lifecycles,
  ) {
    // A task is a child of its order: the order is locked first, then the task (checked by the lifecycle).
    this.taskLifecycle = lifecycles.define<TopupTaskEntity, TopupTaskStatus, TopupAction>({
      aggregate: 'topup_task', label: 'Top-up task', entity: TopupTaskEntity, machine: topupLifecycle, root: { aggregate: 'order', idOf: (t) => t.orderId },
      stamp: ({ to, actor }) => {
        const now = this.clock.now();
        return to === TopupTaskStatus.CLAIMED ? { claimedAt: now, claimedByUserId: actor?.kind === 'user' ? actor.userId : null } : { finishedAt: now };
      },
      events: ({ actor, after, from, action }) => new TopupTaskChangedEvent(actor, after, from, action),
    });
  }

  private readonly taskLifecycle: Lifecycle<TopupTaskEntity, TopupTaskStatus, TopupAction>;

  private get tasks() {
    return this.txHost.tx.getRepository(TopupTaskEntity);
  }

  onModuleInit(): void {
    this.jobs.define({ name: EXPIRE_TOPUPS_JOB, cron: '* * * * *', handler: () => this.expireDue() });
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
    if (!tried.size) this.fulfilment.recordRanking(order.id, plan, order.placedAt);
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

  /** The task's order (the root), then the task: NOT_FOUND for another supplier's task. */
  private async lockTask(actor: Actor | null, id: string): Promise<{ task: TopupTaskEntity; order: OrderEntity }> {
    const seen = await this.tasks.findOne({ where: { id: assertId(id, 'Top-up task') }, select: { id: true, orderId: true, supplierId: true } });
    if (!seen || (actor && seen.supplierId !== actor.organizationId)) throw notFound('Top-up task');
    const order = (await this.lifecycle.lock(seen.orderId))!;
    return { task: await this.taskLifecycle.lockOrFail(seen.id), order };
  }

  @UnitOfWork()
  async claim(actor: Actor, id: string): Promise<TopupTaskEntity> {
    const { task } = await this.lockTask(actor, id);
    return this.taskLifecycle.transition(actor, task, TopupAction.CLAIM);
  }

  /** Done: the supplier is paid from the hold and the member's order is delivered. */
  @UnitOfWork()
  async complete(actor: Actor, id: string, reference: string): Promise<TopupTaskEntity> {
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the top-up reference from the operator'] });
    const { task, order } = await this.lockTask(actor, id);
    return this.completeLocked(actor, task, order, reference);
  }

  private async completeLocked(actor: Actor | null, task: TopupTaskEntity, order: OrderEntity, reference: string): Promise<TopupTaskEntity> {
    const done = await this.taskLifecycle.transition(actor, task, TopupAction.COMPLETE, { reference: reference.trim() });
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

  /**
   * Docking (issue 19): a docked upstream took a queued task (nobody claims it in person). Null when the task
   * is no longer queued.
   */
  @UnitOfWork()
  async claimForUpstream(id: string): Promise<TopupTaskEntity | null> {
    const { task } = await this.lockTask(null, id);
    if (task.status !== TopupTaskStatus.QUEUED) return null;
    return this.taskLifecycle.transition(null, task, TopupAction.CLAIM);
  }

  /**
   * Docking: the upstream's outcome of a task (its signed callback, or the answer to a status query), through
   * the same transitions as a person's complete/fail. Null, changing nothing, when the task is no longer open:
   * a duplicate or late callback never delivers or refunds twice (both wait on the order's lock, the second
   * finds the task finished).
   */
  @UnitOfWork()
  async settleFromUpstream(id: string, outcome: 'SUCCEEDED' | 'FAILED', reference: string): Promise<TopupTaskEntity | null> {
    const { task, order } = await this.lockTask(null, id);
    if (!(OPEN as string[]).includes(task.status)) return null;
    if (outcome === 'SUCCEEDED') return this.completeLocked(null, task, order, reference);
    const failed = await this.taskLifecycle.transition(null, task, TopupAction.FAIL, { failureReason: reference.slice(0, 200) });
    await this.failOver(null, failed, order);
    return failed;
  }

  /** The supplier could not do it: the next source gets the task, or the member its money back. */
  @UnitOfWork()
  async fail(actor: Actor, id: string, reason: string): Promise<TopupTaskEntity> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why it failed'] });
    const { task, order } = await this.lockTask(actor, id);
    const failed = await this.taskLifecycle.transition(actor, task, TopupAction.FAIL, { failureReason: reason.trim() });
    await this.failOver(actor, failed, order);
    return failed;
  }

  private async failOver(actor: Actor | null, task: TopupTaskEntity, order: OrderEntity): Promise<void> {
    await this.fulfilment.recordAttempts(task.orderId, [{ offerId: task.offerId, outcome: AttemptOutcome.FAILED, position: null, reason: { taskId: task.id, status: task.status, failureReason: task.failureReason } }]);
    if (order.status === OrderStatus.PROCESSING) await this.dispatch(actor, order);
  }

  /** Tasks past their deadline expire and fail over (the job runs this every minute). */
  @UnitOfWork()
  async expireDue(): Promise<number> {
    // A sweep: the orders (roots) of due tasks, skipping those another replica or a supplier holds right now.
    const due = await this.tasks.find({ where: { status: In(OPEN), deadlineAt: LessThan(this.clock.now()) }, order: { deadlineAt: 'ASC' }, select: { id: true, orderId: true }, take: 200 });
    let expired = 0;
    for (const { id, orderId } of due) {
      const order = await this.lifecycle.orders.lock(orderId, { skipLocked: true });
      if (!order) continue;
      const task = await this.taskLifecycle.lock(id);
      if (!task || !(OPEN as string[]).includes(task.status) || task.deadlineAt >= this.clock.now()) continue;
      await this.failOver(null, await this.taskLifecycle.transition(null, task, TopupAction.EXPIRE, { failureReason: 'deadline passed' }), order);
      expired += 1;
    }
    return expired;
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
