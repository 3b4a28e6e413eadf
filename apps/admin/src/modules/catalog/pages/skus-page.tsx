import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Drawer, Flex, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Category, formatFen, MIN_LIVE_OFFERS } from '@mengyuan/domain';
import { CancelPriceChangeDocument, CatalogDocument, SetSkuStatusDocument, SkuDetailDocument, type SkuFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CategoryTag, errorMessage, formatDateTime, Money, PageHeader, PriceMovement, ResponsiveTable, SkuDetail, StockStateTag, useAuth } from '@mengyuan/ui';
import { SchedulePriceModal, SkuFormModal } from '../components/sku-modals';

const PAGE_SIZE = 20;

function SkuStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={status === 'DELISTED' ? 'secondary' : 'success'} data-testid="sku-status" data-status={status}>
      {t(`cat.skuStatus.${status}`)}
    </Typography.Text>
  );
}

function SkuDrawer({ skuId, isAdmin, onClose }: { skuId: string | null; isAdmin: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(SkuDetailDocument, { variables: { id: skuId ?? '' }, skip: !skuId });
  const [cancel] = useMutation(CancelPriceChangeDocument, { refetchQueries: [SkuDetailDocument, CatalogDocument] });
  const sku = data?.sku;
  return (
    <Drawer open={!!skuId} onClose={onClose} size={760} title={sku ? `${sku.code} · ${sku.name}` : t('skus.detail')} destroyOnHidden>
      <AsyncState loading={loading} error={error} hasData={!!sku && sku.id === skuId} onRetry={() => void refetch()}>
        {sku && (
          <SkuDetail
            sku={sku}
            history={sku.priceHistory}
            renderActions={(c) =>
              isAdmin ? (
                <Button
                  size="small"
                  danger
                  data-testid="cancel-price-change"
                  onClick={() =>
                    modal.confirm({
                      title: t('skus.cancelTitle'),
                      content: t('skus.cancelContent', { old: formatFen(c.oldPrice), new: formatFen(c.newPrice), time: formatDateTime(c.effectiveAt, 'YYYY-MM-DD HH:mm') }),
                      okText: t('skus.cancelChange'),
                      okButtonProps: { danger: true },
                      cancelText: t('common.cancel'),
                      onOk: async () => {
                        try {
                          await cancel({ variables: { id: c.id } });
                          message.success(t('skus.cancelledOk'));
                        } catch (e) {
                          message.error(errorMessage(t, e));
                        }
                      },
                    })
                  }
                >
                  {t('skus.cancelChange')}
                </Button>
              ) : null
            }
          />
        )}
      </AsyncState>
    </Drawer>
  );
}

/** 商品管理: SKUs incl. delisted, create/edit, delist/relist, scheduled unified prices with the notice rule. */
export default function SkusPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const [category, setCategory] = useState<Category | undefined>();
  const [search, setSearch] = useState('');
  const [includeDelisted, setIncludeDelisted] = useState(true);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<{ open: boolean; sku: SkuFieldsFragment | null }>({ open: false, sku: null });
  const [scheduling, setScheduling] = useState<SkuFieldsFragment | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CatalogDocument, {
    variables: { filter: { category: category ?? null, search: search.trim() || null, includeDelisted }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });
  const [setStatus] = useMutation(SetSkuStatusDocument);

  const toggle = (s: SkuFieldsFragment) => {
    const delist = s.status === 'ACTIVE';
    modal.confirm({
      title: t(delist ? 'skus.delistTitle' : 'skus.relistTitle', { name: s.name }),
      content: t(delist ? 'skus.delistContent' : 'skus.relistContent'),
      okText: t(delist ? 'skus.delist' : 'skus.relist'),
      okButtonProps: { danger: delist },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await setStatus({ variables: { id: s.id, status: delist ? 'DELISTED' : 'ACTIVE' } });
          message.success(t(delist ? 'skus.delisted' : 'skus.relisted'));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('skus.title')}
        subtitle={t('skus.subtitle')}
        extra={
          isAdmin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, sku: null })} data-testid="sku-create">
              {t('skus.create')}
            </Button>
          ) : undefined
        }
      />
      {!isAdmin && <Alert type="info" showIcon title={t('skus.adminOnly')} style={{ marginBottom: 16 }} />}
      <Card
        extra={
          <Flex gap={8} wrap align="center">
            <Checkbox checked={includeDelisted} onChange={(e) => setIncludeDelisted(e.target.checked)}>
              {t('skus.includeDelisted')}
            </Checkbox>
            <Select
              allowClear
              placeholder={t('skus.allCategories')}
              aria-label={t('skus.allCategories')}
              value={category}
              onChange={(v) => {
                setCategory(v);
                setPage(1);
              }}
              style={{ width: 140 }}
              options={Object.values(Category).map((c) => ({ value: c, label: t(`cat.category.${c}`) }))}
            />
            <Input.Search
              allowClear
              placeholder={t('skus.search')}
              onSearch={(v) => {
                setSearch(v);
                setPage(1);
              }}
              style={{ width: 220 }}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<SkuFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="skus-table"
            loading={loading && !!data}
            dataSource={data?.catalog.items ?? []}
            locale={{ emptyText: t('skus.empty') }}
            scroll={{ x: 1100 }}
            onRow={(s) => ({ 'data-sku': s.code, style: s.status === 'DELISTED' ? { opacity: 0.6 } : undefined }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.catalog.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('skus.sku'),
                key: 'sku',
                width: 220,
                render: (_, s) => (
                  <Flex vertical>
                    <Typography.Link strong onClick={() => setDetail(s.id)}>
                      {s.name}
                    </Typography.Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.code} · {s.brand.name} · {t(`cat.delivery.${s.deliveryMode}`)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('skus.category'), dataIndex: 'category', width: 110, render: (c: Category) => <CategoryTag category={c} /> },
              { title: t('skus.faceValue'), dataIndex: 'faceValue', width: 100, align: 'right', render: (v: string) => <Money fen={v} /> },
              { title: t('skus.unifiedPrice'), dataIndex: 'unifiedPrice', width: 110, align: 'right', render: (v: string) => <Money fen={v} strong /> },
              { title: t('skus.movement'), key: 'movement', width: 100, align: 'right', render: (_, s) => <PriceMovement bp={s.priceMovement7dBp} flagged={s.priceMovementFlagged} /> },
              {
                title: t('skus.sources'),
                dataIndex: 'liveOfferCount',
                width: 80,
                align: 'right',
                render: (n: number, s) => <Typography.Text type={n < MIN_LIVE_OFFERS && s.status === 'ACTIVE' ? 'warning' : undefined}>{n}</Typography.Text>,
              },
              { title: t('skus.stock'), key: 'stock', width: 120, render: (_, s) => <StockStateTag state={s.stockState} deliveryMode={s.deliveryMode} count={s.deliveryMode === 'CARD_CODE' ? s.stockAvailable : undefined} /> },
              { title: t('skus.status'), dataIndex: 'status', width: 80, render: (v: string) => <SkuStatusTag status={v} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 190,
                render: (_, s) => (
                  <Space size={0} wrap>
                    <Button type="link" size="small" onClick={() => setDetail(s.id)} data-testid="sku-detail">
                      {t('skus.detail')}
                    </Button>
                    {isAdmin && (
                      <>
                        <Button type="link" size="small" onClick={() => setForm({ open: true, sku: s })} data-testid="sku-edit">
                          {t('skus.edit')}
                        </Button>
                        {s.status === 'ACTIVE' && (
                          <Button type="link" size="small" onClick={() => setScheduling(s)} data-testid="sku-schedule">
                            {t('skus.schedule')}
                          </Button>
                        )}
                        <Button type="link" size="small" danger={s.status === 'ACTIVE'} onClick={() => toggle(s)} data-testid="sku-toggle">
                          {t(s.status === 'ACTIVE' ? 'skus.delist' : 'skus.relist')}
                        </Button>
                      </>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <SkuFormModal open={form.open} sku={form.sku} onClose={() => setForm({ open: false, sku: null })} />
      <SchedulePriceModal sku={scheduling} onClose={() => setScheduling(null)} />
      <SkuDrawer skuId={detail} isAdmin={isAdmin} onClose={() => setDetail(null)} />
    </>
  );
}
