import { useState } from 'react';
import { App, Avatar, Button, Checkbox, Empty, Flex, Form, Input, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined, PaperClipOutlined, RobotOutlined, SendOutlined, ShopOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TICKET_LIMITS, type TicketAuthorKind } from '@mengyuan/domain';
import { PostTicketMessageDocument, type TicketMessageFieldsFragment } from '@mengyuan/graphql';
import { useAuth } from '../auth/auth-provider';
import { DateTime } from '../components/date-time';
import { errorMessage } from '../errors';
import { fetchBlob } from '../files';
import { AttachmentsInput } from './attachments-input';

const AUTHOR_ICON: Record<TicketAuthorKind, typeof UserOutlined> = {
  MEMBER: UserOutlined,
  SUPPLIER: ShopOutlined,
  ALLIANCE: TeamOutlined,
  SYSTEM: RobotOutlined,
};
const AUTHOR_COLOR: Record<TicketAuthorKind, string> = {
  MEMBER: '#7b61ff',
  SUPPLIER: '#1f5fd6',
  ALLIANCE: '#d4380d',
  SYSTEM: '#8c8f98',
};

/** A system note's body is a code with a parameter (AUTO_RULE_LIMIT:3): say it in the reader's words. */
function useBody() {
  const { t } = useTranslation();
  return (m: TicketMessageFieldsFragment) => {
    if (m.authorKind !== 'SYSTEM') return m.body;
    const [code, arg = ''] = m.body.split(':');
    return t(`tk.systemNote.${code}`, {
      limit: arg,
      code: arg,
      defaultValue: m.body,
    });
  };
}

function Attachment({ url, n }: { url: string; n: number }) {
  const { t } = useTranslation();
  const { manager } = useAuth();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      const blob = await fetchBlob(manager, url);
      window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    } catch {
      message.error(t('tk.thread.attachmentFailed'));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button size="small" icon={<PaperClipOutlined />} loading={loading} onClick={() => void open()} data-testid="ticket-attachment">
      {t('tk.thread.openAttachment', { n })}
    </Button>
  );
}

/** The conversation, oldest first: who wrote (by side), internal notes marked, attachments opened with the session's credentials. */
export function TicketThread({ messages }: { messages: readonly TicketMessageFieldsFragment[] }) {
  const { t } = useTranslation();
  const body = useBody();
  if (!messages.length) return <Empty description={t('tk.thread.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Flex vertical gap={14} data-testid="ticket-thread">
      {messages.map((m) => {
        const Icon = AUTHOR_ICON[m.authorKind];
        return (
          <Flex key={m.id} gap={10} align="flex-start" data-testid="ticket-message" data-author={m.authorKind} data-internal={m.internal}>
            <Avatar size={32} icon={<Icon />} style={{ background: AUTHOR_COLOR[m.authorKind], flexShrink: 0 }} />
            <div
              style={{
                flex: 1,
                minWidth: 0,
                padding: '8px 12px',
                borderRadius: 8,
                background: m.internal ? '#fffbe6' : m.mine ? '#f0f5ff' : '#fafafa',
                border: `1px solid ${m.internal ? '#ffe58f' : '#f0f0f0'}`,
              }}
            >
              <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
                <Typography.Text strong>{t(`tk.author.${m.authorKind}`)}</Typography.Text>
                {m.internal && (
                  <Tooltip title={t('tk.thread.internalHint')}>
                    <Tag icon={<LockOutlined />} color="gold" style={{ marginInlineEnd: 0 }}>
                      {t('tk.internalNote')}
                    </Tag>
                  </Tooltip>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={m.createdAt} format="YYYY-MM-DD HH:mm" />
                </Typography.Text>
              </Flex>
              <Typography.Paragraph
                style={{
                  margin: 0,
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                }}
              >
                {body(m)}
              </Typography.Paragraph>
              {m.attachments.length > 0 && (
                <Flex gap={6} wrap style={{ marginTop: 8 }}>
                  {m.attachments.map((a, i) => (
                    <Attachment key={a.fileId} url={a.url} n={i + 1} />
                  ))}
                </Flex>
              )}
            </div>
          </Flex>
        );
      })}
    </Flex>
  );
}

interface ComposerValues {
  body: string;
  internal?: boolean;
  waitForMember?: boolean;
}

/**
 * Writing to the thread. Supplier staff may write an internal note or ask the member and wait (the resolution
 * clock pauses); the alliance may write internal notes; members write to the whole thread.
 */
export function TicketComposer({ ticketId, allowInternal = false, allowWait = false, onPosted }: { ticketId: string; allowInternal?: boolean; allowWait?: boolean; onPosted?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ComposerValues>();
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [key, setKey] = useState(0);
  const internal = Form.useWatch('internal', form);
  const [post, { loading }] = useMutation(PostTicketMessageDocument);
  const submit = async (values: ComposerValues) => {
    try {
      await post({
        variables: {
          input: {
            ticketId,
            body: values.body.trim(),
            internal: !!values.internal,
            waitForMember: !values.internal && !!values.waitForMember,
            attachmentIds,
          },
        },
      });
      form.resetFields();
      setAttachmentIds([]);
      setKey((k) => k + 1);
      message.success(t('tk.thread.sent'));
      onPosted?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="ticket-composer" requiredMark={false}>
      <Form.Item
        name="body"
        label={t('tk.action.RESPOND')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('tk.thread.bodyRequired'),
          },
          {
            max: TICKET_LIMITS.message,
            message: t('tk.thread.tooLong', { max: TICKET_LIMITS.message }),
          },
        ]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea rows={3} placeholder={t('tk.thread.placeholder')} maxLength={TICKET_LIMITS.message} data-testid="composer-body" />
      </Form.Item>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex vertical gap={4}>
          <AttachmentsInput key={key} onChange={setAttachmentIds} />
          {allowInternal && (
            <Form.Item name="internal" valuePropName="checked" noStyle>
              <Checkbox data-testid="composer-internal">
                {t('tk.thread.internal')}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ({t('tk.thread.internalHint')})
                </Typography.Text>
              </Checkbox>
            </Form.Item>
          )}
          {allowWait && (
            <Form.Item name="waitForMember" valuePropName="checked" noStyle>
              <Checkbox disabled={!!internal} data-testid="composer-wait">
                {t('tk.thread.waitForMember')}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ({t('tk.thread.waitHint')})
                </Typography.Text>
              </Checkbox>
            </Form.Item>
          )}
        </Flex>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={loading} data-testid="composer-send">
          {t('tk.thread.send')}
        </Button>
      </Flex>
    </Form>
  );
}
