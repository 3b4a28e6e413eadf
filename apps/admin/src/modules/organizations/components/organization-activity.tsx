import { Card, Col, Row, Statistic, Table, Tabs, Typography } from "antd";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import {
  OrganizationDetailDocument,
  TicketsDocument,
  type OrganizationKind,
} from "@mengyuan/graphql";
import {
  AsyncState,
  DateTime,
  Money,
  OrderStatusTag,
  RoleTags,
  TicketList,
} from "@mengyuan/ui";
import { SkuName } from "../../orders/components/order-parts";

/**
 * What the alliance sees of one organisation's work: people and their last sign-in, balances, offers and
 * their stock (suppliers), recent orders or sales, tickets, and the place its score will show.
 */
export function OrganizationActivity({
  id,
  kind,
}: {
  id: string;
  kind: OrganizationKind;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(
    OrganizationDetailDocument,
    { variables: { id } },
  );
  const tickets = useQuery(TicketsDocument, {
    variables: {
      filter: kind === "MEMBER" ? { memberId: id } : { supplierId: id },
      sort: "NEWEST",
      page: { offset: 0, limit: 10 },
    },
    skip: kind === "ALLIANCE",
  });
  const d = data?.organization;
  const supplier = kind === "SUPPLIER";
  const member = kind === "MEMBER";
  return (
    <AsyncState
      loading={loading}
      error={error}
      hasData={!!d}
      onRetry={() => void refetch()}
    >
      {d && (
        <>
          {kind !== "ALLIANCE" && (
            <Row
              gutter={[16, 16]}
              style={{ marginTop: 16 }}
              data-testid="organization-balances"
            >
              {member && (
                <>
                  <Col xs={24} md={8}>
                    <Card size="small">
                      <Statistic
                        title={t("con.dashboard.wallet")}
                        valueRender={() => (
                          <Money fen={d.balances.wallet} strong />
                        )}
                      />
                    </Card>
                  </Col>
                  <Col xs={24} md={8}>
                    <Card size="small">
                      <Statistic
                        title={t("con.dashboard.hold")}
                        valueRender={() => (
                          <Money fen={d.balances.hold} strong />
                        )}
                      />
                    </Card>
                  </Col>
                </>
              )}
              {supplier && (
                <Col xs={24} md={8}>
                  <Card size="small">
                    <Statistic
                      title={t("con.dashboard.payable")}
                      valueRender={() => (
                        <Money fen={d.balances.payable} strong />
                      )}
                    />
                  </Card>
                </Col>
              )}
              <Col xs={24} md={8}>
                {/* Slot: the supplier's / member's score, filled when the scorecards API lands. */}
                <Card size="small" data-testid="organization-score-slot">
                  <Statistic
                    title={t("orgDetail.score")}
                    valueRender={() => (
                      <Typography.Text type="secondary">
                        {t("orgDetail.scorePending")}
                      </Typography.Text>
                    )}
                  />
                </Card>
              </Col>
            </Row>
          )}
          <Card style={{ marginTop: 16 }} data-testid="organization-activity">
            <Tabs
              items={[
                {
                  key: "users",
                  label: t("orgDetail.users", { count: d.users.length }),
                  children: (
                    <Table
                      size="small"
                      rowKey="id"
                      pagination={false}
                      data-testid="organization-users"
                      dataSource={d.users}
                      scroll={{ x: 760 }}
                      columns={[
                        {
                          title: t("con.team.displayName"),
                          dataIndex: "displayName",
                          width: 160,
                        },
                        {
                          title: t("orgDetail.email"),
                          dataIndex: "email",
                          width: 240,
                        },
                        {
                          title: t("orgDetail.roles"),
                          dataIndex: "roles",
                          width: 180,
                          render: (roles) => <RoleTags roles={roles} />,
                        },
                        {
                          title: t("con.team.lastSignIn"),
                          dataIndex: "lastSignInAt",
                          width: 170,
                          render: (v: string | null) =>
                            v ? (
                              <DateTime value={v} />
                            ) : (
                              t("con.team.neverSignedIn")
                            ),
                        },
                        {
                          title: t("orgDetail.state"),
                          dataIndex: "disabled",
                          width: 100,
                          render: (v: boolean) =>
                            t(v ? "con.team.disabled" : "con.team.enabled"),
                        },
                      ]}
                    />
                  ),
                },
                ...(supplier
                  ? [
                      {
                        key: "offers",
                        label: t("orgDetail.offers", {
                          count: d.offerStock.length,
                        }),
                        children: (
                          <Table
                            size="small"
                            rowKey="offerId"
                            data-testid="organization-offers"
                            dataSource={d.offerStock}
                            pagination={{
                              pageSize: 10,
                              hideOnSinglePage: true,
                            }}
                            scroll={{ x: 640 }}
                            columns={[
                              {
                                title: t("orgDetail.sku"),
                                dataIndex: "skuName",
                                width: 240,
                              },
                              {
                                title: t("orgDetail.offerStatus"),
                                dataIndex: "status",
                                width: 120,
                                render: (s: string) =>
                                  t(`cat.offerStatus.${s}`, {
                                    defaultValue: s,
                                  }),
                              },
                              {
                                title: t("con.dashboard.stock"),
                                dataIndex: "stockAvailable",
                                width: 100,
                                align: "right" as const,
                              },
                              {
                                title: t("orgDetail.lowStock"),
                                dataIndex: "lowStock",
                                width: 120,
                                render: (low: boolean, o) =>
                                  low ? (
                                    <Typography.Text type="danger">
                                      {t("con.dashboard.lowStock")} (≤{" "}
                                      {o.lowStockThreshold})
                                    </Typography.Text>
                                  ) : (
                                    "—"
                                  ),
                              },
                            ]}
                          />
                        ),
                      },
                      {
                        key: "sales",
                        label: t("orgDetail.sales"),
                        children: (
                          <Table
                            size="small"
                            rowKey="id"
                            pagination={false}
                            data-testid="organization-sales"
                            dataSource={d.recentSales}
                            scroll={{ x: 640 }}
                            columns={[
                              {
                                title: t("orgDetail.sku"),
                                dataIndex: "skuName",
                                width: 240,
                              },
                              {
                                title: t("adminDashboard.quantity"),
                                dataIndex: "quantity",
                                width: 80,
                                align: "right" as const,
                              },
                              {
                                title: t("con.dashboard.settlement"),
                                dataIndex: "unitSettlement",
                                width: 120,
                                align: "right" as const,
                                render: (v: string) => <Money fen={v} />,
                              },
                              {
                                title: t("orgDetail.placedAt"),
                                dataIndex: "placedAt",
                                width: 170,
                                render: (v: string) => <DateTime value={v} />,
                              },
                            ]}
                          />
                        ),
                      },
                    ]
                  : []),
                ...(member
                  ? [
                      {
                        key: "orders",
                        label: t("orgDetail.orders"),
                        children: (
                          <Table
                            size="small"
                            rowKey="id"
                            pagination={false}
                            data-testid="organization-orders"
                            dataSource={d.recentOrders}
                            scroll={{ x: 760 }}
                            columns={[
                              {
                                title: t("adminOrders.orderNo"),
                                dataIndex: "clientOrderNo",
                                width: 200,
                              },
                              {
                                title: t("orgDetail.sku"),
                                dataIndex: "skuId",
                                width: 220,
                                render: (v: string) => <SkuName id={v} />,
                              },
                              {
                                title: t("adminOrders.total"),
                                dataIndex: "total",
                                width: 120,
                                align: "right" as const,
                                render: (v: string) => <Money fen={v} />,
                              },
                              {
                                title: t("adminOrders.status"),
                                dataIndex: "status",
                                width: 140,
                                render: (s) => <OrderStatusTag status={s} />,
                              },
                              {
                                title: t("orgDetail.placedAt"),
                                dataIndex: "placedAt",
                                width: 170,
                                render: (v: string) => <DateTime value={v} />,
                              },
                            ]}
                          />
                        ),
                      },
                    ]
                  : []),
                ...(kind !== "ALLIANCE"
                  ? [
                      {
                        key: "tickets",
                        label: t("orgDetail.tickets", {
                          count: tickets.data?.tickets.totalCount ?? 0,
                        }),
                        children: (
                          <div data-testid="organization-tickets">
                            <TicketList
                              items={tickets.data?.tickets.items ?? []}
                              loading={tickets.loading}
                              total={tickets.data?.tickets.totalCount ?? 0}
                              page={1}
                              pageSize={10}
                              onPage={() => undefined}
                              href={(tk) => `/tickets/${tk.id}`}
                              showMember={!member}
                              showSupplier={!supplier}
                            />
                          </div>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </>
      )}
    </AsyncState>
  );
}
