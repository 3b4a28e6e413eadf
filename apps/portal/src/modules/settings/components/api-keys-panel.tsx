import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, CopyOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeyFieldsFragment, type ApiKeyScope } from '@mengyuan/graphql';
import { ApiKeyScope as Scopes } from '@mengyuan/domain';
import { AsyncState, DateTime, errorMessage } from '@mengyuan/ui';

const ALL_SCOPES = Object.values(Scopes) as ApiKeyScope[];

function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; scopes: ApiKeyScope[] }>();
  const [create, { loading }] = useMutation(CreateApiKeyDocument, { refetchQueries: [ApiKeysDocument] });
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setSecret(null);
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      const { data } = await create({ variables: { input: { name: values.name.trim(), scopes: values.scopes } } });
      if (data) setSecret(data.createApiKey.secret);
    } catch (e) {
      setError(e);
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      message.success(t('apiKeys.secretCopied'));
    } catch {
      message.error(t('errors.UNKNOWN'));
    }
  };

  if (secret) {
    return (
      <Modal
        open={open}
        title={t('apiKeys.createdTitle')}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={close} data-testid="api-key-done">
            {t('apiKeys.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('apiKeys.secretWarning')} style={{ marginBottom: 16 }} />
        <Flex gap={8}>
          <Input readOnly value={secret} style={{ fontFamily: 'monospace' }} data-testid="api-key-secret" onFocus={(e) => e.target.select()} />
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('apiKeys.copySecret')}
          </Button>
        </Flex>
      </Modal>
    );
  }

  return (
    <Modal open={open} title={t('apiKeys.createTitle')} onCancel={close} onOk={() => void submit()} okText={t('apiKeys.create')} cancelText={t('common.cancel')} confirmLoading={loading} destroyOnHidden>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ scopes: ['CATALOG_READ', 'ORDERS_READ'] }}>
        <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, whitespace: true, message: t('apiKeys.nameRequired') }, { max: 60 }]}>
          <Input placeholder={t('apiKeys.namePlaceholder')} maxLength={60} data-testid="api-key-name" />
        </Form.Item>
        <Form.Item name="scopes" label={t('apiKeys.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
            {ALL_SCOPES.map((s) => (
              <Checkbox key={s} value={s}>
                {t(`apiKeys.scope.${s}`)} <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>{s}</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ApiKeysPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, { skip: !canManage });
  const [revoke] = useMutation(RevokeApiKeyDocument);
  const [creating, setCreating] = useState(false);

  if (!canManage) return <Alert type="info" showIcon title={t('apiKeys.ownerOnly')} />;

  const onRevoke = async (key: ApiKeyFieldsFragment) => {
    try {
      await revoke({ variables: { id: key.id } });
      message.success(t('apiKeys.revokedOk'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const keys = data?.apiKeys ?? [];
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('apiKeys.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
          {t('apiKeys.create')}
        </Button>
      </Flex>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Table<ApiKeyFieldsFragment>
          rowKey="id"
          dataSource={keys}
          pagination={false}
          size="middle"
          locale={{ emptyText: t('apiKeys.empty') }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('apiKeys.name'),
              dataIndex: 'name',
              render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
            },
            { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
            {
              title: t('apiKeys.scopes'),
              dataIndex: 'scopes',
              render: (scopes: ApiKeyScope[]) => (
                <Space size={4} wrap>
                  {scopes.map((s) => (
                    <Tag key={s} style={{ marginInlineEnd: 0 }}>
                      {t(`apiKeys.scope.${s}`)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('apiKeys.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
            { title: t('apiKeys.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? <DateTime value={v} /> : <Typography.Text type="secondary">{t('apiKeys.neverUsed')}</Typography.Text>) },
            {
              title: t('apiKeys.status'),
              dataIndex: 'revokedAt',
              render: (v: string | null) =>
                v ? (
                  <Space size={4} orientation="vertical">
                    <Tag color="default">{t('apiKeys.revoked')}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      <DateTime value={v} />
                    </Typography.Text>
                  </Space>
                ) : (
                  <Tag color="success">{t('apiKeys.active')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              width: 96,
              render: (_, key) =>
                key.revokedAt ? null : (
                  <Popconfirm
                    title={t('apiKeys.revokeTitle', { name: key.name })}
                    description={<div style={{ maxWidth: 280 }}>{t('apiKeys.revokeContent')}</div>}
                    okText={t('apiKeys.revoke')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onRevoke(key)}
                  >
                    <Button type="link" danger size="small">
                      {t('apiKeys.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </AsyncState>
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
