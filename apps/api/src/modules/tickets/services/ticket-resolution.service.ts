import {
  AUTO_RESOLUTIONS,
  AuditEventType,
  CodeStatus,
  ErrorCode,
  Fault,
  LedgerAccountKind,
  LedgerTransactionType,
  ResolutionKind,
  RulingAgainst,
  SHANGHAI_ZONE,
  TICKET_LIMITS,
  TicketAction,
  TicketStatus,
  TicketTier,
  parseFen,
  type TicketCategory,
} from '@mengyuan/domain';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { MoreThanOrEqual } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, forbidden, invalidTransition, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrderService } from '../../orders/services/order.service';
import { RoutingService } from '../../routing/services/routing.service';
import { TicketAutoRuleEntity } from '../entities/ticket-auto-rule.entity';
import { TicketResolutionEntity } from '../entities/ticket-resolution.entity';
import type { TicketEntity } from '../entities/ticket.entity';
import { ticketFacts, ticketNumber } from '../ticket-facts';
import { ArbitrationRuledEvent, TicketResolvedEvent, type TicketFacts } from '../tickets.events';
import { SlaClockService } from './sla-clock.service';
import { TicketService } from './ticket.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

export interface ResolveInput {
  ticketId: string;
  kind: ResolutionKind;
  /** Fen: a REFUND (full when omitted: what is left of the line) or a COMPENSATION. */
  amount?: string | null;
  /** REISSUE: the codes to replace (the ticket's by default). */
  codeIds?: string[] | null;
  /** Required for REJECTED; shown to the member. */
  reason?: string | null;
}

export interface ArbitrateInput extends ResolveInput {
  against: RulingAgainst;
  /** The admin rules money back beyond what was paid on the line (its reason audited). */
  exceedMoneyBackCap?: boolean;
}

interface Resolution {
  kind: ResolutionKind;
  fault: Fault;
  amount: string | null | undefined;
  codeIds: string[] | null | undefined;
  reason: string | null;
  against: RulingAgainst | null;
  auto: boolean;
  exceedMoneyBackCap?: boolean;
}

/**
 * Resolutions (DESIGN.md §2.8) through the owning modules' own paths, never their tables:
 * - REISSUE: a fresh code from the same offer (inventory), else from a backup offer routing names; the old
 *   code REPLACED. The same offer's supplier at fault pays nothing more (its own stock); a backup supplier is
 *   paid its settlement by whoever was at fault (the at-fault supplier's payable, or the alliance's revenue).
 * - REFUND: to the member's wallet as the sale's reversal (orders: order.refunded), codes concerned VOIDED.
 * - COMPENSATION: an extra credit to the wallet, charged to the at-fault supplier's payable (or the alliance).
 * - REJECTED: with a reason, no money.
 * Every money movement is one balanced ledger transaction; the resolution closes the cycle's clocks.
 */
@Injectable()
export class TicketResolutionService {
  private readonly log = new Logger(TicketResolutionService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tickets: TicketService,
    private readonly clocks: SlaClockService,
    private readonly orders: OrderService,
    private readonly codes: CardCodeService,
    private readonly ledger: LedgerService,
    private readonly routing: RoutingService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The supplier resolves its ticket (not once escalated: then the alliance decides). */
  @UnitOfWork()
  async resolve(actor: Actor, input: ResolveInput): Promise<TicketEntity> {
    if (isAlliance(actor)) throw forbidden('The alliance decides escalated tickets with arbitrateTicket');
    if (actor.organizationKind !== 'SUPPLIER') throw forbidden('The supplier resolves its tickets');
    const ticket = await this.tickets.lockFor(actor, input.ticketId);
    if (ticket.level === TicketTier.L3) throw invalidTransition(ticket.status, 'resolve an escalated ticket (the alliance arbitrates it)');
    const fault = input.kind === ResolutionKind.REJECTED ? Fault.NONE : Fault.SUPPLIER;
    return this.apply(actor, ticket, { kind: input.kind, fault, amount: input.amount, codeIds: input.codeIds, reason: input.reason?.trim() || null, against: null, auto: false });
  }

  /** The alliance's L3 ruling on an escalated ticket: against the supplier (it pays) or the member (rejected). */
  @UnitOfWork()
  async arbitrate(actor: UserActor, input: ArbitrateInput): Promise<TicketEntity> {
    const ticket = await this.tickets.lockFor(actor, input.ticketId);
    if (ticket.status !== TicketStatus.ESCALATED) throw invalidTransition(ticket.status, 'arbitrate');
    const ruling = input.reason?.trim() ?? '';
    if (ruling.length < 5) throw validationFailed({ reason: ['state the ruling (at least 5 characters)'] });
    if (input.against === RulingAgainst.MEMBER && input.kind !== ResolutionKind.REJECTED) throw validationFailed({ kind: ['a ruling against the member rejects the complaint'] });
    if (input.against === RulingAgainst.SUPPLIER && input.kind === ResolutionKind.REJECTED) throw validationFailed({ kind: ['a ruling against the supplier reissues, refunds or compensates'] });
    const fault = input.against === RulingAgainst.SUPPLIER ? Fault.SUPPLIER : Fault.MEMBER;
    const resolved = await this.apply(actor, ticket, {
      kind: input.kind, fault, amount: input.amount, codeIds: input.codeIds, reason: ruling, against: input.against, auto: false, exceedMoneyBackCap: input.exceedMoneyBackCap === true,
    });
    await this.events.publish(new ArbitrationRuledEvent(actor, ticketFacts(resolved), input.against, ruling));
    return resolved;
  }

  private async apply(actor: Actor | null, ticket: TicketEntity, r: Resolution): Promise<TicketEntity> {
    if (!this.canResolve(ticket)) throw invalidTransition(ticket.status, TicketAction.RESOLVE);
    if (r.reason && r.reason.length > TICKET_LIMITS.reason) throw validationFailed({ reason: [`at most ${TICKET_LIMITS.reason} characters`] });
    if (r.kind === ResolutionKind.REJECTED && (r.reason?.length ?? 0) < 2) throw validationFailed({ reason: ['a rejection needs a reason the member can read'] });
    // The ticket is locked; then its order (the root of the lines, codes and money it moves).
    await this.orders.lockForAfterSales(ticket.orderId);
    const found = await this.orders.lineWithOrder(ticket.orderLineId);
    if (!found) throw new Error(`ticket ${ticket.id} names a missing order line`);
    const { line, order } = found;
    const reference = ticketNumber(ticket.number);
    const userId = actor?.kind === 'user' ? actor.userId : null;
    const payer = r.fault === Fault.SUPPLIER ? { kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: ticket.supplierId } : { kind: LedgerAccountKind.ALLIANCE_REVENUE, organizationId: null };
    let amount = 0n;
    let replaced: string[] = [];
    // offerId: the backup offer the replacement came from (null: the same offer)
    let replacement: { ids: string[]; offerId: string | null } = { ids: [], offerId: null };

    switch (r.kind) {
      case ResolutionKind.REISSUE: {
        const lines = await this.orders.lines(order.id);
        const states = await this.codes.statesOf(lines.map((l) => l.id));
        if (!states.length) throw validationFailed({ kind: ['a direct top-up has no codes to reissue: refund or compensate instead'] });
        replaced = [...new Set(r.codeIds?.length ? r.codeIds : ticket.codeIds)];
        if (!replaced.length) throw validationFailed({ codeIds: ['name the codes to replace'] });
        if (replaced.some((id) => !states.some((s) => s.id === id))) throw validationFailed({ codeIds: ['name codes of this order'] });
        const gone = replaced.filter((id) => states.some((s) => s.id === id && s.status !== CodeStatus.SOLD));
        if (gone.length) {
          throw new AppError(ErrorCode.CONFLICT, 'These codes were already replaced or refunded (by another resolution): reload the ticket and choose again', { codeIds: gone });
        }
        replacement = await this.reissue(actor, ticket, { orderId: order.id, skuId: order.skuId, offerId: line.offerId }, replaced, payer, reference, userId);
        break;
      }
      case ResolutionKind.REFUND: {
        const refunded = await this.orders.refundAfterSales(actor, { orderLineId: line.id, amount: r.amount ? this.fen(r.amount) : null, chargeSupplier: r.fault === Fault.SUPPLIER, reason: r.reason ?? `after-sales ${reference}`, reference });
        amount = refunded.amount;
        const full = refunded.full;
        // What was paid back is worth nothing now (a full refund: all of the line's codes).
        const states = await this.codes.statesOf([line.id]);
        // A partial refund voids as many of the named codes as it paid back whole units of.
        const units = Number(amount / BigInt(order.unitPrice));
        const named = ticket.codeIds.filter((id) => states.some((s) => s.id === id && s.status === CodeStatus.SOLD));
        const toVoid = full ? states.filter((s) => s.status === CodeStatus.SOLD).map((s) => s.id) : named.slice(0, units);
        await this.codes.voidSold(actor, order.id, toVoid, line.id, `refunded (${reference})`);
        break;
      }
      case ResolutionKind.COMPENSATION: {
        amount = this.fen(r.amount ?? '');
        if (amount > BigInt(order.total)) throw validationFailed({ amount: [`at most the order total (${order.total} fen)`] });
        await this.ledger.postAfterSales(
          LedgerTransactionType.COMPENSATION,
          [{ kind: LedgerAccountKind.MEMBER_WALLET, organizationId: order.memberId, amount }, { ...payer, amount: -amount }],
          { orderId: order.id, reference, memo: r.reason ?? 'after-sales compensation', userId },
        );
        break;
      }
      case ResolutionKind.REJECTED:
        break;
    }
    if (amount > 0n) await this.capMoneyBack(actor, ticket, BigInt(order.unitPrice) * BigInt(line.quantity), amount, r);

    const now = this.clock.now();
    const repo = this.txHost.tx.getRepository(TicketResolutionEntity);
    const resolution = repo.create({
      ticketId: ticket.id, cycle: ticket.cycle, kind: r.kind, fault: r.fault, upheld: r.kind !== ResolutionKind.REJECTED, amount: amount.toString(), reason: r.reason,
      auto: r.auto, against: r.against, replacedCodeIds: replaced, replacementCodeIds: replacement.ids, replacementOfferId: replacement.offerId, byUserId: userId,
      byOrganizationId: r.auto ? ticket.supplierId : (actor?.organizationId ?? null), createdAt: now,
    });
    await repo.insert(resolution);
    const resolved = await this.tickets.transition(actor, ticket, TicketAction.RESOLVE, { resolvedAt: now }, r.reason);
    await this.clocks.stop(resolved, now);
    await this.events.publish(new TicketResolvedEvent(actor, ticketFacts(resolved), r.kind, r.fault, resolution.upheld, amount.toString(), resolution.id, r.reason, r.auto));
    return resolved;
  }

  /**
   * Money back on an order line — refunds and compensations of every ticket on it, every cycle — is at most what
   * was paid for the line. Past it only an alliance admin's ruling may go, and its reason is audited. Checked after
   * the money moved, under the order's lock (taken above), so two resolutions on one line at once see each other
   * and an over-cap one rolls back whole.
   */
  private async capMoneyBack(actor: Actor | null, ticket: TicketEntity, paid: bigint, amount: bigint, r: Resolution): Promise<void> {
    const [row] = (await this.txHost.tx.query(
      `SELECT coalesce(sum(r.amount), 0)::text AS total FROM ticket_resolutions r JOIN tickets t ON t.id = r.ticket_id
        WHERE t.order_line_id = $1 AND r.kind IN ('REFUND', 'COMPENSATION')`,
      [ticket.orderLineId],
    )) as { total: string }[];
    const before = BigInt(row.total);
    if (before + amount <= paid) return;
    if (!r.exceedMoneyBackCap || !r.against) {
      throw new AppError(ErrorCode.MONEY_BACK_CAP_EXCEEDED, `Money back on this order line would be ${before + amount} fen, more than the ${paid} fen paid: an alliance admin rules on it, with a reason`, {
        paid: paid.toString(), moneyBack: before.toString(), left: (paid > before ? paid - before : 0n).toString(), fields: { amount: [`at most ${paid > before ? paid - before : 0n} fen is left on this line`] },
      });
    }
    await this.events.publish(new AuditedChange(actor, AuditEventType.TICKET_MONEY_BACK_CAP_OVERRIDDEN, {
      organizationId: ticket.memberId, subjectType: 'ticket', subjectId: ticket.id,
      payload: { orderLineId: ticket.orderLineId, paid: paid.toString(), before: before.toString(), amount: amount.toString(), after: (before + amount).toString(), kind: r.kind, reason: r.reason },
    }));
  }

  private canResolve(t: TicketEntity): boolean {
    return ([TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_MEMBER, TicketStatus.ESCALATED, TicketStatus.REOPENED] as string[]).includes(t.status);
  }

  private fen(value: string): bigint {
    let fen: bigint;
    try {
      fen = parseFen(value);
    } catch {
      throw validationFailed({ amount: ['must be a whole number of fen'] });
    }
    if (fen <= 0n) throw validationFailed({ amount: ['must be more than zero'] });
    return fen;
  }

  /**
   * Replacement codes: from the same offer while it still sells and has stock, sold to the same line;
   * otherwise from the first backup offer routing names that has them, sold to a new line of the order.
   */
  private async reissue(
    actor: Actor | null,
    ticket: TicketEntity,
    original: { orderId: string; skuId: string; offerId: string },
    replaced: string[],
    payer: { kind: LedgerAccountKind; organizationId: string | null },
    reference: string,
    userId: string | null,
  ): Promise<{ ids: string[]; offerId: string | null }> {
    const n = replaced.length;
    const plan = await this.routing.plan(original.skuId);
    const reason = `after-sales ${reference}`;
    const same = plan.candidates.find((c) => c.offerId === original.offerId);
    if (same) {
      const claimed = await this.claim(same.offerId, n);
      if (claimed.length === n) {
        const sold = await this.codes.replace(actor, original.orderId, replaced, { offerId: same.offerId, supplierId: same.supplierId, codeIds: claimed }, ticket.orderLineId, reason);
        // The at-fault supplier replaces from its own stock: nothing moves. Anyone else's fault: the alliance pays it.
        if (payer.kind !== LedgerAccountKind.SUPPLIER_PAYABLE) {
          const cost = BigInt(same.settlementPrice) * BigInt(n);
          await this.ledger.postAfterSales(LedgerTransactionType.REISSUE, [{ ...payer, amount: -cost }, { kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: same.supplierId, amount: cost }], {
            orderId: original.orderId, reference, memo: 'reissue from the same offer', userId,
          });
        }
        return { ids: sold.map((c) => c.id), offerId: null };
      }
    }
    for (const backup of plan.candidates.filter((c) => c.offerId !== original.offerId)) {
      const claimed = await this.claim(backup.offerId, n);
      if (claimed.length < n) continue;
      const line = await this.orders.addReissueLine(original.orderId, backup.offerId, backup.supplierId, backup.settlementPrice, n);
      const sold = await this.codes.replace(actor, original.orderId, replaced, { offerId: backup.offerId, supplierId: backup.supplierId, codeIds: claimed }, line.id, reason);
      const cost = BigInt(backup.settlementPrice) * BigInt(n);
      await this.ledger.postAfterSales(LedgerTransactionType.REISSUE, [{ ...payer, amount: -cost }, { kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: backup.supplierId, amount: cost }], {
        orderId: original.orderId, reference, memo: `reissue from a backup offer (${backup.offerId})`, userId,
      });
      return { ids: sold.map((c) => c.id), offerId: backup.offerId };
    }
    throw new AppError(ErrorCode.SOLD_OUT, 'No source has replacement codes in stock: refund or compensate instead');
  }

  private async claim(offerId: string, n: number): Promise<string[]> {
    const skipping = await this.codes.claim(offerId, n, true);
    return skipping.length === n ? skipping : this.codes.claim(offerId, n, false);
  }

  // ---- auto-resolution rules

  rules(supplierId: string): Promise<TicketAutoRuleEntity[]> {
    return this.txHost.tx.getRepository(TicketAutoRuleEntity).find({ where: { supplierId }, order: { category: 'ASC' } });
  }

  @UnitOfWork()
  async setRule(actor: UserActor, input: { category: TicketCategory; resolution: ResolutionKind; dailyLimit: number; enabled: boolean }): Promise<TicketAutoRuleEntity> {
    if (!AUTO_RESOLUTIONS.includes(input.resolution)) throw validationFailed({ resolution: [`an automatic rule may ${AUTO_RESOLUTIONS.join(' or ')}`] });
    if (!Number.isInteger(input.dailyLimit) || input.dailyLimit < 1 || input.dailyLimit > 1000) throw validationFailed({ dailyLimit: ['between 1 and 1000 a day'] });
    const repo = this.txHost.tx.getRepository(TicketAutoRuleEntity);
    const now = this.clock.now();
    await repo
      .createQueryBuilder()
      .insert()
      .values({ supplierId: actor.organizationId, category: input.category, resolution: input.resolution, dailyLimit: input.dailyLimit, enabled: input.enabled, createdAt: now, updatedAt: now })
      .orUpdate(['resolution', 'daily_limit', 'enabled', 'updated_at'], ['supplier_id', 'category'])
      .execute();
    const rule = await repo.findOneOrFail({ where: { supplierId: actor.organizationId, category: input.category } });
    await this.events.publish(new AuditedChange(actor, AuditEventType.TICKET_AUTO_RULE_CHANGED, {
      organizationId: actor.organizationId,
      subjectType: 'ticket_auto_rule',
      subjectId: rule.id,
      payload: { category: rule.category, resolution: rule.resolution, dailyLimit: rule.dailyLimit, enabled: rule.enabled },
    }));
    return rule;
  }

  /**
   * A supplier's rule for a new ticket's category, under its daily limit (Asia/Shanghai days): resolved at
   * once, at the supplier's fault. In a savepoint: when it cannot act (no stock to reissue), the ticket stays
   * open for a person and the supplier finds an internal note saying why.
   */
  async autoResolve(facts: TicketFacts): Promise<void> {
    // The rule's row is the daily counter's lock: a supplier's tickets opened together count one at a time.
    const rule = await this.txHost.tx.getRepository(TicketAutoRuleEntity).findOne({
      where: { supplierId: facts.supplierId, category: facts.category as TicketCategory, enabled: true }, lock: { mode: 'pessimistic_write' },
    });
    if (!rule) return;
    const dayStart = DateTime.fromJSDate(this.clock.now(), { zone: SHANGHAI_ZONE }).startOf('day').toJSDate();
    const today = await this.txHost.tx.getRepository(TicketResolutionEntity).count({ where: { byOrganizationId: facts.supplierId, auto: true, createdAt: MoreThanOrEqual(dayStart) } });
    const ticket = await this.tickets.lockFor(null, facts.id);
    if (today >= rule.dailyLimit) {
      await this.tickets.systemNote(ticket, `AUTO_RULE_LIMIT:${rule.dailyLimit}`);
      return;
    }
    try {
      await this.txHost.withTransaction(Propagation.Nested, () =>
        this.apply(null, ticket, { kind: rule.resolution, fault: Fault.SUPPLIER, amount: null, codeIds: null, reason: null, against: null, auto: true }),
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      this.log.warn(`auto-rule ${rule.id} could not resolve ticket ${facts.id}: ${err.message}`);
      await this.tickets.systemNote(ticket, `AUTO_RULE_FAILED:${err.code}`);
    }
  }
}
