import { useEffect, useRef } from 'react';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography, type ButtonProps } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RevealOrderCodesDocument, type DeliveredCodeFieldsFragment, type TicketFieldsFragment } from '@mengyuan/graphql';
import { errorMessage } from '@mengyuan/ui';
import { rememberCodes, useRevealedCodes } from './revealed-codes';

const STATUS_COLOR: Record<string, string> = {
  SOLD: 'success',
  REPLACED: 'default',
  VOIDED: 'error',
};

/**
 * The member's codes on a ticket: the ones it names and, after a reissue, the new ones. Shown once the member
 * reveals them (recorded); once shown they refresh by themselves when a resolution brings codes not seen yet.
 */
export function TicketCodesCard({ ticket }: { ticket: TicketFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useRevealedCodes(ticket.orderId);
  const [reveal, { loading }] = useMutation(RevealOrderCodesDocument);
  const replacements = ticket.resolution?.replacementCodeIds ?? [];
  const refreshing = useRef(false);

  const load = async (announce = false) => {
    try {
      const { data } = await reveal({ variables: { orderId: ticket.orderId } });
      if (data) {
        rememberCodes(ticket.orderId, data.revealOrderCodes);
        if (announce) message.success(t('tickets.codes.refreshed'));
      }
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  // A reissue brought codes this page has not seen: show them now (the member already chose to see this order's codes).
  const missing = !!codes && replacements.some((id) => !codes.some((c) => c.id === id));
  useEffect(() => {
    if (!missing || refreshing.current) return;
    refreshing.current = true;
    void load(true).finally(() => (refreshing.current = false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missing]);

  const concerned = new Set([...ticket.codeIds, ...(ticket.resolution?.replacedCodeIds ?? [])]);
  const shown = (codes ?? []).filter((c) => concerned.has(c.id) || replacements.includes(c.id));
  const line = (c: DeliveredCodeFieldsFragment) => [c.cardNumber, c.secret].filter(Boolean).join(' / ');
  return (
    <Card size="small" title={t('tickets.codes.title')} data-testid="ticket-codes">
      {!codes ? (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text type="secondary">{t('tickets.codes.hint', { count: ticket.codeIds.length })}</Typography.Text>
          <Popconfirm
            title={t('tickets.codes.revealTitle')}
            description={<div style={{ maxWidth: 260 }}>{t('tickets.codes.revealContent')}</div>}
            okText={t('tickets.codes.reveal')}
            cancelText={t('common.cancel')}
            onConfirm={() => load()}
            okButtonProps={{ 'data-testid': 'ticket-codes-reveal-confirm' } as ButtonProps}
          >
            <Button icon={<EyeOutlined />} loading={loading} data-testid="ticket-codes-reveal">
              {t('tickets.codes.reveal')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          {shown.map((c) => (
            <Flex key={c.id} justify="space-between" align="center" gap={8} wrap data-testid="ticket-code" data-status={c.status} data-replacement={replacements.includes(c.id)}>
              <Typography.Text code copyable={c.status === 'SOLD'} delete={c.status !== 'SOLD'} style={{ overflowWrap: 'anywhere' }} data-testid="ticket-code-secret">
                {line(c)}
              </Typography.Text>
              <Flex gap={4}>
                {replacements.includes(c.id) && (
                  <Tag color="green" style={{ marginInlineEnd: 0 }}>
                    {t('tickets.codes.replacement')}
                  </Tag>
                )}
                <Tag color={STATUS_COLOR[c.status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
                  {t(`tk.codeStatus.${c.status}`, { defaultValue: c.status })}
                </Tag>
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
