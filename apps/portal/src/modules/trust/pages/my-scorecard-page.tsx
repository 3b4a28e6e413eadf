import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyEvaluationCandidacyDocument, MyScorecardDocument } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DateTime, formatScore, PageHeader, ScoreDimensionsTable, ScoreRadar, ScoreTrendChart } from '@mengyuan/ui';
import { CandidacyCard } from '../components/candidacy-card';

const h2 = { fontSize: 16, margin: 0 } as const;

/** 我的评分 (supplier): total and rank, radar against the alliance mean, trend, evidence, and any candidacy. */
export default function MyScorecardPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyScorecardDocument, { fetchPolicy: 'cache-and-network' });
  const candidacy = useQuery(MyEvaluationCandidacyDocument, { fetchPolicy: 'cache-and-network' });
  const card = data?.myScorecard;
  return (
    <ContrastTheme>
      <PageHeader level={1} title={t('scorePortal.mine.title')} subtitle={t('scorePortal.mine.subtitle')} />
      <AsyncState loading={loading} error={error} hasData={!!card} onRetry={() => void refetch()}>
        {card && (
          <Flex vertical gap={16} data-testid="my-scorecard" data-total={card.total}>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={9}>
                <Card size="small" title={<Typography.Title level={2} style={h2}>{t('scorePortal.mine.summary')}</Typography.Title>} style={{ height: '100%' }}>
                  <Flex vertical gap={8}>
                    <Typography.Text strong style={{ fontSize: 40, lineHeight: 1.1, color: card.total < 60 ? '#a8071a' : '#1f1f1f' }} data-testid="score-total">
                      {formatScore(card.total)}
                    </Typography.Text>
                    {card.rank && <Typography.Text data-testid="rank-of">{card.rankOf ? t('scoreSentence.rankOf', { n: card.rank, of: card.rankOf }) : t('scorePortal.mine.rankOf', { n: card.rank })}</Typography.Text>}
                    <Descriptions
                      size="small"
                      column={1}
                      items={[
                        { key: 'f', label: t('score.fulfilmentRate'), children: card.fulfilmentRate === null ? t('common.none') : `${formatScore(card.fulfilmentRate * 100)}%` },
                        { key: 'at', label: t('score.computedAt'), children: card.computedAt ? <DateTime value={card.computedAt} /> : t('scorePortal.mine.notComputed') },
                        ...(card.windowFrom && card.windowTo ? [{ key: 'window', label: t('score.window'), children: t('score.windowRolling', { from: card.windowFrom, to: card.windowTo }) }] : []),
                      ]}
                    />
                  </Flex>
                </Card>
              </Col>
              <Col xs={24} lg={15}>
                <Card size="small" title={<Typography.Title level={2} style={h2}>{t('score.radarTitle')}</Typography.Title>}>
                  <ScoreRadar
                    series={[
                      { name: t('scorePortal.mine.title'), values: card.dimensions },
                      { name: t('score.prior'), values: card.dimensions.map((d) => ({ dimension: d.dimension, value: d.prior })) },
                    ]}
                  />
                </Card>
              </Col>
            </Row>
            <Card size="small" title={<Typography.Title level={2} style={h2}>{t('score.trendTitle')}</Typography.Title>}>
              <ScoreTrendChart points={card.trend} />
            </Card>
            <CandidacyCard candidate={candidacy.data?.myEvaluationCandidacy} />
            <Card size="small" title={<Typography.Title level={2} style={h2}>{t('scorePortal.mine.dimensionsTitle')}</Typography.Title>}>
              <Typography.Paragraph style={{ fontSize: 12 }}>{t('score.shrinkExplain')}</Typography.Paragraph>
              <ScoreDimensionsTable dimensions={card.dimensions} weights={card.weights} />
            </Card>
          </Flex>
        )}
      </AsyncState>
    </ContrastTheme>
  );
}
