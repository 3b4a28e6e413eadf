import { useState } from 'react';
import { App, Button, Card, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { CopyOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryStatus } from '@mengyuan/domain';
import { ReplayWebhookDeliveryDocument, WebhookDeliveriesDocument, type WebhookDeliveryFieldsFragment, type WebhookEndpointFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage } from '@mengyuan/ui';
import { eventKey } from './webhook-events';

const PAGE_SIZE = 20;
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'processing', SUCCEEDED: 'success', FAILED: 'error' };

type Attempt = WebhookDeliveryFieldsFragment['attemptLog'][number];

export function DeliveryStatusTag({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-testid="delivery-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`webhooks.deliveryStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** One delivery opened: its attempts and the JSON it carries. */
function DeliveryDetail({ delivery }: { delivery: WebhookDeliveryFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const json = JSON.stringify(delivery.payload, null, 2);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      message.success(t('common.copied'));
    } catch {
      message.error(t('errors.UNKNOWN'));
    }
  };
  return (
    <Flex gap={24} wrap style={{ padding: '4px 0' }} data-testid="delivery-detail">
      <div style={{ flex: '1 1 420px', minWidth: 0 }}>
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('webhooks.attemptLog')}
        </Typography.Text>
        <Table<Attempt>
          rowKey={(a) => a.attemptedAt}
          size="small"
          pagination={false}
          dataSource={delivery.attemptLog}
          locale={{ emptyText: t('webhooks.noAttempts') }}
          data-testid="delivery-attempts"
          columns={[
            { title: t('webhooks.attemptedAt'), dataIndex: 'attemptedAt', width: 170, render: (v: string) => <DateTime value={v} /> },
            {
              title: t('webhooks.statusCode'),
              dataIndex: 'statusCode',
              width: 110,
              render: (code: number | null) =>
                code === null ? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> : <Tag color={code >= 200 && code < 300 ? 'success' : 'error'}>{code}</Tag>,
            },
            { title: t('webhooks.duration'), dataIndex: 'durationMs', width: 90, align: 'right', render: (ms: number) => t('webhooks.durationMs', { ms: ms.toLocaleString() }) },
            { title: t('webhooks.error'), dataIndex: 'error', render: (e: string | null) => (e ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{e}</Typography.Text> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>) },
          ]}
        />
      </div>
      <div style={{ flex: '1 1 360px', minWidth: 0 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('webhooks.payload')}</Typography.Text>
          <Button size="small" type="text" icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('webhooks.copyPayload')}
          </Button>
        </Flex>
        <pre
          data-testid="delivery-payload"
          style={{ margin: 0, padding: 12, maxHeight: 280, overflow: 'auto', background: 'rgba(0, 0, 0, 0.03)', border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 6, fontSize: 12, lineHeight: 1.5 }}
        >
          {json}
        </pre>
      </div>
    </Flex>
  );
}

/** 投递记录: every delivery, newest first, with its attempts, payload and a replay. */
export function DeliveriesCard({ endpoints, endpointId, onEndpointChange }: { endpoints: WebhookEndpointFieldsFragment[]; endpointId: string | null; onEndpointChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    pollInterval: 10_000,
    notifyOnNetworkStatusChange: true,
  });
  const [replay] = useMutation(ReplayWebhookDeliveryDocument);
  const [replaying, setReplaying] = useState<string | null>(null);
  const urlOf = new Map(endpoints.map((e) => [e.id, e.url]));
  const enabledOf = new Map(endpoints.map((e) => [e.id, e.enabled]));

  const onReplay = async (d: WebhookDeliveryFieldsFragment) => {
    setReplaying(d.id);
    try {
      await replay({ variables: { id: d.id } });
      message.success(t('webhooks.replayed'));
      void refetch();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setReplaying(null);
    }
  };

  return (
    <Card
      title={t('webhooks.deliveries')}
      data-testid="webhook-deliveries"
      extra={
        <Flex gap={8}>
          <Select
            allowClear
            placeholder={t('webhooks.allEndpoints')}
            aria-label={t('webhooks.allEndpoints')}
            value={endpointId ?? undefined}
            onChange={(v?: string) => {
              setPage(1);
              onEndpointChange(v ?? null);
            }}
            style={{ width: 280 }}
            popupMatchSelectWidth={false}
            options={endpoints.map((e) => ({ value: e.id, label: e.url }))}
            data-testid="delivery-endpoint-filter"
          />
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
        </Flex>
      }
    >
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Table<WebhookDeliveryFieldsFragment>
          rowKey="id"
          size="middle"
          data-testid="deliveries-table"
          dataSource={data?.webhookDeliveries.items ?? []}
          scroll={{ x: 1120 }}
          locale={{ emptyText: t('webhooks.noDeliveries') }}
          onRow={(d) => ({ 'data-delivery-id': d.id, 'data-event': d.eventType, 'data-status': d.status }) as object}
          expandable={{ expandedRowRender: (d) => <DeliveryDetail delivery={d} /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.webhookDeliveries.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
          columns={[
            {
              title: t('webhooks.eventType'),
              dataIndex: 'eventType',
              width: 190,
              render: (e: string) => (
                <Flex vertical>
                  <Typography.Text>{t(`webhooks.event.${eventKey(e)}`, { defaultValue: e })}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                    {e}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('webhooks.deliveryId'),
              dataIndex: 'id',
              width: 200,
              render: (id: string, d) => (
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text copyable={{ text: id }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
                    {id.length > 18 ? `${id.slice(0, 16)}…` : id}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 190 }}>
                    {urlOf.get(d.endpointId) ?? d.endpointId}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('webhooks.status'), dataIndex: 'status', width: 100, render: (s: WebhookDeliveryStatus) => <DeliveryStatusTag status={s} /> },
            { title: t('webhooks.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
            {
              title: t('webhooks.lastResult'),
              key: 'last',
              width: 200,
              render: (_, d) =>
                d.lastStatusCode === null && !d.lastError ? (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ) : (
                  <Tooltip title={d.lastError}>
                    <Typography.Text type={d.status === 'SUCCEEDED' ? undefined : 'danger'} ellipsis style={{ maxWidth: 180, fontSize: 13 }}>
                      {[d.lastStatusCode, d.lastError].filter((x) => x !== null && x !== '').join(' · ')}
                    </Typography.Text>
                  </Tooltip>
                ),
            },
            {
              title: t('webhooks.createdAt'),
              dataIndex: 'createdAt',
              width: 180,
              render: (v: string, d) => (
                <Flex vertical>
                  <DateTime value={v} />
                  {d.deliveredAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('webhooks.deliveredAt')} <DateTime value={d.deliveredAt} format="HH:mm:ss" />
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              width: 110,
              render: (_, d) => (
                <Button type="link" size="small" icon={<SendOutlined />} loading={replaying === d.id} disabled={enabledOf.get(d.endpointId) === false} onClick={() => void onReplay(d)} data-testid="delivery-replay">
                  {t('webhooks.replay')}
                </Button>
              ),
            },
          ]}
        />
      </AsyncState>
    </Card>
  );
}
