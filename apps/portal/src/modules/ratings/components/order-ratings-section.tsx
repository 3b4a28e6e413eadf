import { Divider, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrderRatingDocument } from '@mengyuan/graphql';
import { OrderRatingPanel } from './rate-order';

/** In a member's order drawer: 评价 once delivered, and the order's ratings. */
export function OrderRatingsSection({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(OrderRatingDocument, { variables: { id: orderId }, fetchPolicy: 'cache-and-network' });
  const order = data?.order;
  if (!order?.rating.side || (!order.rating.canRate && !order.rating.mine && !order.rating.theirs)) return null;
  return (
    <div style={{ marginTop: 24 }}>
      <Divider titlePlacement="start" style={{ margin: '0 0 12px' }}>
        <Typography.Text strong>{t('ratings.title')}</Typography.Text>
      </Divider>
      <OrderRatingPanel orderId={order.id} orderNo={order.clientOrderNo} rating={order.rating} onChanged={() => void refetch()} />
    </div>
  );
}
