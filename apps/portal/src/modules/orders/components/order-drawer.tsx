import { Descriptions, Drawer, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrderDetailDocument } from '@mengyuan/graphql';
import { AsyncState, DateTime, Latency, Money, OrderStatusTag } from '@mengyuan/ui';
import { RevealCodesButton } from './reveal-codes-button';
import { SkuName } from './sku-name';
import { OrderTickets } from '../../tickets/components/order-tickets';

const REVEALABLE = new Set(['DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/** An order's details, with the explicit 查看卡密 action for delivered card orders. */
export function OrderDrawer({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrderDetailDocument, { variables: { id: orderId ?? '' }, skip: !orderId });
  const order = data?.order;
  return (
    <Drawer open={!!orderId} onClose={onClose} size={560} title={t('orders.detailTitle')} destroyOnHidden data-testid="order-drawer"
      extra={order && REVEALABLE.has(order.status) ? <RevealCodesButton orderId={order.id} clientOrderNo={order.clientOrderNo} type="primary" size="middle" /> : undefined}
    >
      <AsyncState loading={loading} error={error} hasData={!!order && order.id === orderId} onRetry={() => void refetch()}>
        {order && (
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: { width: 140 } }}
            items={[
              { key: 'no', label: t('orders.orderNo'), children: <Typography.Text copyable>{order.clientOrderNo}</Typography.Text> },
              { key: 'id', label: t('orders.orderId'), children: <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>{order.id}</Typography.Text> },
              { key: 'sku', label: t('orders.sku'), children: <SkuName id={order.skuId} /> },
              { key: 'qty', label: t('orders.quantity'), children: order.quantity },
              { key: 'unit', label: t('orders.unitPrice'), children: <Money fen={order.unitPrice} /> },
              { key: 'total', label: t('orders.total'), children: <Money fen={order.total} strong /> },
              { key: 'status', label: t('orders.status'), children: <OrderStatusTag status={order.status} /> },
              ...(order.failureCode ? [{ key: 'failure', label: t('orders.failure'), children: <Typography.Text type="danger">{t(`errors.${order.failureCode}`, { defaultValue: order.failureCode })}</Typography.Text> }] : []),
              ...(order.rechargeAccount ? [{ key: 'account', label: t('orders.rechargeAccount'), children: order.rechargeAccount }] : []),
              { key: 'placed', label: t('orders.placedAt'), children: <DateTime value={order.placedAt} /> },
              { key: 'delivered', label: t('orders.deliveredAt'), children: <DateTime value={order.deliveredAt} /> },
              { key: 'latency', label: t('orders.latency'), children: <Latency ms={order.latencyMs} /> },
            ]}
          />
        )}
        {order && order.id === orderId && <OrderTickets order={order} />}
      </AsyncState>
    </Drawer>
  );
}
