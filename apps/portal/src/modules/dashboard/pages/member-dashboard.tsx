import { useMemo } from 'react';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberDashboardDocument } from '@mengyuan/graphql';
import { Money, TodoCard, useAuth, KpiCard } from '@mengyuan/ui';
import { DashboardFrame, useDashboardRange } from '../components/dashboard-frame';
import { formatFen } from '@mengyuan/domain';
import { DailyChart, HotSkus, OpenTickets, Panel, plotYuan, latencyText } from '../components/panels';

const relChange = (v: number | null, p: number | null) => (v !== null && p ? (v - p) / p : null);

/** 商户工作台: the member's landing page — spend, orders, delivery latency, best sellers, tickets, wallet. */
export default function MemberDashboard() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [range, setRange] = useDashboardRange();
  const { data, loading, error, refetch } = useQuery(MemberDashboardDocument, { variables: { range }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const d = data?.memberDashboard;
  const busy = !d && loading;
  const series = useMemo(
    () =>
      d
        ? [
            { name: t('con.dashboard.spend'), kind: 'line' as const, data: d.daily.map((x) => plotYuan(x.gmv)), labels: d.daily.map((x) => formatFen(x.gmv)), color: '#1f5fd6' },
            { name: t('con.dashboard.orders'), kind: 'bar' as const, axis: 1 as const, data: d.daily.map((x) => x.orders), color: '#b7c9ef' },
            { name: t('con.dashboard.failedOrders'), kind: 'bar' as const, axis: 1 as const, data: d.daily.map((x) => x.failed), color: '#cf1322' },
          ]
        : [],
    [d, t],
  );
  return (
    <DashboardFrame
      title={t('con.landing.MEMBER_DASHBOARD')}
      subtitle={user?.organization.name}
      range={range}
      onRange={setRange}
      onRefresh={() => void refetch()}
      error={!d ? error : undefined}
    >
      <div data-testid="member-dashboard" data-loaded={!!d}>
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <TodoCard />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-spend" title={t('con.dashboard.spend')} loading={busy} value={d && <Money fen={d.spend.value} />} change={d && { value: d.spend.changeRatio }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-orders" title={t('con.dashboard.orders')} loading={busy} value={d?.orders.value} change={d && { value: d.orders.changeRatio }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard testId="kpi-failed" title={t('con.dashboard.failedOrders')} loading={busy} value={d?.failedOrders.value} change={d && { value: d.failedOrders.changeRatio, riseIsBad: true }} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-card-latency"
              title={`${t('con.dashboard.cardLatency')} P50`}
              loading={busy}
              value={d && latencyText(t, d.cardLatency.p50Ms, false)}
              change={d && { value: relChange(d.cardLatency.p50Ms, d.cardLatency.previousP50Ms), riseIsBad: true }}
              extra={d && <Typography.Text type="secondary" style={{ fontSize: 12 }}>P99 {latencyText(t, d.cardLatency.p99Ms, false)}</Typography.Text>}
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-topup-latency"
              title={`${t('con.dashboard.topupLatency')} P50`}
              loading={busy}
              value={d && latencyText(t, d.topupLatency.p50Ms, true)}
              change={d && { value: relChange(d.topupLatency.p50Ms, d.topupLatency.previousP50Ms), riseIsBad: true }}
              extra={d && <Typography.Text type="secondary" style={{ fontSize: 12 }}>P99 {latencyText(t, d.topupLatency.p99Ms, true)}</Typography.Text>}
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <KpiCard
              testId="kpi-wallet"
              title={t('con.dashboard.wallet')}
              loading={busy}
              value={d && <Money fen={d.wallet.wallet} />}
              extra={
                d && (
                  <Flex justify="space-between" wrap gap={4}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('con.dashboard.hold')} <Money fen={d.wallet.hold} />
                    </Typography.Text>
                    <Link to="/wallet" style={{ fontSize: 12 }}>
                      {t('dash.openWallet')}
                    </Link>
                  </Flex>
                )
              }
            />
          </Col>
          <Col xs={24} lg={16}>
            <Panel title={t('dash.spendTrend')} testId="spend-trend-panel">
              {d ? <DailyChart daily={d.daily} series={series} label={t('dash.spendTrendLabel')} testId="spend-trend-chart" /> : <Card loading variant="borderless" />}
            </Panel>
          </Col>
          <Col xs={24} lg={8}>
            <Panel title={t('con.dashboard.hotSkus')} testId="hot-skus-panel" extra={<Link to="/catalog">{t('nav.catalog')}</Link>}>
              {d ? <HotSkus skus={d.hotSkus} /> : <Card loading variant="borderless" />}
            </Panel>
          </Col>
          <Col xs={24}>
            <Panel title={t('dash.openTicketsTitle')} testId="tickets-panel">
              <OpenTickets supplier={false} />
            </Panel>
          </Col>
        </Row>
      </div>
    </DashboardFrame>
  );
}
