import { useState } from 'react';
import { Card, Empty, Flex, Grid, List, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TicketTier } from '@mengyuan/domain';
import { SlaBreachesDocument, type SlaBreachesQuery } from '@mengyuan/graphql';
import { AsyncState } from '../components/async-state';
import { DateTime } from '../components/date-time';
import { formatDuration } from '../duration';
import { TicketTierTag } from './ticket-labels';

type Breach = SlaBreachesQuery['slaBreaches']['items'][number];
const PAGE_SIZE = 20;

/** SLA breaches, newest first (a supplier's own, or all for the alliance), by tier; each links to its ticket. */
export function SlaBreachList({ showSupplier = false, tiers = ['L1', 'L2', 'L3'] }: { showSupplier?: boolean; tiers?: TicketTier[] }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [level, setLevel] = useState<TicketTier | undefined>();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(SlaBreachesDocument, {
    variables: {
      filter: level ? { level } : null,
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
    notifyOnNetworkStatusChange: true,
  });
  const items = data?.slaBreaches.items ?? [];
  const total = data?.slaBreaches.totalCount ?? 0;
  const late = (b: Breach) => formatDuration(t, Date.parse(b.breachedAt) - Date.parse(b.dueAt));
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total,
    onChange: setPage,
    hideOnSinglePage: true,
    showSizeChanger: false,
    showTotal: (count: number) => t('common.total', { count }),
  };
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder={t('tk.list.allTiers')}
          value={level}
          onChange={(v?: TicketTier) => {
            setLevel(v);
            setPage(1);
          }}
          style={{ width: 180 }}
          options={tiers.map((tr) => ({
            value: tr,
            label: t(`tk.tier.${tr}`),
          }))}
          data-testid="breaches-level"
        />
      </Flex>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {!screens.md ? (
          <List
            dataSource={items}
            data-testid="breach-list"
            locale={{
              emptyText: <Empty description={t('tk.breaches.empty')} />,
            }}
            pagination={total > PAGE_SIZE ? { ...pagination, size: 'small', showTotal: undefined } : false}
            renderItem={(b) => (
              <Card size="small" style={{ marginBottom: 10 }} data-testid="breach-row">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Link to={`/tickets/${b.ticketId}`} style={{ fontFamily: 'monospace', fontWeight: 600 }}>
                    {b.ticketNumber}
                  </Link>
                  <TicketTierTag tier={b.level} />
                </Flex>
                <Typography.Text style={{ display: 'block', marginTop: 6 }}>
                  {t(`tk.metric.${b.metric}`)} · {t(`tk.category.${b.category}`)}
                </Typography.Text>
                {showSupplier && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {b.supplierName}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={b.breachedAt} format="YYYY-MM-DD HH:mm" />
                </Typography.Text>
              </Card>
            )}
          />
        ) : (
          <Table<Breach>
            rowKey="id"
            size="middle"
            data-testid="breach-list"
            dataSource={items}
            loading={loading && !!data}
            locale={{
              emptyText: <Empty description={t('tk.breaches.empty')} />,
            }}
            pagination={pagination}
            columns={[
              {
                title: t('tk.breaches.ticket'),
                key: 'ticket',
                width: 120,
                render: (_, b) => (
                  <Link to={`/tickets/${b.ticketId}`} style={{ fontFamily: 'monospace' }}>
                    {b.ticketNumber}
                  </Link>
                ),
              },
              {
                title: t('tk.breaches.level'),
                key: 'level',
                width: 150,
                render: (_, b) => <TicketTierTag tier={b.level} />,
              },
              {
                title: t('tk.breaches.metric'),
                key: 'metric',
                width: 110,
                render: (_, b) => t(`tk.metric.${b.metric}`),
              },
              {
                title: t('tk.breaches.category'),
                key: 'category',
                width: 120,
                render: (_, b) => t(`tk.category.${b.category}`),
              },
              ...(showSupplier
                ? [
                    {
                      title: t('tk.breaches.supplier'),
                      key: 'supplier',
                      render: (_: unknown, b: Breach) => b.supplierName,
                    },
                  ]
                : []),
              {
                title: t('tk.breaches.dueAt'),
                key: 'due',
                width: 150,
                render: (_, b) => <DateTime value={b.dueAt} format="YYYY-MM-DD HH:mm" />,
              },
              {
                title: t('tk.breaches.breachedAt'),
                key: 'breached',
                width: 190,
                render: (_, b) => (
                  <Flex vertical>
                    <DateTime value={b.breachedAt} format="YYYY-MM-DD HH:mm:ss" />
                    {Date.parse(b.breachedAt) - Date.parse(b.dueAt) >= 1000 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        +{late(b)}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </AsyncState>
    </>
  );
}
