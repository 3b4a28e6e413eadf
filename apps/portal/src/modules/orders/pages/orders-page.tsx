import { Button, DatePicker, Flex, Grid, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrderStatus, fenToYuan } from '@mengyuan/domain';
import { OrderSuppliersDocument, SearchOrdersDocument, SkuNamesDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, Latency, ListPage, Money, OrderStatusCell, PageHeader, useListState, XlsxExportButton, type ListColumn } from '@mengyuan/ui';
import { OrderDrawer, useRevealable } from '../components/order-drawer';
import { RevealCodesButton } from '../components/reveal-codes-button';
import { SkuName, useSkuBrief } from '../components/sku-name';

/** Milliseconds of server work for card codes, the supplier's minutes for a direct top-up. */
function OrderLatency({ order }: { order: OrderFieldsFragment }) {
  const sku = useSkuBrief(order.skuId);
  return <Latency ms={order.latencyMs} topup={sku ? sku.deliveryMode === 'DIRECT_TOPUP' : undefined} />;
}

function RevealCell({ order }: { order: OrderFieldsFragment }) {
  return useRevealable(order) ? <RevealCodesButton orderId={order.id} clientOrderNo={order.clientOrderNo} /> : null;
}

/** 我的订单: the member's orders, found by order number, merchant number, SKU, supplier, status and days; saved views; exported to Excel; cards on a phone. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const list = useListState({ detailKeys: ['order'] });
  const status = list.get('status') as OrderStatus | undefined;
  const open = list.get('order') ?? null;
  const search = {
    orderNo: list.get('orderNo') ?? null,
    clientOrderNo: list.get('clientOrderNo') ?? null,
    skuId: list.get('skuId') ?? null,
    supplierId: list.get('supplierId') ?? null,
    status: status ?? null,
    from: list.get('from') ?? null,
    to: list.get('to') ?? null,
  };
  const filtered = list.activeFilters > 0;
  const { data, previousData, loading, error, refetch } = useQuery(SearchOrdersDocument, {
    variables: { search, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // The last answer stays until the new one arrives, so rows change only once they are the search's.
  const shown = data ?? previousData;
  const skus = useQuery(SkuNamesDocument, { variables: { filter: null } });
  const suppliers = useQuery(OrderSuppliersDocument);
  const openOrder = (id: string) => list.set({ order: id });
  const empty = (
    <>
      {filtered ? t('orders.noMatch') : t('orders.empty')}
      {!filtered && (
        <div>
          <Link to="/catalog">{t('orders.goCatalog')}</Link>
        </div>
      )}
    </>
  );

  const columns: ListColumn<OrderFieldsFragment>[] = [
    {
      title: t('orders.orderNo'),
      key: 'clientOrderNo',
      nowrap: true,
      render: (no: string, o) => (
        <Typography.Link onClick={() => openOrder(o.id)} style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {no}
        </Typography.Link>
      ),
    },
    {
      title: t('orders.sku'),
      key: 'skuId',
      width: 200,
      mobile: 'title',
      exportValue: false,
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
    { title: t('orders.quantity'), key: 'quantity', nowrap: true, align: 'right' },
    { title: t('orders.total'), key: 'total', nowrap: true, align: 'right', render: (v: string) => <Money fen={v} strong />, exportValue: (o) => fenToYuan(o.total) },
    {
      title: t('orders.status'),
      key: 'status',
      width: 140,
      mobile: 'tag',
      exportValue: (o) => t(`ord.status.${o.status}`),
      render: (s: OrderStatus, o) => <OrderStatusCell status={s} failureCode={o.failureCode} />,
    },
    { title: t('orders.placedAt'), key: 'placedAt', nowrap: true, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
    { title: t('orders.latency'), key: 'latencyMs', nowrap: true, align: 'right', exportValue: false, render: (_: unknown, o) => <OrderLatency order={o} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      nowrap: true,
      mobile: 'actions',
      exportValue: false,
      render: (_: unknown, o) => (
        <Flex gap={0}>
          <Button type="link" size="small" onClick={() => openOrder(o.id)} data-testid="order-details">
            {t('orders.details')}
          </Button>
          <RevealCell order={o} />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        extra={<XlsxExportButton path="/exports/orders.xlsx" params={search} testId="orders-export" label={t('con.search.exportOrders')} />}
      />
      <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
        <ListPage<OrderFieldsFragment>
          error={error}
          listKey="portal.orders"
          data-testid="orders-table"
          state={list}
          rowKey={(o) => o.id}
          columns={columns}
          items={shown?.orders.items ?? []}
          total={shown?.orders.totalCount ?? 0}
          totalCapped={!!shown?.orders.totalCountCapped}
          loading={loading}
          onReload={() => void refetch()}
          emptyText={empty}
          exportName="orders"
          rowProps={(o) => ({ 'data-order-no': o.clientOrderNo, 'data-status': o.status, ...(phone ? { 'data-testid': 'order-card' } : {}) })}
          filters={
            <>
              <Input.Search
                allowClear
                aria-label={t('con.search.orderNo')}
                placeholder={t('con.search.orderNo')}
                defaultValue={search.orderNo ?? ''}
                key={`no-${search.orderNo ?? ''}`}
                onSearch={(v) => list.set({ orderNo: v.trim() })}
                style={{ width: 180 }}
                data-testid="orders-search-order-no"
              />
              <Input.Search
                allowClear
                aria-label={t('con.search.clientOrderNo')}
                placeholder={t('con.search.clientOrderNo')}
                defaultValue={search.clientOrderNo ?? ''}
                key={`client-${search.clientOrderNo ?? ''}`}
                onSearch={(v) => list.set({ clientOrderNo: v.trim() })}
                style={{ width: 180 }}
                data-testid="orders-search-client-no"
              />
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('con.search.sku')}
                placeholder={t('con.search.sku')}
                value={search.skuId ?? undefined}
                onChange={(v?: string) => list.set({ skuId: v })}
                style={{ width: 180 }}
                data-testid="orders-search-sku"
                options={(skus.data?.catalog.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.code}` }))}
              />
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('con.search.supplier')}
                placeholder={t('con.search.supplier')}
                value={search.supplierId ?? undefined}
                onChange={(v?: string) => list.set({ supplierId: v })}
                style={{ width: 180 }}
                data-testid="orders-search-supplier"
                options={(suppliers.data?.orderSuppliers ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
              <Select
                allowClear
                aria-label={t('orders.allStatuses')}
                placeholder={t('orders.allStatuses')}
                value={status}
                onChange={(v?: string) => list.set({ status: v })}
                style={{ width: 150 }}
                data-testid="orders-status-filter"
                options={Object.values(OrderStatus).map((s) => ({ value: s, label: t(`ord.status.${s}`) }))}
              />
              <DatePicker.RangePicker
                aria-label={t('con.search.dateRange')}
                placeholder={[t('orders.fromDay'), t('orders.toDay')]}
                value={search.from && search.to ? [dayjs(search.from), dayjs(search.to)] : null}
                onChange={(v) => list.set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
                style={{ width: 260 }}
                data-testid="orders-search-dates"
              />
            </>
          }
        />
      </AsyncState>
      <OrderDrawer orderId={open} onClose={() => list.set({ order: null })} />
    </>
  );
}
