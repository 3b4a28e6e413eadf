import { Card, Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyScorecardDocument } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, formatScore, ScoreTrendChart } from '@mengyuan/ui';

export interface MyScoreTrendCardProps {
  /** Days of history drawn and compared against. */
  days?: number;
  height?: number;
}

/** For the supplier dashboard: the supplier's total now, its change over `days`, and the trend line. */
export function MyScoreTrendCard({ days = 30, height = 160 }: MyScoreTrendCardProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyScorecardDocument, { variables: { trendDays: days }, fetchPolicy: 'cache-and-network' });
  const card = data?.myScorecard;
  const first = card?.trend[0];
  const delta = card && first ? Math.round((card.total - first.total) * 10) / 10 : 0;
  return (
    <ContrastTheme>
      <Card
        size="small"
        data-testid="my-score-trend-card"
        title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scorePortal.trendCard.title')}</Typography.Title>}
        extra={<Link to="/my-scorecard">{t('scorePortal.trendCard.view')}</Link>}
      >
        <AsyncState loading={loading} error={error} hasData={!!card} onRetry={() => void refetch()}>
          {card && (
            <Flex vertical gap={8}>
              <Flex align="baseline" gap={12} wrap>
                <Typography.Text strong style={{ fontSize: 32, color: card.total < 60 ? '#a8071a' : '#1f1f1f' }}>
                  {formatScore(card.total)}
                </Typography.Text>
                <Typography.Text style={{ color: delta < 0 ? '#a8071a' : delta > 0 ? '#135200' : undefined }}>
                  {delta === 0 ? t('scorePortal.trendCard.noChange', { days }) : t('scorePortal.trendCard.change', { days, delta: `${delta > 0 ? '+' : ''}${delta.toFixed(1)}` })}
                </Typography.Text>
              </Flex>
              <ScoreTrendChart points={card.trend} height={height} showDimensions={false} testId="my-score-trend" />
            </Flex>
          )}
        </AsyncState>
      </Card>
    </ContrastTheme>
  );
}
