import { Flex, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AttemptOutcome } from '@mengyuan/domain';
import { RoutingDecisionsDocument, type RoutingDecisionsQuery } from '@mengyuan/graphql';
import { AsyncState, AttemptOutcomeTag, DateTime, formatScore, ScoreTag } from '@mengyuan/ui';

type Decision = RoutingDecisionsQuery['routingDecisions'][number];
type Inputs = { scored?: boolean; probation?: boolean; probationShare?: number; capped?: boolean; weight?: number | null; exponent?: number; floor?: number };

/** Why routing put each offer where it did: the score, fulfilment rate and other inputs recorded with the attempt. */
function DecisionInputs({ d }: { d: Decision }) {
  const { t } = useTranslation();
  const r = (d.reason ?? {}) as Inputs;
  const parts: string[] = [];
  if (r.scored === false) parts.push(t('scoreAdmin.routing.unscored'));
  if (r.probation) parts.push(t('scoreAdmin.routing.probation', { share: Math.round((r.probationShare ?? 0) * 100) }));
  if (r.capped) parts.push(t('scoreAdmin.routing.capped'));
  if (typeof r.weight === 'number') parts.push(t('scoreAdmin.routing.weight', { value: r.weight.toFixed(3) }));
  if (!parts.length) return <Typography.Text>{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {parts.map((p) => (
        <Typography.Text key={p} style={{ fontSize: 12 }}>
          {p}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** 路由决策: every candidate offer of an order, in the order tried, with its score inputs and outcome. */
export function RoutingDecisionsPanel({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RoutingDecisionsDocument, { variables: { orderId }, fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="routing-decisions-title" data-testid="routing-decisions">
      <Typography.Title level={5} id="routing-decisions-title" style={{ marginBottom: 4 }}>
        {t('scoreAdmin.routing.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 12 }}>{t('scoreAdmin.routing.hint')}</Typography.Paragraph>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Table<Decision>
          rowKey={(d) => `${d.offerId}-${d.at}-${d.outcome}`}
          size="small"
          pagination={false}
          dataSource={data?.routingDecisions ?? []}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('scoreAdmin.routing.empty') }}
          onRow={(d) => ({ 'data-outcome': d.outcome, 'data-position': d.position ?? '' }) as object}
          columns={[
            { title: t('scoreAdmin.routing.position'), dataIndex: 'position', width: 60, render: (p: number | null) => (p ? <Typography.Text strong>{p}</Typography.Text> : <Typography.Text>{t('scoreAdmin.routing.notTried')}</Typography.Text>) },
            { title: t('scoreAdmin.routing.supplier'), dataIndex: 'supplierName', width: 170, render: (n: string | null) => n ?? t('common.none') },
            { title: t('scoreAdmin.routing.score'), dataIndex: 'score', width: 70, align: 'right', render: (v: number | null) => formatScore(v) },
            { title: t('scoreAdmin.routing.fulfilmentRate'), dataIndex: 'fulfilmentRate', width: 90, align: 'right', render: (v: number | null) => (v === null ? t('common.none') : `${formatScore(v * 100)}%`) },
            { title: t('scoreAdmin.routing.rule'), dataIndex: 'rule', width: 130, render: (r: string | null) => (r ? <ScoreTag tone="neutral">{r}</ScoreTag> : t('common.none')) },
            { title: t('scoreAdmin.routing.inputs'), key: 'inputs', width: 170, render: (_, d) => <DecisionInputs d={d} /> },
            { title: t('scoreAdmin.routing.outcome'), dataIndex: 'outcome', width: 100, render: (o: string) => <AttemptOutcomeTag outcome={o as AttemptOutcome} /> },
            { title: t('adminOrders.at'), dataIndex: 'at', width: 110, render: (v: string) => <DateTime value={v} format="MM-DD HH:mm:ss" /> },
          ]}
        />
      </AsyncState>
    </section>
  );
}
