import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecideRatingRemovalDocument, RatingRemovalRequestsDocument, type RatingRemovalRequestFieldsFragment, type RatingRemovalStatus } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, ResponsiveTable } from '@mengyuan/ui';

const STATUSES: RatingRemovalStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
const COLOR: Record<string, string> = { PENDING: 'gold', APPROVED: 'red', REJECTED: 'default' };

/** 评价删除申请: the alliance approves (the rating is hidden with the reason) or rejects each request. */
export default function RatingRemovalsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RatingRemovalStatus>('PENDING');
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(RatingRemovalRequestsDocument, {
    variables: { filter: { status }, page: { offset: (page - 1) * 20, limit: 20 } },
    fetchPolicy: 'cache-and-network',
  });
  const [deciding, setDeciding] = useState<{ request: RatingRemovalRequestFieldsFragment; approve: boolean } | null>(null);
  return (
    <>
      <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{t('ratingRemovals.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('ratingRemovals.subtitle')}</Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>{t('common.refresh')}</Button>
      </Flex>
      <Card>
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <span id="removal-status-label">{t('ratingRemovals.filter')}</span>
          <Segmented<RatingRemovalStatus>
            aria-labelledby="removal-status-label"
            value={status}
            onChange={(v) => { setStatus(v); setPage(1); }}
            options={STATUSES.map((s) => ({ value: s, label: t(`ratingRemovals.status.${s}`) }))}
          />
        </Flex>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<RatingRemovalRequestFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="removal-requests"
            dataSource={data?.ratingRemovalRequests.items ?? []}
            locale={{ emptyText: <Empty description={t('ratingRemovals.empty')} /> }}
            pagination={{ current: page, pageSize: 20, total: data?.ratingRemovalRequests.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('ratingRemovals.requestedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
              {
                title: t('ratingRemovals.rating'),
                key: 'rating',
                render: (_, r) => (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{r.rating.raterName} → {r.rating.ratedName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`ratingRemovals.side.${r.rating.side}`)} · {r.rating.clientOrderNo} · {r.rating.skuName}</Typography.Text>
                    {r.rating.scores && <Typography.Text style={{ fontSize: 12 }}>{t('ratingRemovals.scores')}: {Object.entries(r.rating.scores).filter(([k, v]) => k !== '__typename' && v !== null).map(([k, v]) => `${k} ${v}`).join(' · ')}</Typography.Text>}
                    {r.rating.comment && <Typography.Text>“{r.rating.comment}”</Typography.Text>}
                  </Flex>
                ),
              },
              { title: t('ratingRemovals.reason'), dataIndex: 'reason', width: 240 },
              {
                title: t('ratingRemovals.decision'),
                key: 'decision',
                width: 220,
                render: (_, r) =>
                  r.status === 'PENDING' ? (
                    <Space>
                      <Button danger size="small" onClick={() => setDeciding({ request: r, approve: true })} data-testid="approve-removal">{t('ratingRemovals.approve')}</Button>
                      <Button size="small" onClick={() => setDeciding({ request: r, approve: false })} data-testid="reject-removal">{t('ratingRemovals.reject')}</Button>
                    </Space>
                  ) : (
                    <Flex vertical>
                      <Tag color={COLOR[r.status]} style={{ width: 'fit-content' }}>{t(`ratingRemovals.status.${r.status}`)}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.decisionNote}</Typography.Text>
                    </Flex>
                  ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      {deciding && <DecideDialog request={deciding.request} approve={deciding.approve} onClose={(done) => { setDeciding(null); if (done) void refetch(); }} />}
    </>
  );
}

function DecideDialog({ request, approve, onClose }: { request: RatingRemovalRequestFieldsFragment; approve: boolean; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [decide, { loading }] = useMutation(DecideRatingRemovalDocument);
  const submit = async () => {
    try {
      await decide({ variables: { input: { requestId: request.id, approve, note } } });
      message.success(t('ratingRemovals.decided'));
      onClose(true);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <Modal open title={approve ? t('ratingRemovals.approveTitle') : t('ratingRemovals.rejectTitle')} onCancel={() => onClose(false)} onOk={() => void submit()}
      okButtonProps={{ danger: approve, disabled: note.trim().length < 2, loading }}>
      <Form layout="vertical">
        <Form.Item label={t('ratingRemovals.note')} htmlFor="removal-note">
          <Input.TextArea id="removal-note" rows={3} maxLength={500} showCount value={note} onChange={(e) => setNote(e.target.value)} data-testid="removal-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
