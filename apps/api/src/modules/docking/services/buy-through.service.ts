import { randomUUID } from 'node:crypto';
import { DockOrderStatus, RiskEventType } from '@mengyuan/domain';
import type { UpstreamOrder } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { OfferService } from '../../catalog/services/offer.service';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { ImportService } from '../../inventory/services/import.service';
import { JobsService } from '../../jobs/jobs.service';
import { SELLS_FROM_STOCK, UpstreamSupplyService, type CardOrderIntent, type PreparedSupply, type UpstreamSupplyProvider } from '../../orders/services/upstream-supply.service';
import { RiskService } from '../../risk/services/risk.service';
import { RoutingService } from '../../routing/services/routing.service';
import { UpstreamError } from '../adapters/upstream-adapter';
import { UpstreamOrderFailedEvent } from '../docking.events';
import { EventBus } from '../../../common/events/event-bus';
import { DockConnectorEntity, DockGoodsEntity, DockOrderEntity } from '../entities/docking.entities';
import { ConnectorService } from './connector.service';
import { SyncService } from './sync.service';

export const SWEEP_CARD_ORDERS_JOB = 'docking.sweep-card-orders';

/** What one attempt upstream came to, recorded for the order's attempts in the log. */
export interface BuyAttempt {
  offerId: string;
  connectorId: string;
  outcome: 'DELIVERED' | 'REFUSED' | 'UNAVAILABLE' | 'SKIPPED';
  detail: string | null;
  ms: number;
}

/**
 * Card orders with no local stock buy through from the upstream (issue 19), on the order's own path through
 * the orders' UpstreamSupply port: before the order's transaction, the offers routing names are walked in its
 * order; the first with stock of its own ends the walk (it sells as always); a docked one is asked upstream
 * (within its connector's timeout, its breaker closed and a slot free), and on a timeout, an error or a refusal
 * the walk goes on to the next (failover). The codes bought are added to that offer inside the order's
 * transaction, so the order claims them like any code; if the order does not take them they stay the offer's
 * stock (STOCKED), never lost and never sold twice. An order whose answer was lost is asked again by a sweep:
 * codes it did deliver become stock; one the upstream never received is closed.
 */
@Injectable()
export class BuyThroughService implements UpstreamSupplyProvider, OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger(BuyThroughService.name);
  private skus = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  /** Recent attempts (the spec and the bench read them). */
  readonly recent: BuyAttempt[] = [];

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly port: UpstreamSupplyService,
    private readonly connectors: ConnectorService,
    private readonly sync: SyncService,
    private readonly routing: RoutingService,
    private readonly codes: CardCodeService,
    private readonly imports: ImportService,
    private readonly risk: RiskService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly offers: OfferService,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    this.port.register(this);
    this.sync.onLinksChanged(() => void this.refresh());
    this.jobs.define({ name: SWEEP_CARD_ORDERS_JOB, cron: '* * * * *', handler: () => this.sweep() });
    void this.refresh();
    // Other replicas dock too: the SKU list is read again every 10 s.
    this.timer = setInterval(() => void this.refresh(), 10_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      this.skus = await this.sync.dockedSkus();
    } catch (err) {
      this.log.warn(`docked SKUs not read: ${(err as Error).message}`);
    }
  }

  mayServe(skuId: string): boolean {
    return this.skus.has(skuId);
  }

  async prepare(_actor: Actor, intent: CardOrderIntent, opts?: { pastStock?: boolean }): Promise<PreparedSupply | typeof SELLS_FROM_STOCK | null> {
    const plan = await this.routing.plan(intent.skuId);
    const offerIds = plan.candidates.map((c) => c.offerId);
    const links = await this.sync.buyableCardLinks(offerIds);
    if (!links.size) return null;
    // Asked again after concurrent orders took the codes it saw (pastStock): buy through whatever stock shows.
    const stocked = opts?.pastStock ? new Set<string>() : await this.codes.offersWithStock(offerIds, intent.quantity);
    for (const candidate of plan.candidates) {
      if (stocked.has(candidate.offerId)) return SELLS_FROM_STOCK; // it sells from its own stock, as always
      const buyable = links.get(candidate.offerId);
      if (!buyable) continue;
      const bought = await this.buy(buyable.connector, buyable.link, candidate.supplierId, intent.quantity);
      if (bought) return bought;
    }
    return null;
  }

  private note(a: BuyAttempt): void {
    this.recent.push(a);
    if (this.recent.length > 5000) this.recent.splice(0, this.recent.length - 5000);
  }

  /**
   * One upstream purchase: null when it did not give codes (the caller fails over). Nothing is written before
   * the call; the docking order is written with the order (bought), or alone (failed, or no answer: UNKNOWN,
   * for the sweep to ask).
   */
  private async buy(c: DockConnectorEntity, link: DockGoodsEntity, supplierId: string, quantity: number): Promise<PreparedSupply | null> {
    const started = performance.now();
    const release = await this.connectors.breakers.acquire(c.id, c.concurrency, Math.min(1000, c.timeoutMs));
    if (!release) {
      this.note({ offerId: link.offerId!, connectorId: c.id, outcome: 'SKIPPED', detail: this.connectors.breakers.status(c.id), ms: 0 });
      return null;
    }
    const unitPrice = Number(link.price);
    const d: DockOrderEntity = Object.assign(new DockOrderEntity(), {
      id: randomUUID(), connectorId: c.id, goodsId: link.goodsId, offerId: link.offerId!, kind: 'CARD', orderId: null, topupTaskId: null, quantity,
      amount: (BigInt(unitPrice) * BigInt(quantity)).toString(), upstreamAmount: null, upstreamOrderNo: null, status: DockOrderStatus.SENT, failure: null,
      createdAt: this.clock.now(), finishedAt: null,
    });
    let answer: UpstreamOrder;
    try {
      answer = await this.connectors.adapter(c).placeOrder({ orderId: d.id, goodsId: link.goodsId, quantity, unitPrice });
      this.connectors.breakers.success(c.id);
    } catch (err) {
      const e = err instanceof UpstreamError ? err : new UpstreamError('NETWORK', null, null, (err as Error).message);
      if (e.unhealthy) this.connectors.breakers.failure(c.id);
      else this.connectors.breakers.success(c.id);
      // A refusal is final; no answer (timeout, 5xx) may hide an order the upstream did take: the sweep asks.
      await this.record({ ...d, status: e.unhealthy ? DockOrderStatus.UNKNOWN : DockOrderStatus.FAILED, failure: `${e.code ?? e.failure}: ${e.message}`.slice(0, 300), finishedAt: e.unhealthy ? null : this.clock.now() }, e.code, c.supplierId, e.code ?? e.failure);
      this.note({ offerId: link.offerId!, connectorId: c.id, outcome: e.unhealthy ? 'UNAVAILABLE' : 'REFUSED', detail: e.code ?? e.failure, ms: performance.now() - started });
      return null;
    } finally {
      release();
    }
    Object.assign(d, { upstreamAmount: String(Math.trunc(answer.amount)), upstreamOrderNo: String(answer.upstreamOrderNo).slice(0, 100) });
    const codes = answer.status === 'DELIVERED' && Array.isArray(answer.codes) && answer.codes.length === quantity ? answer.codes : null;
    if (!codes) {
      await this.record({ ...d, status: DockOrderStatus.FAILED, failure: `answer without ${quantity} codes (${answer.status})`, finishedAt: this.clock.now() }, null, c.supplierId, 'BAD_ANSWER');
      this.note({ offerId: link.offerId!, connectorId: c.id, outcome: 'REFUSED', detail: 'BAD_ANSWER', ms: performance.now() - started });
      return null;
    }
    if (d.upstreamAmount !== d.amount) await this.raiseAmount(c, d);
    this.note({ offerId: link.offerId!, connectorId: c.id, outcome: 'DELIVERED', detail: null, ms: performance.now() - started });
    const rows = codes.map((x) => ({ cardNumber: x.cardNumber, secret: x.secret, expiresAt: x.expiresAt }));
    const stocked = { ...d, status: DockOrderStatus.STOCKED, finishedAt: this.clock.now() };
    return {
      // Inside the order's transaction: the codes where its claim finds them; then the docking order, as what
      // the purchase went to (the order delivered, or the offer's stock). No transaction after the order's.
      stock: async () => {
        await this.imports.addUpstreamCodes(link.offerId!, supplierId, rows);
      },
      placed: async (order) => {
        await this.txHost.tx.getRepository(DockOrderEntity).insert(order.status === 'DELIVERED' ? { ...stocked, status: DockOrderStatus.DELIVERED, orderId: order.id } : stocked);
      },
      // The order's transaction rolled back: the codes are the offer's stock.
      abandoned: () => this.stockLater(stocked, supplierId, rows),
    };
  }

  /**
   * A purchase that gave no codes, recorded with the fact the scorecards count against the docked supplier (a
   * failed delivery of the order's path, whatever source sold it in the end).
   */
  @UnitOfWork({ separate: true })
  private async record(d: DockOrderEntity, code: string | null, supplierId: string, failure: string): Promise<void> {
    await this.txHost.tx.getRepository(DockOrderEntity).insert(d);
    await this.events.publish(new UpstreamOrderFailedEvent(supplierId, d.connectorId, d.offerId, failure, d.createdAt));
    // Until the next sync: no buying through goods the upstream says it has not got.
    if (code === 'OUT_OF_STOCK' || code === 'PRICE_CHANGED' || code === 'GOODS_UNAVAILABLE') {
      await this.txHost.tx.getRepository(DockGoodsEntity).update({ connectorId: d.connectorId, goodsId: d.goodsId }, code === 'OUT_OF_STOCK' ? { stock: 0 } : { status: 'OFF_SALE' });
      if (code === 'OUT_OF_STOCK' && d.offerId) await this.offers.setUpstreamStock(d.offerId, 0);
    }
  }

  @UnitOfWork({ separate: true })
  private async finish(id: string, status: DockOrderStatus, o: { failure?: string; upstream?: UpstreamOrder }): Promise<void> {
    await this.txHost.tx.getRepository(DockOrderEntity).update(id, {
      status, failure: o.failure ?? null,
      ...(o.upstream ? { upstreamAmount: String(Math.trunc(o.upstream.amount)), upstreamOrderNo: String(o.upstream.upstreamOrderNo).slice(0, 100) } : {}),
      finishedAt: this.clock.now(),
    });
  }

  /** An upstream that charges other than the price it was asked: raised in the risk queue (the codes are used). */
  @UnitOfWork({ separate: true })
  private async raiseAmount(c: DockConnectorEntity, d: DockOrderEntity): Promise<void> {
    await this.risk.raise(RiskEventType.UPSTREAM_MISMATCH, c.supplierId, { type: 'docking_order', id: d.id }, {
      connectorId: c.id, kind: 'AMOUNT', expected: d.amount, upstream: d.upstreamAmount, upstreamOrderNo: d.upstreamOrderNo,
    });
  }

  @UnitOfWork({ separate: true })
  private async stockLater(d: DockOrderEntity, supplierId: string, rows: { cardNumber: string | null; secret: string | null; expiresAt: string | null }[]): Promise<void> {
    await this.txHost.tx.getRepository(DockOrderEntity).save(d);
    await this.imports.addUpstreamCodes(d.offerId, supplierId, rows);
  }

  /**
   * Card orders whose answer never came: asked again by id. Delivered → the codes become the offer's stock
   * (STOCKED); never received → FAILED (nobody waits for it now, so it is not sent again).
   */
  async sweep(olderThanMs = 60_000): Promise<number> {
    const due = await this.txHost.tx.getRepository(DockOrderEntity).find({
      where: { kind: 'CARD', status: In([DockOrderStatus.UNKNOWN, DockOrderStatus.SENT]), createdAt: LessThan(new Date(this.clock.now().getTime() - olderThanMs)) },
      order: { createdAt: 'ASC' }, take: 100,
    });
    let settled = 0;
    for (const d of due) {
      const c = await this.connectors.byId(d.connectorId);
      if (!c) continue;
      try {
        const answer = await this.connectors.adapter(c).order(d.id, {
          upstreamOrderNo: d.upstreamOrderNo, request: { orderId: d.id, goodsId: d.goodsId, quantity: d.quantity, unitPrice: Number(BigInt(d.amount) / BigInt(d.quantity)) },
        });
        if (!answer) await this.finish(d.id, DockOrderStatus.FAILED, { failure: 'the upstream never received it' });
        else if (answer.status === 'DELIVERED' && answer.codes?.length) {
          await this.stockLater(Object.assign(d, { status: DockOrderStatus.STOCKED, upstreamAmount: String(Math.trunc(answer.amount)), upstreamOrderNo: String(answer.upstreamOrderNo).slice(0, 100), finishedAt: this.clock.now() }), c.supplierId, answer.codes.map((x) => ({ cardNumber: x.cardNumber, secret: x.secret, expiresAt: x.expiresAt })));
        } else await this.finish(d.id, DockOrderStatus.FAILED, { failure: `upstream says ${answer.status}`, upstream: answer });
        settled += 1;
      } catch (err) {
        this.log.warn(`docking order ${d.id} still unknown: ${(err as Error).message}`);
      }
    }
    return settled;
  }
}
