import { DockConnectorStatus, DockOrderStatus, DockProtocol, RiskEventType } from '@mengyuan/domain';
import { DUJIAO_CALLBACK_PATH, verifyDujiaoRequest, verifyRequest, type DujiaoCallbackBody, type NonceStore, type TopupCallback, type UpstreamOrder } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { PublicUrl } from '../../../common/public-url';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { JobsService } from '../../jobs/jobs.service';
import { TopupTaskChangedEvent, type TopupTaskFacts } from '../../orders/orders.events';
import { TopupService } from '../../orders/services/topup.service';
import { RiskService } from '../../risk/services/risk.service';
import { dujiaoOutcome, fenOf } from '../adapters/dujiao.adapter';
import { UpstreamError } from '../adapters/upstream-adapter';
import { DockConnectorEntity, DockGoodsEntity, DockOrderEntity } from '../entities/docking.entities';
import { ConnectorService } from './connector.service';
import { SyncService } from './sync.service';

export const POLL_TOPUPS_JOB = 'docking.poll-topups';

export interface CallbackAnswer {
  status: number;
  body: { ok: true; changed: boolean } | { error: { code: string; message: string } };
}

const refuse = (status: number, code: string, message: string): CallbackAnswer => ({ status, body: { error: { code, message } } });

/** What an outcome carries into the docking order: the upstream's number, and its amount when it said one. */
type OutcomeFacts = { upstreamOrderNo: string; amount?: number };

type CallbackRequest = { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: Buffer };

/**
 * Direct top-ups on docked offers (issue 19): a task queued for a docked offer is pushed upstream at once
 * (after its transaction commits), claimed for the upstream, and finished by the upstream's signed callback —
 * or, when no callback comes, by asking (a job every minute; an order the upstream never received is sent
 * again with the same id). Outcomes go through the orders' own top-up transitions, so a duplicate or late
 * callback finds the task finished and changes nothing; a refusal or an error fails the task over to the next
 * source. Both protocols call back: the Mengyuan protocol's TopupCallback, and a dujiao-next site's own callback
 * to its downstream (`handleDujiaoCallback`), at the same URL, told apart by the connector's protocol.
 */
@Injectable()
export class TopupDockingService implements OnModuleInit {
  private readonly log = new Logger(TopupDockingService.name);
  private readonly pending = new Set<Promise<unknown>>();
  private readonly nonces: NonceStore;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly connectors: ConnectorService,
    private readonly sync: SyncService,
    private readonly topups: TopupService,
    private readonly risk: RiskService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly publicUrl: PublicUrl,
    private readonly clock: Clock,
  ) {
    this.nonces = { remember: (keyId, nonce, expiresAt) => this.rememberNonce(keyId, nonce, expiresAt) };
  }

  onModuleInit(): void {
    this.events.afterCommit(TopupTaskChangedEvent, 'docking.push-topup', (e) => {
      if (e.from !== null) return;
      const p = this.push(e.task).catch((err: Error) => this.log.warn(`top-up task ${e.task.id} not pushed: ${err.message}`));
      this.pending.add(p);
      void p.finally(() => this.pending.delete(p));
    });
    this.jobs.define({ name: POLL_TOPUPS_JOB, cron: '* * * * *', handler: () => this.poll() });
  }

  /** Waits for pushes in flight (tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private get orders() {
    return this.txHost.tx.getRepository(DockOrderEntity);
  }

  /** A new task on a docked offer goes upstream at once. */
  async push(task: TopupTaskFacts): Promise<void> {
    const link = (await this.sync.linksOf([task.offerId])).get(task.offerId);
    if (!link || link.kind !== 'TOPUP') return;
    const c = await this.connectors.byId(link.connectorId);
    if (!c || c.status !== DockConnectorStatus.ACTIVE) return;
    const d = await this.open(c, link, task);
    if (!d) return; // pushed already
    if (!(await this.topups.claimForUpstream(task.id))) return;
    await this.send(c, link, d, task.rechargeAccount);
  }

  /** Where the upstream calls a top-up back (a dujiao-next site too: it signs over its fixed path, not this one). */
  private callbackUrl(c: DockConnectorEntity): string {
    return `${this.publicUrl.get()}/docking/callback/${c.id}`;
  }

  private async send(c: DockConnectorEntity, link: Pick<DockGoodsEntity, 'goodsId' | 'price'>, d: DockOrderEntity, account: string): Promise<void> {
    const release = await this.connectors.breakers.acquire(c.id, c.concurrency, c.timeoutMs);
    if (!release) {
      await this.apply(d, 'FAILED', `upstream unavailable (breaker ${this.connectors.breakers.status(c.id)})`, null);
      return;
    }
    try {
      const answer = await this.connectors.adapter(c).placeOrder({
        orderId: d.id, goodsId: link.goodsId, quantity: d.quantity, unitPrice: Number(link.price), account, callbackUrl: this.callbackUrl(c),
      });
      this.connectors.breakers.success(c.id);
      await this.answered(d, answer);
    } catch (err) {
      const e = err instanceof UpstreamError ? err : new UpstreamError('NETWORK', null, null, (err as Error).message);
      if (e.unhealthy) {
        this.connectors.breakers.failure(c.id);
        await this.mark(d.id, [DockOrderStatus.SENT], DockOrderStatus.UNKNOWN, `${e.failure}: ${e.message}`);
      } else {
        this.connectors.breakers.success(c.id);
        await this.apply(d, 'FAILED', `${e.code ?? e.failure}: ${e.message}`, null);
      }
    } finally {
      release();
    }
  }

  private async answered(d: DockOrderEntity, answer: UpstreamOrder): Promise<void> {
    if (answer.status === 'SUCCEEDED' || answer.status === 'FAILED') await this.apply(d, answer.status, answer.failure ?? answer.upstreamOrderNo, answer);
    else await this.mark(d.id, [DockOrderStatus.SENT, DockOrderStatus.UNKNOWN], DockOrderStatus.PROCESSING, null, answer);
  }

  @UnitOfWork()
  private async open(c: DockConnectorEntity, link: DockGoodsEntity, task: TopupTaskFacts): Promise<DockOrderEntity | null> {
    const rows = (await this.txHost.tx.query(
      `INSERT INTO docking_orders (connector_id, goods_id, offer_id, kind, topup_task_id, order_id, quantity, amount, status, created_at)
       VALUES ($1, $2, $3, 'TOPUP', $4, $5, $6, $7, 'SENT', $8) ON CONFLICT (topup_task_id) DO NOTHING RETURNING id`,
      [c.id, link.goodsId, task.offerId, task.id, task.orderId, task.quantity, (BigInt(link.price) * BigInt(task.quantity)).toString(), this.clock.now()],
    )) as { id: string }[];
    return rows.length ? this.orders.findOneByOrFail({ id: rows[0].id }) : null;
  }

  @UnitOfWork()
  private async mark(id: string, from: DockOrderStatus[], to: DockOrderStatus, failure: string | null, answer?: UpstreamOrder): Promise<void> {
    await this.orders.update({ id, status: In(from) }, {
      status: to, failure, ...(answer ? { upstreamAmount: String(Math.trunc(answer.amount)), upstreamOrderNo: String(answer.upstreamOrderNo).slice(0, 100) } : {}),
    });
  }

  /**
   * The outcome, once: the task through the orders' transitions (null when it had finished already), the
   * docking order guarded on its open statuses, in one transaction.
   */
  @UnitOfWork()
  private async apply(d: DockOrderEntity, outcome: 'SUCCEEDED' | 'FAILED', reference: string, answer: OutcomeFacts | null): Promise<boolean> {
    const task = await this.topups.settleFromUpstream(d.topupTaskId!, outcome, reference.length >= 2 ? reference : `upstream ${outcome}`);
    await this.orders.update({ id: d.id, status: In([DockOrderStatus.SENT, DockOrderStatus.PROCESSING, DockOrderStatus.UNKNOWN]) }, {
      status: outcome === 'SUCCEEDED' ? DockOrderStatus.SUCCEEDED : DockOrderStatus.FAILED, finishedAt: this.clock.now(), failure: outcome === 'FAILED' ? reference.slice(0, 300) : null,
      ...(answer?.upstreamOrderNo ? { upstreamOrderNo: String(answer.upstreamOrderNo).slice(0, 100) } : {}),
      ...(answer && Number.isFinite(answer.amount) ? { upstreamAmount: String(Math.trunc(answer.amount!)) } : {}),
    });
    return task !== null;
  }

  /** The upstream's signed callback: verified (key, ±60 s, signature, nonce), the amount checked, then applied once. */
  async callback(connectorId: string, req: CallbackRequest): Promise<CallbackAnswer> {
    const started = performance.now();
    const c = /^[0-9a-f-]{36}$/i.test(connectorId) ? await this.connectors.byId(connectorId) : null;
    if (!c) return refuse(404, 'KEY_UNKNOWN', 'no such connector');
    const answer = c.protocol === DockProtocol.DUJIAO_NEXT ? await this.handleDujiaoCallback(c, req) : await this.handleCallback(c, req);
    let logged: unknown = null;
    try {
      logged = JSON.parse(req.body.toString('utf8'));
    } catch {
      logged = null;
    }
    const ok = answer.status === 200;
    this.connectors.callLog.record(c.id, 'IN', {
      method: req.method, path: req.path, status: answer.status, ok, latencyMs: Math.round(performance.now() - started),
      error: ok ? null : (answer.body as { error: { code: string } }).error.code, request: logged, response: answer.body,
    });
    return answer;
  }

  private async handleCallback(c: DockConnectorEntity, req: CallbackRequest): Promise<CallbackAnswer> {
    const verified = await verifyRequest(req, (keyId) => (keyId === c.keyId ? this.connectors.secretOf(c) : null), this.nonces, this.clock.now().getTime());
    if (!verified.ok) return refuse(401, verified.code, verified.message);
    let body: TopupCallback;
    try {
      body = JSON.parse(req.body.toString('utf8')) as TopupCallback;
    } catch {
      return refuse(400, 'BAD_REQUEST', 'the body is not JSON');
    }
    if (typeof body.orderId !== 'string' || (body.status !== 'SUCCEEDED' && body.status !== 'FAILED') || !Number.isInteger(body.amount)) return refuse(400, 'BAD_REQUEST', 'orderId, status and amount are required');
    const d = /^[0-9a-f-]{36}$/i.test(body.orderId) ? await this.orders.findOneBy({ id: body.orderId, connectorId: c.id, kind: 'TOPUP' }) : null;
    if (!d) return refuse(404, 'ORDER_NOT_FOUND', 'no such order');
    if (String(body.amount) !== d.amount) {
      await this.raiseMismatch(c, d, body);
      return refuse(409, 'AMOUNT_MISMATCH', `the order's amount is ${d.amount}`);
    }
    const changed = await this.apply(d, body.status, body.status === 'FAILED' ? (body.failure ?? 'upstream failed') : body.upstreamOrderNo, body);
    return { status: 200, body: { ok: true, changed } };
  }

  /**
   * A dujiao-next site's callback to its downstream (its DownstreamCallbackService), the alliance being that
   * downstream: the three dujiao-next headers, signed with the connector's own key and secret over the fixed path
   * `/api/v1/upstream/callback` (whatever URL it was sent to), ±60 s; the key must be the connector's (the URL
   * names the connector). dujiao-next has no nonce: a replay within the window repeats what the site said, which
   * changes nothing once applied. The order is the one placed under `downstream_order_no` (the docking order's id);
   * its status is read as the query path reads it (`dujiaoOutcome`) and applied through the same `apply`, so a
   * duplicate, a late callback or two at once change the task once. A status with no outcome yet (paid, …) is
   * answered OK and changes nothing. dujiao-next's callback carries no amount, so none is checked; a site whose
   * callback does carry one (`amount`, yuan) has it checked as the Mengyuan callback's is. dujiao-next takes only
   * HTTP 200 with `ok: true` as received and sends anything else again later.
   */
  private async handleDujiaoCallback(c: DockConnectorEntity, req: CallbackRequest): Promise<CallbackAnswer> {
    const verified = await verifyDujiaoRequest(req, DUJIAO_CALLBACK_PATH, (key) => (key === c.keyId ? this.connectors.secretOf(c) : null), this.clock.now().getTime());
    if (!verified.ok) return refuse(401, verified.code, verified.message);
    let body: Partial<DujiaoCallbackBody>;
    try {
      body = JSON.parse(req.body.toString('utf8')) as Partial<DujiaoCallbackBody>;
    } catch {
      return refuse(400, 'BAD_REQUEST', 'the body is not JSON');
    }
    if (!body || typeof body.downstream_order_no !== 'string' || typeof body.status !== 'string') return refuse(400, 'BAD_REQUEST', 'downstream_order_no and status are required');
    const d = /^[0-9a-f-]{36}$/i.test(body.downstream_order_no) ? await this.orders.findOneBy({ id: body.downstream_order_no, connectorId: c.id, kind: 'TOPUP' }) : null;
    if (!d) return refuse(404, 'ORDER_NOT_FOUND', 'no such order');
    const upstreamOrderNo = String(body.order_id ?? body.order_no ?? d.upstreamOrderNo ?? '');
    if (body.amount !== undefined && body.amount !== null) {
      const amount = fenOf(body.amount);
      if (String(amount) !== d.amount) {
        await this.raiseMismatch(c, d, { amount: Number.isFinite(amount) ? String(amount) : String(body.amount).slice(0, 40), upstreamOrderNo });
        return refuse(409, 'AMOUNT_MISMATCH', `the order's amount is ${d.amount}`);
      }
    }
    const outcome = dujiaoOutcome(body.status, body.fulfillment?.status);
    if (!outcome) return { status: 200, body: { ok: true, changed: false } };
    const amount = body.amount !== undefined && body.amount !== null ? fenOf(body.amount) : undefined;
    const changed = await this.apply(d, outcome, outcome === 'FAILED' ? body.status.toUpperCase().slice(0, 40) : upstreamOrderNo, { upstreamOrderNo, amount });
    return { status: 200, body: { ok: true, changed } };
  }

  @UnitOfWork()
  private async raiseMismatch(c: DockConnectorEntity, d: DockOrderEntity, body: { amount: number | string; upstreamOrderNo: string }): Promise<void> {
    await this.risk.raise(RiskEventType.UPSTREAM_MISMATCH, c.supplierId, { type: 'docking_order', id: d.id }, {
      connectorId: c.id, kind: 'AMOUNT', expected: d.amount, upstream: String(body.amount), upstreamOrderNo: body.upstreamOrderNo, via: 'callback',
    });
  }

  @UnitOfWork({ separate: true })
  private async rememberNonce(keyId: string, nonce: string, expiresAt: Date): Promise<boolean> {
    const rows = (await this.txHost.tx.query(`INSERT INTO docking_nonces (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [`${keyId}:${nonce}`, expiresAt])) as unknown[];
    return rows.length === 1;
  }

  /**
   * The query path: top-ups with no outcome after `olderThanMs` are asked for by id; finished ones are applied
   * (once, like a callback); one the upstream never received is sent again with the same id.
   */
  async poll(olderThanMs = 60_000): Promise<number> {
    const due = await this.orders.find({
      where: { kind: 'TOPUP', status: In([DockOrderStatus.SENT, DockOrderStatus.PROCESSING, DockOrderStatus.UNKNOWN]), createdAt: LessThan(new Date(this.clock.now().getTime() - olderThanMs)) },
      order: { createdAt: 'ASC' }, take: 200,
    });
    let settled = 0;
    for (const d of due) {
      const c = await this.connectors.byId(d.connectorId);
      if (!c) continue;
      try {
        const task = (await this.topups.ofOrder(d.orderId!)).find((t) => t.id === d.topupTaskId);
        const answer = await this.connectors.adapter(c).order(d.id, {
          upstreamOrderNo: d.upstreamOrderNo,
          request: task ? { orderId: d.id, goodsId: d.goodsId, quantity: d.quantity, unitPrice: Number(BigInt(d.amount) / BigInt(d.quantity)), account: task.rechargeAccount, callbackUrl: this.callbackUrl(c) } : undefined,
        });
        if (answer) {
          if (answer.status === 'SUCCEEDED' || answer.status === 'FAILED') {
            await this.apply(d, answer.status, answer.failure ?? answer.upstreamOrderNo, answer);
            settled += 1;
          }
          continue;
        }
        if (!task) continue;
        const link = await this.txHost.tx.getRepository(DockGoodsEntity).findOneBy({ connectorId: c.id, goodsId: d.goodsId });
        await this.send(c, { goodsId: d.goodsId, price: link ? link.price : (BigInt(d.amount) / BigInt(d.quantity)).toString() }, d, task.rechargeAccount);
      } catch (err) {
        this.log.warn(`top-up ${d.id} not polled: ${(err as Error).message}`);
      }
    }
    return settled;
  }
}
