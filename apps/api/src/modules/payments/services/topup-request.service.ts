import {
  AuditEventType,
  ErrorCode,
  OrganizationKind,
  TOPUP_MAX_FEN,
  TOPUP_MIN_FEN,
  TopupRequestAction,
  TopupRequestStatus,
  topupRequestLifecycle,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, Not, type FindOptionsWhere } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { SubjectNames } from '../../../common/subject-names';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { positiveFen } from '../../catalog/services/sku.service';
import { FileService } from '../../files/services/file.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { BankAccountEntity, TopupRequestEntity } from '../entities/payments.entities';
import { TopupRequestDecidedEvent, TopupRequestedEvent, type TopupRequestFacts } from '../payments.events';

export interface SaveBankAccount {
  id?: string | null;
  bankName: string;
  branch?: string | null;
  accountName: string;
  accountNo: string;
  note?: string | null;
  active: boolean;
}

export interface TopupRequestRow extends TopupRequestEntity {
  memberName: string;
  duplicateCount: number;
}

/** References compare without spaces, dashes or case: "CMB 2026-0001" and "cmb20260001" are one transfer. */
export const referenceKey = (reference: string) => reference.replace(/[\s\-_/]/g, '').toUpperCase();

const facts = (r: TopupRequestEntity): TopupRequestFacts => ({
  id: r.id, number: r.number, memberId: r.memberId, amount: r.amount, transferReference: r.transferReference, status: r.status, duplicateOfId: r.duplicateOfId, rejectReason: r.rejectReason,
});

/**
 * Top-ups by bank transfer (issue 20): the alliance lists its receiving accounts; a member sends its transfer's
 * reference, amount and receipt; finance confirms (the wallet credited through the ledger) or rejects with a
 * reason. A reference seen before is flagged (the request keeps the first one's id) and confirming a flagged
 * request needs finance to say so.
 */
@Injectable()
export class TopupRequestService {
  private readonly lifecycle: Lifecycle<TopupRequestEntity, TopupRequestStatus, TopupRequestAction>;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly files: FileService,
    private readonly names: SubjectNames,
    private readonly events: EventBus,
    private readonly clock: Clock,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<TopupRequestEntity, TopupRequestStatus, TopupRequestAction>({
      aggregate: 'topup_request', label: 'Top-up request', entity: TopupRequestEntity, machine: topupRequestLifecycle,
      stamp: ({ actor }) => ({ updatedAt: this.clock.now(), decidedAt: this.clock.now(), decidedByUserId: actor?.kind === 'user' ? actor.userId : null }),
      events: ({ actor, after }) => new TopupRequestDecidedEvent(actor, facts(after), after.ledgerTransactionId),
    });
  }

  private get requests() {
    return this.txHost.tx.getRepository(TopupRequestEntity);
  }

  private get accounts() {
    return this.txHost.tx.getRepository(BankAccountEntity);
  }

  // ---- receiving accounts

  bankAccounts(activeOnly: boolean): Promise<BankAccountEntity[]> {
    return this.accounts.find({ where: activeOnly ? { active: true } : {}, order: { createdAt: 'ASC' } });
  }

  @UnitOfWork()
  async saveBankAccount(actor: UserActor, input: SaveBankAccount): Promise<BankAccountEntity> {
    const errors: Record<string, string[]> = {};
    for (const f of ['bankName', 'accountName', 'accountNo'] as const) if (!input[f]?.trim()) errors[f] = ['is required'];
    if (input.accountNo && !/^[\d\s-]{6,40}$/.test(input.accountNo.trim())) errors.accountNo = ['digits, spaces and dashes, 6–40'];
    if (Object.keys(errors).length) throw validationFailed(errors);
    const now = this.clock.now();
    const row = input.id ? await this.accounts.findOne({ where: { id: assertId(input.id, 'Bank account') }, lock: { mode: 'pessimistic_write' } }) : this.accounts.create({ createdAt: now });
    if (!row) throw notFound('Bank account');
    Object.assign(row, { bankName: input.bankName.trim(), branch: input.branch?.trim() || null, accountName: input.accountName.trim(), accountNo: input.accountNo.trim(), note: input.note?.trim() || null, active: input.active, updatedAt: now });
    const saved = await this.accounts.save(row);
    await this.events.publish(new AuditedChange(actor, AuditEventType.BANK_ACCOUNT_CHANGED, { organizationId: null, subjectType: 'bank_account', subjectId: saved.id, payload: { bankName: saved.bankName, accountNo: saved.accountNo, active: saved.active } }));
    return saved;
  }

  // ---- requests

  @UnitOfWork()
  async request(actor: UserActor, input: { amount: string; transferReference: string; bankAccountId?: string | null; receiptFileId?: string | null; note?: string | null }): Promise<TopupRequestRow> {
    if (actor.organizationKind !== OrganizationKind.MEMBER) throw new AppError(ErrorCode.FORBIDDEN, 'Only members top up a wallet');
    const amount = positiveFen(input.amount, 'amount');
    const errors: Record<string, string[]> = {};
    if (amount < TOPUP_MIN_FEN || amount > TOPUP_MAX_FEN) errors.amount = [`between ${TOPUP_MIN_FEN} and ${TOPUP_MAX_FEN} fen`];
    const reference = input.transferReference.trim();
    if (reference.length < 4 || reference.length > 64) errors.transferReference = ['give the bank transfer reference (4–64 characters)'];
    if (Object.keys(errors).length) throw validationFailed(errors);
    if (input.bankAccountId) {
      const account = await this.accounts.findOne({ where: { id: assertId(input.bankAccountId, 'Bank account'), active: true } });
      if (!account) throw validationFailed({ bankAccountId: ['is not one of the alliance’s receiving accounts'] });
    }
    if (input.receiptFileId) await this.files.find(actor, input.receiptFileId).catch(() => Promise.reject(validationFailed({ receiptFileId: ['upload the receipt first (POST /files)'] })));
    const key = referenceKey(reference);
    const first = await this.requests.findOne({ where: { referenceKey: key, status: Not(In([TopupRequestStatus.REJECTED, TopupRequestStatus.CANCELLED])) }, order: { createdAt: 'ASC' } });
    const now = this.clock.now();
    const row = this.requests.create({
      memberId: actor.organizationId, bankAccountId: input.bankAccountId ?? null, amount: amount.toString(), transferReference: reference, referenceKey: key,
      receiptFileId: input.receiptFileId ?? null, note: input.note?.trim().slice(0, 500) || null, status: TopupRequestStatus.PENDING, duplicateOfId: first?.id ?? null,
      rejectReason: null, ledgerTransactionId: null, requestedByUserId: actor.userId, decidedByUserId: null, decidedAt: null, createdAt: now, updatedAt: now,
    });
    const inserted = await this.requests.insert(row);
    const saved = await this.requests.findOneByOrFail({ id: inserted.identifiers[0].id as string });
    this.lifecycle.created(saved);
    await this.events.publish(new TopupRequestedEvent(actor, facts(saved)));
    return (await this.rows([saved]))[0];
  }

  @UnitOfWork()
  async confirm(actor: UserActor, id: string, options: { acknowledgeDuplicate?: boolean | null } = {}): Promise<TopupRequestRow> {
    const r = await this.lifecycle.lockOrFail(assertId(id, 'Top-up request'));
    if (r.duplicateOfId && !options.acknowledgeDuplicate) {
      throw new AppError(ErrorCode.CONFLICT, 'This transfer reference was used by an earlier request: check the bank statement, then confirm with acknowledgeDuplicate', { duplicateOfId: r.duplicateOfId });
    }
    if (!topupRequestLifecycle.can(r.status, TopupRequestAction.CONFIRM)) throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot CONFIRM from status ${r.status}`, { from: r.status, action: 'CONFIRM' });
    const ledgerTransactionId = await this.ledger.creditBankTransfer(r.memberId, BigInt(r.amount), { reference: r.transferReference, memo: `TOPUP-${r.number}`, userId: actor.userId });
    const after = await this.lifecycle.transition(actor, r, TopupRequestAction.CONFIRM, { ledgerTransactionId });
    return (await this.rows([after]))[0];
  }

  @UnitOfWork()
  async reject(actor: UserActor, id: string, reason: string): Promise<TopupRequestRow> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['tell the member why'] });
    const r = await this.lifecycle.lockOrFail(assertId(id, 'Top-up request'));
    const after = await this.lifecycle.transition(actor, r, TopupRequestAction.REJECT, { rejectReason: reason.trim().slice(0, 500) }, { reason: reason.trim() });
    return (await this.rows([after]))[0];
  }

  @UnitOfWork()
  async cancel(actor: UserActor, id: string): Promise<TopupRequestRow> {
    const r = await this.lifecycle.lockOrFail(assertId(id, 'Top-up request'), { where: { memberId: actor.organizationId } });
    const after = await this.lifecycle.transition(actor, r, TopupRequestAction.CANCEL);
    return (await this.rows([after]))[0];
  }

  async get(actor: Actor, id: string): Promise<TopupRequestRow> {
    const r = await this.requests.findOne({ where: { id: assertId(id, 'Top-up request') } });
    if (!r || (!isAlliance(actor) && r.memberId !== actor.organizationId)) throw notFound('Top-up request');
    return (await this.rows([r]))[0];
  }

  async list(actor: Actor, filter: { status?: TopupRequestStatus | null; memberId?: string | null; duplicatesOnly?: boolean | null }, page: { offset: number; limit: number }): Promise<Page<TopupRequestRow>> {
    const where: FindOptionsWhere<TopupRequestEntity> = {};
    if (!isAlliance(actor)) where.memberId = actor.organizationId;
    else if (filter.memberId) where.memberId = assertId(filter.memberId, 'Organization');
    if (filter.status) where.status = filter.status;
    if (filter.duplicatesOnly) where.duplicateOfId = Not(null as unknown as string);
    // The queue: oldest pending first; history: newest first.
    const order = filter.status === TopupRequestStatus.PENDING ? ({ createdAt: 'ASC', id: 'ASC' } as const) : ({ createdAt: 'DESC', id: 'DESC' } as const);
    const [items, totalCount] = await this.requests.findAndCount({ where, order, skip: page.offset, take: page.limit });
    return { items: await this.rows(items), totalCount };
  }

  private async rows(items: TopupRequestEntity[]): Promise<TopupRequestRow[]> {
    const names = await this.names.of('organization', [...new Set(items.map((r) => r.memberId))]);
    const keys = [...new Set(items.map((r) => r.referenceKey))];
    const counts = keys.length
      ? ((await this.requests
          .createQueryBuilder('r')
          .select('r.reference_key', 'key')
          .addSelect('count(*)::int', 'n')
          .where('r.reference_key = ANY(:keys)', { keys })
          .groupBy('r.reference_key')
          .getRawMany()) as { key: string; n: number }[])
      : [];
    const byKey = new Map(counts.map((c) => [c.key, c.n]));
    return items.map((r) => Object.assign(r, { memberName: names.get(r.memberId) ?? '', duplicateCount: Math.max(0, (byKey.get(r.referenceKey) ?? 1) - 1) }));
  }
}
