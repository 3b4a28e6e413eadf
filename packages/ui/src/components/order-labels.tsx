import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttemptOutcome, LedgerTransactionType, OrderStatus, TopupTaskStatus } from '@mengyuan/domain';
import { formatDuration, formatMilliseconds } from '../duration';

const STATUS_COLOR: Partial<Record<OrderStatus, string>> = {
  PENDING_REVIEW: 'gold',
  PROCESSING: 'processing',
  DELIVERED: 'success',
  FAILED: 'error',
  CANCELLED: 'default',
  PARTIALLY_REFUNDED: 'purple',
  REFUNDED: 'purple',
};
const TX_COLOR: Partial<Record<LedgerTransactionType, string>> = { DEPOSIT: 'green', PAYOUT: 'blue', ORDER: 'geekblue', REFUND: 'orange', HOLD: 'gold', RELEASE: 'cyan' };
const ATTEMPT_COLOR: Record<AttemptOutcome, string> = { DELIVERED: 'success', NO_STOCK: 'warning', UNAVAILABLE: 'default', FAILED: 'error', NO_CAPACITY: 'orange' };
const TOPUP_COLOR: Record<TopupTaskStatus, string> = { QUEUED: 'gold', CLAIMED: 'processing', COMPLETED: 'success', FAILED: 'error', EXPIRED: 'default' };

/** The memo the api writes on the HOLD of a direct top-up (a risk hold has none). */
export const TOPUP_HOLD_MEMO = 'direct top-up in progress';

const tagStyle = { marginInlineEnd: 0 };

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-testid="order-status" data-status={status} style={tagStyle}>
      {t(`ord.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Why an order failed, in words (every failure code the api writes has a sentence). */
export function FailureText({ code }: { code: string }) {
  const { t } = useTranslation();
  return <span data-testid="order-failure" data-code={code}>{t(`ord.failure.${code}`, { defaultValue: t('ord.failure.unknown', { code }) })}</span>;
}

/** An order's status in a list: its tag, and under it why it failed when it did. */
export function OrderStatusCell({ status, failureCode }: { status: OrderStatus; failureCode?: string | null }) {
  return (
    <Flex vertical gap={2} align="flex-start">
      <OrderStatusTag status={status} />
      {failureCode && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <FailureText code={failureCode} />
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * A statement line's type. A HOLD says what it reserves: a risk-held order, or a direct top-up in progress
 * (told apart by the memo the api writes on it).
 */
export function LedgerTypeTag({ type, memo }: { type: LedgerTransactionType; memo?: string | null }) {
  const { t } = useTranslation();
  const topupHold = type === 'HOLD' && memo === TOPUP_HOLD_MEMO;
  const label = type === 'HOLD' ? t(topupHold ? 'ord.txHold.topup' : 'ord.txHold.risk') : t(`ord.txType.${type}`, { defaultValue: type });
  const hint = type === 'HOLD' ? t(topupHold ? 'ord.txHint.holdTopup' : 'ord.txHint.holdRisk') : t(`ord.txHint.${type}`, { defaultValue: '' });
  const tag = (
    <Tag color={TX_COLOR[type] ?? 'default'} variant="outlined" data-testid="tx-type" data-type={type} data-hold={type === 'HOLD' ? (topupHold ? 'topup' : 'risk') : undefined} style={tagStyle}>
      {label}
    </Tag>
  );
  return hint ? <Tooltip title={hint}>{tag}</Tooltip> : tag;
}

export function AttemptOutcomeTag({ outcome }: { outcome: AttemptOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={ATTEMPT_COLOR[outcome] ?? 'default'} data-testid="attempt-outcome" data-outcome={outcome} style={tagStyle}>
      {t(`ord.attempt.${outcome}`, { defaultValue: outcome })}
    </Tag>
  );
}

export function TopupStatusTag({ status }: { status: TopupTaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TOPUP_COLOR[status] ?? 'default'} data-testid="topup-progress-status" data-status={status} style={tagStyle}>
      {t(`ord.topup.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/**
 * Delivery latency (发货时延): the server's milliseconds for card codes, the supplier's minutes and seconds for
 * a direct top-up; a dash when the order was not delivered. `topup` undefined: not known yet (the SKU is
 * loading), so nothing is shown rather than the wrong unit.
 */
export function Latency({ ms, topup }: { ms: number | null | undefined; topup: boolean | undefined }) {
  const { t } = useTranslation();
  if (ms === null || ms === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (topup === undefined) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Tooltip title={t(topup ? 'ord.latencyTopupHint' : 'ord.latencyCardHint')}>
      <span data-testid="order-latency" data-value={ms} data-kind={topup ? 'topup' : 'card'} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {topup ? formatDuration(t, ms) : formatMilliseconds(ms)}
      </span>
    </Tooltip>
  );
}
