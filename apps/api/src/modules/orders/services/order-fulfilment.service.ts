import { LedgerAccountKind, LedgerTransactionType, OrderLineStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrderAttemptEntity } from '../entities/order-attempt.entity';
import { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderEntity } from '../entities/order.entity';
import type { RoutingPlan } from '../../routing/services/routing.service';

const RANKING_COLUMNS: [string, string][] = [['order_id', 'uuid'], ['at', 'timestamptz'], ['rule', 'text'], ['scores_as_of', 'timestamptz'], ['entries', 'jsonb']];

/** One offer of an order's recorded ranking (issue 18 §6): where it stood, by what score, and why. */
export interface RankingEntry {
  offerId: string;
  supplierId: string;
  /** 1 is tried first; null: it could not sell at all. */
  position: number | null;
  why: string;
  score: number | null;
  scored: boolean | null;
  fulfilmentRate: number | null;
  probation: boolean;
  probationShare: number | null;
  capped: boolean;
  weight: number | null;
  offerStatus: string | null;
  supplierStatus: string;
}

export interface OrderRanking {
  orderId: string;
  at: Date;
  rule: string;
  scoresAsOf: Date | null;
  entries: RankingEntry[];
}

/** The whole ranking of a plan as recorded: candidates in their order, then the offers that could not sell. */
export function rankingEntries(plan: RoutingPlan): RankingEntry[] {
  return [
    ...plan.candidates.map((c) => ({
      offerId: c.offerId, supplierId: c.supplierId, position: c.position, why: c.why, score: c.reason.score, scored: c.reason.scored, fulfilmentRate: c.reason.fulfilmentRate,
      probation: c.reason.probation, probationShare: c.reason.probationShare, capped: c.reason.capped, weight: c.reason.weight, offerStatus: null, supplierStatus: c.reason.supplierStatus,
    })),
    ...plan.excluded.map((x) => ({
      offerId: x.offerId, supplierId: x.supplierId, position: null, why: x.why, score: null, scored: null, fulfilmentRate: null, probation: false, probationShare: null, capped: false,
      weight: null, offerStatus: x.reason.offerStatus, supplierStatus: x.reason.supplierStatus,
    })),
  ];
}

/** What card delivery and direct top-ups share once an offer serves: the attempts, the line, the money. */
@Injectable()
export class OrderFulfilmentService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly deferred: DeferredWrites,
  ) {}

  async recordAttempts(orderId: string, attempts: Partial<OrderAttemptEntity>[]): Promise<void> {
    if (!attempts.length) return;
    const at = this.clock.now();
    await this.txHost.tx.getRepository(OrderAttemptEntity).insert(attempts.map((a) => ({ ...a, orderId, at })) as never); // jsonb reason: TypeORM's partial type cannot express it
  }

  /** Records the whole ranking routing made for an order at its moment (the first one; later plans of a top-up keep it). */
  /** The ranking goes in with the transaction's deferred statement (no round trip of its own while the wallet is locked). */
  recordRanking(orderId: string, plan: RoutingPlan, at: Date): void {
    this.deferred.deferRow('order_rankings', RANKING_COLUMNS, [orderId, at, plan.rule, plan.scoresAsOf, JSON.stringify(rankingEntries(plan))]);
  }

  async ranking(orderId: string): Promise<OrderRanking | null> {
    const [r] = (await this.txHost.tx.query(`SELECT order_id AS "orderId", at, rule, scores_as_of AS "scoresAsOf", entries FROM order_rankings WHERE order_id = $1`, [orderId])) as OrderRanking[];
    return r ?? null;
  }

  async addLine(order: OrderEntity, offerId: string, supplierId: string, unitSettlement: string): Promise<OrderLineEntity> {
    const repo = this.txHost.tx.getRepository(OrderLineEntity);
    const line = repo.create({ orderId: order.id, offerId, supplierId, quantity: order.quantity, unitSettlement, status: OrderLineStatus.DELIVERED });
    await repo.insert(line);
    return line;
  }

  /** The member pays (from the wallet or the hold), the supplier is owed its settlement, the alliance keeps the margin. */
  async postSale(order: OrderEntity, payFrom: string, supplierId: string, unitSettlement: string): Promise<void> {
    const total = BigInt(order.total);
    const settlement = BigInt(unitSettlement) * BigInt(order.quantity);
    await this.ledger.post(
      LedgerTransactionType.ORDER,
      [
        { accountId: payFrom, amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId), amount: settlement },
        ...(total !== settlement ? [{ accountId: await this.ledger.account(LedgerAccountKind.ALLIANCE_REVENUE, null), amount: total - settlement }] : []),
      ],
      { orderId: order.id, reference: order.clientOrderNo },
    );
  }

}
