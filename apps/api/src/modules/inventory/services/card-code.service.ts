import { CodeAction, CodeStatus, codeLifecycle } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { CodeCipher, type PlainCode } from '../../../common/crypto/code-cipher';
import { EventBus } from '../../../common/events/event-bus';
import { nextStatus } from '../../../common/transition';
import { LockOrder } from '../../../common/unit-of-work/lock-order';
import { CardCodeEntity } from '../entities/card-code.entity';
import { StockChangedEvent } from '../../catalog/catalog.events';
import { CodesFrozenEvent, CodesReplacedEvent, CodesSoldEvent, CodesVoidedEvent } from '../inventory.events';

/** Selling moves a code AVAILABLE → SOLD by the code lifecycle table (checked once: the sale statement is hot). */
const SOLD = nextStatus(codeLifecycle, CodeStatus.AVAILABLE, CodeAction.SELL, undefined);
/** After-sales moves a sold code by the same table: REPLACED by a reissue, VOIDED by a refund. */
const REPLACED = nextStatus(codeLifecycle, CodeStatus.SOLD, CodeAction.REPLACE, undefined);
const VOIDED = nextStatus(codeLifecycle, CodeStatus.SOLD, CodeAction.VOID, undefined);
/** Elimination freezes every unsold code by the same table. */
const FREEZABLE = [CodeStatus.IMPORTING, CodeStatus.QUARANTINED, CodeStatus.AVAILABLE].filter((s) => codeLifecycle.can(s, CodeAction.FREEZE));
const FROZEN = nextStatus(codeLifecycle, CodeStatus.AVAILABLE, CodeAction.FREEZE, undefined);

export interface SoldCode extends PlainCode {
  id: string;
  expiresAt: Date | null;
  /** SOLD, or REPLACED / VOIDED after an after-sales resolution (absent on a fresh sale). */
  status?: CodeStatus;
}

/** A sold code without its secret: what after-sales needs to know of it. */
export interface SoldCodeState {
  id: string;
  status: CodeStatus;
  offerId: string;
  supplierId: string;
  orderLineId: string;
}

/**
 * Card codes on their way to buyers: claimed for an order, sold to exactly one order line, shown again to
 * that buyer. The only writer of card_codes outside imports and sample checks.
 */
@Injectable()
export class CardCodeService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: CodeCipher,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly lockOrder: LockOrder,
  ) {}

  /**
   * Moves every code of a batch in status `from` by `action` (codeLifecycle), under the batch's lock: an
   * import completing, a quarantine, a sample's verdict. Answers the ids moved. Sample marks are cleared
   * when a batch goes (back) into quarantine.
   */
  async moveBatch(batchId: string, from: CodeStatus, action: CodeAction): Promise<string[]> {
    this.lockOrder.assertRoot('card_code', 'card_batch', batchId);
    const to = nextStatus(codeLifecycle, from, action, undefined);
    const resetSample = to === CodeStatus.QUARANTINED ? ', sampled = false, sample_result = NULL' : '';
    const [rows] = (await this.txHost.tx.query(`UPDATE card_codes SET status = $3${resetSample} WHERE batch_id = $1 AND status = $2 RETURNING id`, [batchId, from, to])) as [
      { id: string }[],
      number,
    ];
    return rows.map((r) => r.id);
  }

  /**
   * Locks `quantity` available codes of an offer, oldest first, or returns fewer when it has not enough.
   * With `skipLocked`, codes another order is claiming are passed over; without, it waits for them, so a
   * SOLD_OUT answer is never caused by an order that is about to roll back.
   */
  async claim(offerId: string, quantity: number, skipLocked: boolean): Promise<string[]> {
    // Hot path (measured: every card order): one indexed statement.
    const rows = (await this.txHost.tx.query(
      `SELECT id FROM card_codes WHERE offer_id = $1 AND status = 'AVAILABLE' ORDER BY created_at LIMIT $2 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
      [offerId, quantity],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Of these offers, those with at least `quantity` codes available now (each counted no further than that). */
  async offersWithStock(offerIds: string[], quantity: number): Promise<Set<string>> {
    if (!offerIds.length) return new Set();
    // Hot path (a card order of a docked SKU): each offer counted on the available-codes index, no further than needed.
    const rows = (await this.txHost.tx.query(
      `SELECT o AS offer_id FROM unnest($1::uuid[]) AS o
        WHERE (SELECT count(*) FROM (SELECT 1 FROM card_codes c WHERE c.offer_id = o AND c.status = 'AVAILABLE' LIMIT $2) x) >= $2`,
      [offerIds, quantity],
    )) as { offer_id: string }[];
    return new Set(rows.map((r) => r.offer_id));
  }

  /** A failed import's codes never existed for anyone: they are removed (the batch locked, and still IMPORTING). */
  async discardImporting(batchId: string): Promise<void> {
    this.lockOrder.assertRoot('card_code', 'card_batch', batchId);
    await this.txHost.tx.query(`DELETE FROM card_codes WHERE batch_id = $1 AND status = $2`, [batchId, CodeStatus.IMPORTING]);
  }

  /** Marks claimed codes sold to an order line and hands them over decrypted, for the buyer only. */
  async sell(actor: Actor | null, claim: { offerId: string; supplierId: string; codeIds: string[] }, orderLineId: string): Promise<SoldCode[]> {
    // Hot path (measured: every card order): one statement, guarded so a code is never sold twice.
    const [sold] = (await this.txHost.tx.query(
      `UPDATE card_codes SET status = $4, order_line_id = $2, sold_at = $3 WHERE id = ANY($1) AND status = $5 RETURNING id, ciphertext, nonce, expires_at`,
      [claim.codeIds, orderLineId, this.clock.now(), SOLD, CodeStatus.AVAILABLE],
    )) as [{ id: string; ciphertext: Buffer; nonce: Buffer; expires_at: Date | null }[], number];
    if (sold.length !== claim.codeIds.length) throw new Error(`claimed ${claim.codeIds.length} codes but sold ${sold.length}`);
    await this.events.publish(new CodesSoldEvent(actor, claim.offerId, claim.supplierId, orderLineId, sold.map((c) => c.id)));
    await this.events.publish(new StockChangedEvent(actor, claim.offerId, -sold.length, true));
    return sold.map((c) => ({ id: c.id, expiresAt: c.expires_at, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) }));
  }

  /**
   * Codes the order path's one statement sold (`inventory_sell_codes`, this module's SQL function): published
   * as this module's facts and decrypted for the buyer.
   */
  async soldInStatement(actor: Actor | null, sale: { offerId: string; supplierId: string; orderLineId: string }, rows: { id: string; ciphertext: Buffer; nonce: Buffer; expiresAt: Date | null }[]): Promise<SoldCode[]> {
    await this.events.publish(new CodesSoldEvent(actor, sale.offerId, sale.supplierId, sale.orderLineId, rows.map((c) => c.id)));
    await this.events.publish(new StockChangedEvent(actor, sale.offerId, -rows.length, true));
    return rows.map((c) => ({ id: c.id, expiresAt: c.expiresAt, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) }));
  }

  /** The codes sold to these order lines, decrypted (the caller has checked the buyer). */
  async ofOrderLines(orderLineIds: string[]): Promise<SoldCode[]> {
    if (!orderLineIds.length) return [];
    const codes = await this.txHost.tx.getRepository(CardCodeEntity).find({
      where: { orderLineId: In(orderLineIds) },
      select: { id: true, ciphertext: true, nonce: true, expiresAt: true, status: true, soldAt: true },
      order: { soldAt: 'ASC', id: 'ASC' },
    });
    return codes.map((c) => ({ id: c.id, expiresAt: c.expiresAt, status: c.status, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) }));
  }

  /**
   * The codes a ticket names as the member reported them: the card number and the secret's last 4 characters, so
   * the supplier sees which code is disputed without the secret being shown again (the caller has checked access).
   */
  async reported(codeIds: string[]): Promise<{ id: string; cardNumber: string | null; secretTail: string | null; status: CodeStatus }[]> {
    if (!codeIds.length) return [];
    const codes = await this.txHost.tx.getRepository(CardCodeEntity).find({ where: { id: In(codeIds) }, select: { id: true, ciphertext: true, nonce: true, status: true } });
    const byId = new Map(codes.map((c) => [c.id, c]));
    return codeIds.flatMap((id) => {
      const c = byId.get(id);
      if (!c) return [];
      const plain = this.cipher.decrypt(c.id, c.ciphertext, c.nonce);
      return [{ id: c.id, cardNumber: plain.cardNumber ?? null, secretTail: plain.secret ? plain.secret.slice(-4) : null, status: c.status }];
    });
  }

  /** The codes sold to these order lines with their status, no secrets (after-sales checks what a ticket names). */
  async statesOf(orderLineIds: string[]): Promise<SoldCodeState[]> {
    if (!orderLineIds.length) return [];
    const codes = await this.txHost.tx.getRepository(CardCodeEntity).find({
      where: { orderLineId: In(orderLineIds) },
      select: { id: true, status: true, offerId: true, supplierId: true, orderLineId: true },
      order: { id: 'ASC' },
    });
    return codes.map((c) => ({ id: c.id, status: c.status, offerId: c.offerId, supplierId: c.supplierId, orderLineId: c.orderLineId! }));
  }

  /**
   * After-sales reissue: the sold codes become REPLACED and the claimed fresh ones are sold to `orderLineId`
   * (the same line, or a backup offer's new line); the chain records which replaced which.
   */
  async replace(actor: Actor | null, orderId: string, replacedIds: string[], claim: { offerId: string; supplierId: string; codeIds: string[] }, orderLineId: string, reason: string): Promise<SoldCode[]> {
    // Sold codes are children of the order they were sold to: after-sales locks it first.
    this.lockOrder.assertRoot('card_code', 'order', orderId);
    const moved = await this.txHost.tx.getRepository(CardCodeEntity).update({ id: In(replacedIds), status: CodeStatus.SOLD }, { status: REPLACED });
    if (moved.affected !== replacedIds.length) throw new Error(`expected to replace ${replacedIds.length} sold codes, replaced ${moved.affected}`);
    const sold = await this.sell(actor, claim, orderLineId);
    await this.events.publish(new CodesReplacedEvent(actor, replacedIds, sold.map((c) => c.id), claim.offerId, orderLineId, reason));
    return sold;
  }

  /** After-sales refund: sold codes are voided (they are paid back, so they are worth nothing now). */
  async voidSold(actor: Actor | null, orderId: string, codeIds: string[], orderLineId: string, reason: string): Promise<string[]> {
    if (!codeIds.length) return [];
    this.lockOrder.assertRoot('card_code', 'order', orderId);
    const voided = await this.txHost.tx
      .getRepository(CardCodeEntity)
      .createQueryBuilder()
      .update()
      .set({ status: VOIDED })
      .where('id IN (:...ids) AND status = :sold AND order_line_id = :line', { ids: codeIds, sold: CodeStatus.SOLD, line: orderLineId })
      .returning('id')
      .execute();
    const ids = (voided.raw as { id: string }[]).map((r) => r.id);
    if (ids.length) await this.events.publish(new CodesVoidedEvent(actor, ids, orderLineId, reason));
    return ids;
  }

  /**
   * An eliminated supplier's unsold codes (importing, quarantined, available) become FROZEN: never sold again.
   * Its offers' stock counters drop by the available ones; the chain records the freeze per offer. Answers how many.
   */
  async freezeUnsold(actor: Actor | null, supplierId: string, reason: string): Promise<number> {
    // Unsold codes of an eliminated supplier: the organisation (their root here) is locked by its elimination.
    this.lockOrder.assertRoot('card_code', 'organization', supplierId);
    const perOffer = (await this.txHost.tx.query(
      `WITH frozen AS (
         UPDATE card_codes c SET status = $3 FROM card_codes old
          WHERE c.id = old.id AND c.supplier_id = $1 AND c.status = ANY($2::text[]) RETURNING c.offer_id, old.status AS was)
       SELECT offer_id AS "offerId", count(*)::int AS n, count(*) FILTER (WHERE was = 'AVAILABLE')::int AS available FROM frozen GROUP BY offer_id`,
      [supplierId, FREEZABLE, FROZEN],
    )) as { offerId: string; n: number; available: number }[];
    let total = 0;
    for (const r of perOffer) {
      total += r.n;
      if (r.available) await this.events.publish(new StockChangedEvent(actor, r.offerId, -r.available));
      await this.events.publish(new CodesFrozenEvent(actor, supplierId, r.offerId, r.n, reason));
    }
    return total;
  }
}
