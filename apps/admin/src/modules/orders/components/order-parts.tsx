import { Descriptions, Drawer, Flex, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptOutcome } from '@mengyuan/domain';
import { OfferBriefDocument, OrderDetailDocument, SkuBriefDocument, SkuNamesDocument, type OrderDetailQuery } from '@mengyuan/graphql';
import { AsyncState, AttemptOutcomeTag, DateTime, Latency, Money, OrderStatusTag } from '@mengyuan/ui';

type Attempt = OrderDetailQuery['order']['attempts'][number];

/** A SKU's name and code by id: from one cached catalog listing (delisted included), or by id. */
export function SkuName({ id }: { id: string }) {
  const names = useQuery(SkuNamesDocument, { variables: { filter: { includeDelisted: true } } });
  const listed = names.data?.catalog.items.find((s) => s.id === id);
  const single = useQuery(SkuBriefDocument, { variables: { id }, skip: !!listed || names.loading });
  const sku = listed ?? single.data?.sku;
  if (!sku) return <Typography.Text type="secondary">{id.slice(0, 8)}…</Typography.Text>;
  return (
    <Flex vertical data-sku={sku.code}>
      <Typography.Text strong>{sku.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sku.code}
      </Typography.Text>
    </Flex>
  );
}

/** An offer as its supplier's name and settlement price. */
function OfferName({ id }: { id: string }) {
  const { data } = useQuery(OfferBriefDocument, { variables: { id } });
  const offer = data?.offer;
  if (!offer) return <Typography.Text type="secondary">{id.slice(0, 8)}…</Typography.Text>;
  return (
    <Flex vertical>
      <Link to={`/organizations/${offer.supplier.id}`}>{offer.supplier.name}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: offer.id }}>
        {offer.id.slice(0, 8)}… · <Money fen={offer.settlementPrice} />
      </Typography.Text>
    </Flex>
  );
}

/** An order with its routing attempts (offer, outcome, time). */
export function AdminOrderDrawer({ orderId, memberName, onClose }: { orderId: string | null; memberName: (id: string) => string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrderDetailDocument, { variables: { id: orderId ?? '' }, skip: !orderId });
  const order = data?.order;
  return (
    <Drawer open={!!orderId} onClose={onClose} size={640} title={t('adminOrders.detailTitle')} destroyOnHidden data-testid="admin-order-drawer">
      <AsyncState loading={loading} error={error} hasData={!!order && order.id === orderId} onRetry={() => void refetch()}>
        {order && (
          <Flex vertical gap={24}>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={{ label: { width: 140 } }}
              items={[
                { key: 'no', label: t('adminOrders.orderNo'), children: <Typography.Text copyable>{order.clientOrderNo}</Typography.Text> },
                { key: 'id', label: t('adminOrders.orderId'), children: <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>{order.id}</Typography.Text> },
                { key: 'member', label: t('adminOrders.member'), children: <Link to={`/organizations/${order.memberId}`}>{memberName(order.memberId)}</Link> },
                { key: 'sku', label: t('adminOrders.sku'), children: <SkuName id={order.skuId} /> },
                { key: 'qty', label: t('adminOrders.quantity'), children: order.quantity },
                { key: 'unit', label: t('adminOrders.unitPrice'), children: <Money fen={order.unitPrice} /> },
                { key: 'total', label: t('adminOrders.total'), children: <Money fen={order.total} strong /> },
                { key: 'status', label: t('adminOrders.status'), children: <OrderStatusTag status={order.status} /> },
                ...(order.failureCode ? [{ key: 'failure', label: t('adminOrders.failure'), children: <Typography.Text type="danger">{t(`errors.${order.failureCode}`, { defaultValue: order.failureCode })}</Typography.Text> }] : []),
                { key: 'placed', label: t('adminOrders.placedAt'), children: <DateTime value={order.placedAt} /> },
                { key: 'delivered', label: t('adminOrders.deliveredAt'), children: <DateTime value={order.deliveredAt} /> },
                { key: 'latency', label: t('adminOrders.latency'), children: <Latency ms={order.latencyMs} /> },
              ]}
            />
            <div>
              <Typography.Title level={5} style={{ marginBottom: 4 }}>
                {t('adminOrders.attempts')}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('adminOrders.attemptsHint')}
              </Typography.Paragraph>
              <Table<Attempt>
                rowKey={(a) => `${a.offerId}-${a.at}`}
                size="small"
                pagination={false}
                dataSource={order.attempts}
                data-testid="order-attempts"
                locale={{ emptyText: t('adminOrders.attemptsEmpty') }}
                columns={[
                  { title: '#', key: 'n', width: 40, render: (_, __, i) => i + 1 },
                  { title: t('adminOrders.offer'), dataIndex: 'offerId', render: (id: string) => <OfferName id={id} /> },
                  { title: t('adminOrders.outcome'), dataIndex: 'outcome', width: 110, render: (o: AttemptOutcome) => <AttemptOutcomeTag outcome={o} /> },
                  { title: t('adminOrders.at'), dataIndex: 'at', width: 180, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm:ss.SSS" /> },
                ]}
              />
            </div>
          </Flex>
        )}
      </AsyncState>
    </Drawer>
  );
}
