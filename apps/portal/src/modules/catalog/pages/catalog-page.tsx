import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Tabs, Tooltip, Typography } from 'antd';
import { ReloadOutlined, WarningFilled } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Category, MIN_LIVE_OFFERS } from '@mengyuan/domain';
import { BrandsDocument, CatalogDocument, type SkuFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CategoryTag, Money, PageHeader, PriceMovement, StockStateTag, useFixedRight } from '@mengyuan/ui';
import { SkuDrawer } from '../components/sku-drawer';
import { BuyButton } from '../../orders/components/buy-dialog';

const PAGE_SIZE = 20;

/** 商品目录: the alliance catalog at unified prices, by category, brand and search, with a detail drawer. */
export default function CatalogPage() {
  const { t } = useTranslation();
  const fixedRight = useFixedRight();
  const [category, setCategory] = useState<Category | 'ALL'>('ALL');
  const [brandId, setBrandId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const brands = useQuery(BrandsDocument);
  const { data, loading, error, refetch } = useQuery(CatalogDocument, {
    variables: {
      filter: { category: category === 'ALL' ? null : category, brandId: brandId ?? null, search: search.trim() || null },
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      <Card
        styles={{ body: { paddingTop: 8 } }}
        extra={
          <Flex gap={8} wrap>
            <Select
              allowClear
              placeholder={t('catalog.allBrands')}
              aria-label={t('catalog.allBrands')}
              value={brandId}
              onChange={(v) => {
                setBrandId(v);
                setPage(1);
              }}
              loading={brands.loading}
              style={{ width: 160 }}
              data-testid="catalog-brand"
              options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
            <Input.Search
              allowClear
              placeholder={t('catalog.search')}
              aria-label={t('catalog.search')}
              onSearch={(v) => {
                setSearch(v);
                setPage(1);
              }}
              style={{ width: 240 }}
              data-testid="catalog-search"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
        title={
          <Tabs
            activeKey={category}
            onChange={(k) => {
              setCategory(k as Category | 'ALL');
              setPage(1);
            }}
            style={{ marginBottom: -17 }}
            items={[{ key: 'ALL', label: t('catalog.all') }, ...Object.values(Category).map((c) => ({ key: c, label: <span data-testid={`catalog-tab-${c}`}>{t(`cat.category.${c}`)}</span> }))]}
          />
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<SkuFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="catalog-table"
            loading={loading && !!data}
            dataSource={data?.catalog.items ?? []}
            locale={{ emptyText: t('catalog.empty') }}
            scroll={{ x: 980 }}
            onRow={(s) => ({ onClick: () => setOpen(s.id), style: { cursor: 'pointer' }, 'data-sku': s.code }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.catalog.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('catalog.sku'),
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
              { title: t('catalog.category'), dataIndex: 'category', width: 110, render: (c: Category) => <CategoryTag category={c} /> },
              { title: t('catalog.delivery'), dataIndex: 'deliveryMode', width: 90, render: (d: string) => t(`cat.delivery.${d}`) },
              { title: t('catalog.faceValue'), dataIndex: 'faceValue', width: 110, align: 'right', render: (v: string) => <Money fen={v} /> },
              { title: t('catalog.unifiedPrice'), dataIndex: 'unifiedPrice', width: 120, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              { title: t('catalog.stock'), dataIndex: 'stockState', width: 100, render: (s: string, sku) => <StockStateTag state={s} deliveryMode={sku.deliveryMode} /> },
              {
                title: <Tooltip title={t('catalog.sourcesHint')}>{t('catalog.sources')}</Tooltip>,
                dataIndex: 'liveOfferCount',
                width: 90,
                align: 'right',
                render: (n: number) =>
                  n < MIN_LIVE_OFFERS ? (
                    <Tooltip title={t('catalog.singleSource')}>
                      <Typography.Text type="warning" data-testid="live-offers">
                        <WarningFilled /> {n}
                      </Typography.Text>
                    </Tooltip>
                  ) : (
                    <span data-testid="live-offers">{n}</span>
                  ),
              },
              { title: t('catalog.movement'), key: 'movement', width: 120, align: 'right', render: (_, s) => <PriceMovement bp={s.priceMovement7dBp} flagged={s.priceMovementFlagged} /> },
              {
                title: '',
                key: 'open',
                width: 150,
                fixed: fixedRight,
                render: (_, s) => (
                  <Flex gap={4} align="center">
                    <BuyButton sku={s} />
                    <Button type="link" size="small" onClick={() => setOpen(s.id)}>
                      {t('catalog.detail')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <SkuDrawer skuId={open} onClose={() => setOpen(null)} />
    </>
  );
}
