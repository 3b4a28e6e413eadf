import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Select, Typography, type ButtonProps } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CODE_CATEGORIES, TICKET_LIMITS, TIER_OF_CATEGORY, TicketCategory } from '@mengyuan/domain';
import { OpenTicketDocument, RevealOrderCodesDocument, SkuBriefDocument, SlaPoliciesDocument, TicketsDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { AttachmentsInput, errorMessage, fieldErrors, formatDuration } from '@mengyuan/ui';
import { rememberCodes, useRevealedCodes } from './revealed-codes';

interface Values {
  category: TicketCategory;
  description: string;
  codeIds?: string[];
}

/**
 * 申请售后 from an order: the category (and the tier and targets it implies), the codes concerned for code
 * categories (revealed on request, recorded), a description and attachments. Opens the ticket's page after.
 */
export function FileTicketDialog({ order, open, onClose }: { order: OrderFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const category = Form.useWatch('category', form);
  const sku = useQuery(SkuBriefDocument, {
    variables: { id: order.skuId },
    skip: !open,
  });
  const policies = useQuery(SlaPoliciesDocument, { skip: !open });
  const codes = useRevealedCodes(order.id);
  const [reveal, revealing] = useMutation(RevealOrderCodesDocument);
  const [openTicket, opening] = useMutation(OpenTicketDocument, {
    refetchQueries: [TicketsDocument],
  });
  const cards = sku.data?.sku.deliveryMode === 'CARD_CODE';
  const categories = Object.values(TicketCategory).filter((c) => (cards ? c !== 'TOPUP_NOT_RECEIVED' : !CODE_CATEGORIES.includes(c)));
  const needsCodes = cards && !!category && CODE_CATEGORIES.includes(category);
  const sold = (codes ?? []).filter((c) => c.status === 'SOLD');
  const tier = category ? TIER_OF_CATEGORY[category] : null;
  const policy = tier ? policies.data?.slaPolicies.find((p) => p.tier === tier) : undefined;

  const revealCodes = async () => {
    try {
      const { data } = await reveal({ variables: { orderId: order.id } });
      if (data) rememberCodes(order.id, data.revealOrderCodes);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const submit = async (v: Values) => {
    try {
      const { data } = await openTicket({
        variables: {
          input: {
            orderId: order.id,
            category: v.category,
            description: v.description.trim(),
            codeIds: needsCodes ? (v.codeIds ?? []) : [],
            attachmentIds,
          },
        },
      });
      if (!data) return;
      message.success(t('tickets.file.done', { number: data.openTicket.number }));
      onClose();
      navigate(`/tickets/${data.openTicket.id}`);
    } catch (e) {
      const fields = fieldErrors(e);
      if (Object.keys(fields).length)
        form.setFields(
          Object.entries(fields)
            .filter(([name]) => ['category', 'description', 'codeIds'].includes(name))
            .map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
      message.error(errorMessage(t, e));
    }
  };

  return (
    <Modal
      open={open}
      title={t('tickets.file.title', { no: order.clientOrderNo })}
      okText={t('tickets.file.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={opening.loading}
      okButtonProps={{ 'data-testid': 'file-ticket-submit' } as ButtonProps}
      destroyOnHidden
      forceRender
      width={600}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(v) => void submit(v)} data-testid="file-ticket-form" requiredMark={false}>
        <Form.Item
          name="category"
          label={t('tickets.file.category')}
          rules={[{ required: true, message: t('tickets.file.categoryRequired') }]}
          extra={
            tier && policy
              ? t('tickets.file.tierHint', {
                  tier: t(`tk.tier.${tier}`),
                  first: formatDuration(t, policy.firstResponseSeconds * 1000),
                  resolution: formatDuration(t, policy.resolutionSeconds * 1000),
                })
              : tier
                ? t(`tk.tier.${tier}`)
                : undefined
          }
        >
          <Select
            data-testid="file-ticket-category"
            loading={sku.loading}
            options={(['L1', 'L2'] as const).map((tr) => ({
              label: t(`tk.tier.${tr}`),
              title: t(`tk.tier.${tr}`),
              options: categories
                .filter((c) => TIER_OF_CATEGORY[c] === tr)
                .map((c) => ({
                  value: c,
                  label: <span data-testid={`category-${c}`}>{t(`tk.category.${c}`)}</span>,
                })),
            }))}
          />
        </Form.Item>
        {needsCodes && (
          <Form.Item
            name="codeIds"
            label={t('tickets.file.codes')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('tickets.file.codesRequired'),
              },
            ]}
          >
            {codes ? (
              sold.length ? (
                <Checkbox.Group style={{ width: '100%' }} data-testid="file-ticket-codes">
                  <Flex vertical gap={6} style={{ width: '100%' }}>
                    {sold.map((c) => (
                      <Checkbox key={c.id} value={c.id}>
                        <Typography.Text code style={{ overflowWrap: 'anywhere' }} data-testid="file-ticket-code">
                          {[c.cardNumber, c.secret].filter(Boolean).join(' / ')}
                        </Typography.Text>
                      </Checkbox>
                    ))}
                  </Flex>
                </Checkbox.Group>
              ) : (
                <Alert type="warning" showIcon title={t('tickets.file.codesNone')} />
              )
            ) : (
              <Popconfirm
                title={t('tickets.codes.revealTitle')}
                description={<div style={{ maxWidth: 260 }}>{t('tickets.codes.revealContent')}</div>}
                okText={t('tickets.codes.reveal')}
                cancelText={t('common.cancel')}
                onConfirm={() => revealCodes()}
                okButtonProps={{ 'data-testid': 'file-ticket-reveal-confirm' } as ButtonProps}
              >
                <Button icon={<EyeOutlined />} loading={revealing.loading} data-testid="file-ticket-reveal">
                  {t('tickets.file.codesReveal')}
                </Button>
              </Popconfirm>
            )}
          </Form.Item>
        )}
        <Form.Item
          name="description"
          label={t('tickets.file.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 5,
              message: t('tickets.file.descriptionRequired'),
            },
            {
              max: TICKET_LIMITS.description,
              message: t('tk.thread.tooLong', {
                max: TICKET_LIMITS.description,
              }),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={TICKET_LIMITS.description} showCount placeholder={t('tickets.file.descriptionPlaceholder')} data-testid="file-ticket-description" />
        </Form.Item>
        <Form.Item
          label={t('tickets.file.attachments')}
          extra={t('tk.thread.attachHint', {
            count: TICKET_LIMITS.attachments,
          })}
        >
          <AttachmentsInput onChange={setAttachmentIds} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
