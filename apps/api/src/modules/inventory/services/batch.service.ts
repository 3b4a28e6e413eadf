import { AuditEventType, BatchStatus, NotificationType, SampleResult, sampleSize } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { OfferService } from '../../catalog/services/offer.service';
import { NotificationService } from '../../notifications/services/notification.service';
import { CardBatchEntity } from '../entities/card-batch.entity';
import { CardCodeEntity } from '../entities/card-code.entity';
import { CodeCipher, type PlainCode } from './code-cipher';

/** Batches and their sample checks (抽样测试). */
@Injectable()
export class BatchService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: CodeCipher,
    private readonly offers: OfferService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  private get batches() {
    return this.txHost.tx.getRepository(CardBatchEntity);
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

  /** An admin holds back a sellable batch for a sample check: its unsold codes leave stock until it passes. */
  @Transactional()
  async quarantine(actor: UserActor, id: string, reason: string): Promise<CardBatchEntity> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why'] });
    const batch = await this.batches.findOne({ where: { id: assertId(id, 'Card batch') }, lock: { mode: 'pessimistic_write' } });
    if (!batch) throw notFound('Card batch');
    if (batch.status !== BatchStatus.SELLABLE) throw invalidTransition(batch.status, 'quarantine');
    const held = (await this.txHost.tx.query(
      `UPDATE card_codes SET status = 'QUARANTINED', sampled = false, sample_result = NULL WHERE batch_id = $1 AND status = 'AVAILABLE' RETURNING id`,
      [batch.id],
    ))[0] as { id: string }[];
    if (!held.length) throw invalidTransition(batch.status, 'quarantine a batch with no unsold codes');
    const sample = sampleSize(held.length);
    await this.txHost.tx.query(
      `UPDATE card_codes SET sampled = true WHERE id IN (SELECT id FROM card_codes WHERE batch_id = $1 AND status = 'QUARANTINED' ORDER BY random() LIMIT $2)`,
      [batch.id, sample],
    );
    await this.offers.adjustStock(batch.offerId, -held.length);
    await this.batches.update(batch.id, { status: BatchStatus.QUARANTINED, quarantineReason: reason.trim(), sampleSize: sample, sampleValid: 0, sampleInvalid: 0, decidedAt: null });
    await this.audit.record({
      type: AuditEventType.BATCH_QUARANTINED, ...auditActor(actor), organizationId: batch.supplierId, subjectType: 'card_batch', subjectId: batch.id,
      payload: { reason: reason.trim(), codes: held.length, sampleSize: sample },
    });
    return this.get(actor, batch.id);
  }

  /** The sampled codes of a quarantined batch: ids and results only, never plaintext. */
  sampleCodes(batchId: string): Promise<CardCodeEntity[]> {
    return this.txHost.tx.getRepository(CardCodeEntity).find({
      where: { batchId: assertId(batchId, 'Card batch'), sampled: true },
      select: { id: true, batchId: true, sampleResult: true, expiresAt: true, status: true },
      order: { id: 'ASC' },
    });
  }

  private async sampledCode(id: string): Promise<{ code: CardCodeEntity; batch: CardBatchEntity }> {
    const code = await this.txHost.tx.getRepository(CardCodeEntity).findOne({ where: { id: assertId(id, 'Card code') } });
    if (!code || !code.sampled) throw notFound('Card code');
    const batch = await this.batches.findOne({ where: { id: code.batchId }, lock: { mode: 'pessimistic_write' } });
    if (!batch || batch.status !== BatchStatus.QUARANTINED) throw invalidTransition(batch?.status ?? 'UNKNOWN', 'sample');
    return { code, batch };
  }

  /** An auditor sees one sampled code, to check it against the brand's official system; each reveal is recorded. */
  @Transactional()
  async revealSample(actor: UserActor, codeId: string): Promise<PlainCode> {
    const { code, batch } = await this.sampledCode(codeId);
    const plain = this.cipher.decrypt(code.id, code.ciphertext, code.nonce);
    await this.audit.record({
      type: AuditEventType.CODE_SAMPLE_REVEALED, ...auditActor(actor), organizationId: batch.supplierId, subjectType: 'card_code', subjectId: code.id,
      payload: { batchId: batch.id },
    });
    return plain;
  }

  /** Records a sample's result: any invalid code rejects the batch; all valid makes it sellable. */
  @Transactional()
  async recordSample(actor: UserActor, codeId: string, result: SampleResult): Promise<CardBatchEntity> {
    const { code, batch } = await this.sampledCode(codeId);
    if (code.sampleResult) throw invalidTransition(code.sampleResult, 'record again');
    await this.txHost.tx.getRepository(CardCodeEntity).update(code.id, { sampleResult: result });
    await this.audit.record({
      type: AuditEventType.CODE_SAMPLE_RECORDED, ...auditActor(actor), organizationId: batch.supplierId, subjectType: 'card_code', subjectId: code.id,
      payload: { batchId: batch.id, result },
    });
    const valid = batch.sampleValid + (result === SampleResult.VALID ? 1 : 0);
    const invalid = batch.sampleInvalid + (result === SampleResult.INVALID ? 1 : 0);
    let status = batch.status;
    if (invalid > 0) {
      status = BatchStatus.REJECTED;
      await this.txHost.tx.query(`UPDATE card_codes SET status = 'REJECTED' WHERE batch_id = $1 AND status = 'QUARANTINED'`, [batch.id]);
    } else if (valid === batch.sampleSize) {
      status = BatchStatus.SELLABLE;
      const released = (await this.txHost.tx.query(`UPDATE card_codes SET status = 'AVAILABLE' WHERE batch_id = $1 AND status = 'QUARANTINED' RETURNING id`, [batch.id]))[0] as unknown[];
      await this.offers.adjustStock(batch.offerId, released.length);
    }
    const decided = status !== batch.status;
    await this.batches.update(batch.id, { sampleValid: valid, sampleInvalid: invalid, status, decidedAt: decided ? this.clock.now() : null });
    if (decided) {
      await this.audit.record({
        type: AuditEventType.BATCH_DECIDED, ...auditActor(actor), organizationId: batch.supplierId, subjectType: 'card_batch', subjectId: batch.id,
        payload: { status, sampleSize: batch.sampleSize, sampleValid: valid, sampleInvalid: invalid },
      });
      await this.notifications.notifyOrganization(batch.supplierId, NotificationType.BATCH_DECIDED, { batchId: batch.id, status, sampleInvalid: invalid });
    }
    return this.get(actor, batch.id);
  }
}
