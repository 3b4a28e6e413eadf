import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrderStatus } from '@mengyuan/domain';
import { SearchOrdersDocument, SkuNamesDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, FailureText, Money, OrderStatusTag, PageHeader } from '@mengyuan/ui';
import { OrgPicker } from '../../finance/components/org-picker';
import { DayRange } from '../../reports/components/date-range';
import { ExportButton } from '../../reports/components/export-button';
import { AdminOrderDrawer, OrderLatency, OrgName, SkuName } from '../components/order-parts';

const PAGE_SIZE = 20;

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

/** 订单: every member's orders, searchable by order number, merchant number, SKU, supplier, member, status and days, with the Excel export. */
export default function AdminOrdersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
  const memberId = params.get('member') ?? undefined;
  const supplierId = params.get('supplier') ?? undefined;
  const skuId = params.get('sku') ?? undefined;
  const orderNo = params.get('orderNo') ?? undefined;
  const clientOrderNo = params.get('clientOrderNo') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const [orderNoText, setOrderNoText] = useState(orderNo ?? '');
  const [clientNoText, setClientNoText] = useState(clientOrderNo ?? '');
  const [orderNoError, setOrderNoError] = useState(false);
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
  const search = { status: status ?? null, memberId: memberId ?? null, supplierId: supplierId ?? null, skuId: skuId ?? null, orderNo: orderNo ?? null, clientOrderNo: clientOrderNo ?? null, from: from ?? null, to: to ?? null };
  const { data, loading, error, refetch } = useQuery(SearchOrdersDocument, {
    variables: { search, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('adminOrders.title')} subtitle={t('adminOrders.subtitle')} />
      <Card>
          <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search" aria-label={t('adminOrders.title')}>
            <Input.Search
              allowClear
              placeholder={t('adminOrderSearch.orderNo')}
              aria-label={t('adminOrderSearch.orderNo')}
              value={orderNoText}
              status={orderNoError ? 'error' : undefined}
              title={orderNoError ? t('adminOrderSearch.orderNoInvalid') : undefined}
              onChange={(e) => {
                setOrderNoText(e.target.value);
                setOrderNoError(false);
              }}
              onSearch={(v) => {
                const value = v.trim();
                if (value && value.length < 4) return setOrderNoError(true);
                set({ orderNo: value || null, page: null });
              }}
              style={{ width: 240 }}
              data-testid="orders-orderno-search"
            />
            <Input.Search
              allowClear
              placeholder={t('adminOrderSearch.clientOrderNo')}
              aria-label={t('adminOrderSearch.clientOrderNo')}
              value={clientNoText}
              onChange={(e) => setClientNoText(e.target.value)}
              onSearch={(v) => set({ clientOrderNo: v.trim() || null, page: null })}
              style={{ width: 220 }}
              data-testid="orders-client-search"
            />
            <SkuPicker value={skuId} onChange={(v) => set({ sku: v ?? null, page: null })} />
            <OrgPicker kind="SUPPLIER" allowClear value={supplierId} onChange={(v) => set({ supplier: v ?? null, page: null })} placeholder={t('adminOrderSearch.allSuppliers')} testId="orders-supplier-filter" width={200} />
            <OrgPicker kind="MEMBER" allowClear value={memberId} onChange={(v) => set({ member: v ?? null, page: null })} placeholder={t('adminOrders.allMembers')} testId="orders-member-filter" width={200} />
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
            <DayRange from={from} to={to} onChange={(f, tt) => set({ from: f, to: tt, page: null })} testId="orders-range" />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
            <ExportButton name="orders" params={search} testId="export-orders" />
          </Flex>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<OrderFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="admin-orders-table"
            loading={loading && !!data}
            dataSource={data?.orders.items ?? []}
            scroll={{ x: 1100 }}
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
              { title: t('adminOrders.member'), dataIndex: 'memberId', width: 170, responsive: ['md'], render: (id: string) => <OrgName id={id} kind="MEMBER" /> },
              { title: t('adminOrders.sku'), dataIndex: 'skuId', width: 200, render: (id: string) => <SkuName id={id} /> },
              { title: t('adminOrders.quantity'), dataIndex: 'quantity', width: 70, align: 'right', responsive: ['lg'] },
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
              { title: t('adminOrders.placedAt'), dataIndex: 'placedAt', width: 160, responsive: ['md'], render: (v: string) => <DateTime value={v} /> },
              { title: t('adminOrders.latency'), dataIndex: 'latencyMs', width: 100, align: 'right', render: (ms: number | null, o) => <OrderLatency skuId={o.skuId} ms={ms} /> },
              {
                title: t('common.actions'),
                key: 'actions',
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
