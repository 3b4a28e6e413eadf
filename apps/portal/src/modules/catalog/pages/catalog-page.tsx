import { useState } from 'react';
import { Button, Flex, Input, Select, Tabs, Tooltip, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Category, MIN_LIVE_OFFERS } from '@mengyuan/domain';
import { BrandsDocument, CatalogDocument, type SkuFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CategoryTag, ListPage, Money, PageHeader, PriceMovement, StockStateTag, useListState, type ListColumn } from '@mengyuan/ui';
import { SkuDrawer } from '../components/sku-drawer';
import { BuyButton, BuyDialog, type BuyableSku } from '../../orders/components/buy-dialog';

const PAGE_SIZE = 20;

/** 商品目录: the alliance catalog at unified prices, by category, brand and search, with a detail drawer. */
export default function CatalogPage() {
  const { t } = useTranslation();
  const list = useListState({ defaultPageSize: PAGE_SIZE });
  const category = (list.get('category') as Category | undefined) ?? 'ALL';
  const brandId = list.get('brand');
  const search = list.get('q') ?? '';
  const [open, setOpen] = useState<string | null>(null);
  const [buying, setBuying] = useState<BuyableSku | null>(null);
  const brands = useQuery(BrandsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(CatalogDocument, {
    variables: {
      filter: { category: category === 'ALL' ? null : category, brandId: brandId ?? null, search: search.trim() || null },
      page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize },
    },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;

  const columns: ListColumn<SkuFieldsFragment>[] = [
    {
      title: t('catalog.sku'),
      key: 'sku',
      mobile: 'title',
      exportValue: (s) => s.name,
      render: (_: unknown, s) => (
        <Flex vertical>
          <Typography.Text strong>{s.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.code} · {s.brand.name}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('catalog.category'), key: 'category', nowrap: true, mobile: 'tag', render: (c: Category) => <CategoryTag category={c} /> },
    { title: t('catalog.delivery'), key: 'deliveryMode', nowrap: true, render: (d: string) => t(`cat.delivery.${d}`) },
    { title: t('catalog.faceValue'), key: 'faceValue', nowrap: true, align: 'right', render: (v: string) => <Money fen={v} /> },
    { title: t('catalog.unifiedPrice'), key: 'unifiedPrice', nowrap: true, align: 'right', render: (v: string) => <Money fen={v} strong /> },
    { title: t('catalog.stock'), key: 'stockState', nowrap: true, render: (st: string, sku) => <StockStateTag state={st} deliveryMode={sku.deliveryMode} /> },
    {
      title: t('catalog.sources'),
      key: 'liveOfferCount',
      nowrap: true,
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
    { title: t('catalog.movement'), key: 'movement', nowrap: true, align: 'right', mobile: false, exportValue: false, render: (_: unknown, s) => <PriceMovement bp={s.priceMovement7dBp} flagged={s.priceMovementFlagged} /> },
    {
      title: t('catalog.actions'),
      key: 'open',
      fixed: 'right',
      nowrap: true,
      mobile: 'actions',
      exportValue: false,
      render: (_: unknown, s) => (
        <Flex gap={4} align="center" onClick={(e) => e.stopPropagation()}>
          <BuyButton sku={s} onBuy={setBuying} />
          <Button type="link" size="small" onClick={() => setOpen(s.id)}>
            {t('catalog.detail')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      {/* Category tabs scroll sideways on a narrow screen rather than shrinking to nothing. */}
      <Tabs
        activeKey={category}
        onChange={(k) => list.set({ category: k === 'ALL' ? undefined : k })}
        style={{ marginBottom: 8 }}
        className="my-scroll-tabs"
        items={[{ key: 'ALL', label: t('catalog.all') }, ...Object.values(Category).map((c) => ({ key: c, label: <span data-testid={`catalog-tab-${c}`}>{t(`cat.category.${c}`)}</span> }))]}
      />
      <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
        <ListPage<SkuFieldsFragment>
          error={error}
          listKey="portal.catalog"
          data-testid="catalog-table"
          state={list}
          rowKey={(s) => s.id}
          columns={columns}
          items={shown?.catalog.items ?? []}
          total={shown?.catalog.totalCount ?? 0}
          loading={loading}
          onReload={() => void refetch()}
          emptyText={t('catalog.empty')}
          rowProps={(s) => ({ onClick: () => setOpen(s.id), style: { cursor: 'pointer' }, 'data-sku': s.code, 'data-category': s.category })}
          filters={
            <>
              <Select
                allowClear
                placeholder={t('catalog.allBrands')}
                aria-label={t('catalog.allBrands')}
                value={brandId}
                onChange={(v) => list.set({ brand: v })}
                loading={brands.loading}
                style={{ width: 160 }}
                data-testid="catalog-brand"
                options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
              <Input.Search
                allowClear
                placeholder={t('catalog.search')}
                aria-label={t('catalog.search')}
                defaultValue={search}
                key={`q-${search}`}
                onSearch={(v) => list.set({ q: v.trim() })}
                style={{ width: 240 }}
                data-testid="catalog-search"
              />
            </>
          }
        />
      </AsyncState>
      <SkuDrawer skuId={open} onClose={() => setOpen(null)} />
      <BuyDialog sku={buying} open={!!buying} onClose={() => setBuying(null)} />
    </>
  );
}
