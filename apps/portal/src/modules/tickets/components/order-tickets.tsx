import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { CustomerServiceOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrderStatus } from '@mengyuan/domain';
import { TicketsDocument, type OrderFieldsFragment } from '@mengyuan/graphql';
import { TicketStatusTag } from '@mengyuan/ui';
import { FileTicketDialog } from './file-ticket-dialog';

const ELIGIBLE = new Set<string>([OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED]);

/** In the order drawer: 申请售后 for a delivered order, and the tickets already filed on it. */
export function OrderTickets({ order }: { order: OrderFieldsFragment }) {
  const { t } = useTranslation();
  const [filing, setFiling] = useState(false);
  const { data } = useQuery(TicketsDocument, {
    variables: {
      filter: { orderId: order.id },
      sort: 'NEWEST',
      page: { offset: 0, limit: 20 },
    },
  });
  const tickets = data?.tickets.items ?? [];
  if (!ELIGIBLE.has(order.status) && !tickets.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 16 }} data-testid="order-tickets">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('tickets.orderTickets')}</Typography.Text>
        {ELIGIBLE.has(order.status) && (
          <Button icon={<CustomerServiceOutlined />} onClick={() => setFiling(true)} data-testid="file-ticket">
            {t('tickets.file.entry')}
          </Button>
        )}
      </Flex>
      {tickets.map((tk) => (
        <Flex key={tk.id} gap={8} align="center" wrap>
          <Link to={`/tickets/${tk.id}`} style={{ fontFamily: 'monospace' }}>
            {tk.number}
          </Link>
          <span>{t(`tk.category.${tk.category}`)}</span>
          <TicketStatusTag status={tk.status} />
        </Flex>
      ))}
      {filing && <FileTicketDialog order={order} open={filing} onClose={() => setFiling(false)} />}
    </Flex>
  );
}
