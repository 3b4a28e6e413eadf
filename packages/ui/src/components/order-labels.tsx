import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttemptOutcome, LedgerTransactionType, OrderStatus } from '@mengyuan/domain';

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
const ATTEMPT_COLOR: Partial<Record<AttemptOutcome, string>> = { DELIVERED: 'success', NO_STOCK: 'warning', UNAVAILABLE: 'default', FAILED: 'error' } as Partial<Record<AttemptOutcome, string>>;

const tagStyle = { marginInlineEnd: 0 };

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-testid="order-status" data-status={status} style={tagStyle}>
      {t(`ord.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function LedgerTypeTag({ type }: { type: LedgerTransactionType }) {
  const { t } = useTranslation();
  return (
    <Tag color={TX_COLOR[type] ?? 'default'} variant="outlined" data-testid="tx-type" data-type={type} style={tagStyle}>
      {t(`ord.txType.${type}`, { defaultValue: type })}
    </Tag>
  );
}

export function AttemptOutcomeTag({ outcome }: { outcome: AttemptOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={ATTEMPT_COLOR[outcome] ?? 'default'} data-testid="attempt-outcome" data-outcome={outcome} style={tagStyle}>
      {t(`ord.attempt.${outcome}`, { defaultValue: outcome })}
    </Tag>
  );
}

/** Server-side delivery latency (发货时延) in milliseconds; a dash when the order was not delivered. */
export function Latency({ ms }: { ms: number | null | undefined }) {
  const { t } = useTranslation();
  if (ms === null || ms === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const text = ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString();
  return (
    <span data-testid="order-latency" data-value={ms} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {t('ord.latency', { ms: text })}
    </span>
  );
}
