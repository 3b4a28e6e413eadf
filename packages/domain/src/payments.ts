import { defineTransitions } from './state-machine';

/**
 * Money in and out (issue 20): members fund their wallets by bank-transfer top-up requests or online payment
 * channels; suppliers withdraw what the alliance owes them; each channel's statement is reconciled daily.
 * Money is integer fen throughout.
 */

/** The kinds of online channel the alliance can configure, each speaking its gateway's own protocol. */
export const PaymentChannelKind = {
  EPAY: 'EPAY', // 易支付 (v1 MD5 or v2 RSA): the card-shop world's common aggregator
  ALIPAY: 'ALIPAY', // 支付宝 (OpenAPI, RSA2): precreate QR and page pay
  WECHAT_PAY: 'WECHAT_PAY', // 微信支付 APIv3: Native QR, AES-256-GCM notify
} as const;
export type PaymentChannelKind = (typeof PaymentChannelKind)[keyof typeof PaymentChannelKind];

/** How the member pays through a channel: a QR code to scan, or a page of the gateway's to open. */
export const PaymentMode = { QR: 'QR', PAGE: 'PAGE' } as const;
export type PaymentMode = (typeof PaymentMode)[keyof typeof PaymentMode];

/** 易支付's protocol versions: v1 signs with MD5 and the merchant key, v2 with RSA (SHA256withRSA) both ways. */
export const EpayVersion = { V1: 'V1', V2: 'V2' } as const;
export type EpayVersion = (typeof EpayVersion)[keyof typeof EpayVersion];

/** A top-up request by bank transfer, confirmed or rejected by alliance finance. */
export const TopupRequestStatus = {
  PENDING: 'PENDING',
  CONFIRMED: 'CONFIRMED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
} as const;
export type TopupRequestStatus = (typeof TopupRequestStatus)[keyof typeof TopupRequestStatus];

export const TopupRequestAction = { CONFIRM: 'CONFIRM', REJECT: 'REJECT', CANCEL: 'CANCEL' } as const;
export type TopupRequestAction = (typeof TopupRequestAction)[keyof typeof TopupRequestAction];

export const topupRequestLifecycle = defineTransitions<TopupRequestStatus, TopupRequestAction>({
  PENDING: { CONFIRM: 'CONFIRMED', REJECT: 'REJECTED', CANCEL: 'CANCELLED' },
  CONFIRMED: {},
  REJECTED: {},
  CANCELLED: {},
});

/**
 * An online payment: an order of its own. PAID only on a verified notify (signature, merchant and amount
 * checked); EXPIRED after its window; a verified notify that arrives after expiry still pays (the customer
 * paid, so the wallet is credited) and the payment is flagged late.
 */
export const PaymentStatus = {
  CREATED: 'CREATED',
  PAID: 'PAID',
  EXPIRED: 'EXPIRED',
  FAILED: 'FAILED', // the gateway refused to create it: nothing was paid
} as const;
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];

export const PaymentAction = { PAY: 'PAY', EXPIRE: 'EXPIRE', FAIL: 'FAIL' } as const;
export type PaymentAction = (typeof PaymentAction)[keyof typeof PaymentAction];

export const paymentLifecycle = defineTransitions<PaymentStatus, PaymentAction>({
  CREATED: { PAY: 'PAID', EXPIRE: 'EXPIRED', FAIL: 'FAILED' },
  EXPIRED: { PAY: 'PAID' },
  PAID: {},
  // The gateway may still take the money after refusing to answer us in time: a verified notify pays it (flagged late).
  FAILED: { PAY: 'PAID' },
});

/** What became of one notify the api received (every one is kept, verified or not). */
export const NotifyOutcome = {
  CREDITED: 'CREDITED', // verified, the payment paid and the wallet credited
  CREDITED_LATE: 'CREDITED_LATE', // verified, after the payment had expired: credited and flagged
  DUPLICATE: 'DUPLICATE', // verified, the payment was already paid: nothing more
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  WRONG_MERCHANT: 'WRONG_MERCHANT',
  WRONG_AMOUNT: 'WRONG_AMOUNT',
  UNKNOWN_PAYMENT: 'UNKNOWN_PAYMENT',
  NOT_PAID: 'NOT_PAID', // verified, but the gateway says the trade is not (yet) paid
} as const;
export type NotifyOutcome = (typeof NotifyOutcome)[keyof typeof NotifyOutcome];

/** A supplier's withdrawal of what the alliance owes it, paid by finance with a transfer reference. */
export const WithdrawalStatus = {
  REQUESTED: 'REQUESTED',
  PAID: 'PAID',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
} as const;
export type WithdrawalStatus = (typeof WithdrawalStatus)[keyof typeof WithdrawalStatus];

export const WithdrawalAction = { PAY: 'PAY', REJECT: 'REJECT', CANCEL: 'CANCEL' } as const;
export type WithdrawalAction = (typeof WithdrawalAction)[keyof typeof WithdrawalAction];

export const withdrawalLifecycle = defineTransitions<WithdrawalStatus, WithdrawalAction>({
  REQUESTED: { PAY: 'PAID', REJECT: 'REJECTED', CANCEL: 'CANCELLED' },
  PAID: {},
  REJECTED: {},
  CANCELLED: {},
});

/**
 * Settlement cycles: money a supplier earns on day D (Asia/Shanghai) may be withdrawn from day D + N.
 * T+1 settles daily, T+7 weekly; the alliance sets a default and may set one per supplier.
 */
export const SettlementCycle = { T1: 'T1', T7: 'T7' } as const;
export type SettlementCycle = (typeof SettlementCycle)[keyof typeof SettlementCycle];
export const SETTLEMENT_DAYS: Record<SettlementCycle, number> = { T1: 1, T7: 7 };

/** How a line of a channel's statement compares with the ledger. */
export const ReconciliationStatus = {
  MATCHED: 'MATCHED',
  MISSING_IN_LEDGER: 'MISSING_IN_LEDGER', // the channel took money the ledger has no credit for
  MISSING_IN_CHANNEL: 'MISSING_IN_CHANNEL', // the ledger credited a payment the channel does not list
  AMOUNT_MISMATCH: 'AMOUNT_MISMATCH',
  FEE_MISMATCH: 'FEE_MISMATCH',
} as const;
export type ReconciliationStatus = (typeof ReconciliationStatus)[keyof typeof ReconciliationStatus];

/** A payment waits this long for its notify before it expires (a late notify still credits). */
export const PAYMENT_WINDOW_MINUTES = 15;

/** The smallest and largest top-up, in fen: ¥1 and ¥1,000,000. */
export const TOPUP_MIN_FEN = 100n;
export const TOPUP_MAX_FEN = 100_000_000n;

/**
 * A channel's fee on an amount: rate in basis points (60 = 0.60 %) rounded half up to the fen, plus a fixed
 * fee, never more than the amount itself. The gateways round their service fee this way.
 */
export function channelFee(amount: bigint, rateBasisPoints: number, fixedFen: bigint): bigint {
  if (amount <= 0n) return 0n;
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0) throw new RangeError(`not a rate in basis points: ${rateBasisPoints}`);
  const rated = (amount * BigInt(rateBasisPoints) * 2n + 10_000n) / 20_000n;
  const fee = rated + fixedFen;
  return fee > amount ? amount : fee < 0n ? 0n : fee;
}

/**
 * Under a cycle, on `today` (an Asia/Shanghai day, YYYY-MM-DD), money booked before the start of the day this
 * answers is settled (may be withdrawn): T+1 → today (yesterday's and older), T+7 → six days ago.
 */
export function settlementCutoffDay(today: string, cycle: SettlementCycle): string {
  const [y, m, d] = today.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCDate(t.getUTCDate() - SETTLEMENT_DAYS[cycle] + 1);
  return t.toISOString().slice(0, 10);
}

