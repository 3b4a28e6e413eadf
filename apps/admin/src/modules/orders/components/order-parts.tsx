import { Descriptions, Drawer, Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttemptOutcome, OfferStatus, OrganizationStatus } from '@mengyuan/domain';
import { OfferBriefDocument, OrderDetailDocument, OrganizationDocument, SkuBriefDocument, SkuNamesDocument, type OrderDetailQuery } from '@mengyuan/graphql';
import { AsyncState, AttemptOutcomeTag, DateTime, FailureText, formatDateTime, Latency, Money, OrderStatusTag, ResponsiveTable, TopupProgress } from '@mengyuan/ui';
import { useOrgNames } from '../../finance/components/org-picker';
import { RoutingDecisionsPanel } from '../../trust';

type Attempt = OrderDetailQuery['order']['attempts'][number];

/** A SKU by id: from one cached catalog listing (delisted included), or by id. */
function useSku(id: string) {
  const names = useQuery(SkuNamesDocument, { variables: { filter: { includeDelisted: true } } });
  const listed = names.data?.catalog.items.find((s) => s.id === id);
  const single = useQuery(SkuBriefDocument, { variables: { id }, skip: !!listed || names.loading });
  return listed ?? single.data?.sku;
}

/** A SKU's name and code by id. */
export function SkuName({ id }: { id: string }) {
  const sku = useSku(id);
  if (!sku) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Flex vertical data-sku={sku.code}>
      <Typography.Text strong>{sku.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sku.code}
      </Typography.Text>
    </Flex>
  );
}

/** An order's latency: milliseconds of server work for card codes, the supplier's minutes for a direct top-up. */
export function OrderLatency({ skuId, ms }: { skuId: string; ms: number | null }) {
  const sku = useSku(skuId);
  return <Latency ms={ms} topup={sku ? sku.deliveryMode === 'DIRECT_TOPUP' : undefined} />;
}

/** An organisation's name, linked: from the cached list of its kind, or by id when it is not among them. */
export function OrgName({ id, kind }: { id: string; kind: 'MEMBER' | 'SUPPLIER' }) {
  const names = useOrgNames(kind);
  const listed = names.get(id);
  const single = useQuery(OrganizationDocument, { variables: { id }, skip: !!listed });
  const name = listed ?? single.data?.organization.name;
  return (
    <Link to={`/organizations/${id}`} data-testid="org-name">
      {name ?? '…'}
    </Link>
  );
}

/** An offer as its supplier (linked), settlement price and listing date. */
function OfferName({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(OfferBriefDocument, { variables: { id } });
  const offer = data?.offer;
  if (!offer) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Flex vertical data-testid="attempt-offer" data-supplier={offer.supplier.name}>
      <Link to={`/organizations/${offer.supplier.id}`}>{offer.supplier.name}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('adminOrders.settlement')} <Money fen={offer.settlementPrice} />
      </Typography.Text>
    </Flex>
  );
}

/** The routing rules the api records, by the name it writes (a new rule adds its words here). */
const RULE_KEYS: Record<string, string> = { 'active-before-probation, then oldest listing': 'activeFirst' };

/** Why routing put an offer where it did, or why it could not sell, from the attempt's recorded inputs. */
function AttemptReason({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  const r = (attempt.reason ?? {}) as { rule?: string; supplierStatus?: OrganizationStatus; offerListedAt?: string; offerStatus?: OfferStatus; capacity?: number; taskId?: string; status?: string; failureReason?: string | null };
  const parts: string[] = [];
  if (attempt.outcome === 'FAILED') parts.push(r.status === 'EXPIRED' ? t('adminOrders.reason.expired') : t('adminOrders.reason.failed', { reason: r.failureReason ?? t('common.none') }));
  else if (attempt.outcome === 'DELIVERED' && r.taskId) parts.push(t('adminOrders.reason.toppedUp'));
  if (attempt.outcome === 'NO_CAPACITY' && r.capacity !== undefined) parts.push(t('adminOrders.reason.queueFull', { capacity: r.capacity }));
  if (r.offerStatus) parts.push(t('adminOrders.reason.offerStatus', { status: t(`cat.offerStatus.${r.offerStatus}`) }));
  if (r.rule) parts.push(RULE_KEYS[r.rule] ? t(`adminOrders.rule.${RULE_KEYS[r.rule]}`) : t('adminOrders.rule.other', { rule: r.rule }));
  if (r.supplierStatus) parts.push(t('adminOrders.reason.supplierStatus', { status: t(`org.status.${r.supplierStatus}`) }));
  if (r.offerListedAt) parts.push(t('adminOrders.reason.listedAt', { date: formatDateTime(r.offerListedAt, 'YYYY-MM-DD') }));
  if (!parts.length) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid="attempt-reason">
      {parts.map((p) => (
        <Typography.Text key={p} style={{ fontSize: 12 }}>
          {p}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** An order with its routing attempts (position, offer, outcome and why) and, for a direct top-up, its progress. */
export function AdminOrderDrawer({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrderDetailDocument, { variables: { id: orderId ?? '' }, skip: !orderId });
  const order = data?.order;
  const sku = useSku(order?.skuId ?? '');
  const topup = sku ? sku.deliveryMode === 'DIRECT_TOPUP' : undefined;
  return (
    <Drawer open={!!orderId} onClose={onClose} size={720} title={t('adminOrders.detailTitle')} destroyOnHidden data-testid="admin-order-drawer">
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
                { key: 'member', label: t('adminOrders.member'), children: <OrgName id={order.memberId} kind="MEMBER" /> },
                { key: 'sku', label: t('adminOrders.sku'), children: <SkuName id={order.skuId} /> },
                ...(order.rechargeAccount ? [{ key: 'account', label: t('adminOrders.rechargeAccount'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{order.rechargeAccount}</Typography.Text> }] : []),
                { key: 'qty', label: t('adminOrders.quantity'), children: order.quantity },
                { key: 'unit', label: t('adminOrders.unitPrice'), children: <Money fen={order.unitPrice} /> },
                { key: 'total', label: t('adminOrders.total'), children: <Money fen={order.total} strong /> },
                { key: 'status', label: t('adminOrders.status'), children: <OrderStatusTag status={order.status} /> },
                ...(order.failureCode ? [{ key: 'failure', label: t('adminOrders.failure'), children: <Typography.Text type="danger"><FailureText code={order.failureCode} /></Typography.Text> }] : []),
                { key: 'placed', label: t('adminOrders.placedAt'), children: <DateTime value={order.placedAt} /> },
                { key: 'delivered', label: t('adminOrders.deliveredAt'), children: <DateTime value={order.deliveredAt} /> },
                { key: 'latency', label: t('adminOrders.latency'), children: <Latency ms={order.latencyMs} topup={topup} /> },
              ]}
            />
            {topup && (
              <div>
                <Typography.Title level={5}>{t('ord.topup.title')}</Typography.Title>
                <TopupProgress progress={order.topupProgress} status={order.status} failureCode={order.failureCode} />
              </div>
            )}
            <div>
              <Typography.Title level={5} style={{ marginBottom: 4 }}>
                {t('adminOrders.attempts')}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('adminOrders.attemptsHint')}
              </Typography.Paragraph>
              <ResponsiveTable<Attempt>
                rowKey={(a) => `${a.offerId}-${a.at}-${a.outcome}`}
                size="small"
                pagination={false}
                dataSource={order.attempts}
                data-testid="order-attempts"
                locale={{ emptyText: t(topup && order.status === 'PROCESSING' ? 'adminOrders.attemptsTopupOpen' : 'adminOrders.attemptsEmpty') }}
                onRow={(a) => ({ 'data-outcome': a.outcome, 'data-position': a.position ?? '' }) as object}
                columns={[
                  {
                    title: t('adminOrders.position'),
                    dataIndex: 'position',
                    width: 70,
                    render: (p: number | null) => (p ? <Typography.Text strong data-testid="attempt-position">{t('adminOrders.positionN', { n: p })}</Typography.Text> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>),
                  },
                  { title: t('adminOrders.offer'), dataIndex: 'offerId', width: 170, render: (id: string) => <OfferName id={id} /> },
                  { title: t('adminOrders.outcome'), dataIndex: 'outcome', width: 100, render: (o: AttemptOutcome) => <AttemptOutcomeTag outcome={o} /> },
                  { title: t('adminOrders.reasonTitle'), key: 'reason', render: (_, a) => <AttemptReason attempt={a} /> },
                  { title: t('adminOrders.at'), dataIndex: 'at', width: 110, render: (v: string) => <DateTime value={v} format="MM-DD HH:mm:ss" /> },
                ]}
              />
            </div>
            <RoutingDecisionsPanel orderId={order.id} />
          </Flex>
        )}
      </AsyncState>
    </Drawer>
  );
}
