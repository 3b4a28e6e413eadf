import { Alert, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyEvaluationCandidacyDocument } from '@mengyuan/graphql';
import { formatScore, LocalDateTime } from '@mengyuan/ui';

/**
 * An elimination candidate is told on its dashboard (issue 18 §12): its total against the threshold, its weakest
 * dimensions (the reason), and the appeal deadline, from the same candidacy the scorecard page shows.
 */
export function CandidacyBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(MyEvaluationCandidacyDocument, { fetchPolicy: 'cache-and-network' });
  const c = data?.myEvaluationCandidacy;
  if (!c || (c.status !== 'PENDING' && c.status !== 'APPEALED')) return null;
  const weakest = [...c.dimensions].sort((a, b) => a.value - b.value).slice(0, 2);
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="candidacy-banner"
      data-total={c.total}
      title={t('scorePortal.candidacy.named', { quarter: c.quarter, total: formatScore(c.total), threshold: formatScore(c.threshold) })}
      description={
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('scorePortal.candidacy.bannerReason', { dimensions: weakest.map((d) => `${t(`score.dimension.${d.dimension}`)} ${formatScore(d.value)}`).join('、') })}{' '}
          {c.canAppeal ? (
            <>
              {t('scorePortal.candidacy.bannerDeadline')} <LocalDateTime value={c.appealDeadline} />{' '}
            </>
          ) : (
            <>{t('scorePortal.candidacy.windowClosed')} </>
          )}
          <Link to="/my-scorecard" data-testid="candidacy-banner-link">
            {t('scorePortal.candidacy.bannerLink')}
          </Link>
        </Typography.Paragraph>
      }
    />
  );
}
