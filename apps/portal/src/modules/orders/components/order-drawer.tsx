import { Descriptions, Drawer, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrderStatus } from '@mengyuan/domain';
import { AsyncState, DateTime, FailureText, Latency, Money, OrderStatusTag, TopupProgress } from '@mengyuan/ui';
import { RevealCodesButton } from './reveal-codes-button';
import { OrderTickets } from '../../tickets/components/order-tickets';
import { OrderRatingsSection } from '../../ratings/components/order-ratings-section';
import { SkuName, useSkuBrief } from './sku-name';
import { useOrderDetail } from './use-order-detail';

const REVEALABLE = new Set<string>([OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED]);

/** Whether an order has codes to show again: a delivered card-code order (a direct top-up has none). */
export function useRevealable(order: { skuId: string; status: string }): boolean {
  const sku = useSkuBrief(order.skuId);
  return sku?.deliveryMode === 'CARD_CODE' && REVEALABLE.has(order.status);
}

/** An order's details: the explicit 查看卡密 for delivered card orders, a direct top-up's progress through the suppliers' queues. */
export function OrderDrawer({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useOrderDetail(orderId);
  const order = data?.order;
  return (
    <Drawer open={!!orderId} onClose={onClose} size={560} title={t('orders.detailTitle')} destroyOnHidden data-testid="order-drawer" extra={order ? <DrawerReveal order={order} /> : undefined}>
      <AsyncState loading={loading} error={error} hasData={!!order && order.id === orderId} onRetry={() => void refetch()}>
        {order && <OrderDetails order={order} />}
        {order && order.id === orderId && <OrderTickets order={order} />}
        {order && order.id === orderId && <OrderRatingsSection orderId={order.id} />}
      </AsyncState>
    </Drawer>
  );
}

type Order = NonNullable<ReturnType<typeof useOrderDetail>['data']>['order'];

function DrawerReveal({ order }: { order: Order }) {
  const revealable = useRevealable(order);
  return revealable ? <RevealCodesButton orderId={order.id} clientOrderNo={order.clientOrderNo} type="primary" size="middle" /> : null;
}

function OrderDetails({ order }: { order: Order }) {
  const { t } = useTranslation();
  const sku = useSkuBrief(order.skuId);
  const topup = sku ? sku.deliveryMode === 'DIRECT_TOPUP' : undefined;
  return (
    <Flex vertical gap={24}>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'no', label: t('orders.orderNo'), children: <Typography.Text copyable>{order.clientOrderNo}</Typography.Text> },
          { key: 'id', label: t('orders.orderId'), children: <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>{order.id}</Typography.Text> },
          { key: 'sku', label: t('orders.sku'), children: <SkuName id={order.skuId} /> },
          ...(order.rechargeAccount ? [{ key: 'account', label: t('orders.rechargeAccount'), children: <Typography.Text copyable strong style={{ fontFamily: 'monospace' }} data-testid="order-account">{order.rechargeAccount}</Typography.Text> }] : []),
          { key: 'qty', label: t('orders.quantity'), children: order.quantity },
          { key: 'unit', label: t('orders.unitPrice'), children: <Money fen={order.unitPrice} /> },
          { key: 'total', label: t('orders.total'), children: <Money fen={order.total} strong /> },
          { key: 'status', label: t('orders.status'), children: <OrderStatusTag status={order.status} /> },
          ...(order.failureCode ? [{ key: 'failure', label: t('orders.failure'), children: <Typography.Text type="danger"><FailureText code={order.failureCode} /></Typography.Text> }] : []),
          { key: 'placed', label: t('orders.placedAt'), children: <DateTime value={order.placedAt} /> },
          { key: 'delivered', label: t(topup ? 'orders.toppedUpAt' : 'orders.deliveredAt'), children: <DateTime value={order.deliveredAt} /> },
          { key: 'latency', label: t(topup ? 'orders.topupLatency' : 'orders.latency'), children: <Latency ms={order.latencyMs} topup={topup} /> },
        ]}
      />
      {topup && (
        <div>
          <Typography.Title level={5}>{t('ord.topup.title')}</Typography.Title>
          <TopupProgress progress={order.topupProgress} status={order.status} failureCode={order.failureCode} />
        </div>
      )}
    </Flex>
  );
}
