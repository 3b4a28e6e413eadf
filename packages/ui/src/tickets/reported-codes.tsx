import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketDetailData } from './ticket-detail';

/**
 * Which codes the member reported (card number and the secret's last 4), for the supplier and the alliance: they
 * refund or reissue knowing which code is disputed. The member sees its own codes whole elsewhere.
 */
export function ReportedCodesCard({ ticket }: { ticket: Pick<TicketDetailData, 'reportedCodes'> }) {
  const { t } = useTranslation();
  if (!ticket.reportedCodes.length) return null;
  return (
    <Card title={t('tk.reported.title')} size="small" data-testid="reported-codes">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tk.reported.hint', { count: ticket.reportedCodes.length })}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...ticket.reportedCodes]}
        renderItem={(c) => (
          <List.Item data-testid="reported-code" style={{ flexWrap: 'wrap', gap: 4 }}>
            <div style={{ minWidth: 0 }}>
              <div>
                <Typography.Text type="secondary">{t('tk.reported.cardNumber')}: </Typography.Text>
                <Typography.Text copyable={!!c.cardNumber} style={{ wordBreak: 'break-all' }} data-testid="reported-card-number">
                  {c.cardNumber ?? t('tk.reported.noCardNumber')}
                </Typography.Text>
              </div>
              {c.secretTail && (
                <div>
                  <Typography.Text type="secondary">{t('tk.reported.secretTail')}: </Typography.Text>
                  <Typography.Text code>…{c.secretTail}</Typography.Text>
                </div>
              )}
            </div>
            <Tag>{t(`tk.reported.status.${c.status}`, { defaultValue: c.status })}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
