import type { CSSProperties } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Dark ink on a pale ground (WCAG AA at 12 px), by meaning: waiting, done, refused, neutral. */
const TONE: Record<'wait' | 'ok' | 'bad' | 'off' | 'warn', CSSProperties> = {
  wait: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  off: { color: '#262626', background: '#f5f5f5', borderColor: '#d9d9d9' },
  warn: { color: '#7a4100', background: '#fffbe6', borderColor: '#ffd666' },
};

const TONES: Record<string, Record<string, keyof typeof TONE>> = {
  paymentStatus: { CREATED: 'wait', PAID: 'ok', EXPIRED: 'off', FAILED: 'bad' },
  topupStatus: { PENDING: 'wait', CONFIRMED: 'ok', REJECTED: 'bad', CANCELLED: 'off' },
  withdrawalStatus: { REQUESTED: 'wait', PAID: 'ok', REJECTED: 'bad', CANCELLED: 'off' },
  reconStatus: { MATCHED: 'ok', MISSING_IN_LEDGER: 'bad', MISSING_IN_CHANNEL: 'bad', AMOUNT_MISMATCH: 'warn', FEE_MISMATCH: 'warn' },
  runStatus: { OK: 'ok', DIFFERENCES: 'warn', FAILED: 'bad' },
};

/** A money status (payment, top-up request, withdrawal, reconciliation line or run) as a tag in the user's language. */
export function PayStatusTag({ kind, status }: { kind: 'paymentStatus' | 'topupStatus' | 'withdrawalStatus' | 'reconStatus' | 'runStatus'; status: string }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid={`${kind}-tag`} data-status={status} style={{ ...TONE[TONES[kind][status] ?? 'off'], marginInlineEnd: 0 }}>
      {t(`pay.${kind}.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** A flag beside a status: a late notify, a transfer reference used before. */
export function PayFlagTag({ flag }: { flag: 'late' | 'duplicate' }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid={`flag-${flag}`} style={{ ...TONE.warn, marginInlineEnd: 0 }}>
      {t(`pay.${flag}`)}
    </Tag>
  );
}
