import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Segmented, Select, Space, Tooltip, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ButtonProps } from 'antd';
import { LOW_PRICE_FLOOR_BP, OfferStatus, parseFen, ratioBasisPoints, fenToYuan } from '@mengyuan/domain';
import { OffersDocument, ReviewOfferDocument, type OfferFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, BulkRunDialog, DateTime, errorMessage, formatBasisPoints, ListPage, LowPriceTag, Money, OfferStatusTag, PageHeader, useListState, type ListColumn } from '@mengyuan/ui';

function shareOfFace(o: Pick<OfferFieldsFragment, 'settlementPrice' | 'faceValue'>): bigint | null {
  const face = parseFen(o.faceValue);
  return face === 0n ? null : ratioBasisPoints(parseFen(o.settlementPrice), face);
}

function ReviewModal({ review, onClose }: { review: { offer: OfferFieldsFragment; decision: 'APPROVE' | 'REJECT' } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<unknown>(null);
  const [reviewOffer, { loading }] = useMutation(ReviewOfferDocument, { refetchQueries: [OffersDocument], awaitRefetchQueries: true });
  const reject = review?.decision === 'REJECT';
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!review) return;
    let v: { note?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      await reviewOffer({ variables: { id: review.offer.id, decision: review.decision, note: v.note?.trim() || null } });
      message.success(t(reject ? 'offerReview.rejected' : 'offerReview.approved'));
      close();
    } catch (e) {
      setError(e);
    }
  };
  const o = review?.offer;
  const share = o ? shareOfFace(o) : null;
  return (
    <Modal
      open={!!review}
      title={o ? t(reject ? 'offerReview.rejectTitle' : 'offerReview.approveTitle', { sku: o.skuName, supplier: o.supplier.name }) : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText={t(reject ? 'offerReview.reject' : 'offerReview.approve')}
      okButtonProps={{ danger: reject, 'data-testid': 'offer-review-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
    >
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {o?.lowPriceFlag && share !== null && (
        <Alert type="error" showIcon title={t('offerReview.lowPriceWarning', { ratio: formatBasisPoints(share), floor: LOW_PRICE_FLOOR_BP / 100 })} style={{ marginBottom: 16 }} />
      )}
      {o && (
        <Flex gap={24} wrap style={{ marginBottom: 16 }}>
          <span>
            {t('offerReview.settlement')}: <Money fen={o.settlementPrice} strong />
          </span>
          <span>
            {t('offerReview.unified')}: <Money fen={o.unifiedPrice} />
          </span>
          <span>
            {t('offerReview.faceValue')}: <Money fen={o.faceValue} />
          </span>
        </Flex>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('offerReview.note')} rules={reject ? [{ required: true, whitespace: true, message: t('offerReview.noteRequired') }, { max: 500 }] : [{ max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t(reject ? 'offerReview.noteRejectPlaceholder' : 'offerReview.noteApprovePlaceholder')} data-testid="offer-review-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 批量通过: the selected offers still waiting, approved after one confirmation, one by one through the same
 * reviewOffer call as a single approval (each audited on its own); a failure is shown on its row and stops nothing.
 */
function BulkApprove({ selected, onDone }: { selected: OfferFieldsFragment[]; onDone: (approved: string[]) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [reviewOffer] = useMutation(ReviewOfferDocument);
  const [note, setNote] = useState('');
  const pending = selected.filter((o) => o.status === 'PENDING_REVIEW');
  const low = pending.filter((o) => o.lowPriceFlag).length;
  return (
    <>
      <Tooltip title={pending.length ? undefined : t('offerReview.bulkNotPending')}>
        <Button size="small" type="primary" icon={<CheckOutlined />} disabled={!pending.length} onClick={() => setOpen(true)} data-testid="offer-bulk-approve">
          {t('offerReview.bulkApprove')} ({pending.length})
        </Button>
      </Tooltip>
      <BulkRunDialog<OfferFieldsFragment>
        open={open}
        data-testid="offer-bulk-dialog"
        title={t('offerReview.bulkApproveTitle', { count: pending.length })}
        items={pending}
        rowKey={(o) => o.id}
        okText={t('offerReview.bulkApproveOk', { count: pending.length })}
        describe={(o) => (
          <Flex gap={8} wrap align="center" data-sku={o.skuCode}>
            <Typography.Text strong>{o.skuName}</Typography.Text>
            <Typography.Text type="secondary">{o.supplier.name}</Typography.Text>
            <Money fen={o.settlementPrice} />
            {o.lowPriceFlag && <LowPriceTag />}
          </Flex>
        )}
        notice={
          <Flex vertical gap={8}>
            <Typography.Text>{t('offerReview.bulkApproveNotice')}</Typography.Text>
            {low > 0 && <Alert type="error" showIcon title={t('offerReview.bulkLowPrice', { count: low, floor: LOW_PRICE_FLOOR_BP / 100 })} />}
          </Flex>
        }
        run={(o) => reviewOffer({ variables: { id: o.id, decision: 'APPROVE', note: note.trim() || null } })}
        onClose={(approved) => {
          setOpen(false);
          setNote('');
          if (approved.length) void client.refetchQueries({ include: [OffersDocument] });
          onDone(approved);
        }}
      >
        <Input.TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('offerReview.noteApprovePlaceholder')} aria-label={t('offerReview.note')} data-testid="offer-bulk-note" />
      </BulkRunDialog>
    </>
  );
}

/** 货源审核: pending offers oldest first (or all offers), low-price flags highlighted, approve or reject with a note, or approve many at once. */
export default function OfferReviewPage() {
  const { t } = useTranslation();
  const list = useListState();
  const all = list.get('scope') === 'all';
  const status = all ? (list.get('status') as OfferStatus | undefined) : undefined;
  const lowOnly = list.get('low') === '1';
  const [review, setReview] = useState<{ offer: OfferFieldsFragment; decision: 'APPROVE' | 'REJECT' } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(OffersDocument, {
    variables: { filter: { status: all ? (status ?? null) : 'PENDING_REVIEW', lowPriceOnly: lowOnly }, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;

  const columns: ListColumn<OfferFieldsFragment>[] = [
    {
      title: t('offerReview.sku'),
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
    { title: t('offerReview.supplier'), key: 'supplier', dataIndex: 'supplier.name', width: 160 },
    {
      title: t('offerReview.settlement'),
      key: 'settlementPrice',
      width: 110,
      exportValue: (o) => fenToYuan(o.settlementPrice),
      render: (_: unknown, o) => (
        <Space size={4} wrap>
          <Money fen={o.settlementPrice} strong />
          {o.lowPriceFlag && <LowPriceTag />}
        </Space>
      ),
    },
    {
      title: t('offerReview.ofFace'),
      key: 'share',
      nowrap: true,
      align: 'right',
      exportValue: (o) => { const share = shareOfFace(o); return share === null ? null : formatBasisPoints(share); },
      render: (_: unknown, o) => {
        const share = shareOfFace(o);
        if (share === null) return t('common.none');
        return (
          <Typography.Text type={share < BigInt(LOW_PRICE_FLOOR_BP) ? 'danger' : undefined} strong={share < BigInt(LOW_PRICE_FLOOR_BP)} data-testid="offer-share" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatBasisPoints(share)}
          </Typography.Text>
        );
      },
    },
    { title: t('offerReview.faceValue'), key: 'faceValue', nowrap: true, align: 'right', defaultHidden: true, render: (v: string) => <Money fen={v} />, exportValue: (o) => fenToYuan(o.faceValue) },
    { title: t('offerReview.unified'), key: 'unifiedPrice', nowrap: true, align: 'right', render: (v: string) => <Money fen={v} />, exportValue: (o) => fenToYuan(o.unifiedPrice) },
    { title: t('offerReview.status'), key: 'status', nowrap: true, mobile: 'tag', render: (s: OfferStatus) => <OfferStatusTag status={s} />, exportValue: (o) => t(`cat.offerStatus.${o.status}`) },
    { title: t('offerReview.submittedAt'), key: 'createdAt', nowrap: true, render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      nowrap: true,
      mobile: 'actions',
      exportValue: false,
      render: (_: unknown, o) =>
        o.status === 'PENDING_REVIEW' ? (
          <Space size={4}>
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setReview({ offer: o, decision: 'APPROVE' })} data-testid="offer-approve">
              {t('offerReview.approve')}
            </Button>
            <Button size="small" danger icon={<CloseOutlined />} onClick={() => setReview({ offer: o, decision: 'REJECT' })} data-testid="offer-reject">
              {t('offerReview.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('offerReview.title')} subtitle={t('offerReview.subtitle', { floor: LOW_PRICE_FLOOR_BP / 100 })} />
      <AsyncState loading={loading && !shown} error={error} hasData={!!shown} onRetry={() => void refetch()}>
        <ListPage<OfferFieldsFragment>
          error={error}
          listKey="admin.offerReview"
          data-testid="offer-review-table"
          state={list}
          rowKey={(o) => o.id}
          columns={columns}
          items={shown?.offers.items ?? []}
          total={shown?.offers.totalCount ?? 0}
          loading={loading}
          onReload={() => void refetch()}
          emptyText={t(all ? 'offerReview.emptyAll' : 'offerReview.empty')}
          exportName="offers"
          rowProps={(o) => ({ 'data-sku': o.skuCode, 'data-offer': o.id, style: o.lowPriceFlag ? { background: '#fff1f0' } : undefined })}
          bulkActions={(selected, clear) => <BulkApprove selected={selected} onDone={(approved) => approved.length && clear()} />}
          filters={
            <>
              <Segmented
                value={all ? 'all' : 'queue'}
                onChange={(v) => list.set({ scope: v === 'all' ? 'all' : undefined, status: undefined })}
                options={[
                  { value: 'queue', label: t('offerReview.queue') },
                  { value: 'all', label: t('offerReview.all') },
                ]}
                data-testid="offer-review-scope"
              />
              <Checkbox checked={lowOnly} onChange={(e) => list.set({ low: e.target.checked ? '1' : undefined })} data-testid="low-only">
                {t('offerReview.lowOnly')}
              </Checkbox>
              {all && (
                <Select<OfferStatus>
                  allowClear
                  placeholder={t('offerReview.status')}
                  aria-label={t('offerReview.status')}
                  value={status}
                  onChange={(v) => list.set({ status: v })}
                  style={{ width: 140 }}
                  options={Object.values(OfferStatus).map((s) => ({ value: s, label: t(`cat.offerStatus.${s}`) }))}
                />
              )}
            </>
          }
        />
      </AsyncState>
      <ReviewModal review={review} onClose={() => setReview(null)} />
    </>
  );
}
