import { Button, Card, Flex, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MIN_LIVE_OFFERS, type Category } from '@mengyuan/domain';
import { ThinlySourcedSkusDocument, type SkuFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CategoryTag, Money, PageHeader, ResponsiveTable, StockStateTag } from '@mengyuan/ui';

/** 货源不足: active SKUs with fewer than two live offers (the article's backup-source rule). */
export default function ThinSkusPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ThinlySourcedSkusDocument, { notifyOnNetworkStatusChange: true });
  return (
    <>
      <PageHeader
        title={t('thinSkus.title')}
        subtitle={t('thinSkus.subtitle', { min: MIN_LIVE_OFFERS })}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<SkuFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="thin-skus-table"
            loading={loading && !!data}
            dataSource={data?.thinlySourcedSkus ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('thinSkus.empty', { min: MIN_LIVE_OFFERS }) }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            onRow={(s) => ({ 'data-sku': s.code }) as object}
            columns={[
              {
                title: t('skus.sku'),
                key: 'sku',
                render: (_, s) => (
                  <Flex vertical>
                    <Typography.Text strong>{s.name}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.code} · {s.brand.name}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('skus.category'), dataIndex: 'category', width: 120, render: (c: Category) => <CategoryTag category={c} /> },
              { title: t('skus.unifiedPrice'), dataIndex: 'unifiedPrice', width: 120, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              {
                title: t('thinSkus.sources'),
                dataIndex: 'liveOfferCount',
                width: 140,
                render: (n: number) => (
                  <Tag color={n === 0 ? 'error' : 'warning'} data-testid="thin-sources">
                    {n === 0 ? t('thinSkus.none') : t('thinSkus.single')} · {n}
                  </Tag>
                ),
              },
              { title: t('skus.stock'), key: 'stock', width: 140, render: (_, s) => <StockStateTag state={s.stockState} deliveryMode={s.deliveryMode} count={s.deliveryMode === 'CARD_CODE' ? s.stockAvailable : undefined} /> },
            ]}
          />
        </AsyncState>
      </Card>
    </>
  );
}
