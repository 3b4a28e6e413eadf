import { Button, Card, DatePicker, Empty, Flex, Grid, Input, List, Pagination, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OrderStatus } from '@mengyuan/domain';
import { OrderSuppliersDocument, SearchOrdersDocument, SkuNamesDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, FailureText, Latency, Money, OrderStatusTag, PageHeader, XlsxExportButton } from '@mengyuan/ui';
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

/** 我的订单: the member's orders, found by order number, merchant number, SKU, supplier, status and days; exported to Excel; cards on a phone. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const open = params.get('order');
  const search = {
    orderNo: params.get('orderNo') || null,
    clientOrderNo: params.get('clientOrderNo') || null,
    skuId: params.get('skuId') || null,
    supplierId: params.get('supplierId') || null,
    status: status ?? null,
    from: params.get('from') || null,
    to: params.get('to') || null,
  };
  const filtered = Object.values(search).some(Boolean);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch } = useQuery(SearchOrdersDocument, {
    variables: { search, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const skus = useQuery(SkuNamesDocument, { variables: { filter: null } });
  const suppliers = useQuery(OrderSuppliersDocument);
  const orders = data?.orders.items ?? [];
  const pagination = { current: page, pageSize: PAGE_SIZE, total: data?.orders.totalCount ?? 0, onChange: (p: number) => set({ page: String(p) }), hideOnSinglePage: true, showTotal: (count: number) => t('common.total', { count }) };
  const empty = (
    <Empty description={filtered ? t('orders.noMatch') : t('orders.empty')}>
      {!filtered && <Link to="/catalog">{t('orders.goCatalog')}</Link>}
    </Empty>
  );
  const field = { width: phone ? '100%' : 180 };

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        extra={<XlsxExportButton path="/exports/orders.xlsx" params={search} testId="orders-export" label={t('con.search.exportOrders')} />}
      />
      <Card style={{ marginBottom: 16 }} size="small">
        <form role="search" aria-label={t('orders.searchLabel')} onSubmit={(e) => e.preventDefault()} data-testid="orders-search">
          <Flex gap={8} wrap vertical={phone}>
            <Input.Search
              allowClear
              aria-label={t('con.search.orderNo')}
              placeholder={t('con.search.orderNo')}
              defaultValue={search.orderNo ?? ''}
              onSearch={(v) => set({ orderNo: v.trim() || null, page: null })}
              style={field}
              data-testid="orders-search-order-no"
            />
            <Input.Search
              allowClear
              aria-label={t('con.search.clientOrderNo')}
              placeholder={t('con.search.clientOrderNo')}
              defaultValue={search.clientOrderNo ?? ''}
              onSearch={(v) => set({ clientOrderNo: v.trim() || null, page: null })}
              style={field}
              data-testid="orders-search-client-no"
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('con.search.sku')}
              placeholder={t('con.search.sku')}
              value={search.skuId ?? undefined}
              onChange={(v?: string) => set({ skuId: v ?? null, page: null })}
              style={field}
              data-testid="orders-search-sku"
              options={(skus.data?.catalog.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.code}` }))}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('con.search.supplier')}
              placeholder={t('con.search.supplier')}
              value={search.supplierId ?? undefined}
              onChange={(v?: string) => set({ supplierId: v ?? null, page: null })}
              style={field}
              data-testid="orders-search-supplier"
              options={(suppliers.data?.orderSuppliers ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
            <Select
              allowClear
              aria-label={t('orders.allStatuses')}
              placeholder={t('orders.allStatuses')}
              value={status}
              onChange={(v?: string) => set({ status: v ?? null, page: null })}
              style={{ width: phone ? '100%' : 150 }}
              data-testid="orders-status-filter"
              options={Object.values(OrderStatus).map((s) => ({ value: s, label: t(`ord.status.${s}`) }))}
            />
            <DatePicker.RangePicker
              aria-label={t('con.search.dateRange')}
              placeholder={[t('orders.fromDay'), t('orders.toDay')]}
              value={search.from && search.to ? [dayjs(search.from), dayjs(search.to)] : null}
              onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null, page: null })}
              style={{ width: phone ? '100%' : 260 }}
              data-testid="orders-search-dates"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        </form>
      </Card>
      <Card>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          {phone ? (
            <>
              <List
                data-testid="orders-cards"
                loading={loading && !!data}
                dataSource={orders}
                locale={{ emptyText: empty }}
                renderItem={(o) => (
                  <List.Item key={o.id} style={{ padding: 0, border: 'none', marginBottom: 12 }}>
                    <Card size="small" style={{ width: '100%' }} data-testid="order-card" data-order-no={o.clientOrderNo} data-status={o.status}>
                      <Flex justify="space-between" align="start" gap={8}>
                        <SkuName id={o.skuId} />
                        <OrderStatusTag status={o.status} />
                      </Flex>
                      <Flex justify="space-between" style={{ marginTop: 8 }} wrap gap={4}>
                        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                          {o.clientOrderNo}
                        </Typography.Text>
                        <Money fen={o.total} strong />
                      </Flex>
                      <Flex justify="space-between" style={{ marginTop: 4 }} wrap gap={4}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          <DateTime value={o.placedAt} format="YYYY-MM-DD HH:mm" /> · ×{o.quantity}
                        </Typography.Text>
                        <OrderLatency order={o} />
                      </Flex>
                      {o.failureCode && (
                        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                          <FailureText code={o.failureCode} />
                        </Typography.Text>
                      )}
                      <Flex gap={0} style={{ marginTop: 4, marginInlineStart: -8 }}>
                        <Button type="link" size="small" onClick={() => set({ order: o.id })} data-testid="order-details">
                          {t('orders.details')}
                        </Button>
                        <RevealCell order={o} />
                      </Flex>
                    </Card>
                  </List.Item>
                )}
              />
              <Pagination {...pagination} simple size="small" style={{ textAlign: 'center' }} />
            </>
          ) : (
          <Table<OrderFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="orders-table"
            loading={loading && !!data}
            dataSource={orders}
            scroll={{ x: 980 }}
            tableLayout="auto"
            locale={{ emptyText: empty }}
            onRow={(o) => ({ 'data-order-no': o.clientOrderNo, 'data-status': o.status }) as object}
            pagination={pagination}
            columns={[
              {
                title: t('orders.orderNo'),
                dataIndex: 'clientOrderNo',
                width: 200,
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
              { title: t('orders.quantity'), dataIndex: 'quantity', width: 60, align: 'right', responsive: ['lg'] },
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
              { title: t('orders.placedAt'), dataIndex: 'placedAt', width: 140, responsive: ['md'], render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
              { title: t('orders.latency'), dataIndex: 'latencyMs', width: 95, align: 'right', render: (_: unknown, o) => <OrderLatency order={o} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 150,
                render: (_, o) => (
                  <Flex gap={0} wrap>
                    <Button type="link" size="small" onClick={() => set({ order: o.id })} data-testid="order-details">
                      {t('orders.details')}
                    </Button>
                    <RevealCell order={o} />
                  </Flex>
                ),
              },
            ]}
          />
          )}
        </AsyncState>
      </Card>
      <OrderDrawer orderId={open} onClose={() => set({ order: null })} />
    </>
  );
}
