import type { ReactNode } from 'react';
import { Card, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Good news green, bad news red, both dark enough for AA contrast on white. */
const GOOD = '#237804';
const BAD = '#cf1322';

export interface Change {
  /** (value − previous) / previous, or percentage points when `points`. Null: nothing to compare with. */
  value: number | null;
  points?: boolean;
  /** A rise is bad news (latency, failures). */
  riseIsBad?: boolean;
}

/** Week-on-week change: arrow, sign and colour, with words for screen readers. */
export function ChangeBadge({ change }: { change: Change }) {
  const { t } = useTranslation();
  if (change.value === null || !Number.isFinite(change.value)) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="kpi-change" data-direction="none">
        {t('con.dashboard.weekOnWeek')} · {t('con.dashboard.noPrevious')}
      </Typography.Text>
    );
  }
  const v = change.value;
  const direction = Math.abs(v) < 1e-9 ? 'flat' : v > 0 ? 'up' : 'down';
  const good = direction === 'flat' ? null : (direction === 'up') !== !!change.riseIsBad;
  const color = good === null ? undefined : good ? GOOD : BAD;
  const amount = change.points ? `${Math.abs(v).toFixed(1)} ${t('dash.points')}` : `${(Math.abs(v) * 100).toFixed(1)}%`;
  const Icon = direction === 'up' ? ArrowUpOutlined : direction === 'down' ? ArrowDownOutlined : MinusOutlined;
  return (
    <Typography.Text style={{ fontSize: 12, color }} data-testid="kpi-change" data-direction={direction}>
      {t('con.dashboard.weekOnWeek')}{' '}
      <span style={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        <Icon aria-hidden style={{ marginInlineEnd: 2 }} />
        <span className="my-sr-only">{t(`dash.direction.${direction}`)} </span>
        {amount}
      </span>
    </Typography.Text>
  );
}

/** A figure of the dashboard: name, value, week-on-week change and an optional line underneath. */
export function KpiCard({ title, value, change, extra, loading, testId, hint }: { title: ReactNode; value: ReactNode; change?: Change; extra?: ReactNode; loading?: boolean; testId: string; hint?: ReactNode }) {
  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: '14px 16px' } }} data-testid={testId}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {hint ? <Tooltip title={hint}>{title}</Tooltip> : title}
        </Typography.Text>
        {loading ? (
          <Skeleton.Input active size="small" />
        ) : (
          <div style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
            {value}
          </div>
        )}
        {!loading && change && <ChangeBadge change={change} />}
        {!loading && extra}
      </Flex>
    </Card>
  );
}
