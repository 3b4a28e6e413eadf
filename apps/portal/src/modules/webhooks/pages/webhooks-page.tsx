import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DisableWebhookEndpointDocument, WebhookEndpointsDocument, type WebhookEndpointFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, PageHeader, useAuth } from '@mengyuan/ui';
import { CreateEndpointDialog } from '../components/create-endpoint-dialog';
import { DeliveriesCard } from '../components/deliveries-card';
import { VerifyHelp } from '../components/verify-help';
import { eventKey } from '../components/webhook-events';

/** Webhook 回调: the owner's endpoints, their deliveries (attempts, payload, replay) and how to verify them. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const isOwner = !!user?.roles.includes('OWNER');
  const kind = user?.organization.kind;
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsDocument, { skip: !isOwner });
  const [disable] = useMutation(DisableWebhookEndpointDocument);
  const [creating, setCreating] = useState(false);
  const [endpointId, setEndpointId] = useState<string | null>(null);

  if (!isOwner) {
    return (
      <>
        <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
        <Alert type="info" showIcon title={t('webhooks.ownerOnly')} />
      </>
    );
  }

  const onDisable = async (endpoint: WebhookEndpointFieldsFragment) => {
    try {
      await disable({ variables: { id: endpoint.id } });
      message.success(t('webhooks.disabledOk'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="webhook-create">
            {t('webhooks.create')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('webhooks.endpoints')}>
          <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
            <Table<WebhookEndpointFieldsFragment>
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={endpoints}
              data-testid="webhook-endpoints"
              scroll={{ x: 960 }}
              locale={{ emptyText: t('webhooks.noEndpoints') }}
              onRow={(e) => ({ 'data-url': e.url, 'data-enabled': String(e.enabled) }) as object}
              columns={[
                {
                  title: t('webhooks.url'),
                  dataIndex: 'url',
                  render: (url: string, e) => (
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text copyable={{ text: url }} style={{ fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' }}>
                        {url}
                      </Typography.Text>
                      {e.description && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {e.description}
                        </Typography.Text>
                      )}
                    </Flex>
                  ),
                },
                {
                  title: t('webhooks.events'),
                  dataIndex: 'events',
                  width: 300,
                  render: (events: string[]) => (
                    <Space size={4} wrap>
                      {events.map((ev) => (
                        <EventTag key={ev} event={ev} />
                      ))}
                    </Space>
                  ),
                },
                {
                  title: t('webhooks.status'),
                  dataIndex: 'enabled',
                  width: 90,
                  render: (on: boolean) => (
                    <Tag color={on ? 'success' : 'default'} data-testid="endpoint-status" style={{ marginInlineEnd: 0 }}>
                      {t(on ? 'webhooks.enabled' : 'webhooks.disabled')}
                    </Tag>
                  ),
                },
                { title: t('webhooks.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: 'right',
                  width: 150,
                  render: (_, e) => (
                    <Flex gap={0}>
                      <Button type="link" size="small" onClick={() => setEndpointId(e.id)}>
                        {t('webhooks.showDeliveries')}
                      </Button>
                      {e.enabled && (
                        <Popconfirm
                          title={t('webhooks.disableTitle')}
                          description={<div style={{ maxWidth: 300 }}>{t('webhooks.disableContent')}</div>}
                          okText={t('webhooks.disable')}
                          okButtonProps={{ danger: true, 'data-testid': 'endpoint-disable-confirm' } as ButtonProps}
                          cancelText={t('common.cancel')}
                          onConfirm={() => onDisable(e)}
                        >
                          <Button type="link" size="small" danger data-testid="endpoint-disable">
                            {t('webhooks.disable')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          </AsyncState>
        </Card>
        <DeliveriesCard endpoints={endpoints} endpointId={endpointId} onEndpointChange={setEndpointId} />
        <VerifyHelp />
      </Flex>
      <CreateEndpointDialog open={creating} kind={kind} onClose={() => setCreating(false)} />
    </>
  );
}

function EventTag({ event }: { event: string }) {
  const { t } = useTranslation();
  return (
    <Tag style={{ marginInlineEnd: 0 }} title={event}>
      {t(`webhooks.event.${eventKey(event)}`, { defaultValue: event })}
    </Tag>
  );
}
