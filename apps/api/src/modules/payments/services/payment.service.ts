import { randomInt } from 'node:crypto';
import {
  ErrorCode,
  NotifyOutcome,
  OrganizationKind,
  PaymentAction,
  PaymentStatus,
  TOPUP_MAX_FEN,
  TOPUP_MIN_FEN,
  channelFee,
  paymentLifecycle,
  type PaymentChannelKind,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { LessThan, type FindOptionsWhere } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { runUnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { positiveFen } from '../../catalog/services/sku.service';
import { JobsService } from '../../jobs/jobs.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import type { IncomingNotify, NotifyAck, VerifiedNotify } from '../channels/channel-adapter';
import { PaymentChannelEntity, PaymentEntity, PaymentNotifyEntity } from '../entities/payments.entities';
import { PaymentNotifyRefusedEvent, PaymentStatusChangedEvent, type PaymentFacts } from '../payments.events';
import { PaymentChannelService } from './payment-channel.service';

export const PAYMENTS_EXPIRE_JOB = 'payments.expire';

/** What the api answers a gateway: its protocol's "received", or a typed refusal (the gateway retries those). */
export type NotifyAnswer = { ok: true; ack: NotifyAck; outcome: NotifyOutcome } | { ok: false; error: AppError; outcome: NotifyOutcome };

export interface PaymentRow extends PaymentEntity {
  channelName: string;
  channelKind: PaymentChannelKind;
}

const log = new Logger('Payments');

/** A fresh out_trade_no: letters and digits only, ≤ 32 characters (WeChat's limit), unique by its index. */
const outTradeNo = (at: Date) => `MY${new Date(at.getTime() + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14)}${String(randomInt(0, 1e8)).padStart(8, '0')}`;

/**
 * Online payments (issue 20). A payment is an order of its own: created at the channel, PAID only on a
 * notify whose signature verifies and whose merchant and amount are the payment's, idempotent on the
 * channel's trade number (a replay changes nothing), EXPIRED after its window; a verified notify for an
 * expired payment still credits the wallet (the member paid) and flags the payment late. Every notify is
 * kept with what became of it.
 */
@Injectable()
export class PaymentService implements OnModuleInit {
  private readonly lifecycle: Lifecycle<PaymentEntity, PaymentStatus, PaymentAction>;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly channels: PaymentChannelService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    lifecycles: Lifecycles,
  ) {
    this.lifecycle = lifecycles.define<PaymentEntity, PaymentStatus, PaymentAction>({
      aggregate: 'payment', label: 'Payment', entity: PaymentEntity, machine: paymentLifecycle,
      stamp: () => ({ updatedAt: this.clock.now() }),
      events: ({ actor, after, from, details }) => new PaymentStatusChangedEvent(actor, { ...this.facts(after), channelName: String(details.channelName ?? '') }, from),
    });
  }

  onModuleInit(): void {
    this.jobs.define({ name: PAYMENTS_EXPIRE_JOB, cron: '* * * * *', handler: () => this.expireDue() });
  }

  private get repo() {
    return this.txHost.tx.getRepository(PaymentEntity);
  }

  facts(p: PaymentEntity): PaymentFacts {
    return { id: p.id, outTradeNo: p.outTradeNo, channelId: p.channelId, channelName: '', memberId: p.memberId, amount: p.amount, fee: p.fee, status: p.status, tradeNo: p.tradeNo, late: p.late };
  }

  /**
   * A member starts a payment: the row first (committed, so a notify can always find it), then the gateway
   * asked for a QR code or a page, then the answer kept. A gateway that refuses fails the payment.
   */
  async create(actor: UserActor, input: { channelId: string; amount: string }, clientIp: string): Promise<PaymentRow> {
    if (actor.organizationKind !== OrganizationKind.MEMBER) throw new AppError(ErrorCode.FORBIDDEN, 'Only members pay into a wallet');
    const amount = positiveFen(input.amount, 'amount');
    if (amount < TOPUP_MIN_FEN || amount > TOPUP_MAX_FEN) throw validationFailed({ amount: [`between ${TOPUP_MIN_FEN} and ${TOPUP_MAX_FEN} fen`] });
    const { row: channel, config, adapter } = await runUnitOfWork(() => this.channels.usable(input.channelId));
    const payment = await runUnitOfWork(async () => {
      const now = this.clock.now();
      const p = this.repo.create({
        outTradeNo: outTradeNo(now), channelId: channel.id, memberId: actor.organizationId, amount: amount.toString(), fee: channelFee(amount, channel.feeRateBp, BigInt(channel.feeFixed)).toString(),
        status: PaymentStatus.CREATED, late: false, expiresAt: new Date(now.getTime() + channel.windowMinutes * 60_000), createdByUserId: actor.userId, createdAt: now, updatedAt: now,
        tradeNo: null, qrCode: null, payUrl: null, failure: null, paidAt: null, ledgerTransactionId: null,
      });
      await this.repo.insert(p);
      return this.lifecycle.created(p);
    }, 'PaymentService.create');
    let created: { tradeNo: string | null; qrCode: string | null; payUrl: string | null } | null = null;
    let failure: string | null = null;
    try {
      created = await adapter.create(config, {
        outTradeNo: payment.outTradeNo, amount, subject: '盟源钱包充值', notifyUrl: this.channels.notifyUrl(channel.id),
        returnUrl: `${this.channels.publicUrl()}/wallet?payment=${payment.id}`, clientIp: clientIp || '127.0.0.1', expiresAt: payment.expiresAt,
      });
    } catch (err) {
      failure = err instanceof AppError ? err.message : 'the gateway failed';
      if (!(err instanceof AppError)) log.warn(`channel ${channel.id} create failed: ${(err as Error).name}`);
    }
    await runUnitOfWork(async () => {
      const locked = await this.lifecycle.lockOrFail(payment.id);
      if (created) {
        await this.repo.update({ id: locked.id }, { qrCode: created.qrCode, payUrl: created.payUrl, tradeNo: locked.tradeNo ?? created.tradeNo, updatedAt: this.clock.now() });
      } else if (locked.status === PaymentStatus.CREATED) {
        await this.lifecycle.transition(actor, locked, PaymentAction.FAIL, { failure }, { details: { channelName: channel.name } });
      }
    }, 'PaymentService.created');
    if (!created) throw new AppError(ErrorCode.PAYMENT_CHANNEL_UNAVAILABLE, failure ?? 'The payment channel did not accept the request');
    return this.get(actor, payment.id);
  }

  async get(actor: Actor, id: string): Promise<PaymentRow> {
    const p = await this.repo.findOne({ where: { id: assertId(id, 'Payment') } });
    if (!p || (!isAlliance(actor) && p.memberId !== actor.organizationId)) throw notFound('Payment');
    const [row] = await this.withChannels([p]);
    return row;
  }

  private async withChannels(rows: PaymentEntity[]): Promise<PaymentRow[]> {
    const ids = [...new Set(rows.map((r) => r.channelId))];
    const channels = ids.length ? await this.txHost.tx.getRepository(PaymentChannelEntity).find({ where: ids.map((id) => ({ id })), select: { id: true, name: true, kind: true } }) : [];
    const byId = new Map(channels.map((c) => [c.id, c]));
    return rows.map((r) => Object.assign(r, { channelName: byId.get(r.channelId)?.name ?? '', channelKind: byId.get(r.channelId)?.kind ?? 'EPAY' }) as PaymentRow);
  }

  /** Payments the caller may see (a member its own; alliance staff all), newest first. */
  async list(actor: Actor, filter: { status?: PaymentStatus | null; memberId?: string | null; late?: boolean | null }, page: { offset: number; limit: number }): Promise<Page<PaymentRow>> {
    const where: FindOptionsWhere<PaymentEntity> = {};
    if (!isAlliance(actor)) where.memberId = actor.organizationId;
    else if (filter.memberId) where.memberId = assertId(filter.memberId, 'Organization');
    if (filter.status) where.status = filter.status;
    if (filter.late !== null && filter.late !== undefined) where.late = filter.late;
    const [items, totalCount] = await this.repo.findAndCount({ where, order: { createdAt: 'DESC', id: 'DESC' }, skip: page.offset, take: page.limit });
    return { items: await this.withChannels(items), totalCount };
  }

  notifies(paymentId: string): Promise<PaymentNotifyEntity[]> {
    return this.txHost.tx.getRepository(PaymentNotifyEntity).find({ where: { paymentId }, order: { id: 'ASC' }, take: 100 });
  }

  /**
   * A gateway's notify. Verified first, with nothing written (the signature, and WeChat's decryption); then the
   * merchant; then, in one unit of work, the payment locked and the amount, its status and the trade number
   * checked before the wallet is credited once. Every notify is kept, and a refusal is answered typed.
   */
  async handleNotify(channelId: string, incoming: IncomingNotify): Promise<NotifyAnswer> {
    const channel = await runUnitOfWork(() => this.channels.get(channelId));
    const config = this.channels.resolve(channel);
    const adapter = this.channels.adapter(channel.kind);
    let verified: VerifiedNotify;
    try {
      verified = await adapter.verifyNotify(config, incoming);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await this.refuse(channel.id, null, NotifyOutcome.BAD_SIGNATURE, null, err.message);
      return { ok: false, error: err, outcome: NotifyOutcome.BAD_SIGNATURE };
    }
    if (verified.merchantId !== channel.merchantId) {
      await this.refuse(channel.id, null, NotifyOutcome.WRONG_MERCHANT, verified, `merchant ${verified.merchantId}`);
      return { ok: false, error: new AppError(ErrorCode.PAYMENT_MERCHANT_MISMATCH, 'The notify is for another merchant'), outcome: NotifyOutcome.WRONG_MERCHANT };
    }
    return runUnitOfWork(() => this.apply(channel, verified, adapter.ack), 'PaymentService.notify');
  }

  private async apply(channel: PaymentChannelEntity, v: VerifiedNotify, ack: NotifyAck): Promise<NotifyAnswer> {
    const [found] = await this.lifecycle.lockWhere({ channelId: channel.id, outTradeNo: v.outTradeNo });
    const record = (outcome: NotifyOutcome, payment: PaymentEntity | null, detail: string | null = null) =>
      this.txHost.tx.getRepository(PaymentNotifyEntity).insert({
        channelId: channel.id, paymentId: payment?.id ?? null, outcome, outTradeNo: v.outTradeNo || null, tradeNo: v.tradeNo || null, amount: v.amount?.toString() ?? null, detail, receivedAt: this.clock.now(),
      });
    const refuse = async (outcome: NotifyOutcome, payment: PaymentEntity | null, error: AppError, detail: string): Promise<NotifyAnswer> => {
      await record(outcome, payment, detail);
      await this.events.publish(new PaymentNotifyRefusedEvent(channel.id, payment?.id ?? null, payment?.memberId ?? null, outcome, v.outTradeNo || null));
      return { ok: false, error, outcome };
    };
    if (!found) return refuse(NotifyOutcome.UNKNOWN_PAYMENT, null, notFound('Payment'), 'no payment with this out_trade_no on this channel');
    if (v.amount === null || v.amount.toString() !== found.amount) {
      return refuse(NotifyOutcome.WRONG_AMOUNT, found, new AppError(ErrorCode.PAYMENT_AMOUNT_MISMATCH, 'The notify’s amount is not the payment’s', { expected: found.amount, got: v.amount?.toString() ?? null }), `amount ${v.amount ?? '?'}`);
    }
    if (found.tradeNo && v.tradeNo && found.tradeNo !== v.tradeNo) {
      return refuse(NotifyOutcome.UNKNOWN_PAYMENT, found, notFound('Payment'), `trade_no ${v.tradeNo} is not the payment's`);
    }
    if (!v.paid) {
      await record(NotifyOutcome.NOT_PAID, found);
      return { ok: true, ack, outcome: NotifyOutcome.NOT_PAID };
    }
    if (found.status === PaymentStatus.PAID) {
      // A replay, a duplicate, a gateway's retry: already credited, nothing more.
      await record(NotifyOutcome.DUPLICATE, found);
      return { ok: true, ack, outcome: NotifyOutcome.DUPLICATE };
    }
    const now = this.clock.now();
    const late = found.status !== PaymentStatus.CREATED || now > found.expiresAt;
    const ledgerTransactionId = await this.ledger.creditChannelPayment(channel.id, found.memberId, BigInt(found.amount), BigInt(found.fee), {
      reference: found.outTradeNo,
      memo: channel.name,
    });
    await this.lifecycle.transition(null, found, PaymentAction.PAY, { tradeNo: v.tradeNo || found.tradeNo, paidAt: v.paidAt ?? now, late, ledgerTransactionId }, { details: { channelName: channel.name } });
    const outcome = late ? NotifyOutcome.CREDITED_LATE : NotifyOutcome.CREDITED;
    await record(outcome, found);
    return { ok: true, ack, outcome };
  }

  /** A notify refused before any payment was looked at (bad signature, another merchant's): kept and audited. */
  private refuse(channelId: string, paymentId: string | null, outcome: NotifyOutcome, v: VerifiedNotify | null, detail: string): Promise<void> {
    return runUnitOfWork(async () => {
      await this.txHost.tx.getRepository(PaymentNotifyEntity).insert({
        channelId, paymentId, outcome, outTradeNo: v?.outTradeNo || null, tradeNo: v?.tradeNo || null, amount: v?.amount?.toString() ?? null, detail: detail.slice(0, 300), receivedAt: this.clock.now(),
      });
      await this.events.publish(new PaymentNotifyRefusedEvent(channelId, paymentId, null, outcome, v?.outTradeNo ?? null));
    }, 'PaymentService.refuse');
  }

  /** Payments whose window has passed without a verified notify expire (a late notify will still credit them). */
  async expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const n = await runUnitOfWork(async () => {
        const due = await this.lifecycle.lockWhere({ status: PaymentStatus.CREATED, expiresAt: LessThan(this.clock.now()) }, { skipLocked: true, take: 100, order: { expiresAt: 'ASC' } });
        for (const p of due) await this.lifecycle.transition(null, p, PaymentAction.EXPIRE);
        return due.length;
      }, 'PaymentService.expireDue');
      expired += n;
      if (n < 100) return expired;
    }
  }

  /** Payments of a channel paid within [from, to) (reconciliation's expected lines). */
  paidBetween(channelId: string, from: Date, to: Date): Promise<PaymentEntity[]> {
    return this.txHost.tx
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.channel_id = :channelId AND p.status = :paid AND p.paid_at >= :from AND p.paid_at < :to', { channelId, paid: PaymentStatus.PAID, from, to })
      .getMany();
  }

  byOutTradeNos(channelId: string, outTradeNos: string[]): Promise<PaymentEntity[]> {
    if (!outTradeNos.length) return Promise.resolve([]);
    return this.txHost.tx.getRepository(PaymentEntity).createQueryBuilder('p').where('p.channel_id = :channelId AND p.out_trade_no = ANY(:outTradeNos)', { channelId, outTradeNos }).getMany();
  }
}
