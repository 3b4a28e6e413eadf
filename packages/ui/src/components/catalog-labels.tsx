import { Tag, Tooltip, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LOW_PRICE_FLOOR_BP, type BatchStatus, type Category, type OfferStatus, type RiskEventStatus, type RiskEventType } from '@mengyuan/domain';

const CATEGORY_COLOR: Record<Category, string> = { GAME_TOPUP: 'geekblue', VIDEO_MEMBERSHIP: 'magenta', TELECOM_RECHARGE: 'cyan', EDU_COURSE: 'green', OTHER: 'default' };
const STOCK_COLOR: Record<string, string> = { IN_STOCK: 'success', LOW: 'warning', OUT_OF_STOCK: 'error' };
const OFFER_COLOR: Record<OfferStatus, string> = { PENDING_REVIEW: 'processing', LIVE: 'success', PAUSED: 'warning', REJECTED: 'error', DELISTED: 'default' };
const BATCH_COLOR: Record<BatchStatus, string> = { IMPORTING: 'processing', QUARANTINED: 'gold', SELLABLE: 'success', REJECTED: 'error', FAILED: 'default' };
const RISK_STATUS_COLOR: Record<RiskEventStatus, string> = { OPEN: 'processing', CONFIRMED: 'error', DISMISSED: 'default' };

const tagStyle = { marginInlineEnd: 0 };

export function CategoryTag({ category }: { category: Category }) {
  const { t } = useTranslation();
  return (
    <Tag color={CATEGORY_COLOR[category] ?? 'default'} variant="outlined" style={tagStyle}>
      {t(`cat.category.${category}`, { defaultValue: category })}
    </Tag>
  );
}

/** Stock of a card-code SKU; for a direct top-up (no codes), whether any source takes orders. */
export function StockStateTag({ state, count, deliveryMode }: { state: string; count?: number; deliveryMode?: string }) {
  const { t } = useTranslation();
  const topup = deliveryMode === 'DIRECT_TOPUP';
  return (
    <Tag color={STOCK_COLOR[state] ?? 'default'} data-testid="stock-state" data-state={state} style={tagStyle}>
      {t(`cat.${topup ? 'topupStock' : 'stock'}.${state}`, { defaultValue: state })}
      {count !== undefined ? ` · ${count.toLocaleString()}` : ''}
    </Tag>
  );
}

export function OfferStatusTag({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={OFFER_COLOR[status] ?? 'default'} data-testid="offer-status" data-status={status} style={tagStyle}>
      {t(`cat.offerStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={BATCH_COLOR[status] ?? 'default'} data-testid="batch-status" data-status={status} style={tagStyle}>
      {t(`cat.batchStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function RiskTypeTag({ type }: { type: RiskEventType }) {
  const { t } = useTranslation();
  return (
    <Tag color={type === 'BLACK_CARD_SUSPECTED' ? 'red' : 'orange'} style={tagStyle}>
      {t(`cat.riskType.${type}`, { defaultValue: type })}
    </Tag>
  );
}

export function RiskStatusTag({ status }: { status: RiskEventStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={RISK_STATUS_COLOR[status] ?? 'default'} data-testid="risk-status" data-status={status} style={tagStyle}>
      {t(`cat.riskStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** The settlement price is under the low-price floor of face value (黑卡 signal). */
export function LowPriceTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('cat.lowPriceHint', { floor: LOW_PRICE_FLOOR_BP / 100 })}>
      <Tag color="red" icon={<WarningFilled />} data-testid="low-price-flag" style={tagStyle}>
        {t('cat.lowPrice')}
      </Tag>
    </Tooltip>
  );
}

/** A movement in basis points as a signed percentage, red when flagged (over ±5 % in 7 days). */
export function PriceMovement({ bp, flagged }: { bp: number; flagged: boolean }) {
  const { t } = useTranslation();
  const sign = bp > 0 ? '+' : bp < 0 ? '−' : '';
  const abs = Math.abs(bp);
  const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
  const color = flagged ? '#cf1322' : bp === 0 ? undefined : '#595959';
  const content = (
    <Typography.Text data-testid="price-movement" data-flagged={flagged} style={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: flagged ? 600 : undefined }}>
      {flagged && <WarningFilled style={{ marginInlineEnd: 4 }} />}
      {text}
    </Typography.Text>
  );
  return flagged ? <Tooltip title={t('cat.movementFlagged')}>{content}</Tooltip> : content;
}

/** A share in basis points as "87.50%" (no floating point). */
export function formatBasisPoints(bp: bigint | number): string {
  const v = typeof bp === 'bigint' ? bp : BigInt(Math.round(bp));
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}%`;
}

/** Why a batch is quarantined: a code (PROBATION) translated, or an admin's own words as they are. */
export function QuarantineReason({ reason }: { reason: string | null | undefined }) {
  const { t } = useTranslation();
  if (!reason) return <>{t('common.none')}</>;
  return <>{/^[A-Z_]+$/.test(reason) ? t(`cat.quarantineReason.${reason}`, { defaultValue: reason }) : reason}</>;
}
