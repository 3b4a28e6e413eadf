import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Modal, Segmented, Select, Space, Table, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ButtonProps } from 'antd';
import { LOW_PRICE_FLOOR_BP, OfferStatus, parseFen, ratioBasisPoints } from '@mengyuan/domain';
import { OffersDocument, ReviewOfferDocument, type OfferFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, formatBasisPoints, LowPriceTag, Money, OfferStatusTag, PageHeader } from '@mengyuan/ui';

const PAGE_SIZE = 20;

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

/** 货源审核: pending offers oldest first (or all offers), low-price flags highlighted, approve or reject with a note. */
export default function OfferReviewPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<'queue' | 'all'>('queue');
  const [status, setStatus] = useState<OfferStatus | undefined>();
  const [lowOnly, setLowOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [review, setReview] = useState<{ offer: OfferFieldsFragment; decision: 'APPROVE' | 'REJECT' } | null>(null);
  const { data, loading, error, refetch } = useQuery(OffersDocument, {
    variables: { filter: { status: view === 'queue' ? 'PENDING_REVIEW' : (status ?? null), lowPriceOnly: lowOnly }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader title={t('offerReview.title')} subtitle={t('offerReview.subtitle', { floor: LOW_PRICE_FLOOR_BP / 100 })} />
      <Card
        title={
          <Segmented
            value={view}
            onChange={(v) => {
              setView(v as 'queue' | 'all');
              setPage(1);
            }}
            options={[
              { value: 'queue', label: t('offerReview.queue') },
              { value: 'all', label: t('offerReview.all') },
            ]}
          />
        }
        extra={
          <Flex gap={8} align="center" wrap>
            <Checkbox
              checked={lowOnly}
              onChange={(e) => {
                setLowOnly(e.target.checked);
                setPage(1);
              }}
              data-testid="low-only"
            >
              {t('offerReview.lowOnly')}
            </Checkbox>
            {view === 'all' && (
              <Select<OfferStatus>
                allowClear
                placeholder={t('offerReview.status')}
                value={status}
                onChange={(v) => {
                  setStatus(v);
                  setPage(1);
                }}
                style={{ width: 140 }}
                options={Object.values(OfferStatus).map((s) => ({ value: s, label: t(`cat.offerStatus.${s}`) }))}
              />
            )}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<OfferFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="offer-review-table"
            loading={loading && !!data}
            dataSource={data?.offers.items ?? []}
            locale={{ emptyText: t(view === 'queue' ? 'offerReview.empty' : 'offerReview.emptyAll') }}
            scroll={{ x: 1100 }}
            onRow={(o) => ({ 'data-sku': o.skuCode, style: o.lowPriceFlag ? { background: '#fff1f0' } : undefined }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.offers.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              {
                title: t('offerReview.sku'),
                key: 'sku',
                render: (_, o) => (
                  <Flex vertical>
                    <Typography.Text strong>{o.skuName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {o.skuCode}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('offerReview.supplier'), key: 'supplier', render: (_, o) => o.supplier.name },
              {
                title: t('offerReview.settlement'),
                key: 'settlement',
                width: 170,
                render: (_, o) => (
                  <Space size={6} wrap>
                    <Money fen={o.settlementPrice} strong />
                    {o.lowPriceFlag && <LowPriceTag />}
                  </Space>
                ),
              },
              {
                title: t('offerReview.ofFace'),
                key: 'share',
                width: 100,
                align: 'right',
                render: (_, o) => {
                  const share = shareOfFace(o);
                  if (share === null) return t('common.none');
                  return (
                    <Typography.Text type={share < BigInt(LOW_PRICE_FLOOR_BP) ? 'danger' : undefined} strong={share < BigInt(LOW_PRICE_FLOOR_BP)} data-testid="offer-share" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatBasisPoints(share)}
                    </Typography.Text>
                  );
                },
              },
              { title: t('offerReview.faceValue'), dataIndex: 'faceValue', width: 100, align: 'right', render: (v: string) => <Money fen={v} /> },
              { title: t('offerReview.unified'), dataIndex: 'unifiedPrice', width: 110, align: 'right', render: (v: string) => <Money fen={v} /> },
              { title: t('offerReview.status'), dataIndex: 'status', width: 100, render: (s: OfferStatus) => <OfferStatusTag status={s} /> },
              { title: t('offerReview.submittedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_, o) =>
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
            ]}
          />
        </AsyncState>
      </Card>
      <ReviewModal review={review} onClose={() => setReview(null)} />
    </>
  );
}
