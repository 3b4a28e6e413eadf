import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateWebhookEndpointDocument, WebhookEndpointsDocument } from '@mengyuan/graphql';
import { errorCode, errorMessage, fieldErrors } from '@mengyuan/ui';
import { eventKey, eventsFor, urlProblemKey } from './webhook-events';

interface Values {
  url: string;
  events: string[];
  description?: string;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** Adds an endpoint, then shows its signing secret this once. */
export function CreateEndpointDialog({ open, kind, onClose }: { open: boolean; kind: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [create, { loading }] = useMutation(CreateWebhookEndpointDocument, { refetchQueries: [WebhookEndpointsDocument], awaitRefetchQueries: true });
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const events = eventsFor(kind);

  const close = () => {
    setSecret(null);
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      const { data } = await create({ variables: { input: { url: values.url.trim(), events: values.events, description: values.description?.trim() || null } } });
      if (data) setSecret(data.createWebhookEndpoint.secret);
    } catch (e) {
      const fields = errorCode(e) === 'VALIDATION_FAILED' ? fieldErrors(e) : {};
      const named = Object.entries(fields).filter((entry): entry is ['url' | 'events', string[]] => entry[0] === 'url' || entry[0] === 'events');
      if (named.length) {
        form.setFields(
          named.map(([name, messages]) => ({
            name,
            errors: messages.map((m) => {
              const key = name === 'url' ? urlProblemKey(m) : undefined;
              return key ? t(key) : name === 'events' ? t('webhooks.eventsRequired') : m;
            }),
          })),
        );
      } else setError(e);
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      message.success(t('webhooks.secretCopied'));
    } catch {
      message.error(t('errors.UNKNOWN'));
    }
  };

  if (secret) {
    return (
      <Modal
        open={open}
        title={t('webhooks.createdTitle')}
        width={640}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={close} data-testid="webhook-secret-done">
            {t('webhooks.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('webhooks.secretWarning')} style={{ marginBottom: 16 }} />
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('webhooks.secretLabel')}
        </Typography.Text>
        <Flex gap={8}>
          <Input readOnly value={secret} style={{ fontFamily: 'monospace' }} data-testid="webhook-secret" onFocus={(e) => e.target.select()} />
          <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="webhook-secret-copy">
            {t('webhooks.copySecret')}
          </Button>
        </Flex>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('webhooks.createTitle')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('webhooks.create')}
      okButtonProps={{ 'data-testid': 'webhook-create-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      width={600}
      destroyOnHidden
    >
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ events }} preserve={false}>
        <Form.Item
          name="url"
          label={t('webhooks.url')}
          extra={t('webhooks.urlHint')}
          rules={[
            { required: true, whitespace: true, message: t('webhooks.urlRequired') },
            { validator: (_, v: string | undefined) => (!v?.trim() || isHttpUrl(v) ? Promise.resolve() : Promise.reject(new Error(t('webhooks.urlInvalid')))) },
          ]}
        >
          <Input placeholder={t('webhooks.urlPlaceholder')} maxLength={500} style={{ fontFamily: 'monospace' }} data-testid="webhook-url" />
        </Form.Item>
        <Form.Item name="events" label={t('webhooks.events')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.eventsRequired') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="webhook-events">
            {events.map((e) => (
              <Checkbox key={e} value={e} data-event={e}>
                <Typography.Text>{t(`webhooks.event.${eventKey(e)}`)}</Typography.Text>{' '}
                <Typography.Text code style={{ fontSize: 12 }}>
                  {e}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t(`webhooks.eventHint.${eventKey(e)}`)}
                </Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')} rules={[{ max: 200 }]}>
          <Input placeholder={t('webhooks.descriptionPlaceholder')} maxLength={200} data-testid="webhook-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
