import { Flex, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { warnBeforeMs } from '@mengyuan/domain';
import type { SlaClockFieldsFragment, TicketFieldsFragment } from '@mengyuan/graphql';
import { formatDateTime } from '../components/date-time';
import { useNow } from '../live/live-status';
import { formatDuration } from '../duration';

type Clock = Pick<SlaClockFieldsFragment, 'state' | 'dueAt' | 'remainingSeconds' | 'targetSeconds' | 'breachedAt' | 'warnedAt' | 'met' | 'metric' | 'level'>;

/** What a clock says at `now`: running towards dueAt (amber inside its warning window), overdue, paused with the time left frozen, or stopped. */
export function clockView(
  clock: Clock,
  now: number,
): {
  tone: 'normal' | 'warning' | 'danger' | 'paused' | 'done' | 'missed';
  seconds: number;
} {
  if (clock.state === 'STOPPED')
    return {
      tone: clock.met === false || clock.breachedAt ? 'missed' : 'done',
      seconds: 0,
    };
  if (clock.state === 'PAUSED') return { tone: 'paused', seconds: clock.remainingSeconds };
  const left = clock.dueAt ? (Date.parse(clock.dueAt) - now) / 1000 : clock.remainingSeconds;
  if (left <= 0 || clock.breachedAt) return { tone: 'danger', seconds: left };
  if (clock.warnedAt || left * 1000 <= warnBeforeMs(clock.targetSeconds * 1000)) return { tone: 'warning', seconds: left };
  return { tone: 'normal', seconds: left };
}

const TONE_COLOR = {
  normal: 'processing',
  warning: 'warning',
  danger: 'error',
  paused: 'default',
  done: 'success',
  missed: 'error',
} as const;

/**
 * A live SLA countdown (packages/ui, shared by the queue and the ticket views): the time left until the clock's
 * due instant, amber inside its warning window, red and counting up once breached; a paused clock shows the
 * time it had left, frozen; a stopped one whether it met its target.
 */
export function SlaCountdown({ clock, showMetric = false }: { clock: Clock; showMetric?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const { tone, seconds } = clockView(clock, now);
  const time = formatDuration(t, seconds * 1000);
  const label =
    tone === 'done'
      ? t('tk.met')
      : tone === 'missed'
        ? t('tk.missed')
        : tone === 'paused'
          ? seconds < 0
            ? t('tk.pausedOverdue', { time })
            : t('tk.pausedLeft', { time })
          : seconds <= 0
            ? t('tk.overdueBy', { time })
            : t('tk.dueIn', { time });
  const icon =
    tone === 'paused' ? <PauseCircleOutlined /> : tone === 'done' ? <CheckCircleOutlined /> : tone === 'danger' || tone === 'missed' ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />;
  const tip = [t(`tk.metric.${clock.metric}`), t(`tk.clockState.${clock.state}`), clock.dueAt ? formatDateTime(clock.dueAt, 'YYYY-MM-DD HH:mm:ss') : null].filter(Boolean).join(' · ');
  return (
    <Tooltip title={tip}>
      <Tag
        color={TONE_COLOR[tone]}
        icon={icon}
        style={{ marginInlineEnd: 0, fontVariantNumeric: 'tabular-nums' }}
        data-testid="sla-countdown"
        data-tone={tone}
        data-state={clock.state}
        data-seconds={Math.round(seconds)}
      >
        {showMetric ? `${t(`tk.metric.${clock.metric}`)} · ${label}` : label}
      </Tag>
    </Tooltip>
  );
}

/** The clock that matters most now: the running one due soonest, else a paused one, else the last stopped one. */
export function urgentClock<C extends Clock>(clocks: readonly C[]): C | null {
  const running = clocks.filter((c) => c.state === 'RUNNING' && c.dueAt).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  if (running.length) return running[0];
  const paused = clocks.find((c) => c.state === 'PAUSED');
  if (paused) return paused;
  return clocks.length ? clocks[clocks.length - 1] : null;
}

/** A ticket's most urgent countdown, with its metric; a dash when it has no clock. */
export function TicketCountdown({ ticket }: { ticket: Pick<TicketFieldsFragment, 'clocks'> }) {
  const { t } = useTranslation();
  const clock = urgentClock(ticket.clocks);
  if (!clock) return <Typography.Text type="secondary">{t('tk.noClock')}</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <SlaCountdown clock={clock} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`tk.metric.${clock.metric}`)} · {t(`tk.tier.${clock.level}`)}
      </Typography.Text>
    </Flex>
  );
}
