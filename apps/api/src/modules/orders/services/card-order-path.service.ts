import { ErrorCode, OrderEvent, OrderStatus, orderLifecycle, shanghaiDate } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, notFound } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { hotQuery } from '../../../common/hot-query';
import { nextStatus } from '../../../common/transition';
import { CardCodeService, type SoldCode } from '../../inventory/services/card-code.service';
import { OrderFulfilmentService } from './order-fulfilment.service';
import { RoutingService } from '../../routing/services/routing.service';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { OrderEntity } from '../entities/order.entity';
import { OrderDeliveredEvent, OrderFailedEvent, OrderPlacedEvent } from '../orders.events';
import { orderFacts } from './order-lifecycle.service';

interface Placed {
  outcome: 'EXISTS' | 'NOT_FOUND' | 'FALLBACK' | 'REAL_NAME_REQUIRED' | 'RATE_LIMITED' | 'FAILED' | 'DELIVERED';
  order_id: string | null;
  unit_price: string | null;
  total: string | null;
  failure_code: string | null;
  latency_ms: string | null;
  retry_after: number | null;
  line_id: string | null;
  offer_id: string | null;
  supplier_id: string | null;
  settlement: string | null;
  code_ids: string[] | null;
  ciphertexts: Buffer[] | null;
  nonces: Buffer[] | null;
  expiries: (Date | null)[] | null;
}

const PLACE_CARD = `SELECT * FROM orders_place_card($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb[], $12, $13::jsonb[], $14, $15, $16, $17, $18)`;

export interface FastPlacement {
  order: OrderEntity;
  codes: SoldCode[] | null;
  failure: AppError | null;
}

/**
 * The card order in one round trip (DESIGN.md §2.6; measured by `npm run bench`): the routing order from
 * RoutingService, then one call of `orders_place_card` (migration 1764895000000) that keeps every invariant of
 * the general path — idempotency, wallet lock, velocity, real-name cap, claims with SKIP LOCKED then a
 * blocking re-check, every attempt, the ledger, the order inserted in its final state — and then the same
 * domain events the general path publishes, in the same transaction. Anything else (a held order, a direct
 * top-up, a device to watch, a retry of an existing order) answers null and takes the general path.
 */
@Injectable()
export class CardOrderPathService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly routing: RoutingService,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly codes: CardCodeService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly allianceSettings: AllianceSettingsService,
  ) {}

  async tryPlace(actor: Actor, input: { skuId: string; quantity: number; clientOrderNo: string }, hash: string, placedAt: Date, started: bigint): Promise<FastPlacement | null> {
    const plan = await this.routing.plan(input.skuId);
    const risk = (await this.allianceSettings.current()).risk;
    // Hot path (measured: every card order): the whole order in one named prepared statement.
    const [row] = await hotQuery<Placed>(this.txHost, 'orders_place_card', PLACE_CARD, [
      actor.organizationId, input.clientOrderNo, hash, input.skuId, input.quantity,
      actor.kind === 'user' ? actor.userId : null, actor.kind === 'apiKey' ? actor.apiKeyId : null, placedAt,
      plan.candidates.map((c) => c.offerId), plan.candidates.map((c) => c.position), plan.candidates.map((c) => JSON.stringify(c.reason)),
      plan.excluded.map((x) => x.offerId), plan.excluded.map((x) => JSON.stringify(x.reason)),
      risk.velocityPerMinute, risk.reviewAboveFen.toString(), risk.unverifiedOrderCapFen.toString(), shanghaiDate(placedAt),
      Number(process.hrtime.bigint() - started) / 1e6,
    ]);
    switch (row.outcome) {
      case 'EXISTS':
      case 'FALLBACK':
        return null;
      case 'NOT_FOUND':
        throw notFound('SKU');
      case 'REAL_NAME_REQUIRED':
        throw new AppError(ErrorCode.REAL_NAME_REQUIRED, `Members without a verified legal representative may order at most ${risk.unverifiedOrderCapFen} fen at a time`, {
          capFen: risk.unverifiedOrderCapFen.toString(),
        });
      case 'RATE_LIMITED':
        throw new AppError(ErrorCode.RATE_LIMITED, `At most ${risk.velocityPerMinute} accepted orders a minute; slow down and retry`, {
          retryAfterSeconds: row.retry_after, limit: risk.velocityPerMinute,
        });
    }
    this.fulfilment.recordRanking(row.order_id!, plan, placedAt);
    // The statement moved the order PROCESSING → DELIVERED or FAILED at once: the same transition as the general path.
    const action = row.outcome === 'DELIVERED' ? OrderEvent.DELIVER : OrderEvent.FAIL;
    const order = Object.assign(new OrderEntity(), {
      id: row.order_id!, memberId: actor.organizationId, clientOrderNo: input.clientOrderNo, requestHash: hash, skuId: input.skuId, quantity: input.quantity,
      unitPrice: row.unit_price!, total: row.total!, status: nextStatus(orderLifecycle, OrderStatus.PROCESSING, action, undefined), rechargeAccount: null,
      deviceFingerprint: null, failureCode: row.failure_code, placedByUserId: actor.kind === 'user' ? actor.userId : null,
      placedByApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null, placedAt,
      deliveredAt: row.latency_ms === null ? null : new Date(placedAt.getTime() + Math.round(Number(row.latency_ms))), latencyMs: row.latency_ms,
    });
    await this.events.publish(new OrderPlacedEvent(actor, orderFacts({ ...order, status: OrderStatus.PROCESSING, failureCode: null, deliveredAt: null, latencyMs: null })));
    if (row.outcome === 'FAILED') {
      await this.events.publish(new OrderFailedEvent(actor, orderFacts(order), OrderStatus.PROCESSING, action));
      return { order, codes: null, failure: null };
    }
    const codes = await this.codes.soldInStatement(
      actor,
      { offerId: row.offer_id!, supplierId: row.supplier_id!, orderLineId: row.line_id! },
      row.code_ids!.map((id, i) => ({ id, ciphertext: row.ciphertexts![i], nonce: row.nonces![i], expiresAt: row.expiries![i] })),
    );
    await this.events.publish(
      new OrderDeliveredEvent(actor, orderFacts(order), OrderStatus.PROCESSING, action, {
        offerId: row.offer_id, codeIds: codes.map((c) => c.id), revealedToBuyer: true,
      }),
    );
    return { order, codes, failure: null };
  }
}
