import { Flex, Typography } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../duration';
import { formatDateTime } from './date-time';

/** Under this much time left a deadline is shown as close. */
export const NEAR_DEADLINE_MS = 2 * 60_000;

export type Urgency = 'ok' | 'near' | 'overdue';

export function urgencyOf(deadlineAt: string, now: number): Urgency {
  const left = new Date(deadlineAt).getTime() - now;
  if (left <= 0) return 'overdue';
  return left <= NEAR_DEADLINE_MS ? 'near' : 'ok';
}

/** Live time left until a deadline: orange when close, red once past it, with the deadline in Beijing time. */
export function Countdown({ deadlineAt, now, testId = 'countdown', inline = false }: { deadlineAt: string; now: number; testId?: string; inline?: boolean }) {
  const { t } = useTranslation();
  const left = new Date(deadlineAt).getTime() - now;
  const urgency = urgencyOf(deadlineAt, now);
  const color = urgency === 'overdue' ? 'var(--ant-color-error, #cf1322)' : urgency === 'near' ? 'var(--ant-color-warning-text, #ad6800)' : undefined;
  return (
    <Flex vertical={!inline} gap={inline ? 8 : 0} wrap data-testid={testId} data-urgency={urgency} data-left-ms={Math.round(left)}>
      <Typography.Text strong style={{ color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {urgency === 'ok' ? <ClockCircleOutlined style={{ marginInlineEnd: 6 }} /> : <WarningOutlined style={{ marginInlineEnd: 6 }} />}
        {t(left > 0 ? 'time.remaining' : 'time.overdue', { time: formatClock(left) })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('time.dueAt', { time: formatDateTime(deadlineAt, 'HH:mm:ss') })}
      </Typography.Text>
    </Flex>
  );
}
