import { Card, Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { SupplierScorecardsDocument, TrustRoutingShareDocument, type SupplierScorecardsQuery } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DISPLAY_TIME_ZONE, ResponsiveTable } from '@mengyuan/ui';
import { SupplierMarks, TotalScore } from './score-badges';
import { useLatestCandidates } from './use-latest-candidates';

type Row = SupplierScorecardsQuery['supplierScorecards']['items'][number];

export interface SupplierScoreRankingPanelProps {
  /** How many suppliers to show (best first). */
  limit?: number;
  /** Days of delivered orders the routing share is computed over (ending today, Beijing time). */
  shareDays?: number;
}

/**
 * For dashboards: the top suppliers by score, elimination candidates and probation marked, each with its share of
 * routed orders beside its score (does routing follow the scores?). Links to 供应商评分.
 */
export function SupplierScoreRankingPanel({ limit = 8, shareDays = 30 }: SupplierScoreRankingPanelProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SupplierScorecardsDocument, { variables: { filter: null, page: { offset: 0, limit }, trendDays: 1 }, fetchPolicy: 'cache-and-network' });
  const today = dayjs().tz(DISPLAY_TIME_ZONE);
  const share = useQuery(TrustRoutingShareDocument, { variables: { range: { from: today.subtract(shareDays - 1, 'day').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') } } });
  const shares = new Map((share.data?.adminDashboard.routingShare ?? []).map((s) => [s.supplierId, s]));
  const { quarter, open } = useLatestCandidates();
  return (
    <ContrastTheme>
      <Card
        size="small"
        data-testid="supplier-score-ranking"
        title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scoreAdmin.ranking.title')}</Typography.Title>}
        extra={<Link to="/scorecards">{t('scoreAdmin.ranking.viewAll')}</Link>}
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<Row>
            rowKey="organizationId"
            size="small"
            pagination={false}
            dataSource={data?.supplierScorecards.items ?? []}
            locale={{ emptyText: t('scoreAdmin.ranking.empty') }}
            onRow={(r) => ({ 'data-org': r.organizationId }) as object}
            columns={[
              { title: t('score.rank'), dataIndex: 'rank', width: 50, render: (r: number | null) => r ?? t('common.none') },
              {
                title: t('scoreAdmin.scorecards.supplier'),
                dataIndex: 'organizationName',
                render: (n: string, r) => (
                  <Flex vertical gap={2}>
                    <Link to={`/scorecards?supplier=${r.organizationId}`}>{n}</Link>
                    <SupplierMarks status={r.organizationStatus} candidate={open.get(r.organizationId)} quarter={quarter} />
                  </Flex>
                ),
              },
              { title: t('score.total'), dataIndex: 'total', width: 70, align: 'right', render: (v: number) => <TotalScore total={v} size={14} /> },
              {
                title: <span title={t('scoreAdmin.ranking.shareHint')}>{t('scoreAdmin.ranking.share')}</span>,
                key: 'share',
                width: 90,
                align: 'right',
                render: (_, r) => {
                  const s = shares.get(r.organizationId);
                  return s ? `${(s.share * 100).toFixed(1)}%` : t('common.none');
                },
              },
            ]}
          />
        </AsyncState>
      </Card>
    </ContrastTheme>
  );
}
