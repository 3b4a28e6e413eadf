import { Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OrderStatus } from '@mengyuan/domain';
import { OrdersDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, FailureText, Latency, Money, OrderStatusTag, PageHeader, useFixedRight } from '@mengyuan/ui';
import { OrderDrawer, useRevealable } from '../components/order-drawer';
import { RevealCodesButton } from '../components/reveal-codes-button';
import { SkuName, useSkuBrief } from '../components/sku-name';

const PAGE_SIZE = 20;

/** Milliseconds of server work for card codes, the supplier's minutes for a direct top-up. */
function OrderLatency({ order }: { order: OrderFieldsFragment }) {
  const sku = useSkuBrief(order.skuId);
  return <Latency ms={order.latencyMs} topup={sku ? sku.deliveryMode === 'DIRECT_TOPUP' : undefined} />;
}

function RevealCell({ order }: { order: OrderFieldsFragment }) {
  return useRevealable(order) ? <RevealCodesButton orderId={order.id} clientOrderNo={order.clientOrderNo} /> : null;
}

/** 我的订单: the member's orders by status, with details and the explicit reveal of delivered codes. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const fixedRight = useFixedRight();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
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
    variables: { status: status ?? null, memberId: null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <Card
        extra={
          <Flex gap={8}>
            <Select
              allowClear
              placeholder={t('orders.allStatuses')}
              value={status}
              onChange={(v?: string) => set({ status: v ?? null, page: null })}
              style={{ width: 160 }}
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
            data-testid="orders-table"
            loading={loading && !!data}
            dataSource={data?.orders.items ?? []}
            scroll={{ x: 1040 }}
            locale={{
              emptyText: (
                <Empty description={t('orders.empty')}>
                  {!status && <Link to="/catalog">{t('orders.goCatalog')}</Link>}
                </Empty>
              ),
            }}
            onRow={(o) => ({ 'data-order-no': o.clientOrderNo, 'data-status': o.status }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.orders.totalCount ?? 0, onChange: (p) => set({ page: String(p) }), hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('orders.orderNo'),
                dataIndex: 'clientOrderNo',
                width: 210,
                render: (no: string, o) => (
                  <Typography.Link onClick={() => set({ order: o.id })} style={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' }}>
                    {no}
                  </Typography.Link>
                ),
              },
              {
                title: t('orders.sku'),
                dataIndex: 'skuId',
                render: (id: string, o) => (
                  <Flex vertical>
                    <SkuName id={id} />
                    {o.rechargeAccount && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }} data-testid="order-row-account">
                        {t('orders.accountShort', { account: o.rechargeAccount })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              { title: t('orders.quantity'), dataIndex: 'quantity', width: 60, align: 'right' },
              { title: t('orders.total'), dataIndex: 'total', width: 110, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              {
                title: t('orders.status'),
                dataIndex: 'status',
                width: 150,
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
              { title: t('orders.placedAt'), dataIndex: 'placedAt', width: 140, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
              { title: t('orders.latency'), dataIndex: 'latencyMs', width: 95, align: 'right', render: (_: unknown, o) => <OrderLatency order={o} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: fixedRight,
                width: 180,
                render: (_, o) => (
                  <Flex gap={0}>
                    <Button type="link" size="small" onClick={() => set({ order: o.id })} data-testid="order-details">
                      {t('orders.details')}
                    </Button>
                    <RevealCell order={o} />
                  </Flex>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <OrderDrawer orderId={open} onClose={() => set({ order: null })} />
    </>
  );
}
