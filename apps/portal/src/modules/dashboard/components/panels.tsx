import { useMemo, type ReactNode } from 'react';
import { Alert, Card, Empty, Flex, Grid, List, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TicketsDocument, type DailyFiguresFieldsFragment, type SkuRankingFieldsFragment } from '@mengyuan/graphql';
import { Money, TicketCountdown, TicketStatusTag, formatDuration, formatMilliseconds } from '@mengyuan/ui';
import type { TFunction } from 'i18next';
import { TrendChart, type TrendSeries } from './trend-chart';

/** A panel of the dashboard: a titled card whose title is a heading (h2) for the page's outline. */
export function Panel({ title, extra, children, testId }: { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ height: '100%' }}
      data-testid={testId}
    >
      {children}
    </Card>
  );
}

/** A fen amount as the number a chart plots (yuan); tooltips and tables show the fen formatted, never this. */
export const plotYuan = (fen: string): number => Number(fen) / 100;
/** Axis labels in yuan: 万 in Chinese (¥1.2万), thousands in English (¥12k). */
export const yuanAxis = (en: boolean) => (v: number): string =>
  en ? (Math.abs(v) >= 1_000 ? `¥${v / 1_000}k` : `¥${v}`) : Math.abs(v) >= 10_000 ? `¥${v / 10_000}万` : `¥${v}`;

/** A latency in the words of its kind: milliseconds for card codes, minutes for the supplier's top-ups. */
export function latencyText(t: TFunction, ms: number | null | undefined, topup: boolean): string {
  if (ms === null || ms === undefined) return t('common.none');
  return topup ? formatDuration(t, ms) : formatMilliseconds(ms);
}

/** The daily trend as a chart, or an empty state when no day had an order. */
export function DailyChart({ daily, series, label, testId, money = true, height }: { daily: readonly DailyFiguresFieldsFragment[]; series: TrendSeries[]; label: string; testId: string; money?: boolean; height?: number }) {
  const { t, i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language ?? '').startsWith('en');
  const axis = useMemo(() => [yuanAxis(en)] as [(v: number) => string], [en]);
  const anything = daily.some((d) => d.orders > 0 || d.failed > 0 || d.gmv !== '0');
  if (!anything) return <Empty description={t('dash.noOrdersInRange')} data-testid={`${testId}-empty`} />;
  return <TrendChart days={daily.map((d) => d.day)} series={series} label={label} testId={testId} height={height} axisFormat={money ? axis : undefined} />;
}

/** 热销: the range's best sellers by amount. */
export function HotSkus({ skus }: { skus: readonly SkuRankingFieldsFragment[] }) {
  const { t } = useTranslation();
  const top = skus[0] ? Number(skus[0].gmv) : 0;
  if (!skus.length) return <Empty description={t('dash.noOrdersInRange')} />;
  return (
    <List
      size="small"
      data-testid="hot-skus"
      dataSource={skus.slice(0, 8)}
      renderItem={(s, i) => (
        <List.Item data-sku={s.code} style={{ display: 'block' }}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text ellipsis style={{ minWidth: 0 }}>
              <Tag color={i < 3 ? 'blue' : undefined} style={{ marginInlineEnd: 8 }}>
                {i + 1}
              </Tag>
              {s.name}
            </Typography.Text>
            <Money fen={s.gmv} strong />
          </Flex>
          <Flex justify="space-between" gap={8}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dash.ordersAndQuantity', { orders: s.orders, quantity: s.quantity })}
            </Typography.Text>
          </Flex>
          <div aria-hidden style={{ height: 4, background: '#eef0f4', borderRadius: 2, marginTop: 4 }}>
            <div style={{ width: `${top ? Math.max(2, (Number(s.gmv) / top) * 100) : 0}%`, height: 4, background: '#1f5fd6', borderRadius: 2 }} />
          </div>
        </List.Item>
      )}
    />
  );
}

/** Open tickets, the most urgent first, with the SLA clock that runs out first. */
export function OpenTickets({ supplier }: { supplier: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { data, loading, error } = useQuery(TicketsDocument, {
    variables: { filter: { activeOnly: true }, sort: 'URGENCY', page: { offset: 0, limit: 6 } },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!data && error) return <Alert type="warning" showIcon title={t('common.loadFailed')} />;
  const items = data?.tickets.items ?? [];
  return (
    <Flex vertical gap={8}>
      <Typography.Text data-testid="open-tickets-count" data-value={data?.tickets.totalCount ?? 0}>
        {t('dash.openTickets', { count: data?.tickets.totalCount ?? 0 })}
      </Typography.Text>
      {items.length === 0 ? (
        <Empty description={t('dash.noOpenTickets')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          data-testid="open-tickets"
          dataSource={items}
          renderItem={(tk) => (
            <List.Item style={{ display: 'block' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Flex vertical style={{ minWidth: 0 }}>
                  <Link to={`/tickets/${tk.id}`}>
                    {tk.number} · {tk.skuName}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`tk.category.${tk.category}`)} · {supplier ? tk.memberName : tk.supplierName}
                  </Typography.Text>
                </Flex>
                <Flex vertical align={screens.sm ? 'end' : 'start'} gap={2}>
                  <TicketStatusTag status={tk.status} />
                  {supplier && <TicketCountdown ticket={tk} />}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Link to="/tickets">{t('dash.allTickets')}</Link>
    </Flex>
  );
}

export function useSmallTable() {
  const screens = Grid.useBreakpoint();
  return screens.sm === false;
}

