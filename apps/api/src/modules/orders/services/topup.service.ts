import {
  AttemptOutcome,
  AuditEventType,
  ErrorCode,
  LedgerAccountKind,
  LedgerTransactionType,
  OrderStatus,
  TopupAction,
  TopupTaskStatus,
  WebhookEvent,
  topupLifecycle,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { auditActor, type Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { JobsService } from '../../jobs/jobs.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { WebhookService } from '../../webhooks/services/webhook.service';
import type { OrderRow } from './order.service';

export const EXPIRE_TOPUPS_JOB = 'orders.expire-topup-tasks';

export interface TopupTaskRow {
  id: string;
  order_id: string;
  offer_id: string;
  supplier_id: string;
  status: TopupTaskStatus;
  recharge_account: string;
  quantity: number;
  deadline_at: Date;
  claimed_at: Date | null;
  finished_at: Date | null;
  reference: string | null;
  failure_reason: string | null;
  created_at: Date;
}

/**
 * Direct top-ups (直充): the member's money waits in its hold while the task is in a supplier's queue; a
 * completed task pays the supplier; a failed or expired one fails over to the next offer; after the last,
 * the money goes back to the wallet by itself.
 */
@Injectable()
export class TopupService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly webhooks: WebhookService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: EXPIRE_TOPUPS_JOB, cron: '* * * * *', handler: () => this.expireDue() });
  }

  /** Puts the order's task in the next live offer's queue, or refunds when none is left. */
  async dispatch(order: OrderRow): Promise<TopupTaskRow | null> {
    const em = this.txHost.tx;
    const [offer] = (await em.query(
      `SELECT o.id, o.supplier_id FROM offers o JOIN organizations g ON g.id = o.supplier_id
        WHERE o.sku_id = $1 AND o.status = 'LIVE' AND g.status IN ('ACTIVE', 'PROBATION')
          AND NOT EXISTS (SELECT 1 FROM topup_tasks t WHERE t.order_id = $2 AND t.offer_id = o.id)
        ORDER BY (g.status = 'ACTIVE') DESC, o.created_at, o.id LIMIT 1`,
      [order.sku_id, order.id],
    )) as { id: string; supplier_id: string }[];
    if (!offer) {
      await this.refund(order);
      return null;
    }
    const now = this.clock.now();
    const [task] = (await em.query(
      `INSERT INTO topup_tasks (order_id, offer_id, supplier_id, status, recharge_account, quantity, deadline_at, created_at)
       VALUES ($1, $2, $3, 'QUEUED', $4, $5, $6, $7) RETURNING *`,
      [order.id, offer.id, offer.supplier_id, order.recharge_account, order.quantity, new Date(now.getTime() + this.config.topupDeadlineSeconds * 1000), now],
    )) as TopupTaskRow[];
    await this.audit.enqueue({ type: AuditEventType.TOPUP_TASK_CREATED, organizationId: offer.supplier_id, subjectType: 'topup_task', subjectId: task.id, payload: { orderId: order.id, offerId: offer.id, deadlineAt: task.deadline_at.toISOString() } });
    await this.webhooks.emit(offer.supplier_id, WebhookEvent.TOPUP_TASK_CREATED, { taskId: task.id, orderId: order.id, rechargeAccount: task.recharge_account, quantity: task.quantity, deadlineAt: task.deadline_at.toISOString() });
    return task;
  }

  /** No supplier could do it: the reserved amount goes back to the wallet, and the member is told. */
  private async refund(order: OrderRow): Promise<void> {
    const total = BigInt(order.total);
    await this.ledger.post(
      LedgerTransactionType.RELEASE,
      [
        { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.member_id), amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_WALLET, order.member_id), amount: total },
      ],
      { orderId: order.id, reference: order.client_order_no, memo: 'direct top-up failed at every source' },
    );
    await this.txHost.tx.query(`UPDATE orders SET status = 'FAILED', failure_code = $2 WHERE id = $1`, [order.id, ErrorCode.TOPUP_FAILED]);
    await this.audit.enqueue({ type: AuditEventType.ORDER_REFUNDED, organizationId: order.member_id, subjectType: 'order', subjectId: order.id, payload: { amount: order.total, reason: ErrorCode.TOPUP_FAILED } });
    await this.webhooks.emit(order.member_id, WebhookEvent.ORDER_REFUNDED, { orderId: order.id, clientOrderNo: order.client_order_no, amount: order.total, reason: ErrorCode.TOPUP_FAILED });
  }

  private async lockTask(actor: Actor | null, id: string): Promise<TopupTaskRow> {
    const [task] = (await this.txHost.tx.query('SELECT * FROM topup_tasks WHERE id = $1 FOR UPDATE', [assertId(id, 'Top-up task')])) as TopupTaskRow[];
    if (!task || (actor && task.supplier_id !== actor.organizationId)) throw notFound('Top-up task');
    return task;
  }

  private async move(actor: Actor | null, task: TopupTaskRow, action: TopupAction, changes: { reference?: string; failureReason?: string }): Promise<TopupTaskRow> {
    const next = topupLifecycle.next(task.status, action, undefined);
    if (!next) throw invalidTransition(task.status, action);
    const now = this.clock.now();
    const [updated] = (await this.txHost.tx.query(
      `UPDATE topup_tasks SET status = $2, claimed_by_user_id = coalesce(claimed_by_user_id, $3), claimed_at = coalesce(claimed_at, CASE WHEN $2 = 'CLAIMED' THEN $4::timestamptz END),
              finished_at = CASE WHEN $2 IN ('COMPLETED', 'FAILED', 'EXPIRED') THEN $4::timestamptz END, reference = coalesce($5, reference), failure_reason = coalesce($6, failure_reason)
        WHERE id = $1 RETURNING *`,
      [task.id, next, actor?.kind === 'user' ? actor.userId : null, now, changes.reference ?? null, changes.failureReason ?? null],
    )) as TopupTaskRow[][];
    await this.audit.enqueue({ type: AuditEventType.TOPUP_TASK_CHANGED, ...auditActor(actor), organizationId: task.supplier_id, subjectType: 'topup_task', subjectId: task.id, payload: { action, from: task.status, to: next, ...changes } });
    return updated[0];
  }

  @Transactional()
  async claim(actor: Actor, id: string): Promise<TopupTaskRow> {
    return this.move(actor, await this.lockTask(actor, id), TopupAction.CLAIM, {});
  }

  /** Done: the supplier is paid from the hold and the member's order is delivered. */
  @Transactional()
  async complete(actor: Actor, id: string, reference: string): Promise<TopupTaskRow> {
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the top-up reference from the operator'] });
    const task = await this.lockTask(actor, id);
    const done = await this.move(actor, task, TopupAction.COMPLETE, { reference: reference.trim() });
    const [order] = (await this.txHost.tx.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [task.order_id])) as OrderRow[];
    const [offer] = await this.txHost.tx.query('SELECT settlement_price FROM offers WHERE id = $1', [task.offer_id]);
    const total = BigInt(order.total);
    const settlement = BigInt(offer.settlement_price) * BigInt(order.quantity);
    await this.txHost.tx.query(`INSERT INTO order_lines (order_id, offer_id, supplier_id, quantity, unit_settlement) VALUES ($1, $2, $3, $4, $5)`, [order.id, task.offer_id, task.supplier_id, order.quantity, offer.settlement_price]);
    await this.ledger.post(
      LedgerTransactionType.ORDER,
      [
        { accountId: await this.ledger.account(LedgerAccountKind.MEMBER_HOLD, order.member_id), amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.SUPPLIER_PAYABLE, task.supplier_id), amount: settlement },
        ...(total - settlement !== 0n ? [{ accountId: await this.ledger.account(LedgerAccountKind.ALLIANCE_REVENUE, null), amount: total - settlement }] : []),
      ],
      { orderId: order.id, reference: order.client_order_no },
    );
    const now = this.clock.now();
    await this.txHost.tx.query(`INSERT INTO order_attempts (order_id, offer_id, outcome, at) VALUES ($1, $2, $3, $4)`, [order.id, task.offer_id, AttemptOutcome.DELIVERED, now]);
    await this.txHost.tx.query(`UPDATE orders SET status = 'DELIVERED', delivered_at = $2, latency_ms = $3 WHERE id = $1`, [order.id, now, (now.getTime() - order.placed_at.getTime()).toFixed(3)]);
    await this.webhooks.emit(order.member_id, WebhookEvent.ORDER_DELIVERED, { orderId: order.id, clientOrderNo: order.client_order_no, skuId: order.sku_id, quantity: order.quantity, total: order.total, reference: reference.trim() });
    return done;
  }

  /** The supplier could not do it: the next source gets the task, or the member its money back. */
  @Transactional()
  async fail(actor: Actor, id: string, reason: string): Promise<TopupTaskRow> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why it failed'] });
    const failed = await this.move(actor, await this.lockTask(actor, id), TopupAction.FAIL, { failureReason: reason.trim() });
    await this.failOver(failed);
    return failed;
  }

  private async failOver(task: TopupTaskRow): Promise<void> {
    await this.txHost.tx.query(`INSERT INTO order_attempts (order_id, offer_id, outcome, at) VALUES ($1, $2, $3, $4)`, [task.order_id, task.offer_id, AttemptOutcome.FAILED, this.clock.now()]);
    const [order] = (await this.txHost.tx.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [task.order_id])) as OrderRow[];
    if (order.status === OrderStatus.PROCESSING) await this.dispatch(order);
  }

  /** Tasks past their deadline expire and fail over (the job runs this every minute). */
  @Transactional()
  async expireDue(): Promise<number> {
    const due = (await this.txHost.tx.query(
      `SELECT * FROM topup_tasks WHERE status IN ('QUEUED', 'CLAIMED') AND deadline_at < $1 ORDER BY deadline_at FOR UPDATE SKIP LOCKED`,
      [this.clock.now()],
    )) as TopupTaskRow[];
    for (const task of due) await this.failOver(await this.move(null, task, TopupAction.EXPIRE, { failureReason: 'deadline passed' }));
    return due.length;
  }

  async list(actor: Actor, status: TopupTaskStatus | undefined, page: { offset: number; limit: number }): Promise<Page<TopupTaskRow>> {
    const params: unknown[] = [actor.organizationId];
    const filter = status ? (params.push(status), `AND status = $2`) : '';
    const items = (await this.txHost.tx.query(
      `SELECT * FROM topup_tasks WHERE supplier_id = $1 ${filter} ORDER BY (status IN ('QUEUED', 'CLAIMED')) DESC, deadline_at OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, page.offset, page.limit],
    )) as TopupTaskRow[];
    const [count] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM topup_tasks WHERE supplier_id = $1 ${filter}`, params);
    return { items, totalCount: count.n };
  }
}
