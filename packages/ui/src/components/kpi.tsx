import type { CSSProperties, ReactNode } from 'react';
import { Card, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Good news green, bad news red, both dark enough for AA contrast on white. */
const GOOD = '#237804';
const BAD = '#cf1322';
/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export interface KpiChange {
  /** (value − previous) / previous, or percentage points when `points`. Null: nothing to compare with. */
  value: number | null | undefined;
  points?: boolean;
  /** A rise is bad news (latency, failures, refunds). */
  riseIsBad?: boolean;
}

/** Week-on-week change: arrow, amount and colour by good or bad news, with the direction in words for screen readers. */
export function ChangeBadge({ change }: { change: KpiChange }) {
  const { t } = useTranslation();
  const v = change.value;
  if (v === null || v === undefined || !Number.isFinite(v)) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="kpi-change" data-direction="none">
        {t('con.dashboard.weekOnWeek')} · {t('con.dashboard.noPrevious')}
      </Typography.Text>
    );
  }
  const direction = Math.abs(v) < 1e-9 ? 'flat' : v > 0 ? 'up' : 'down';
  const good = direction === 'flat' ? null : (direction === 'up') !== !!change.riseIsBad;
  const color = good === null ? undefined : good ? GOOD : BAD;
  const amount = change.points ? `${Math.abs(v).toFixed(1)} ${t('con.dashboard.points')}` : `${(Math.abs(v) * 100).toFixed(1)}%`;
  const Icon = direction === 'up' ? ArrowUpOutlined : direction === 'down' ? ArrowDownOutlined : MinusOutlined;
  return (
    <Typography.Text style={{ fontSize: 12, color }} data-testid="kpi-change" data-direction={direction}>
      {t('con.dashboard.weekOnWeek')}{' '}
      <span style={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        <Icon aria-hidden style={{ marginInlineEnd: 2 }} />
        <span style={VISUALLY_HIDDEN}>{t(`con.dashboard.direction.${direction}`)} </span>
        {amount}
      </span>
    </Typography.Text>
  );
}

/** A figure of a dashboard: name, value, week-on-week change and an optional line underneath. */
export function KpiCard({ title, value, change, extra, loading, testId, hint }: { title: ReactNode; value: ReactNode; change?: KpiChange; extra?: ReactNode; loading?: boolean; testId: string; hint?: ReactNode }) {
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
        {!loading && extra && <span style={{ fontSize: 12 }}>{extra}</span>}
      </Flex>
    </Card>
  );
}
