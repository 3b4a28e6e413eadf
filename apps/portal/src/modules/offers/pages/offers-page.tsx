import { useState } from 'react';
import { App, Button, Card, Flex, Select, Space, Table, Tooltip, Typography } from 'antd';
import { EditOutlined, ImportOutlined, PlusOutlined, ReloadOutlined, UnorderedListOutlined, WarningFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OfferStatus, type OfferAction } from '@mengyuan/domain';
import { ChangeOfferStatusDocument, OffersDocument, type OfferFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, formatBasisPoints, LowPriceTag, Money, OfferStatusTag, PageHeader, useFixedRight } from '@mengyuan/ui';
import { OfferCapacity, useOpenTasksByOffer } from '../components/offer-capacity';
import { CreateOfferModal, EditOfferModal } from '../components/offer-form-modals';
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
  const fixedRight = useFixedRight();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [status, setStatus] = useState<OfferStatus | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<OfferFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(OffersDocument, {
    variables: { filter: { status: status ?? null }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });
  const [change] = useMutation(ChangeOfferStatusDocument);

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

  const offers = data?.offers.items ?? [];
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
      <Card
        extra={
          <Flex gap={8}>
            <Select<OfferStatus>
              allowClear
              placeholder={t('offers.filterStatus')}
              aria-label={t('offers.filterStatus')}
              value={status}
              onChange={(v) => {
                setStatus(v);
                setPage(1);
              }}
              style={{ width: 160 }}
              options={Object.values(OfferStatus).map((s) => ({ value: s, label: t(`cat.offerStatus.${s}`) }))}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<OfferFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="offers-table"
            loading={loading && !!data}
            dataSource={offers}
            locale={{ emptyText: t('offers.empty') }}
            scroll={{ x: 1150 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.offers.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            onRow={(o) => ({ 'data-sku': o.skuCode }) as object}
            columns={[
              {
                title: t('offers.sku'),
                key: 'sku',
                width: 180,
                render: (_, o) => (
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
                render: (_, o) => {
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
                    </Flex>
                  );
                },
              },
              { title: t('offers.unifiedPrice'), dataIndex: 'unifiedPrice', width: 110, render: (v: string) => <Money fen={v} /> },
              { title: t('offers.faceValue'), dataIndex: 'faceValue', width: 100, render: (v: string) => <Money fen={v} /> },
              {
                title: t('offers.status'),
                key: 'status',
                width: 130,
                render: (_, o) => (
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
                render: (_, o) =>
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
              { title: t('offers.createdAt'), dataIndex: 'createdAt', width: 100, render: (v: string) => <DateTime value={v} dateOnly /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 200,
                fixed: fixedRight,
                render: (_, o) => (
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
      </Card>
      <CreateOfferModal open={creating} onClose={() => setCreating(false)} />
      <EditOfferModal offer={editing} onClose={() => setEditing(null)} />
    </>
  );
}
