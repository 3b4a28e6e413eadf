import { Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AttemptOutcome } from '@mengyuan/domain';
import { RoutingRankingDocument, type RoutingRankingQuery } from '@mengyuan/graphql';
import { AsyncState, AttemptOutcomeTag, formatDateTime, formatScore, ResponsiveTable, ScoreTag } from '@mengyuan/ui';

type Entry = NonNullable<RoutingRankingQuery['routingRanking']>['entries'][number];

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatScore(v * 100)}%`);

/** "Why not B": why this offer stood here, against the one ranked just before it, in the reader's language. */
function Why({ e, prev }: { e: Entry; prev: Entry | undefined }) {
  const { t } = useTranslation();
  const status = e.offerStatus ? t(`cat.offerStatus.${e.offerStatus}`, { defaultValue: e.offerStatus }) : t(`org.status.${e.supplierStatus}`, { defaultValue: e.supplierStatus });
  const text = t(`scoreAdmin.routing.why.${e.why}`, {
    score: formatScore(e.score), prev: prev?.position ?? '', prevScore: formatScore(prev?.score), rate: pct(e.fulfilmentRate), prevRate: pct(prev?.fulfilmentRate),
    weight: e.weight?.toFixed(3) ?? '—', share: Math.round((e.probationShare ?? 0) * 100), status,
  });
  return (
    <Typography.Text style={{ fontSize: 12 }} data-testid="ranking-why" data-why={e.why}>
      {text}
    </Typography.Text>
  );
}

/** 路由决策: the whole ranking routing made at the order's moment — every candidate offer, its score then, and why it stood where it did. */
export function RoutingDecisionsPanel({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RoutingRankingDocument, { variables: { orderId }, fetchPolicy: 'cache-and-network' });
  const ranking = data?.routingRanking ?? null;
  const entries = ranking?.entries ?? [];
  return (
    <section aria-labelledby="routing-decisions-title" data-testid="routing-decisions">
      <Typography.Title level={5} id="routing-decisions-title" style={{ marginBottom: 4 }}>
        {t('scoreAdmin.routing.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 12 }}>{t('scoreAdmin.routing.hint')}</Typography.Paragraph>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {ranking && (
          <Flex gap={12} wrap style={{ fontSize: 12, marginBottom: 6 }}>
            <Typography.Text data-testid="routing-ranked-at" data-at={ranking.at}>
              {t('scoreAdmin.routing.rankedAt', { at: formatDateTime(ranking.at, 'YYYY-MM-DD HH:mm:ss') })}
            </Typography.Text>
            <ScoreTag tone="neutral">{t(`score.routingRule.${ranking.rule}`)}</ScoreTag>
            <Typography.Text type="secondary">
              {ranking.scoresAsOf ? t('scoreAdmin.routing.scoresAsOf', { at: formatDateTime(ranking.scoresAsOf, 'MM-DD HH:mm:ss') }) : t('scoreAdmin.routing.scoresNeverRead')}
            </Typography.Text>
          </Flex>
        )}
        <ResponsiveTable<Entry>
          rowKey="offerId"
          size="small"
          pagination={false}
          dataSource={entries}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('scoreAdmin.routing.empty') }}
          onRow={(e) => ({ 'data-outcome': e.outcome ?? '', 'data-position': e.position ?? '', 'data-supplier': e.supplierId, 'data-testid': 'ranking-row' }) as object}
          columns={[
            { title: t('scoreAdmin.routing.position'), dataIndex: 'position', width: 60, render: (p: number | null) => (p ? <Typography.Text strong>{p}</Typography.Text> : <Typography.Text>{t('scoreAdmin.routing.notTried')}</Typography.Text>) },
            { title: t('scoreAdmin.routing.supplier'), dataIndex: 'supplierName', width: 170, render: (n: string | null) => n ?? t('common.none') },
            {
              title: t('scoreAdmin.routing.scoreThen'), dataIndex: 'score', width: 90, align: 'right',
              render: (v: number | null, e) => (
                <Flex vertical align="end">
                  <span data-testid="ranking-score">{formatScore(v)}</span>
                  {e.scored === false && <Typography.Text style={{ fontSize: 11 }}>{t('scoreAdmin.routing.unscoredThen')}</Typography.Text>}
                </Flex>
              ),
            },
            { title: t('scoreAdmin.routing.fulfilmentRate'), dataIndex: 'fulfilmentRate', width: 80, align: 'right', render: (v: number | null) => pct(v) },
            {
              title: t('scoreAdmin.routing.inputs'), key: 'inputs', width: 150,
              render: (_, e) => (
                <Flex vertical gap={2} style={{ fontSize: 12 }}>
                  {e.probation && <span>{t('scoreAdmin.routing.probation', { share: Math.round((e.probationShare ?? 0) * 100) })}</span>}
                  {e.capped && <span>{t('scoreAdmin.routing.capped')}</span>}
                  {typeof e.weight === 'number' && <span>{t('scoreAdmin.routing.weight', { value: e.weight.toFixed(3) })}</span>}
                  {!e.probation && !e.capped && typeof e.weight !== 'number' && <span>{t('common.none')}</span>}
                </Flex>
              ),
            },
            { title: t('scoreAdmin.routing.whyNot'), key: 'why', width: 220, render: (_, e, i) => <Why e={e} prev={i > 0 ? entries[i - 1] : undefined} /> },
            {
              title: t('scoreAdmin.routing.outcome'), dataIndex: 'outcome', width: 120,
              render: (o: string | null) => (o ? <AttemptOutcomeTag outcome={o as AttemptOutcome} /> : <Typography.Text style={{ fontSize: 12 }}>{t('scoreAdmin.routing.outcomeNotTried')}</Typography.Text>),
            },
          ]}
        />
      </AsyncState>
    </section>
  );
}
