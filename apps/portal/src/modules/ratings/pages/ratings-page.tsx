import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, List, Row, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MemberOrderRatingsDocument, RatingsGivenDocument, RatingsReceivedDocument, SaleRatingsDocument, type OrderRatingFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, useAuth } from '@mengyuan/ui';
import { PageTitle } from '../components/page-title';
import { OrderRatingPanel } from '../components/rate-order';
import { RatingView } from '../components/rating-view';

const PAGE = { offset: 0, limit: 20 };

/** 评价: orders the caller may still rate, ratings its organisation received (reply once, request removal) and gave. */
export default function RatingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'toRate';
  return (
    <>
      <PageTitle title={t('ratings.title')} subtitle={t('ratings.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'toRate', label: t('ratings.tabs.toRate'), children: <ToRate /> },
          { key: 'received', label: t('ratings.tabs.received'), children: <RatingList kind="received" /> },
          { key: 'given', label: t('ratings.tabs.given'), children: <RatingList kind="given" /> },
        ]}
      />
    </>
  );
}

interface Rateable {
  orderId: string;
  orderNo: string;
  title: string;
  deliveredAt: string | null;
  rating: OrderRatingFieldsFragment;
}

function ToRate() {
  const { user } = useAuth();
  return user?.organization.kind === 'SUPPLIER' ? <SupplierToRate /> : <MemberToRate />;
}

function MemberToRate() {
  const { data, loading, error, refetch } = useQuery(MemberOrderRatingsDocument, { variables: { page: PAGE }, fetchPolicy: 'cache-and-network' });
  const items: Rateable[] = (data?.orders.items ?? []).map((o) => ({ orderId: o.id, orderNo: o.clientOrderNo, title: o.clientOrderNo, deliveredAt: o.deliveredAt, rating: o.rating }));
  return <RateableList items={items} loading={loading} error={error} hasData={!!data} refetch={() => void refetch()} />;
}

function SupplierToRate() {
  const { data, loading, error, refetch } = useQuery(SaleRatingsDocument, { variables: { page: PAGE }, fetchPolicy: 'cache-and-network' });
  // One sale per order (an order may have a reissue line too).
  const seen = new Set<string>();
  const items: Rateable[] = (data?.sales.items ?? [])
    .filter((s) => !seen.has(s.orderId) && !!seen.add(s.orderId))
    .map((s) => ({ orderId: s.orderId, orderNo: s.clientOrderNo, title: `${s.skuName} × ${s.quantity}`, deliveredAt: s.deliveredAt, rating: s.rating }));
  return <RateableList items={items} loading={loading} error={error} hasData={!!data} refetch={() => void refetch()} />;
}

function RateableList({ items, loading, error, hasData, refetch }: { items: Rateable[]; loading: boolean; error: unknown; hasData: boolean; refetch: () => void }) {
  const { t } = useTranslation();
  // 待评价: only orders this side may still rate and has not rated (rated ones are under 我给出的评价); one rated
  // here stays in view until the page is left, so its sealed rating is seen where it was given.
  const [justRated] = useState(() => new Set<string>());
  const open = items.filter((i) => (i.rating.canRate && !i.rating.mine) || justRated.has(i.orderId));
  return (
    <Card extra={<Button icon={<ReloadOutlined />} onClick={refetch}>{t('common.refresh')}</Button>}>
      <AsyncState loading={loading} error={error as Error | undefined} hasData={hasData} onRetry={refetch}>
        {open.length === 0 ? (
          <Empty description={t('ratings.emptyToRate')} />
        ) : (
          <List
            dataSource={open}
            renderItem={(i) => (
              <List.Item key={i.orderId} data-testid="rateable-order" data-order-id={i.orderId}>
                <Row gutter={16} style={{ width: '100%' }}>
                  <Col xs={24} md={6}>
                    <Flex vertical>
                      <Typography.Text strong>{i.title}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('ratings.deliveredAt')} <DateTime value={i.deliveredAt} format="YYYY-MM-DD HH:mm" />
                      </Typography.Text>
                      {!i.rating.canRate && i.rating.reason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`ratings.reason.${i.rating.reason}`)}</Typography.Text>}
                    </Flex>
                  </Col>
                  <Col xs={24} md={18}>
                    <OrderRatingPanel
                      orderId={i.orderId}
                      orderNo={i.orderNo}
                      rating={i.rating}
                      onChanged={() => {
                        justRated.add(i.orderId);
                        refetch();
                      }}
                    />
                  </Col>
                </Row>
              </List.Item>
            )}
          />
        )}
      </AsyncState>
    </Card>
  );
}

function RatingList({ kind }: { kind: 'received' | 'given' }) {
  const { t } = useTranslation();
  const received = useQuery(RatingsReceivedDocument, { variables: { filter: null, page: PAGE }, fetchPolicy: 'cache-and-network', skip: kind !== 'received' });
  const given = useQuery(RatingsGivenDocument, { variables: { filter: null, page: PAGE }, fetchPolicy: 'cache-and-network', skip: kind !== 'given' });
  const q = kind === 'received' ? received : given;
  const items = (kind === 'received' ? received.data?.ratingsReceived.items : given.data?.ratingsGiven.items) ?? [];
  return (
    <Card extra={<Button icon={<ReloadOutlined />} onClick={() => void q.refetch()}>{t('common.refresh')}</Button>}>
      <AsyncState loading={q.loading} error={q.error} hasData={!!q.data} onRetry={() => void q.refetch()}>
        {items.length === 0 ? (
          <Empty description={t(kind === 'received' ? 'ratings.emptyReceived' : 'ratings.emptyGiven')} />
        ) : (
          <Row gutter={[16, 16]} data-testid={`ratings-${kind}`}>
            {items.map((r) => (
              <Col key={r.id} xs={24} lg={12} xl={8}>
                <RatingView rating={r} title={`${t('ratings.order')} ${r.clientOrderNo} · ${r.skuName}`} onChanged={() => void q.refetch()} />
              </Col>
            ))}
          </Row>
        )}
      </AsyncState>
    </Card>
  );
}
