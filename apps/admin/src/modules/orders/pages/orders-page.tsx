import { Button, Card, Flex, Select, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrderStatus } from '@mengyuan/domain';
import { OrdersDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, FailureText, Money, OrderStatusTag, PageHeader, useFixedRight } from '@mengyuan/ui';
import { OrgPicker } from '../../finance/components/org-picker';
import { AdminOrderDrawer, OrderLatency, OrgName, SkuName } from '../components/order-parts';

const PAGE_SIZE = 20;

/** 订单: every member's orders, by member and status, with latency and the routing attempts in details. */
export default function AdminOrdersPage() {
  const { t } = useTranslation();
  const fixedRight = useFixedRight();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
  const memberId = params.get('member') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const open = params.get('order');
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch } = useQuery(OrdersDocument, {
    variables: { status: status ?? null, memberId: memberId ?? null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('adminOrders.title')} subtitle={t('adminOrders.subtitle')} />
      <Card
        extra={
          <Flex gap={8} wrap>
            <OrgPicker kind="MEMBER" allowClear value={memberId} onChange={(v) => set({ member: v ?? null, page: null })} placeholder={t('adminOrders.allMembers')} testId="orders-member-filter" width={220} />
            <Select
              allowClear
              placeholder={t('adminOrders.allStatuses')}
              aria-label={t('adminOrders.status')}
              value={status}
              onChange={(v?: string) => set({ status: v ?? null, page: null })}
              style={{ width: 150 }}
              data-testid="orders-status-filter"
              options={Object.values(OrderStatus).map((s) => ({ value: s, label: t(`ord.status.${s}`) }))}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<OrderFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="admin-orders-table"
            loading={loading && !!data}
            dataSource={data?.orders.items ?? []}
            scroll={{ x: 1320 }}
            locale={{ emptyText: t('adminOrders.empty') }}
            onRow={(o) => ({ 'data-order-no': o.clientOrderNo, 'data-status': o.status }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.orders.totalCount ?? 0, onChange: (p) => set({ page: String(p) }), hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('adminOrders.orderNo'),
                dataIndex: 'clientOrderNo',
                width: 230,
                render: (no: string, o) => (
                  <Typography.Link onClick={() => set({ order: o.id })} style={{ fontFamily: 'monospace', fontSize: 13 }}>
                    {no}
                  </Typography.Link>
                ),
              },
              { title: t('adminOrders.member'), dataIndex: 'memberId', width: 180, render: (id: string) => <OrgName id={id} kind="MEMBER" /> },
              { title: t('adminOrders.sku'), dataIndex: 'skuId', width: 200, render: (id: string) => <SkuName id={id} /> },
              { title: t('adminOrders.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
              { title: t('adminOrders.total'), dataIndex: 'total', width: 120, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              {
                title: t('adminOrders.status'),
                dataIndex: 'status',
                width: 160,
                render: (s: OrderStatus, o) => (
                  <Flex vertical gap={2}>
                    <OrderStatusTag status={s} />
                    {o.failureCode && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        <FailureText code={o.failureCode} />
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              { title: t('adminOrders.placedAt'), dataIndex: 'placedAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              { title: t('adminOrders.latency'), dataIndex: 'latencyMs', width: 100, align: 'right', render: (ms: number | null, o) => <OrderLatency skuId={o.skuId} ms={ms} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: fixedRight,
                width: 80,
                render: (_, o) => (
                  <Button type="link" size="small" onClick={() => set({ order: o.id })} data-testid="order-details">
                    {t('adminOrders.details')}
                  </Button>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <AdminOrderDrawer orderId={open} onClose={() => set({ order: null })} />
    </>
  );
}
