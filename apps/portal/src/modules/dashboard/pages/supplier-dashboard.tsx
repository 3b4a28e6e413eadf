import { useMemo } from 'react';
import { Alert, Card, Col, Flex, List, Row, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SupplierDashboardDocument, type SupplierDashboardQuery } from '@mengyuan/graphql';
import { Countdown, HoldbackSummary, Money, OfferStatusTag, TodoCard, useAuth, KpiCard } from '@mengyuan/ui';
import { DashboardFrame, useDashboardRange } from '../components/dashboard-frame';
import { formatFen } from '@mengyuan/domain';
import { DailyChart, HotSkus, OpenTickets, Panel, plotYuan, latencyText, useSmallTable } from '../components/panels';
import { SupplierScorecardSlot } from '../components/scorecard-slot';
import { CandidacyBanner } from '../../trust';
import { useNow } from '../use-now';

type Stock = SupplierDashboardQuery['supplierDashboard']['stock'][number];

function StockPanel({ stock }: { stock: readonly Stock[] }) {
  const { t } = useTranslation();
  const small = useSmallTable();
  const low = stock.filter((s) => s.lowStock);
  return (
    <Panel title={t('con.dashboard.stock')} testId="stock-panel" extra={<Link to="/offers">{t('nav.offers')}</Link>}>
      {low.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="low-stock-alert"
          title={t('dash.lowStockAlert', { count: low.length })}
          description={low.slice(0, 5).map((s) => `${s.skuName}（${s.stockAvailable}）`).join('、')}
        />
      )}
      {small ? (
        <List
          size="small"
          dataSource={[...stock]}
          locale={{ emptyText: <Typography.Text style={{ color: '#595959' }}>{t('dash.noOffers')}</Typography.Text> }}
          renderItem={(s) => (
            <List.Item data-sku={s.skuCode} data-low={s.lowStock}>
              <Flex justify="space-between" style={{ width: '100%' }} gap={8}>
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text ellipsis>{s.skuName}</Typography.Text>
                  <Flex gap={4} wrap>
                    <OfferStatusTag status={s.status} />
                    {s.lowStock && <Tag color="error">{t('con.dashboard.lowStock')}</Tag>}
                  </Flex>
                </Flex>
                <Typography.Text strong>{s.deliveryMode === 'DIRECT_TOPUP' ? t('cat.delivery.DIRECT_TOPUP') : s.stockAvailable}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<Stock>
          rowKey="offerId"
          size="small"
          data-testid="stock-table"
          dataSource={[...stock].sort((a, b) => Number(b.lowStock) - Number(a.lowStock))}
          pagination={stock.length > 8 ? { pageSize: 8, size: 'small' } : false}
          scroll={{ x: 560 }}
          locale={{ emptyText: <Typography.Text style={{ color: '#595959' }}>{t('dash.noOffers')}</Typography.Text> }}
          onRow={(s) => ({ 'data-sku': s.skuCode, 'data-low': String(s.lowStock) }) as object}
          columns={[
            { title: t('dash.sku'), dataIndex: 'skuName', render: (name: string, s) => <Link to={`/offers/${s.offerId}`}>{name}</Link> },
            { title: t('dash.delivery'), dataIndex: 'deliveryMode', width: 90, responsive: ['md'], render: (m: string) => t(`cat.delivery.${m}`) },
            { title: t('dash.offerStatus'), dataIndex: 'status', width: 100, render: (st: Stock['status']) => <OfferStatusTag status={st} /> },
            {
              title: t('dash.stockAvailable'),
              dataIndex: 'stockAvailable',
              width: 120,
              align: 'right',
              render: (n: number, s) =>
                s.deliveryMode === 'DIRECT_TOPUP' ? (
                  <Typography.Text type="secondary">{t('dash.topupNoStock')}</Typography.Text>
                ) : (
                  <Flex justify="end" gap={6} align="center">
                    {s.lowStock && <Tag color="error" style={{ marginInlineEnd: 0 }}>{t('con.dashboard.lowStock')}</Tag>}
                    <Typography.Text strong data-testid="stock-available" data-value={n}>
                      {n}
                    </Typography.Text>
                  </Flex>
                ),
            },
            { title: t('dash.threshold'), dataIndex: 'lowStockThreshold', width: 90, align: 'right', responsive: ['lg'] },
          ]}
        />
      )}
    </Panel>
  );
}

function TopupQueuePanel({ queue }: { queue: SupplierDashboardQuery['supplierDashboard']['topupQueue'] }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Panel title={t('con.dashboard.topupQueue')} testId="topup-queue-panel" extra={<Link to="/topups">{t('topups.nav')}</Link>}>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text type="secondary">{t('con.dashboard.queued')}</Typography.Text>
          <div style={{ fontSize: 24, fontWeight: 600 }} data-testid="topup-queued" data-value={queue.queued}>
            {queue.queued}
          </div>
        </Col>
        <Col span={12}>
          <Typography.Text type="secondary">{t('con.dashboard.claimed')}</Typography.Text>
          <div style={{ fontSize: 24, fontWeight: 600 }} data-testid="topup-claimed">
            {queue.claimed}
          </div>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('con.dashboard.nearestDeadline')}</Typography.Text>
        {queue.nearestDeadlineAt ? <Countdown deadlineAt={queue.nearestDeadlineAt} now={now} /> : <div>{t('dash.queueEmpty')}</div>}
      </div>
    </Panel>
  );
}

/** 货源商工作台: the supplier owner's and operators' landing page. */
export default function SupplierDashboard() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [range, setRange] = useDashboardRange();
  const { data, loading, error, refetch } = useQuery(SupplierDashboardDocument, { variables: { range }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const d = data?.supplierDashboard;
  const busy = !d && loading;
  const salesSeries = useMemo(
    () =>
      d
        ? [
            { name: t('con.dashboard.sales'), kind: 'line' as const, data: d.daily.map((x) => plotYuan(x.gmv)), labels: d.daily.map((x) => formatFen(x.gmv)), color: '#1f5fd6' },
            { name: t('con.dashboard.settlement'), kind: 'line' as const, data: d.daily.map((x) => plotYuan(x.settlement)), labels: d.daily.map((x) => formatFen(x.settlement)), color: '#08979c' },
            { name: t('con.dashboard.orders'), kind: 'bar' as const, axis: 1 as const, data: d.daily.map((x) => x.orders), color: '#b7c9ef' },
          ]
        : [],
    [d, t],
  );
  const fulfilSeries = useMemo(
    () =>
      d
        ? [
            { name: t('dash.delivered'), kind: 'bar' as const, stack: 'o', data: d.daily.map((x) => x.orders), color: '#389e0d' },
            { name: t('con.dashboard.failedOrders'), kind: 'bar' as const, stack: 'o', data: d.daily.map((x) => x.failed), color: '#cf1322' },
          ]
        : [],
    [d, t],
  );
  return (
    <DashboardFrame
      title={t('con.landing.SUPPLIER_DASHBOARD')}
      subtitle={user?.organization.name}
      range={range}
      onRange={setRange}
      onRefresh={() => void refetch()}
      error={!d ? error : undefined}
    >
      <div data-testid="supplier-dashboard" data-loaded={!!d}>
        <CandidacyBanner />
        <HoldbackSummary variant="panel" />
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <TodoCard />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-sales" title={t('con.dashboard.sales')} loading={busy} value={d && <Money fen={d.sales.value} />} change={d && { value: d.sales.changeRatio }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-settlement" title={t('con.dashboard.settlement')} loading={busy} value={d && <Money fen={d.settlement.value} />} change={d && { value: d.settlement.changeRatio }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-orders" title={t('con.dashboard.orders')} loading={busy} value={d?.orders.value} change={d && { value: d.orders.changeRatio }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-success"
              title={t('con.dashboard.fulfilmentSuccess')}
              loading={busy}
              value={d && (d.fulfilmentSuccess.value === null ? t('common.none') : `${(d.fulfilmentSuccess.value * 100).toFixed(1)}%`)}
              change={d && { value: d.fulfilmentSuccess.changePoints, points: true }}
              extra={d && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dash.ofOrders', { n: d.fulfilmentSuccess.numerator, d: d.fulfilmentSuccess.denominator })}</Typography.Text>}
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-card-latency"
              title={`${t('con.dashboard.cardLatency')} P50`}
              loading={busy}
              value={d && latencyText(t, d.cardLatency.p50Ms, false)}
              change={d && { value: d.cardLatency.p50Ms !== null && d.cardLatency.previousP50Ms ? (d.cardLatency.p50Ms - d.cardLatency.previousP50Ms) / d.cardLatency.previousP50Ms : null, riseIsBad: true }}
              extra={d && <Typography.Text type="secondary" style={{ fontSize: 12 }}>P99 {latencyText(t, d.cardLatency.p99Ms, false)}</Typography.Text>}
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-topup-latency"
              title={`${t('con.dashboard.topupLatency')} P50`}
              loading={busy}
              value={d && latencyText(t, d.topupLatency.p50Ms, true)}
              change={d && { value: d.topupLatency.p50Ms !== null && d.topupLatency.previousP50Ms ? (d.topupLatency.p50Ms - d.topupLatency.previousP50Ms) / d.topupLatency.previousP50Ms : null, riseIsBad: true }}
              extra={d && <Typography.Text type="secondary" style={{ fontSize: 12 }}>P99 {latencyText(t, d.topupLatency.p99Ms, true)}</Typography.Text>}
            />
          </Col>
          <Col xs={24} lg={16}>
            <Panel title={t('dash.salesTrend')} testId="sales-trend-panel">
              {d ? <DailyChart daily={d.daily} series={salesSeries} label={t('dash.salesTrendLabel')} testId="sales-trend-chart" /> : <Card loading variant="borderless" />}
            </Panel>
          </Col>
          <Col xs={24} lg={8}>
            {d ? <TopupQueuePanel queue={d.topupQueue} /> : <Card loading />}
          </Col>
          <Col xs={24} lg={12}>
            <Panel title={t('dash.fulfilment')} testId="fulfilment-panel">
              {d ? <DailyChart daily={d.daily} series={fulfilSeries} money={false} label={t('dash.fulfilmentLabel')} testId="fulfilment-chart" height={240} /> : <Card loading variant="borderless" />}
            </Panel>
          </Col>
          <Col xs={24} lg={12}>
            <Panel title={t('dash.ticketsSla')} testId="tickets-panel">
              <OpenTickets supplier />
            </Panel>
          </Col>
          <Col xs={24} lg={16}>{d ? <StockPanel stock={d.stock} /> : <Card loading />}</Col>
          <Col xs={24} lg={8}>
            <Panel title={t('con.dashboard.hotSkus')} testId="hot-skus-panel">
              {d ? <HotSkus skus={d.hotSkus} /> : <Card loading variant="borderless" />}
            </Panel>
          </Col>
          <Col xs={24}>
            <SupplierScorecardSlot />
          </Col>
        </Row>
      </div>
    </DashboardFrame>
  );
}
