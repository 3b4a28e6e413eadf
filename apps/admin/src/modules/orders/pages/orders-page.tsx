import { useState } from 'react';
import { Button, Input, Select, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrderStatus, fenToYuan } from '@mengyuan/domain';
import { SearchOrdersDocument, SkuNamesDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, ListPage, Money, OrderStatusCell, PageHeader, useListState, type ListColumn } from '@mengyuan/ui';
import { OrgPicker } from '../../finance/components/org-picker';
import { DayRange } from '../../reports/components/date-range';
import { ExportButton } from '../../reports/components/export-button';
import { AdminOrderDrawer, OrderLatency, OrgName, SkuName } from '../components/order-parts';

/** A SKU filter: the catalog (delisted included) searchable by name or code. */
function SkuPicker({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(SkuNamesDocument, { variables: { filter: { includeDelisted: true } } });
  return (
    <Select
      allowClear
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('adminOrderSearch.allSkus')}
      aria-label={t('adminOrderSearch.sku')}
      data-testid="orders-sku-filter"
      style={{ width: 220 }}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.catalog.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.code}` }))}
    />
  );
}

/** The order number search: at least 4 characters (a shorter prefix would match most of the table). */
function OrderNoSearch({ value, onSearch }: { value?: string; onSearch: (v: string | undefined) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  return (
    <Input.Search
      allowClear
      placeholder={t('adminOrderSearch.orderNo')}
      aria-label={t('adminOrderSearch.orderNo')}
      value={text}
      status={invalid ? 'error' : undefined}
      title={invalid ? t('adminOrderSearch.orderNoInvalid') : undefined}
      onChange={(e) => {
        setText(e.target.value);
        setInvalid(false);
      }}
      onSearch={(v) => {
        const trimmed = v.trim();
        if (trimmed && trimmed.length < 4) return setInvalid(true);
        onSearch(trimmed || undefined);
      }}
      style={{ width: 240 }}
      data-testid="orders-orderno-search"
    />
  );
}

/** 订单: every member's orders, searchable by order number, merchant number, SKU, supplier, member, status and days, with the Excel export. */
export default function AdminOrdersPage() {
  const { t } = useTranslation();
  const list = useListState({ detailKeys: ['order'] });
  const status = list.get('status') as OrderStatus | undefined;
  const memberId = list.get('member');
  const supplierId = list.get('supplier');
  const skuId = list.get('sku');
  const orderNo = list.get('orderNo');
  const clientOrderNo = list.get('clientOrderNo');
  const from = list.get('from');
  const to = list.get('to');
  const open = list.get('order') ?? null;
  const search = { status: status ?? null, memberId: memberId ?? null, supplierId: supplierId ?? null, skuId: skuId ?? null, orderNo: orderNo ?? null, clientOrderNo: clientOrderNo ?? null, from: from ?? null, to: to ?? null };
  const { data, previousData, loading, error, refetch } = useQuery(SearchOrdersDocument, {
    variables: { search, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // The last answer stays on screen until the new one arrives: rows change only when they are the search's.
  const shown = data ?? previousData;
  const openOrder = (id: string) => list.set({ order: id });

  const columns: ListColumn<OrderFieldsFragment>[] = [
    {
      title: t('adminOrders.orderNo'),
      key: 'clientOrderNo',
      nowrap: true,
      mobile: 'title',
      render: (no: string, o) => (
        <Typography.Link onClick={() => openOrder(o.id)} style={{ fontFamily: 'monospace', fontSize: 13 }}>
          {no}
        </Typography.Link>
      ),
    },
    { title: t('adminOrders.member'), key: 'memberId', width: 150, render: (id: string) => <OrgName id={id} kind="MEMBER" />, exportValue: false },
    { title: t('adminOrders.sku'), key: 'skuId', width: 200, render: (id: string) => <SkuName id={id} />, exportValue: false },
    { title: t('adminOrders.quantity'), key: 'quantity', nowrap: true, align: 'right', defaultHidden: true },
    { title: t('adminOrders.total'), key: 'total', nowrap: true, align: 'right', render: (v: string) => <Money fen={v} strong />, exportValue: (o) => fenToYuan(o.total) },
    {
      title: t('adminOrders.status'),
      key: 'status',
      width: 130,
      mobile: 'tag',
      exportValue: (o) => t(`ord.status.${o.status}`),
      render: (s: OrderStatus, o) => <OrderStatusCell status={s} failureCode={o.failureCode} />,
    },
    { title: t('adminOrders.placedAt'), key: 'placedAt', nowrap: true, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" />, exportValue: (o) => o.placedAt },
    { title: t('adminOrders.latency'), key: 'latencyMs', nowrap: true, align: 'right', render: (ms: number | null, o) => <OrderLatency skuId={o.skuId} ms={ms} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      nowrap: true,
      mobile: 'actions',
      exportValue: false,
      render: (_: unknown, o) => (
        <Button type="link" size="small" onClick={() => openOrder(o.id)} data-testid="order-details">
          {t('adminOrders.details')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('adminOrders.title')} subtitle={t('adminOrders.subtitle')} />
      <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
        <ListPage<OrderFieldsFragment>
          error={error}
          listKey="admin.orders"
          data-testid="admin-orders-table"
          state={list}
          rowKey={(o) => o.id}
          columns={columns}
          items={shown?.orders.items ?? []}
          total={shown?.orders.totalCount ?? 0}
          totalCapped={!!shown?.orders.totalCountCapped}
          loading={loading}
          onReload={() => void refetch()}
          emptyText={t('adminOrders.empty')}
          exportName="orders"
          rowProps={(o) => ({ 'data-order-no': o.clientOrderNo, 'data-status': o.status })}
          toolbar={<ExportButton name="orders" params={search} testId="export-orders" />}
          filters={
            <>
              <OrderNoSearch key={`no-${orderNo ?? ''}`} value={orderNo} onSearch={(v) => list.set({ orderNo: v })} />
              <Input.Search
                allowClear
                placeholder={t('adminOrderSearch.clientOrderNo')}
                aria-label={t('adminOrderSearch.clientOrderNo')}
                defaultValue={clientOrderNo}
                key={`client-${clientOrderNo ?? ''}`}
                onSearch={(v) => list.set({ clientOrderNo: v.trim() })}
                style={{ width: 220 }}
                data-testid="orders-client-search"
              />
              <SkuPicker value={skuId} onChange={(v) => list.set({ sku: v })} />
              <OrgPicker kind="SUPPLIER" allowClear value={supplierId} onChange={(v) => list.set({ supplier: v })} placeholder={t('adminOrderSearch.allSuppliers')} testId="orders-supplier-filter" width={200} />
              <OrgPicker kind="MEMBER" allowClear value={memberId} onChange={(v) => list.set({ member: v })} placeholder={t('adminOrders.allMembers')} testId="orders-member-filter" width={200} />
              <Select
                allowClear
                placeholder={t('adminOrders.allStatuses')}
                aria-label={t('adminOrders.status')}
                value={status}
                onChange={(v?: string) => list.set({ status: v })}
                style={{ width: 150 }}
                data-testid="orders-status-filter"
                options={Object.values(OrderStatus).map((s) => ({ value: s, label: t(`ord.status.${s}`) }))}
              />
              <DayRange from={from} to={to} onChange={(f, tt) => list.set({ from: f, to: tt })} testId="orders-range" />
            </>
          }
        />
      </AsyncState>
      <AdminOrderDrawer orderId={open} onClose={() => list.set({ order: null })} />
    </>
  );
}
