import { Card, Col, Descriptions, Drawer, Flex, Row, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ScorecardDocument } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DateTime, formatScore, OrganizationStatusTag, ScoreDimensionsTable, ScoreRadar, ScoreTrendChart } from '@mengyuan/ui';
import { SupplierMarks, TotalScore } from './score-badges';

/** One supplier's scorecard: total, rank, radar against the alliance mean, trend, and each dimension's evidence. */
export function ScorecardDrawer({ organizationId, candidate, quarter, onClose }: { organizationId: string | null; candidate?: string; quarter: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ScorecardDocument, { variables: { organizationId: organizationId ?? '' }, skip: !organizationId, fetchPolicy: 'cache-and-network' });
  const card = data?.scorecard;
  return (
    <Drawer open={!!organizationId} onClose={onClose} size={900} title={card?.organizationName ?? t('scoreAdmin.scorecards.detail')} destroyOnHidden data-testid="scorecard-drawer">
      <ContrastTheme>
        <AsyncState loading={loading} error={error} hasData={!!card && card.organizationId === organizationId} onRetry={() => void refetch()}>
          {card && (
            <Flex vertical gap={16} data-org={card.organizationId}>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2, md: 3 }}
                items={[
                  { key: 'total', label: t('score.total'), children: <TotalScore total={card.total} size={20} /> },
                  { key: 'rank', label: t('score.rank'), children: card.rank ? (card.rankOf ? t('scoreSentence.rankOf', { n: card.rank, of: card.rankOf }) : t('score.rankN', { n: card.rank })) : t('common.none') },
                  { key: 'status', label: t('org.fields.status'), children: <Flex gap={4} wrap><OrganizationStatusTag status={card.organizationStatus} /><SupplierMarks status={card.organizationStatus} candidate={candidate} quarter={quarter} /></Flex> },
                  { key: 'fulfil', label: t('score.fulfilmentRate'), children: card.fulfilmentRate === null ? t('common.none') : `${formatScore(card.fulfilmentRate * 100)}%` },
                  { key: 'at', label: t('score.computedAt'), children: card.computedAt ? <DateTime value={card.computedAt} /> : t('scoreAdmin.scorecards.computedAtNever') },
                  ...(card.windowFrom && card.windowTo ? [{ key: 'window', label: t('score.window'), children: t('score.windowRolling', { from: card.windowFrom, to: card.windowTo }) }] : []),
                ]}
              />
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('score.radarTitle')}</Typography.Title>}>
                    <ScoreRadar
                      series={[
                        { name: card.organizationName, values: card.dimensions },
                        { name: t('score.prior'), values: card.dimensions.map((d) => ({ dimension: d.dimension, value: d.prior })) },
                      ]}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={14}>
                  <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('score.trendTitle')}</Typography.Title>}>
                    <ScoreTrendChart points={card.trend} height={300} />
                  </Card>
                </Col>
              </Row>
              <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('scoreAdmin.scorecards.dimensionsTitle')}</Typography.Title>}>
                <Typography.Paragraph style={{ fontSize: 12 }}>{t('score.shrinkExplain')}</Typography.Paragraph>
                <ScoreDimensionsTable dimensions={card.dimensions} weights={card.weights} />
              </Card>
            </Flex>
          )}
        </AsyncState>
      </ContrastTheme>
    </Drawer>
  );
}
