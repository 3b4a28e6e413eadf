import { useState } from 'react';
import { App, Button, Flex, Select, Space, Tooltip, Typography } from 'antd';
import { EditOutlined, ImportOutlined, PlusOutlined, UnorderedListOutlined, WarningFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatFen, OfferStatus, type OfferAction } from '@mengyuan/domain';
import { CancelOfferPriceChangeDocument, ChangeOfferStatusDocument, OffersDocument, type OfferFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, formatDateTime, formatBasisPoints, ListPage, LowPriceTag, Money, OfferStatusTag, PageHeader, useListState } from '@mengyuan/ui';
import { OfferCapacity, useOpenTasksByOffer } from '../components/offer-capacity';
import { CreateOfferModal, EditOfferModal, PendingPrice } from '../components/offer-form-modals';
import { shareOfFace } from '../components/price';

const PAGE_SIZE = 20;
const SUPPLIER_ACTIONS: OfferAction[] = ['PAUSE', 'RESUME', 'DELIST'];

/** Stock with a warning when it is under the offer's alert level. */
export function OfferStock({ offer }: { offer: Pick<OfferFieldsFragment, 'stockAvailable' | 'lowStockThreshold'> }) {
  const { t } = useTranslation();
  const low = offer.stockAvailable < offer.lowStockThreshold;
  return (
    <Space size={4}>
      <Typography.Text data-testid="offer-stock" data-value={offer.stockAvailable} strong={low} type={low ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {offer.stockAvailable.toLocaleString()}
      </Typography.Text>
      {low && (
        <Tooltip title={t('offers.lowStock', { threshold: offer.lowStockThreshold })}>
          <WarningFilled style={{ color: '#faad14' }} data-testid="offer-low-stock" />
        </Tooltip>
      )}
    </Space>
  );
}

/** 我的货源: the supplier's offers with prices, status, stock (card codes) or queue and capacity (direct top-ups), and actions. */
export default function OffersPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const list = useListState({ defaultPageSize: PAGE_SIZE });
  const status = list.get('status') as OfferStatus | undefined;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<OfferFieldsFragment | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(OffersDocument, {
    variables: { filter: { status: status ?? null }, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
    notifyOnNetworkStatusChange: true,
  });
  const [change] = useMutation(ChangeOfferStatusDocument);
  const [cancelPrice] = useMutation(CancelOfferPriceChangeDocument);

  /** Withdraws the offer's pending settlement-price change (before it applies). */
  const withdraw = (offer: OfferFieldsFragment) => {
    const p = offer.pendingPriceChange;
    if (!p) return;
    modal.confirm({
      title: t('offers.pendingCancelConfirm', { price: formatFen(p.newPrice), time: formatDateTime(p.effectiveAt, 'YYYY-MM-DD HH:mm') }),
      okText: t('offers.pendingCancel'),
      okButtonProps: { 'data-testid': 'offer-pending-cancel-confirm' } as Record<string, string>,
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await cancelPrice({ variables: { offerId: offer.id } });
          message.success(t('offers.pendingCancelled'));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });
  };

  const act = (offer: OfferFieldsFragment, action: OfferAction) => {
    const label = t(`cat.offerAction.${action}`);
    modal.confirm({
      title: t('offers.confirmAction', { action: label, sku: offer.skuName }),
      content: action === 'DELIST' ? t('offers.confirmDelist') : action === 'PAUSE' ? t('offers.confirmPause') : t('offers.confirmResume'),
      okText: label,
      okButtonProps: { danger: action === 'DELIST', 'data-testid': 'offer-action-confirm' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await change({ variables: { id: offer.id, action } });
          message.success(t('offers.actionDone', { action: label }));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });
  };

  const shown = data ?? previousData;
  const offers = shown?.offers.items ?? [];
  const anyTopup = offers.some((o) => o.deliveryMode === 'DIRECT_TOPUP');
  const openTasks = useOpenTasksByOffer(!anyTopup);
  return (
    <>
      <PageHeader
        title={t('offers.title')}
        subtitle={t('offers.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="offer-create">
            {t('offers.create')}
          </Button>
        }
      />
      <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
        <ListPage<OfferFieldsFragment>
          error={error}
          listKey="portal.offers"
          data-testid="offers-table"
          state={list}
          rowKey={(o) => o.id}
          items={offers}
          total={shown?.offers.totalCount ?? 0}
          loading={loading}
          onReload={() => void refetch()}
          emptyText={t('offers.empty')}
          exportName="offers"
          rowProps={(o) => ({ 'data-sku': o.skuCode })}
          filters={
            <Select<OfferStatus>
              allowClear
              placeholder={t('offers.filterStatus')}
              aria-label={t('offers.filterStatus')}
              value={status}
              onChange={(v) => list.set({ status: v })}
              style={{ width: 160 }}
              options={Object.values(OfferStatus).map((s) => ({ value: s, label: t(`cat.offerStatus.${s}`) }))}
            />
          }
          columns={[
              {
                title: t('offers.sku'),
                key: 'sku',
                width: 180,
                mobile: 'title',
                exportValue: (o) => `${o.skuName} ${o.skuCode}`,
                render: (_: unknown, o) => (
                  <Flex vertical>
                    <Typography.Text strong>{o.skuName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {o.skuCode}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('offers.settlementPrice'),
                key: 'price',
                width: 160,
                exportValue: (o) => o.settlementPrice,
                render: (_: unknown, o) => {
                  const share = shareOfFace(o.settlementPrice, o.faceValue);
                  return (
                    <Flex vertical gap={2}>
                      <Space size={6}>
                        <Money fen={o.settlementPrice} strong />
                        {o.lowPriceFlag && <LowPriceTag />}
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {share !== null && t('offers.ofFace', { ratio: formatBasisPoints(share) })}
                      </Typography.Text>
                      {o.pendingPriceChange && (
                        <Space size={4} wrap>
                          <PendingPrice offer={o} />
                          <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} onClick={() => withdraw(o)} data-testid="offer-pending-cancel">
                            {t('offers.pendingCancel')}
                          </Button>
                        </Space>
                      )}
                    </Flex>
                  );
                },
              },
              { title: t('offers.unifiedPrice'), key: 'unifiedPrice', nowrap: true, render: (v: string) => <Money fen={v} /> },
              { title: t('offers.faceValue'), key: 'faceValue', nowrap: true, render: (v: string) => <Money fen={v} /> },
              {
                title: t('offers.status'),
                key: 'status',
                width: 130,
                mobile: 'tag',
                exportValue: (o) => t(`cat.offerStatus.${o.status}`),
                render: (_: unknown, o) => (
                  <Flex vertical gap={2} align="start">
                    <OfferStatusTag status={o.status} />
                    {o.status === 'PAUSED' && o.pauseReason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`cat.pauseReason.${o.pauseReason}`)}
                      </Typography.Text>
                    )}
                    {o.reviewNote && (o.status === 'REJECTED' || o.status === 'PENDING_REVIEW') && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {t('offers.reviewNote', { note: o.reviewNote })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                title: anyTopup ? t('offers.stockOrCapacity') : t('offers.stock'),
                key: 'stock',
                width: anyTopup ? 170 : 100,
                exportValue: (o) => o.stockAvailable,
                render: (_: unknown, o) =>
                  o.deliveryMode === 'DIRECT_TOPUP' ? (
                    <OfferCapacity
                      offer={o}
                      open={openTasks.loading && !openTasks.counts.size ? undefined : (openTasks.counts.get(o.id) ?? 0)}
                      exact={openTasks.exact}
                      onEdit={o.status !== 'DELISTED' && o.status !== 'REJECTED' ? () => setEditing(o) : undefined}
                    />
                  ) : (
                    <OfferStock offer={o} />
                  ),
              },
              { title: t('offers.createdAt'), key: 'createdAt', nowrap: true, exportValue: (o) => o.createdAt, render: (v: string) => <DateTime value={v} dateOnly /> },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right',
                mobile: 'actions',
                exportValue: false,
                render: (_: unknown, o) => (
                  <Space size={0} wrap>
                    {o.deliveryMode === 'CARD_CODE' && o.status !== 'DELISTED' && o.status !== 'REJECTED' && (
                      <Button type="link" size="small" icon={<ImportOutlined />} onClick={() => navigate(`/offers/${o.id}`)} data-testid="offer-import">
                        {t('offers.import')}
                      </Button>
                    )}
                    {o.deliveryMode === 'DIRECT_TOPUP' && o.status !== 'REJECTED' && (
                      <Button type="link" size="small" icon={<UnorderedListOutlined />} onClick={() => navigate('/topups')} data-testid="offer-tasks">
                        {t('offers.tasks')}
                      </Button>
                    )}
                    {o.status !== 'DELISTED' && (
                      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(o)} data-testid="offer-edit">
                        {t('offers.edit')}
                      </Button>
                    )}
                    {o.possibleActions
                      .filter((a) => SUPPLIER_ACTIONS.includes(a))
                      .map((a) => (
                        <Button key={a} type="link" size="small" danger={a === 'DELIST'} onClick={() => act(o, a)} data-testid={`offer-action-${a}`}>
                          {t(`cat.offerAction.${a}`)}
                        </Button>
                      ))}
                  </Space>
                ),
              },
]}
        />
      </AsyncState>
      <CreateOfferModal open={creating} onClose={() => setCreating(false)} />
      <EditOfferModal offer={editing} onClose={() => setEditing(null)} />
    </>
  );
}
