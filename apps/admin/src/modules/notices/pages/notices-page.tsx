import { App, Button, Card, Segmented, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NoticeDeliveriesDocument, RetryNoticeDeliveryDocument, type NoticeDeliveryFieldsFragment, type NoticeDeliveryStatus } from '@mengyuan/graphql';
import { DateTime, PageHeader, ResponsiveTable } from '@mengyuan/ui';

const STATUSES: (NoticeDeliveryStatus | 'ALL')[] = ['FAILED', 'PENDING', 'SENT', 'EXPIRED', 'ALL'];
const COLOR: Record<NoticeDeliveryStatus, string> = { PENDING: 'processing', SENT: 'success', FAILED: 'error', EXPIRED: 'default' };

/** 通知投递: e-mail and robot messages; what failed for good can be sent again once the server or robot is fixed. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'FAILED') as NoticeDeliveryStatus | 'ALL';
  const page = Number(params.get('page') ?? 1);
  const { data, loading, refetch } = useQuery(NoticeDeliveriesDocument, { variables: { status: status === 'ALL' ? null : status, page: { offset: (page - 1) * 20, limit: 20 } }, fetchPolicy: 'cache-and-network' });
  const [retry] = useMutation(RetryNoticeDeliveryDocument);
  const result = data?.noticeDeliveries;
  return (
    <>
      <PageHeader title={t('acct.deliveries.title')} subtitle={t('acct.deliveries.subtitle')} />
      <Card>
        <Segmented<NoticeDeliveryStatus | 'ALL'>
          value={status}
          onChange={(v) => setParams({ status: v }, { replace: true })}
          options={STATUSES.map((s) => ({ value: s, label: s === 'ALL' ? t('common.all') : t(`acct.deliveries.status${s}`) }))}
          style={{ marginBottom: 16 }}
        />
        <ResponsiveTable<NoticeDeliveryFieldsFragment>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={[...(result?.items ?? [])]}
          scroll={{ x: 900 }}
          onRow={(d) => ({ 'data-testid': 'delivery-row', 'data-status': d.status }) as object}
          pagination={{ current: page, pageSize: 20, total: result?.totalCount ?? 0, showSizeChanger: false, onChange: (p) => setParams({ status, page: String(p) }, { replace: true }) }}
          columns={[
            { title: t('acct.deliveries.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
            { title: t('acct.deliveries.channel'), dataIndex: 'channel', width: 100, render: (c: string) => t(`acct.deliveries.channel${c}`) },
            { title: t('acct.deliveries.kind'), dataIndex: 'kind', render: (k: string) => t(`acct.kinds.${k}`) },
            { title: t('acct.deliveries.recipient'), dataIndex: 'recipient', ellipsis: true },
            { title: t('acct.deliveries.status'), dataIndex: 'status', width: 110, render: (s: NoticeDeliveryStatus) => <Tag color={COLOR[s]}>{t(`acct.deliveries.status${s}`)}</Tag> },
            { title: t('acct.deliveries.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
            { title: t('acct.deliveries.lastError'), dataIndex: 'lastError', ellipsis: true, render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : t('common.none')) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              render: (_, d) =>
                d.status === 'FAILED' ? (
                  <Button
                    size="small"
                    onClick={async () => {
                      await retry({ variables: { id: d.id } });
                      message.success(t('acct.deliveries.retried'));
                      void refetch();
                    }}
                  >
                    {t('acct.deliveries.retry')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
