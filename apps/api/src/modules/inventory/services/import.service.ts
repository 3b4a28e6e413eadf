import { randomUUID } from 'node:crypto';
import { BatchAction, BatchStatus, CodeAction, CodeStatus, DeliveryMode, ErrorCode, MAX_IMPORT_CODES, OfferStatus, OrganizationStatus, RiskEventType } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, invalidTransition, validationFailed } from '../../../common/errors';
import { CodeCipher, type PlainCode } from '../../../common/crypto/code-cipher';
import { EventBus } from '../../../common/events/event-bus';
import { OfferService } from '../../catalog/services/offer.service';
import { RiskService } from '../../risk/services/risk.service';
import { CardBatchEntity } from '../entities/card-batch.entity';
import { StockChangedEvent } from '../../catalog/catalog.events';
import { BatchService } from './batch.service';
import { CardCodeService } from './card-code.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

export interface ImportRow extends PlainCode {
  expiresAt?: string | Date | null;
}

/** Rows are written and counted this many at a time: memory stays flat whatever the batch size. */
const CHUNK = 1000;
const MAX_FIELD = 200;

type Counts = Pick<CardBatchEntity, 'processed' | 'accepted' | 'refusedInvalid' | 'refusedInBatch' | 'refusedExisting' | 'refusedOtherSupplier'>;

/**
 * Imports a batch of card codes, streamed in chunks: each chunk is encrypted, fingerprinted and inserted in
 * its own transaction so progress is visible, with the codes held back (IMPORTING) until the batch
 * completes in one final transaction: sellable, or quarantined for its sample check.
 */
@Injectable()
export class ImportService {
  private readonly log = new Logger(ImportService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: CodeCipher,
    private readonly offers: OfferService,
    private readonly risk: RiskService,
    private readonly batches: BatchService,
    private readonly codes: CardCodeService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Checks the offer and opens the batch (committed at once, so its progress can be watched). */
  @UnitOfWork({ separate: true })
  async open(actor: UserActor, offerId: string, source: 'INLINE' | 'CSV'): Promise<CardBatchEntity> {
    const offer = await this.offers.get(actor, offerId); // another supplier's offer is not found
    if (offer.sku!.deliveryMode !== DeliveryMode.CARD_CODE) throw validationFailed({ offerId: ['is a direct top-up offer: it has no card codes'] });
    if (offer.status === OfferStatus.DELISTED || offer.status === OfferStatus.REJECTED) throw invalidTransition(offer.status, 'import codes');
    const repo = this.txHost.tx.getRepository(CardBatchEntity);
    const batch = repo.create({
      offerId: offer.id, supplierId: offer.supplierId, source, status: BatchStatus.IMPORTING, processed: 0, accepted: 0, refusedInvalid: 0,
      refusedInBatch: 0, refusedExisting: 0, refusedOtherSupplier: 0, quarantineReason: null, sampleSize: 0, sampleValid: 0, sampleInvalid: 0,
      failure: null, createdByUserId: actor.userId, createdAt: this.clock.now(), completedAt: null, decidedAt: null,
    });
    await repo.insert(batch);
    return this.batches.created(batch);
  }

  /** Streams rows into an open batch and completes it. On any failure the batch is FAILED and its codes removed. */
  async run(actor: UserActor, batch: CardBatchEntity, rows: AsyncIterable<ImportRow> | Iterable<ImportRow>): Promise<CardBatchEntity> {
    const counts: Counts = { processed: 0, accepted: 0, refusedInvalid: 0, refusedInBatch: 0, refusedExisting: 0, refusedOtherSupplier: 0 };
    const otherSuppliers = new Set<string>();
    try {
      let chunk: ImportRow[] = [];
      for await (const row of rows) {
        if (counts.processed + chunk.length >= MAX_IMPORT_CODES) {
          throw new AppError(ErrorCode.VALIDATION_FAILED, `A batch holds at most ${MAX_IMPORT_CODES} codes`, { fields: { codes: [`more than ${MAX_IMPORT_CODES}`] } });
        }
        chunk.push(row);
        if (chunk.length === CHUNK) {
          await this.writeChunk(batch, chunk, counts, otherSuppliers);
          chunk = [];
        }
      }
      if (chunk.length) await this.writeChunk(batch, chunk, counts, otherSuppliers);
      return await this.complete(actor, batch.id, counts, [...otherSuppliers]);
    } catch (err) {
      await this.fail(batch.id, err);
      throw err;
    }
  }

  @UnitOfWork({ separate: true })
  private async writeChunk(batch: CardBatchEntity, rows: ImportRow[], counts: Counts, otherSuppliers: Set<string>): Promise<void> {
    await this.insertChunk(batch, rows, counts, otherSuppliers);
  }

  /**
   * A chunk's codes encrypted, fingerprinted and inserted, in the caller's transaction. `born`: their first
   * status (IMPORTING for an import, whose batch is checked before they sell; AVAILABLE for codes bought through,
   * in the transaction that also accepts their batch). `keepCounts`: the batch's counts are written by the
   * caller's transition instead (one statement fewer on the order's path).
   */
  private async insertChunk(batch: CardBatchEntity, rows: ImportRow[], counts: Counts, otherSuppliers: Set<string>, born: CodeStatus = CodeStatus.IMPORTING, keepCounts = false): Promise<void> {
    const now = this.clock.now();
    const ids: string[] = [];
    const fps: Buffer[] = [];
    const cts: Buffer[] = [];
    const nonces: Buffer[] = [];
    const expiries: (Date | null)[] = [];
    for (const row of rows) {
      const code = validRow(row, now);
      if (!code) {
        counts.refusedInvalid += 1;
        continue;
      }
      const id = randomUUID();
      const { ciphertext, nonce } = this.cipher.encrypt(id, code);
      ids.push(id);
      fps.push(this.cipher.fingerprint(code));
      cts.push(ciphertext);
      nonces.push(nonce);
      expiries.push(code.expiresAt);
    }
    counts.processed += rows.length;
    if (ids.length) {
      // One statement per chunk; a fingerprint seen anywhere before (this batch included) is not inserted.
      const inserted = (await this.txHost.tx.query(
        `INSERT INTO card_codes (id, batch_id, offer_id, supplier_id, status, fingerprint, ciphertext, nonce, key_version, expires_at, created_at)
         SELECT u.id, $1, $2, $3, $11, u.fp, u.ct, u.nonce, $4, u.exp, $5
           FROM unnest($6::uuid[], $7::bytea[], $8::bytea[], $9::bytea[], $10::timestamptz[]) AS u(id, fp, ct, nonce, exp)
         ON CONFLICT (fingerprint) DO NOTHING RETURNING id`,
        [batch.id, batch.offerId, batch.supplierId, CodeCipher.KEY_VERSION, now, ids, fps, cts, nonces, expiries, born],
      )) as { id: string }[];
      counts.accepted += inserted.length;
      if (inserted.length < ids.length) {
        const took = new Set(inserted.map((r) => r.id));
        const refused = fps.filter((_, i) => !took.has(ids[i]));
        const owners = (await this.txHost.tx.query('SELECT fingerprint, batch_id, supplier_id FROM card_codes WHERE fingerprint = ANY($1)', [refused])) as {
          fingerprint: Buffer;
          batch_id: string;
          supplier_id: string;
        }[];
        const ownerOf = new Map(owners.map((o) => [o.fingerprint.toString('hex'), o]));
        // Per refused row: an earlier row of this batch (the same chunk included), this supplier before, or another supplier.
        for (const fp of refused) {
          const owner = ownerOf.get(fp.toString('hex'))!;
          if (owner.batch_id === batch.id) counts.refusedInBatch += 1;
          else if (owner.supplier_id === batch.supplierId) counts.refusedExisting += 1;
          else {
            counts.refusedOtherSupplier += 1;
            otherSuppliers.add(owner.supplier_id);
          }
        }
      }
    }
    if (!keepCounts) await this.txHost.tx.getRepository(CardBatchEntity).update(batch.id, { ...counts });
  }

  @UnitOfWork()
  private async complete(actor: UserActor, batchId: string, counts: Counts, otherSuppliers: string[]): Promise<CardBatchEntity> {
    const batch = (await this.batches.lock(batchId))!;
    const completed = { ...counts, completedAt: this.clock.now() };
    let done: CardBatchEntity;
    if (counts.accepted === 0) {
      done = await this.batches.transition(actor, batch, BatchAction.FAIL, { ...completed, failure: 'No code was accepted' }, { ...counts });
    } else if (actor.organizationStatus === OrganizationStatus.PROBATION) {
      // A supplier on probation: the batch waits for an auditor's sample check.
      await this.codes.moveBatch(batchId, CodeStatus.IMPORTING, CodeAction.QUARANTINE);
      const sample = await this.batches.drawSample(batchId, counts.accepted);
      done = await this.batches.transition(actor, batch, BatchAction.QUARANTINE, { ...completed, sampleSize: sample, quarantineReason: 'PROBATION' }, { ...counts, sampleSize: sample });
    } else {
      await this.codes.moveBatch(batchId, CodeStatus.IMPORTING, CodeAction.RELEASE);
      await this.events.publish(new StockChangedEvent(actor, batch.offerId, counts.accepted));
      done = await this.batches.transition(actor, batch, BatchAction.ACCEPT, completed, { ...counts, sampleSize: 0 });
    }
    if (counts.refusedOtherSupplier > 0) {
      // The same code from two suppliers: one of them sells codes that are not theirs (黑卡).
      await this.risk.raise(RiskEventType.BLACK_CARD_SUSPECTED, batch.supplierId, { type: 'card_batch', id: batchId }, {
        duplicates: counts.refusedOtherSupplier, otherSupplierIds: otherSuppliers, offerId: batch.offerId,
      });
    }
    return done;
  }

  /**
   * Codes bought through from a supplier's own system at order time (docking, issue 19): one batch of source
   * UPSTREAM, its codes sellable at once, in the caller's transaction (so the order that bought them is the
   * first to see them). A code already known anywhere is not inserted. Answers how many were accepted.
   * On the order's path, three statements: the batch (created here, so held without a lock), its codes born
   * AVAILABLE (nobody sees them before the batch is accepted: the same transaction), and the batch's transition
   * with its counts. Measured by the bench's docking step (statements and transactions per order).
   */
  async addUpstreamCodes(offerId: string, supplierId: string, rows: ImportRow[]): Promise<number> {
    const now = this.clock.now();
    const repo = this.txHost.tx.getRepository(CardBatchEntity);
    const batch = repo.create({
      offerId, supplierId, source: 'UPSTREAM', status: BatchStatus.IMPORTING, processed: 0, accepted: 0, refusedInvalid: 0, refusedInBatch: 0, refusedExisting: 0,
      refusedOtherSupplier: 0, quarantineReason: null, sampleSize: 0, sampleValid: 0, sampleInvalid: 0, failure: null, createdByUserId: null, createdAt: now,
      completedAt: null, decidedAt: null,
    });
    await repo.insert(batch);
    this.batches.created(batch);
    const counts: Counts = { processed: 0, accepted: 0, refusedInvalid: 0, refusedInBatch: 0, refusedExisting: 0, refusedOtherSupplier: 0 };
    const others = new Set<string>();
    await this.insertChunk(batch, rows, counts, others, CodeStatus.AVAILABLE, true);
    const completed = { ...counts, completedAt: now };
    if (counts.accepted === 0) {
      await this.batches.transition(null, batch, BatchAction.FAIL, { ...completed, failure: 'No code was accepted' }, { ...counts });
    } else {
      // On the order's path: counted as a delta like a sale's, so concurrent orders do not queue on the offer's row.
      await this.events.publish(new StockChangedEvent(null, offerId, counts.accepted, true));
      await this.batches.transition(null, batch, BatchAction.ACCEPT, completed, { ...counts, sampleSize: 0 });
    }
    if (counts.refusedOtherSupplier > 0) {
      await this.risk.raise(RiskEventType.BLACK_CARD_SUSPECTED, supplierId, { type: 'card_batch', id: batch.id }, { duplicates: counts.refusedOtherSupplier, otherSupplierIds: [...others], offerId });
    }
    return counts.accepted;
  }

  @UnitOfWork({ separate: true })
  private async fail(batchId: string, err: unknown): Promise<void> {
    this.log.warn(`card batch ${batchId} failed: ${err instanceof Error ? err.message : String(err)}`);
    const batch = (await this.batches.lock(batchId))!;
    if (batch.status !== BatchStatus.IMPORTING) return;
    await this.codes.discardImporting(batchId);
    await this.batches.transition(null, batch, BatchAction.FAIL, { failure: err instanceof AppError ? err.message : 'The import failed', completedAt: this.clock.now() });
  }
}

/** Control characters (NUL included), lone surrogates and U+FFFD, what a file in another encoding decodes to: no code has them. */
const UNREADABLE = /[\p{Cc}\p{Cs}\uFFFD]/u;
const readable = (v: string | null) => v === null || !UNREADABLE.test(v);

/** A usable code, or null: a number and/or a secret of readable text, sane lengths, and an expiry (if any) in the future. */
function validRow(row: ImportRow, now: Date): (PlainCode & { expiresAt: Date | null }) | null {
  const cardNumber = row.cardNumber?.trim() || null;
  const secret = row.secret?.trim() || null;
  if (!cardNumber && !secret) return null;
  if ((cardNumber?.length ?? 0) > MAX_FIELD || (secret?.length ?? 0) > MAX_FIELD) return null;
  if (!readable(cardNumber) || !readable(secret)) return null;
  let expiresAt: Date | null = null;
  if (row.expiresAt) {
    expiresAt = row.expiresAt instanceof Date ? row.expiresAt : new Date(row.expiresAt);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) return null;
  }
  return { cardNumber, secret, expiresAt };
}
