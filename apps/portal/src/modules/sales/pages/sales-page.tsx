import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SalesDocument, type SalesQuery } from '@mengyuan/graphql';
import { AsyncState, DateTime, Money, PageHeader } from '@mengyuan/ui';

const PAGE_SIZE = 20;
type Sale = SalesQuery['sales']['items'][number];

const STATUS_COLOR: Record<string, string> = { DELIVERED: 'success', PARTIALLY_REFUNDED: 'purple', REFUNDED: 'purple', FAILED: 'error', PROCESSING: 'processing', PENDING_REVIEW: 'gold', CANCELLED: 'default' };

/** quantity × unit settlement, in whole fen: BigInt on the decimal strings, never floating point. */
export function lineSettlement(sale: Pick<Sale, 'quantity' | 'unitSettlement'>): bigint {
  return BigInt(sale.unitSettlement) * BigInt(sale.quantity);
}

/** 销售记录: the supplier's delivered order lines, newest first, with what each settles for. */
export default function SalesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error, refetch } = useQuery(SalesDocument, {
    variables: { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const sales = data?.sales.items ?? [];
  const pageTotal = sales.reduce((sum, s) => sum + lineSettlement(s), 0n);

  return (
    <>
      <PageHeader
        title={t('sales.title')}
        subtitle={t('sales.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<Sale>
            rowKey="id"
            size="middle"
            data-testid="sales-table"
            loading={loading && !!data}
            dataSource={sales}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <Empty description={t('sales.empty')}>
                  <Link to="/offers">{t('sales.goOffers')}</Link>
                </Empty>
              ),
            }}
            onRow={(s) => ({ 'data-order-id': s.orderId, 'data-sku': s.skuCode }) as object}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data?.sales.totalCount ?? 0,
              onChange: (p) => setParams(p === 1 ? {} : { page: String(p) }, { replace: true }),
              hideOnSinglePage: true,
              showSizeChanger: false,
              showTotal: (count) => t(data?.sales.totalCountCapped ? 'common.totalAtLeast' : 'common.total', { count }),
            }}
            summary={() =>
              sales.length > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={4}>
                    <Typography.Text type="secondary">{t('sales.pageTotal')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <span data-testid="sales-page-total" data-value={pageTotal.toString()}>
                      <Money fen={pageTotal} strong />
                    </span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} colSpan={3} />
                </Table.Summary.Row>
              ) : null
            }
            columns={[
              { title: t('sales.placedAt'), dataIndex: 'placedAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              {
                title: t('sales.product'),
                dataIndex: 'skuName',
                render: (name: string, s) => (
                  <Flex vertical>
                    <Typography.Text strong>{name}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.skuCode}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('sales.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
              { title: t('sales.unitSettlement'), dataIndex: 'unitSettlement', width: 120, align: 'right', render: (v: string) => <Money fen={v} /> },
              {
                title: t('sales.settlement'),
                key: 'settlement',
                width: 130,
                align: 'right',
                render: (_, s) => (
                  <span data-testid="sale-settlement" data-value={lineSettlement(s).toString()}>
                    <Money fen={lineSettlement(s)} strong />
                  </span>
                ),
              },
              {
                title: t('sales.status'),
                dataIndex: 'status',
                width: 110,
                render: (st: string) => (
                  <Tag color={STATUS_COLOR[st] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="sale-status" data-status={st}>
                    {t([`ord.status.${st}`, `sales.orderStatus.${st}`], { defaultValue: st })}
                  </Tag>
                ),
              },
              { title: t('sales.deliveredAt'), dataIndex: 'deliveredAt', width: 170, render: (v: string | null) => <DateTime value={v} /> },
              {
                title: t('sales.orderNo'),
                dataIndex: 'clientOrderNo',
                width: 180,
                render: (no: string) => (
                  <Typography.Text type="secondary" copyable={{ text: no }} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="sale-order-no">
                    {no}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
    </>
  );
}
