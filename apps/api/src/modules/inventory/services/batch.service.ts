import { AuditEventType, BatchAction, BatchStatus, CodeAction, CodeStatus, SampleResult, batchLifecycle, sampleSize } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { CodeCipher, type PlainCode } from '../../../common/crypto/code-cipher';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { CardBatchEntity } from '../entities/card-batch.entity';
import { CardCodeEntity } from '../entities/card-code.entity';
import { StockChangedEvent } from '../../catalog/catalog.events';
import { BatchStatusChangedEvent } from '../inventory.events';
import { CardCodeService } from './card-code.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

/** Sampled codes revealed or recorded per call: a 100,000-code batch's 10,000 samples in ten calls. */
export const SAMPLE_PAGE_MAX = 1000;

export interface RevealedSample extends PlainCode {
  id: string;
  result: SampleResult | null;
  expiresAt: Date | null;
}

/** Batches and their sample checks (抽样测试). */
@Injectable()
export class BatchService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: CodeCipher,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly cardCodes: CardCodeService,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<CardBatchEntity, BatchStatus, BatchAction>({
      aggregate: 'card_batch', label: 'Card batch', entity: CardBatchEntity, machine: batchLifecycle,
      events: ({ actor, after, from, action, details }) => new BatchStatusChangedEvent(actor, after, from, action, details),
    });
  }

  private readonly lifecycle: Lifecycle<CardBatchEntity, BatchStatus, BatchAction>;

  private get batches() {
    return this.txHost.tx.getRepository(CardBatchEntity);
  }

  private get codes() {
    return this.txHost.tx.getRepository(CardCodeEntity);
  }

  /** The one way a batch's status changes (batchLifecycle; the batch is the root of its codes). */
  transition(actor: Actor | null, batch: CardBatchEntity, action: BatchAction, changes: Partial<CardBatchEntity> = {}, details: Record<string, unknown> = {}): Promise<CardBatchEntity> {
    return this.lifecycle.transition(actor, batch, action, changes, { details });
  }

  /** Locks a batch (the root of its codes); null when absent. */
  lock(id: string): Promise<CardBatchEntity | null> {
    return this.lifecycle.lock(assertId(id, 'Card batch'));
  }

  /** A batch this unit of work has just inserted. */
  created(batch: CardBatchEntity): CardBatchEntity {
    return this.lifecycle.created(batch);
  }

  async get(actor: Actor, id: string): Promise<CardBatchEntity> {
    const batch = await this.batches.findOne({ where: { id: assertId(id, 'Card batch') }, relations: { offer: { sku: true } } });
    if (!batch || (!isAlliance(actor) && batch.supplierId !== actor.organizationId)) throw notFound('Card batch');
    return batch;
  }

  async list(actor: Actor, filter: { offerId?: string | null; status?: BatchStatus | null }, page: { offset: number; limit: number }): Promise<Page<CardBatchEntity>> {
    const qb = this.batches.createQueryBuilder('b').leftJoinAndSelect('b.offer', 'o').leftJoinAndSelect('o.sku', 's');
    if (!isAlliance(actor)) qb.andWhere('b.supplier_id = :org', { org: actor.organizationId });
    if (filter.offerId) qb.andWhere('b.offer_id = :offer', { offer: assertId(filter.offerId, 'Offer') });
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    qb.orderBy('b.created_at', filter.status === BatchStatus.QUARANTINED ? 'ASC' : 'DESC');
    const [items, totalCount] = await qb.skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /** Marks a random sample of a batch's quarantined codes; returns its size. */
  async drawSample(batchId: string, held: number): Promise<number> {
    const sample = sampleSize(held);
    await this.txHost.tx.query(
      `UPDATE card_codes SET sampled = true WHERE id IN (SELECT id FROM card_codes WHERE batch_id = $1 AND status = 'QUARANTINED' ORDER BY random() LIMIT $2)`,
      [batchId, sample],
    );
    return sample;
  }

  /** An admin holds back a sellable batch for a sample check: its unsold codes leave stock until it passes. */
  @UnitOfWork()
  async quarantine(actor: UserActor, id: string, reason: string): Promise<CardBatchEntity> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why'] });
    const batch = await this.lock(id);
    if (!batch) throw notFound('Card batch');
    if (!batchLifecycle.can(batch.status, BatchAction.QUARANTINE)) throw invalidTransition(batch.status, BatchAction.QUARANTINE);
    const held = await this.cardCodes.moveBatch(batch.id, CodeStatus.AVAILABLE, CodeAction.QUARANTINE);
    if (!held.length) throw invalidTransition(batch.status, 'quarantine a batch with no unsold codes');
    const sample = await this.drawSample(batch.id, held.length);
    await this.events.publish(new StockChangedEvent(actor, batch.offerId, -held.length));
    await this.transition(actor, batch, BatchAction.QUARANTINE, { quarantineReason: reason.trim(), sampleSize: sample, sampleValid: 0, sampleInvalid: 0, decidedAt: null }, {
      reason: reason.trim(), codes: held.length, sampleSize: sample,
    });
    return this.get(actor, batch.id);
  }

  /** The sampled codes of a quarantined batch: ids and results only, never plaintext. */
  sampleCodes(batchId: string): Promise<CardCodeEntity[]> {
    return this.codes.find({
      where: { batchId: assertId(batchId, 'Card batch'), sampled: true },
      select: { id: true, batchId: true, sampleResult: true, expiresAt: true, status: true },
      order: { id: 'ASC' },
    });
  }

  private async lockQuarantined(batchId: string): Promise<CardBatchEntity> {
    const batch = await this.lock(batchId);
    if (!batch) throw notFound('Card batch');
    if (batch.status !== BatchStatus.QUARANTINED) throw invalidTransition(batch.status, 'sample');
    return batch;
  }

  private async batchOfSample(codeId: string): Promise<string> {
    const code = await this.codes.findOne({ where: { id: assertId(codeId, 'Card code') }, select: { id: true, batchId: true, sampled: true } });
    if (!code || !code.sampled) throw notFound('Card code');
    return code.batchId;
  }

  /** An auditor sees one sampled code, to check it against the brand's official system; the reveal is recorded. */
  @UnitOfWork()
  async revealSample(actor: UserActor, codeId: string): Promise<PlainCode> {
    const [code] = await this.revealSamplesOf(actor, await this.lockQuarantined(await this.batchOfSample(codeId)), [assertId(codeId, 'Card code')]);
    return code;
  }

  /**
   * A page of a batch's sampled codes in plaintext (those not yet recorded first), for checking in bulk;
   * the reveal of each is recorded in the audit chain.
   */
  @UnitOfWork()
  async revealSamples(actor: UserActor, batchId: string, page: { offset: number; limit: number }): Promise<RevealedSample[]> {
    const batch = await this.lockQuarantined(batchId);
    const rows = (await this.txHost.tx.query(
      `SELECT id FROM card_codes WHERE batch_id = $1 AND sampled ORDER BY (sample_result IS NOT NULL), id OFFSET $2 LIMIT $3`,
      [batch.id, page.offset, Math.min(page.limit, SAMPLE_PAGE_MAX)],
    )) as { id: string }[];
    return this.revealSamplesOf(actor, batch, rows.map((r) => r.id));
  }

  private async revealSamplesOf(actor: UserActor, batch: CardBatchEntity, ids: string[]): Promise<RevealedSample[]> {
    if (!ids.length) return [];
    const codes = await this.codes.find({ where: { id: In(ids), batchId: batch.id, sampled: true }, order: { id: 'ASC' } });
    if (codes.length !== ids.length) throw notFound('Card code');
    const payload = ids.length === 1 ? { batchId: batch.id } : { batchId: batch.id, codeIds: codes.map((c) => c.id) };
    await this.events.publish(new AuditedChange(actor, AuditEventType.CODE_SAMPLE_REVEALED, {
      organizationId: batch.supplierId,
      subjectType: ids.length === 1 ? 'card_code' : 'card_batch',
      subjectId: ids.length === 1 ? codes[0].id : batch.id,
      payload,
    }));
    return codes.map((c) => ({ id: c.id, result: c.sampleResult, expiresAt: c.expiresAt, ...this.cipher.decrypt(c.id, c.ciphertext, c.nonce) }));
  }

  /** Records a sample's result: any invalid code rejects the batch; all valid makes it sellable. */
  @UnitOfWork()
  async recordSample(actor: UserActor, codeId: string, result: SampleResult): Promise<CardBatchEntity> {
    return this.recordSamplesOf(actor, await this.batchOfSample(codeId), [{ codeId, result }]);
  }

  /** Records many samples' results at once (in the order given); the batch is decided as soon as it can be. */
  @UnitOfWork()
  async recordSamples(actor: UserActor, batchId: string, results: { codeId: string; result: SampleResult }[]): Promise<CardBatchEntity> {
    if (!results.length || results.length > SAMPLE_PAGE_MAX) throw validationFailed({ results: [`give 1–${SAMPLE_PAGE_MAX} results`] });
    return this.recordSamplesOf(actor, batchId, results);
  }

  private async recordSamplesOf(actor: UserActor, batchId: string, results: { codeId: string; result: SampleResult }[]): Promise<CardBatchEntity> {
    let batch = await this.lockQuarantined(batchId);
    const ids = results.map((r) => assertId(r.codeId, 'Card code'));
    if (new Set(ids).size !== ids.length) throw validationFailed({ results: ['each code once'] });
    const codes = new Map((await this.codes.find({ where: { id: In(ids), batchId: batch.id, sampled: true } })).map((c) => [c.id, c]));
    for (const { codeId } of results) {
      const code = codes.get(codeId.toLowerCase());
      if (!code) throw notFound('Card code');
      if (code.sampleResult) throw invalidTransition(code.sampleResult, 'record again');
    }
    for (const { codeId, result } of results) {
      await this.codes.update(codeId.toLowerCase(), { sampleResult: result });
      await this.events.publish(new AuditedChange(actor, AuditEventType.CODE_SAMPLE_RECORDED, {
        organizationId: batch.supplierId,
        subjectType: 'card_code',
        subjectId: codeId.toLowerCase(),
        payload: { batchId: batch.id, result },
      }));
    }
    const valid = batch.sampleValid + results.filter((r) => r.result === SampleResult.VALID).length;
    const invalid = batch.sampleInvalid + results.filter((r) => r.result === SampleResult.INVALID).length;
    const details = { sampleSize: batch.sampleSize, sampleValid: valid, sampleInvalid: invalid };
    if (invalid > 0) {
      await this.cardCodes.moveBatch(batch.id, CodeStatus.QUARANTINED, CodeAction.REJECT);
      batch = await this.transition(actor, batch, BatchAction.FAIL_SAMPLE, { sampleValid: valid, sampleInvalid: invalid, decidedAt: this.clock.now() }, details);
    } else if (valid === batch.sampleSize) {
      const released = await this.cardCodes.moveBatch(batch.id, CodeStatus.QUARANTINED, CodeAction.RELEASE);
      await this.events.publish(new StockChangedEvent(actor, batch.offerId, released.length));
      batch = await this.transition(actor, batch, BatchAction.PASS_SAMPLE, { sampleValid: valid, sampleInvalid: invalid, decidedAt: this.clock.now() }, details);
    } else {
      await this.batches.update(batch.id, { sampleValid: valid, sampleInvalid: invalid });
    }
    return this.get(actor, batch.id);
  }
}
