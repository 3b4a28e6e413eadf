import {
  AuditEventType,
  ErrorCode,
  LedgerTransactionType,
  OrganizationKind,
  SettlementCycle,
  WithdrawalAction,
  WithdrawalStatus,
  channelFee,
  settlementCutoffDay,
  shanghaiDate,
  shanghaiDayStart,
  withdrawalLifecycle,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull, LessThan, type FindOptionsWhere } from 'typeorm';
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
import { LedgerService, type LedgerEntryRow } from '../../ledger/services/ledger.service';
import { SettlementPolicyEntity, WithdrawalEntity } from '../entities/payments.entities';
import { WithdrawalDecidedEvent, WithdrawalRequestedEvent, type WithdrawalFacts } from '../payments.events';

export interface PayableSummary {
  supplierId: string;
  cycle: SettlementCycle;
  /** Money booked before this instant is settled. */
  settledBefore: Date;
  balance: bigint;
  /** Booked on or after settledBefore (not withdrawable yet). */
  unsettled: bigint;
  /** Asked for and not paid or rejected yet. */
  pending: bigint;
  available: bigint;
  withdrawalFeeRateBp: number;
  withdrawalFeeFixed: bigint;
}

export interface WithdrawalRow extends WithdrawalEntity {
  supplierName: string;
}

/** A withdrawal's payout statement: what was settled since the last one, line by line, to the fen. */
export interface PayoutStatement {
  withdrawal: WithdrawalRow;
  periodStart: Date | null;
  periodEnd: Date;
  /** Settled and not withdrawn before the period (what earlier withdrawals left). */
  opening: bigint;
  lines: LedgerEntryRow[];
  totalsByType: { type: LedgerTransactionType; count: number; total: bigint }[];
  movements: bigint;
  available: bigint;
  /** What this withdrawal took (its amount): opening + movements − carriedForward. */
  withdrawn: bigint;
  fee: bigint;
  /** Transferred to the supplier: withdrawn − fee, the PAYOUT's amount in the ledger. */
  net: bigint;
  carriedForward: bigint;
}

const facts = (w: WithdrawalEntity): WithdrawalFacts => ({
  id: w.id, number: w.number, supplierId: w.supplierId, amount: w.amount, fee: w.fee, status: w.status, transferReference: w.transferReference, rejectReason: w.rejectReason,
});

export const exceedsAvailable = (available: bigint) =>
  new AppError(ErrorCode.WITHDRAWAL_EXCEEDS_AVAILABLE, `More than the available payable (${available} fen)`, { available: available.toString() });

/**
 * Suppliers get paid (issue 20). Money a supplier earns settles under its cycle (T+1: the next day, T+7: a
 * week later); it asks for a withdrawal of at most its available payable (settled, less what it has asked for
 * already), the request serialised on its organisation (two requests racing cannot both take the same money);
 * finance pays it with the bank transfer's reference (a PAYOUT of the net and a WITHDRAWAL_FEE, both out of the
 * payable) or rejects it. Each paid withdrawal has a payout statement: every ledger line behind its amount.
 */
@Injectable()
export class WithdrawalService {
  private readonly lifecycle: Lifecycle<WithdrawalEntity, WithdrawalStatus, WithdrawalAction>;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly names: SubjectNames,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<WithdrawalEntity, WithdrawalStatus, WithdrawalAction>({
      aggregate: 'withdrawal', label: 'Withdrawal', entity: WithdrawalEntity, machine: withdrawalLifecycle,
      root: { aggregate: 'organization', idOf: (w) => w.supplierId },
      stamp: ({ actor }) => ({ updatedAt: this.clock.now(), decidedAt: this.clock.now(), decidedByUserId: actor?.kind === 'user' ? actor.userId : null }),
      events: ({ actor, after }) => new WithdrawalDecidedEvent(actor, facts(after)),
    });
  }

  private get withdrawals() {
    return this.txHost.tx.getRepository(WithdrawalEntity);
  }

  private get policies() {
    return this.txHost.tx.getRepository(SettlementPolicyEntity);
  }

  // ---- settlement policies

  /** The supplier's own policy, else the alliance's default (T+1, no fee, until an admin sets one). */
  async policy(organizationId: string | null): Promise<{ cycle: SettlementCycle; withdrawalFeeRateBp: number; withdrawalFeeFixed: bigint; own: boolean }> {
    const own = organizationId ? await this.policies.findOne({ where: { organizationId } }) : null;
    const row = own ?? (await this.policies.findOne({ where: { organizationId: IsNull() } }));
    return { cycle: row?.cycle ?? SettlementCycle.T1, withdrawalFeeRateBp: row?.withdrawalFeeRateBp ?? 0, withdrawalFeeFixed: BigInt(row?.withdrawalFeeFixed ?? '0'), own: !!own };
  }

  @UnitOfWork()
  async setPolicy(actor: UserActor, input: { organizationId?: string | null; cycle: SettlementCycle; withdrawalFeeRateBp: number; withdrawalFeeFixed: string }): Promise<void> {
    const errors: Record<string, string[]> = {};
    if (!Object.values(SettlementCycle).includes(input.cycle)) errors.cycle = ['T1 or T7'];
    if (!Number.isInteger(input.withdrawalFeeRateBp) || input.withdrawalFeeRateBp < 0 || input.withdrawalFeeRateBp > 1000) errors.withdrawalFeeRateBp = ['basis points, 0–1000'];
    if (!/^\d{1,9}$/.test(input.withdrawalFeeFixed)) errors.withdrawalFeeFixed = ['whole fen'];
    if (Object.keys(errors).length) throw validationFailed(errors);
    const organizationId = input.organizationId ? assertId(input.organizationId, 'Organization') : null;
    const values = { organizationId, cycle: input.cycle, withdrawalFeeRateBp: input.withdrawalFeeRateBp, withdrawalFeeFixed: input.withdrawalFeeFixed, updatedAt: this.clock.now() };
    const existing = await this.policies.findOne({ where: { organizationId: organizationId ?? IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (existing) await this.policies.update({ id: existing.id }, values);
    else await this.policies.insert(values);
    await this.events.publish(new AuditedChange(actor, AuditEventType.SETTLEMENT_POLICY_CHANGED, { organizationId, subjectType: 'settlement_policy', subjectId: organizationId, payload: { ...values, updatedAt: undefined } }));
  }

  // ---- what may be withdrawn

  /** The transactions of paid withdrawals: they are the statements' subject, not their lines. */
  private async paidWithdrawals(supplierId: string, beforeNumber?: string): Promise<WithdrawalEntity[]> {
    const where: FindOptionsWhere<WithdrawalEntity> = { supplierId, status: WithdrawalStatus.PAID };
    if (beforeNumber) where.number = LessThan(beforeNumber);
    return this.withdrawals.find({ where, order: { number: 'ASC' } });
  }

  private static txIds(ws: WithdrawalEntity[]): string[] {
    return ws.flatMap((w) => [w.payoutTransactionId, w.feeTransactionId]).filter((x): x is string => !!x);
  }

  /** One function for every screen that shows a supplier's payable, available and pending amounts. */
  async summary(supplierId: string): Promise<PayableSummary> {
    const policy = await this.policy(supplierId);
    const settledBefore = shanghaiDayStart(settlementCutoffDay(shanghaiDate(this.clock.now()), policy.cycle));
    const paid = await this.paidWithdrawals(supplierId);
    const { balance, since } = await this.ledger.payableSums(supplierId, settledBefore, WithdrawalService.txIds(paid));
    const pendingRow = await this.withdrawals
      .createQueryBuilder('w')
      .select('coalesce(sum(w.amount), 0)::text', 'pending')
      .where('w.supplier_id = :supplierId AND w.status = :status', { supplierId, status: WithdrawalStatus.REQUESTED })
      .getRawOne<{ pending: string }>();
    const pending = BigInt(pendingRow?.pending ?? '0');
    const settled = balance - since;
    const withdrawable = (settled < balance ? settled : balance) - pending;
    return {
      supplierId, cycle: policy.cycle, settledBefore, balance, unsettled: since, pending, available: withdrawable > 0n ? withdrawable : 0n,
      withdrawalFeeRateBp: policy.withdrawalFeeRateBp, withdrawalFeeFixed: policy.withdrawalFeeFixed,
    };
  }

  @UnitOfWork()
  async request(actor: UserActor, input: { amount: string; payeeBank: string; payeeAccountName: string; payeeAccountNo: string }): Promise<WithdrawalRow> {
    if (actor.organizationKind !== OrganizationKind.SUPPLIER) throw new AppError(ErrorCode.FORBIDDEN, 'Only suppliers withdraw');
    const amount = positiveFen(input.amount, 'amount');
    const errors: Record<string, string[]> = {};
    if (!input.payeeBank.trim()) errors.payeeBank = ['is required'];
    if (!input.payeeAccountName.trim()) errors.payeeAccountName = ['is required'];
    if (!/^[\d\s-]{6,40}$/.test(input.payeeAccountNo.trim())) errors.payeeAccountNo = ['digits, spaces and dashes, 6–40'];
    if (Object.keys(errors).length) throw validationFailed(errors);
    // The organisation is the root: two requests of one supplier queue here, so they cannot both take the same money.
    if (!(await this.lifecycles.lockRoot('organization', actor.organizationId))) throw notFound('Organization');
    const s = await this.summary(actor.organizationId);
    if (amount > s.available) throw exceedsAvailable(s.available);
    const fee = channelFee(amount, s.withdrawalFeeRateBp, s.withdrawalFeeFixed);
    if (fee >= amount) throw validationFailed({ amount: [`must be more than the withdrawal fee (${fee} fen)`] });
    const now = this.clock.now();
    const inserted = await this.withdrawals.insert({
      supplierId: actor.organizationId, amount: amount.toString(), fee: fee.toString(), cycle: s.cycle, settledBefore: s.settledBefore, payeeBank: input.payeeBank.trim(),
      payeeAccountName: input.payeeAccountName.trim(), payeeAccountNo: input.payeeAccountNo.trim(), status: WithdrawalStatus.REQUESTED, transferReference: null, rejectReason: null,
      payoutTransactionId: null, feeTransactionId: null, requestedByUserId: actor.userId, decidedByUserId: null, decidedAt: null, createdAt: now, updatedAt: now,
    });
    const w = this.lifecycle.created(await this.withdrawals.findOneByOrFail({ id: inserted.identifiers[0].id as string }));
    await this.events.publish(new WithdrawalRequestedEvent(actor, facts(w)));
    return (await this.rows([w]))[0];
  }

  private async lockWithdrawal(id: string, where: FindOptionsWhere<WithdrawalEntity> = {}): Promise<WithdrawalEntity> {
    const peek = await this.withdrawals.findOne({ where: { ...where, id: assertId(id, 'Withdrawal') }, select: { id: true, supplierId: true } });
    if (!peek) throw notFound('Withdrawal');
    await this.lifecycles.lockRoot('organization', peek.supplierId);
    return this.lifecycle.lockOrFail(peek.id);
  }

  @UnitOfWork()
  async pay(actor: UserActor, id: string, transferReference: string): Promise<WithdrawalRow> {
    const reference = transferReference.trim();
    if (reference.length < 4 || reference.length > 64) throw validationFailed({ transferReference: ['give the bank transfer reference (4–64 characters)'] });
    const w = await this.lockWithdrawal(id);
    if (!withdrawalLifecycle.can(w.status, WithdrawalAction.PAY)) throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot PAY from status ${w.status}`, { from: w.status, action: 'PAY' });
    const { balance } = await this.ledger.payableSums(w.supplierId, this.clock.now());
    if (BigInt(w.amount) > balance) throw exceedsAvailable(balance);
    const amount = BigInt(w.amount);
    const fee = BigInt(w.fee);
    const { payoutTransactionId, feeTransactionId } = await this.ledger.payWithdrawal(w.supplierId, amount - fee, fee, { reference, memo: `WD-${w.number}`, userId: actor.userId });
    const after = await this.lifecycle.transition(actor, w, WithdrawalAction.PAY, { transferReference: reference, payoutTransactionId, feeTransactionId });
    return (await this.rows([after]))[0];
  }

  @UnitOfWork()
  async reject(actor: UserActor, id: string, reason: string): Promise<WithdrawalRow> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['tell the supplier why'] });
    const w = await this.lockWithdrawal(id);
    const after = await this.lifecycle.transition(actor, w, WithdrawalAction.REJECT, { rejectReason: reason.trim().slice(0, 500) }, { reason: reason.trim() });
    return (await this.rows([after]))[0];
  }

  @UnitOfWork()
  async cancel(actor: UserActor, id: string): Promise<WithdrawalRow> {
    const w = await this.lockWithdrawal(id, { supplierId: actor.organizationId });
    const after = await this.lifecycle.transition(actor, w, WithdrawalAction.CANCEL);
    return (await this.rows([after]))[0];
  }

  async get(actor: Actor, id: string): Promise<WithdrawalRow> {
    const w = await this.withdrawals.findOne({ where: { id: assertId(id, 'Withdrawal') } });
    if (!w || (!isAlliance(actor) && w.supplierId !== actor.organizationId)) throw notFound('Withdrawal');
    return (await this.rows([w]))[0];
  }

  async list(actor: Actor, filter: { status?: WithdrawalStatus | null; supplierId?: string | null }, page: { offset: number; limit: number }): Promise<Page<WithdrawalRow>> {
    const where: FindOptionsWhere<WithdrawalEntity> = {};
    if (!isAlliance(actor)) where.supplierId = actor.organizationId;
    else if (filter.supplierId) where.supplierId = assertId(filter.supplierId, 'Organization');
    if (filter.status) where.status = filter.status;
    const order = filter.status === WithdrawalStatus.REQUESTED ? ({ createdAt: 'ASC', id: 'ASC' } as const) : ({ createdAt: 'DESC', id: 'DESC' } as const);
    const [items, totalCount] = await this.withdrawals.findAndCount({ where, order, skip: page.offset, take: page.limit });
    return { items: await this.rows(items), totalCount };
  }

  private async rows(items: WithdrawalEntity[]): Promise<WithdrawalRow[]> {
    const names = await this.names.of('organization', [...new Set(items.map((w) => w.supplierId))]);
    return items.map((w) => Object.assign(w, { supplierName: names.get(w.supplierId) ?? '' }));
  }

  /**
   * The payout statement of a withdrawal (a requested one: a preview): the payable's movements settled since
   * the previous paid withdrawal's cut-off, up to this one's (sales, refunds, compensations, reissues, any
   * other payout), what earlier withdrawals left (opening) and what this one leaves (carried forward), so that
   * opening + movements − carried forward = the amount withdrawn, and that less the fee is the net paid.
   */
  async payoutStatement(actor: Actor, id: string): Promise<PayoutStatement> {
    const w = await this.get(actor, id);
    const earlier = await this.paidWithdrawals(w.supplierId, w.number);
    const allPaid = await this.paidWithdrawals(w.supplierId);
    const periodStart = earlier.length ? earlier.reduce((a, e) => (e.settledBefore > a ? e.settledBefore : a), earlier[0].settledBefore) : null;
    const { before, lines } = await this.ledger.payableMovements(w.supplierId, periodStart, w.settledBefore, WithdrawalService.txIds(allPaid));
    const opening = before - earlier.reduce((a, e) => a + BigInt(e.amount), 0n);
    const movements = lines.reduce((a, l) => a + BigInt(l.amount), 0n);
    const byType = new Map<LedgerTransactionType, { count: number; total: bigint }>();
    for (const l of lines) {
      const t = byType.get(l.type) ?? { count: 0, total: 0n };
      byType.set(l.type, { count: t.count + 1, total: t.total + BigInt(l.amount) });
    }
    const available = opening + movements;
    const withdrawn = BigInt(w.amount);
    const fee = BigInt(w.fee);
    return {
      withdrawal: w, periodStart, periodEnd: w.settledBefore, opening, lines,
      totalsByType: [...byType].map(([type, t]) => ({ type, ...t })).sort((a, b) => a.type.localeCompare(b.type)),
      movements, available, withdrawn, fee, net: withdrawn - fee, carriedForward: available - withdrawn,
    };
  }

  /** Withdrawals by id (the ledger's PAYOUT transactions of them), for other screens. */
  byIds(ids: string[]): Promise<WithdrawalEntity[]> {
    return ids.length ? this.withdrawals.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }
}
