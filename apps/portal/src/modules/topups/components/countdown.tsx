import { useEffect, useState } from 'react';
import { Flex, Typography } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@mengyuan/ui';

/** Under this much time left a task is highlighted as urgent. */
export const NEAR_DEADLINE_MS = 2 * 60_000;

/** The current time, ticking every `intervalMs` (one timer for a whole table). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** 9:05, or 1:02:03 past the hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export type Urgency = 'ok' | 'near' | 'overdue';

export function urgencyOf(deadlineAt: string, now: number): Urgency {
  const left = new Date(deadlineAt).getTime() - now;
  if (left <= 0) return 'overdue';
  return left <= NEAR_DEADLINE_MS ? 'near' : 'ok';
}

/** Live time left until the deadline: orange when close, red once past it. */
export function Countdown({ deadlineAt, now }: { deadlineAt: string; now: number }) {
  const { t } = useTranslation();
  const left = new Date(deadlineAt).getTime() - now;
  const urgency = urgencyOf(deadlineAt, now);
  const color = urgency === 'overdue' ? 'var(--ant-color-error, #ff4d4f)' : urgency === 'near' ? 'var(--ant-color-warning, #faad14)' : undefined;
  return (
    <Flex vertical data-testid="topup-countdown" data-urgency={urgency} data-left-ms={Math.round(left)}>
      <Typography.Text strong style={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {urgency === 'ok' ? <ClockCircleOutlined style={{ marginInlineEnd: 6 }} /> : <WarningOutlined style={{ marginInlineEnd: 6 }} />}
        {t(left > 0 ? 'topups.remaining' : 'topups.overdue', { time: formatDuration(left) })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('topups.deadlineAt', { time: formatDateTime(deadlineAt, 'HH:mm:ss') })}
      </Typography.Text>
    </Flex>
  );
}
