import type { ReactNode } from 'react';
import { Alert, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@mengyuan/domain';
import type { OrderTopupProgressFieldsFragment } from '@mengyuan/graphql';
import { useNow } from '../live/live-status';
import { Countdown } from './countdown';
import { formatDateTime } from './date-time';
import { TopupStatusTag } from './order-labels';

const OPEN = new Set(['QUEUED', 'CLAIMED']);

function Step({ at, children }: { at: string | null | undefined; children: ReactNode }) {
  return (
    <Flex gap={8} wrap align="baseline">
      {at && (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', fontSize: 12, whiteSpace: 'nowrap' }}>
          {formatDateTime(at, 'HH:mm:ss')}
        </Typography.Text>
      )}
      <span>{children}</span>
    </Flex>
  );
}

/** One source's task: queued → claimed → completed / failed / expired, with the deadline counting down while open. */
function SourceProgress({ p, n, last, now }: { p: OrderTopupProgressFieldsFragment; n: number; last: boolean; now: number }) {
  const { t } = useTranslation();
  const open = OPEN.has(p.status);
  const items = [
    { key: 'queued', color: 'blue', content: <Step at={p.createdAt}>{t('ord.topup.queued')}</Step> },
    ...(p.claimedAt ? [{ key: 'claimed', color: 'blue', content: <Step at={p.claimedAt}>{t('ord.topup.claimed')}</Step> }] : []),
    ...(p.status === 'QUEUED' ? [{ key: 'waiting', loading: true, content: <Typography.Text type="secondary">{t('ord.topup.waitingSupplier')}</Typography.Text> }] : []),
    ...(p.status === 'COMPLETED'
      ? [
          {
            key: 'done',
            color: 'green',
            content: (
              <Step at={p.finishedAt}>
                {t('ord.topup.completed')} · {t('ord.topup.reference')}{' '}
                <Typography.Text code copyable data-testid="topup-progress-reference">
                  {p.reference}
                </Typography.Text>
              </Step>
            ),
          },
        ]
      : []),
    ...(p.status === 'FAILED' || p.status === 'EXPIRED'
      ? [
          {
            key: 'failed',
            color: 'red',
            content: (
              <Step at={p.finishedAt}>
                {p.status === 'FAILED' ? t('ord.topup.failed', { reason: p.failureReason ?? t('common.none') }) : t('ord.topup.expired')}
                {!last && <Typography.Text type="secondary"> · {t('ord.topup.passedOn')}</Typography.Text>}
              </Step>
            ),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="topup-progress-source" data-status={p.status}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t('ord.topup.source', { n })}</Typography.Text>
          <TopupStatusTag status={p.status} />
        </Flex>
        {open && <Countdown deadlineAt={p.deadlineAt} now={now} inline testId="topup-progress-countdown" />}
      </Flex>
      <Timeline items={items} />
    </div>
  );
}

/**
 * A direct top-up's way through the suppliers' queues (sources are numbered, not named: a member does not
 * see who supplies it), and how it ended.
 */
export function TopupProgress({ progress, status, failureCode }: { progress: readonly OrderTopupProgressFieldsFragment[]; status: OrderStatus; failureCode?: string | null }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Flex vertical gap={16} data-testid="topup-progress">
      {progress.length === 0 && (
        <Typography.Text type="secondary">{status === 'PENDING_REVIEW' ? t('ord.topup.heldFirst') : t('ord.topup.empty')}</Typography.Text>
      )}
      {progress.map((p, i) => (
        <SourceProgress key={`${p.createdAt}-${i}`} p={p} n={i + 1} last={i === progress.length - 1} now={now} />
      ))}
      {status === 'FAILED' && failureCode === 'TOPUP_FAILED' && <Alert type="info" showIcon title={t('ord.topup.refunded')} data-testid="topup-refunded" />}
    </Flex>
  );
}
