import { useMemo } from "react";
import { SupplierScoreRankingPanel } from "../../trust";
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Progress,
  Row,
  Segmented,
  Typography,
} from "antd";
import { AlertOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import dayjs, { type Dayjs } from "dayjs";
import {
  addDays,
  formatFen,
  shanghaiDate,
  type TicketCategory,
  type TicketTier,
} from "@mengyuan/domain";
import {
  AdminDashboardDocument,
  type AdminDashboardQuery,
} from "@mengyuan/graphql";
import { AsyncState, formatMilliseconds, KpiCard, Money, PageHeader, ResponsiveTable, TodoCard } from '@mengyuan/ui';
import { Chart, type ChartOption } from "../components/chart";

type Dashboard = AdminDashboardQuery["adminDashboard"];

const percent = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? "—" : `${(v * 100).toFixed(digits)}%`;
/** A fen amount as the number a chart plots (yuan); tooltips show the fen formatted, never this. */
const plotYuan = (fen: string): number => Number(BigInt(fen)) / 100;
const ms = (v: number | null | undefined): string =>
  v === null || v === undefined ? "—" : formatMilliseconds(v);

function useRange(): {
  from: string;
  to: string;
  preset: number | null;
  set: (from: string, to: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const today = shanghaiDate(new Date());
  const to = params.get("to") ?? today;
  const from = params.get("from") ?? addDays(to, -6);
  const preset =
    to === today && from === addDays(today, -6)
      ? 7
      : to === today && from === addDays(today, -29)
        ? 30
        : null;
  const set = (f: string, t: string) =>
    setParams({ from: f, to: t }, { replace: true });
  return { from, to, preset, set };
}

/** 数据看板: the alliance's figures for a range of days with week-on-week change; the admin's landing page. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const range = useRange();
  const { data, loading, error, refetch } = useQuery(AdminDashboardDocument, {
    variables: { range: { from: range.from, to: range.to }, hotSkuLimit: 10 },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const d = data?.adminDashboard;
  const today = shanghaiDate(new Date());

  return (
    <>
      <PageHeader
        title={t("adminDashboard.title")}
        subtitle={
          d
            ? t("adminDashboard.compared", {
                from: d.range.previousFrom,
                to: d.range.previousTo,
              })
            : t("adminDashboard.subtitle")
        }
        extra={
          <Flex gap={8} wrap align="center">
            <Segmented
              aria-label={t("adminDashboard.preset")}
              data-testid="dashboard-preset"
              value={range.preset ?? 0}
              options={[
                { value: 7, label: t("adminDashboard.last7") },
                { value: 30, label: t("adminDashboard.last30") },
              ]}
              onChange={(v) =>
                range.set(addDays(today, -(Number(v) - 1)), today)
              }
            />
            <DatePicker.RangePicker
              allowClear={false}
              value={[dayjs(range.from), dayjs(range.to)]}
              disabledDate={(day: Dayjs) => day.isAfter(dayjs(), "day")}
              onChange={(v) =>
                v?.[0] &&
                v[1] &&
                range.set(v[0].format("YYYY-MM-DD"), v[1].format("YYYY-MM-DD"))
              }
              aria-label={t("con.dashboard.range")}
              id={{ start: "dashboard-from", end: "dashboard-to" }}
              placeholder={[t("adminDashboard.from"), t("adminDashboard.to")]}
              data-testid="dashboard-range"
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void refetch()}
              aria-label={t("common.refresh")}
            />
          </Flex>
        }
      />
      <AsyncState
        loading={loading}
        error={error}
        hasData={!!d}
        onRetry={() => void refetch()}
      >
        {d && <Panels d={d} />}
      </AsyncState>
    </>
  );
}

function Panels({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const noOrders = d.orders.value === 0 && d.failedOrders.value === 0;
  const gutter: [number, number] = [16, 16];

  const trend = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 64, right: 48, top: 36, bottom: 28 },
      xAxis: { type: "category", data: d.daily.map((p) => p.day.slice(5)) },
      yAxis: [
        {
          type: "value",
          name: "¥",
          axisLabel: { formatter: (v: number) => v.toLocaleString() },
        },
        { type: "value", name: t("con.dashboard.orders"), minInterval: 1 },
      ],
      series: [
        {
          type: "line",
          name: t("con.dashboard.gmv"),
          symbolSize: 6,
          areaStyle: { opacity: 0.08 },
          data: d.daily.map((p) => plotYuan(p.gmv)),
          tooltip: {
            // The day's amount from its fen, not back from the plotted yuan.
            valueFormatter: (_v, i) => formatFen(d.daily[i].gmv),
          },
        },
        {
          type: "bar",
          name: t("con.dashboard.orders"),
          yAxisIndex: 1,
          barMaxWidth: 18,
          data: d.daily.map((p) => p.orders),
        },
      ],
    }),
    [d.daily, t],
  );

  const success = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: "axis",
        valueFormatter: (v) =>
          v === null || v === undefined || v === "-"
            ? "—"
            : `${Number(v).toFixed(1)}%`,
      },
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      xAxis: { type: "category", data: d.daily.map((p) => p.day.slice(5)) },
      yAxis: {
        type: "value",
        min: 0,
        max: 100,
        axisLabel: { formatter: "{value}%" },
      },
      series: [
        {
          type: "line",
          name: t("adminDashboard.successRate"),
          connectNulls: true,
          symbolSize: 8,
          showAllSymbol: true,
          data: d.daily.map((p) =>
            p.orders + p.failed
              ? (p.orders / (p.orders + p.failed)) * 100
              : null,
          ),
        },
      ],
    }),
    [d.daily, t],
  );

  /** P50 and P99 of one delivery mode, on its own linear axis (card codes take milliseconds, top-ups minutes). */
  const latencyOf = (
    name: string,
    l: Dashboard["cardLatency"],
  ): ChartOption => ({
    tooltip: {
      trigger: "axis",
      valueFormatter: (v) =>
        typeof v === "number" ? formatMilliseconds(v) : "—",
    },
    grid: { left: 56, right: 56, top: 8, bottom: 24 },
    xAxis: {
      type: "value",
      axisLabel: { formatter: (v: number) => formatMilliseconds(v) },
    },
    yAxis: { type: "category", data: ["P99", "P50"] },
    series: [
      {
        type: "bar",
        name,
        barMaxWidth: 18,
        label: {
          show: true,
          position: "right",
          formatter: ({ value }) =>
            typeof value === "number" ? formatMilliseconds(value) : "—",
        },
        data: [l.p99Ms ?? "-", l.p50Ms ?? "-"],
      },
    ],
  });
  const cardLatency = useMemo(
    () => latencyOf(t("adminDashboard.card"), d.cardLatency),
    [d.cardLatency, t],
  );
  const topupLatency = useMemo(
    () => latencyOf(t("adminDashboard.topup"), d.topupLatency),
    [d.topupLatency, t],
  );

  const breaches = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: {
        type: "category",
        data: d.slaBreachesByTier.map((b) =>
          t(`tk.tier.${b.tier as TicketTier}`),
        ),
      },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          name: t("adminDashboard.breachCount"),
          barMaxWidth: 32,
          data: d.slaBreachesByTier.map((b) => b.count),
        },
        {
          type: "bar",
          name: t("con.dashboard.previous"),
          barMaxWidth: 32,
          itemStyle: { color: "#8c8c8c" },
          data: d.slaBreachesByTier.map((b) => b.previous),
        },
      ],
    }),
    [d.slaBreachesByTier, t],
  );

  const categories = useMemo<ChartOption>(() => {
    const rows = [...d.ticketsByCategory].reverse();
    return {
      tooltip: { trigger: "axis" },
      grid: { left: 120, right: 24, top: 8, bottom: 24 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: {
        type: "category",
        data: rows.map((c) => t(`tk.category.${c.category as TicketCategory}`)),
      },
      series: [
        {
          type: "bar",
          name: t("adminDashboard.tickets"),
          barMaxWidth: 16,
          data: rows.map((c) => c.count),
        },
      ],
    };
  }, [d.ticketsByCategory, t]);
  const noTickets = d.ticketsByCategory.every((c) => c.count === 0);

  return (
    <Flex vertical gap={16} data-testid="admin-dashboard">
      <TodoCard />
      <Row gutter={gutter}>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-gmv"
            title={t("con.dashboard.gmv")}
            value={<Money fen={d.gmv.value} />}
            change={{ value: d.gmv.changeRatio }}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-orders"
            title={t("con.dashboard.orders")}
            value={d.orders.value.toLocaleString()}
            change={{ value: d.orders.changeRatio }}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-success"
            title={t("con.dashboard.fulfilmentSuccess")}
            value={percent(d.fulfilmentSuccess.value)}
            change={{ value: d.fulfilmentSuccess.changePoints, points: true }}
            extra={
              <Typography.Text type="secondary">
                {t("con.dashboard.failedOrders")} {d.failedOrders.value}
              </Typography.Text>
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-failover"
            title={t("con.dashboard.failoverRate")}
            value={percent(d.failoverRate.value)}
            change={{
              value: d.failoverRate.changePoints,
              points: true,
              riseIsBad: true,
            }}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-refunds"
            title={t("con.dashboard.refunds")}
            value={<Money fen={d.refunds.value} />}
            change={{ value: d.refunds.changeRatio, riseIsBad: true }}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-latency"
            title={`${t("con.dashboard.cardLatency")} P50 / P99`}
            value={`${ms(d.cardLatency.p50Ms)} / ${ms(d.cardLatency.p99Ms)}`}
            extra={
              <Typography.Text type="secondary">
                {t("con.dashboard.topupLatency")} {ms(d.topupLatency.p50Ms)} /{" "}
                {ms(d.topupLatency.p99Ms)}
              </Typography.Text>
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-sla"
            title={t("adminDashboard.slaFirstResponse")}
            value={percent(d.slaAttainment.firstResponse.value)}
            change={{
              value: d.slaAttainment.firstResponse.changePoints,
              points: true,
            }}
            extra={
              <Typography.Text type="secondary">
                {d.slaAttainment.firstResponse.numerator}/
                {d.slaAttainment.firstResponse.denominator}
              </Typography.Text>
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-sla-resolution"
            title={t("adminDashboard.slaResolution")}
            value={percent(d.slaAttainment.resolution.value)}
            change={{
              value: d.slaAttainment.resolution.changePoints,
              points: true,
            }}
            extra={
              <Typography.Text type="secondary">
                {d.slaAttainment.resolution.numerator}/
                {d.slaAttainment.resolution.denominator}
              </Typography.Text>
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            testId="kpi-resolved-without-person"
            title={t("adminDashboard.resolvedWithoutPerson")}
            value={percent(d.ticketsResolvedWithoutPerson.value)}
            change={{ value: d.ticketsResolvedWithoutPerson.changePoints, points: true }}
            extra={
              <Typography.Text type="secondary">
                {d.ticketsResolvedWithoutPerson.numerator}/{d.ticketsResolvedWithoutPerson.denominator}
              </Typography.Text>
            }
          />
        </Col>
      </Row>

      {d.riskEventsWaiting > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<AlertOutlined />}
          data-testid="risk-waiting"
          title={
            <Flex gap={8} align="center" wrap>
              <span>{t("adminDashboard.riskWaiting")}</span>
              <Badge
                count={d.riskEventsWaiting}
                overflowCount={999}
                color="#b91c1c"
              />
              <Link to="/risk">{t("adminDashboard.riskLink")}</Link>
            </Flex>
          }
        />
      )}

      <Row gutter={gutter}>
        <Col xs={24} xl={16}>
          <Card
            title={<h2 style={headingStyle}>{t("adminDashboard.gmvTrend")}</h2>}
            size="small"
          >
            {noOrders ? (
              <Empty description={t("adminDashboard.noOrders")} />
            ) : (
              <Chart
                option={trend}
                label={t("adminDashboard.gmvTrend")}
                testId="chart-trend"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={
              <h2 style={headingStyle}>{t("adminDashboard.successTrend")}</h2>
            }
            size="small"
          >
            {noOrders ? (
              <Empty description={t("adminDashboard.noOrders")} />
            ) : (
              <Chart
                option={success}
                label={t("adminDashboard.successTrend")}
                testId="chart-success"
              />
            )}
          </Card>
        </Col>
      </Row>

      <Row gutter={gutter}>
        <Col xs={24} lg={12} xl={8}>
          <Card
            title={<h2 style={headingStyle}>{t("adminDashboard.latency")}</h2>}
            size="small"
          >
            {d.cardLatency.count + d.topupLatency.count === 0 && (
              <Empty description={t("adminDashboard.noOrders")} />
            )}
            {d.cardLatency.count > 0 && (
              <>
                <Typography.Text strong>
                  {t("adminDashboard.card")}
                </Typography.Text>
                <Chart
                  option={cardLatency}
                  label={`${t("adminDashboard.latency")} · ${t("adminDashboard.card")}`}
                  height={110}
                  testId="chart-latency-card"
                />
              </>
            )}
            {d.topupLatency.count > 0 && (
              <>
                <Typography.Text strong>
                  {t("adminDashboard.topup")}
                </Typography.Text>
                <Chart
                  option={topupLatency}
                  label={`${t("adminDashboard.latency")} · ${t("adminDashboard.topup")}`}
                  height={110}
                  testId="chart-latency-topup"
                />
              </>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("adminDashboard.latencyHint")}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <Card
            title={<h2 style={headingStyle}>{t("adminDashboard.breaches")}</h2>}
            size="small"
          >
            <Chart
              option={breaches}
              label={t("adminDashboard.breaches")}
              testId="chart-breaches"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("adminDashboard.slaHint")}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={
              <h2 style={headingStyle}>
                {t("adminDashboard.ticketsByCategory")}
              </h2>
            }
            size="small"
          >
            {noTickets ? (
              <Empty description={t("adminDashboard.noTickets")} />
            ) : (
              <Chart
                option={categories}
                label={t("adminDashboard.ticketsByCategory")}
                testId="chart-categories"
              />
            )}
          </Card>
        </Col>
      </Row>

      <Row gutter={gutter}>
        <Col xs={24} xl={12}>
          <Card
            title={<h2 style={headingStyle}>{t("adminDashboard.hotSkus")}</h2>}
            size="small"
          >
            <ResponsiveTable
              size="small"
              rowKey="skuId"
              pagination={false}
              data-testid="hot-skus"
              dataSource={d.hotSkus}
              locale={{ emptyText: t("adminDashboard.noOrders") }}
              columns={[
                {
                  title: t("adminDashboard.rank"),
                  key: "rank",
                  width: 64,
                  render: (_, __, i) => i + 1,
                },
                {
                  title: t("adminDashboard.sku"),
                  dataIndex: "name",
                  render: (name: string) => (
                    <Typography.Text ellipsis={{ tooltip: name }}>
                      {name}
                    </Typography.Text>
                  ),
                },
                {
                  title: t("con.dashboard.orders"),
                  dataIndex: "orders",
                  width: 80,
                  align: "right",
                },
                {
                  title: t("adminDashboard.quantity"),
                  dataIndex: "quantity",
                  width: 80,
                  align: "right",
                },
                {
                  title: t("con.dashboard.gmv"),
                  dataIndex: "gmv",
                  width: 130,
                  align: "right",
                  render: (v: string) => <Money fen={v} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={
              <h2 style={headingStyle}>{t("adminDashboard.routingShare")}</h2>
            }
            size="small"
          >
            <ResponsiveTable
              size="small"
              rowKey="supplierId"
              pagination={false}
              data-testid="routing-share"
              dataSource={d.routingShare}
              locale={{ emptyText: t("adminDashboard.noOrders") }}
              columns={[
                {
                  title: t("adminDashboard.supplier"),
                  dataIndex: "name",
                  render: (name: string, s) => (
                    <Link to={`/organizations/${s.supplierId}`}>{name}</Link>
                  ),
                },
                {
                  title: t("con.dashboard.orders"),
                  dataIndex: "orders",
                  width: 80,
                  align: "right",
                },
                {
                  title: t("con.dashboard.gmv"),
                  dataIndex: "gmv",
                  width: 130,
                  align: "right",
                  render: (v: string) => <Money fen={v} />,
                },
                {
                  title: t("adminDashboard.share"),
                  dataIndex: "share",
                  width: 170,
                  render: (v: number) => (
                    <Progress
                      percent={Math.round(v * 1000) / 10}
                      size="small"
                      aria-label={`${t("adminDashboard.share")} ${percent(v)}`}
                      format={(p) => `${p}%`}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Row gutter={gutter}>
        <Col xs={24} xl={12}>
          <Card
            title={
              <h2 style={headingStyle}>{t("adminDashboard.singleSource")}</h2>
            }
            size="small"
            extra={<Link to="/thin-skus">{t("nav.thinSkus")}</Link>}
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t("adminDashboard.singleSourceHint")}
            </Typography.Paragraph>
            <ResponsiveTable
              size="small"
              rowKey="skuId"
              data-testid="single-source"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={d.singleSourceSkus}
              locale={{ emptyText: t("adminDashboard.singleSourceEmpty") }}
              columns={[
                { title: t("adminDashboard.sku"), dataIndex: "name" },
                {
                  title: t("con.dashboard.liveOffers"),
                  dataIndex: "liveOffers",
                  width: 120,
                  align: "right",
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {/* Suppliers by score with elimination candidates, and routing share against score (the scorecards module's panel). */}
          <SupplierScoreRankingPanel />
        </Col>
      </Row>
    </Flex>
  );
}

const headingStyle = { fontSize: 16, fontWeight: 600, margin: 0 } as const;
