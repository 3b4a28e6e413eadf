import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationStatus } from '@mengyuan/domain';
import { formatScore, ScoreTag } from '@mengyuan/ui';

/** A total 0–100 in bold, red below the elimination line. */
export function TotalScore({ total, size = 16 }: { total: number; size?: number }) {
  return (
    <Typography.Text strong style={{ fontSize: size, color: total < 60 ? '#a8071a' : '#1f1f1f', fontVariantNumeric: 'tabular-nums' }} data-testid="score-total">
      {formatScore(total)}
    </Typography.Text>
  );
}

/** Elimination candidate and probation marks of a supplier. */
export function SupplierMarks({ status, candidate, quarter }: { status: OrganizationStatus; candidate?: string; quarter: string | null }) {
  const { t } = useTranslation();
  if (!candidate && status !== 'PROBATION' && status !== 'ELIMINATED' && status !== 'SUSPENDED') return null;
  return (
    <Flex gap={4} wrap>
      {candidate && (
        <Tooltip title={t('scoreAdmin.scorecards.candidateHint', { quarter: quarter ?? '' })}>
          <span>
            <ScoreTag tone="danger" testId="candidate-mark">
              {t('score.candidate')}
            </ScoreTag>
          </span>
        </Tooltip>
      )}
      {status === 'PROBATION' && (
        <ScoreTag tone="warning" testId="probation-mark">
          {t('score.probation')}
        </ScoreTag>
      )}
      {(status === 'ELIMINATED' || status === 'SUSPENDED') && <ScoreTag tone="neutral">{t(`org.status.${status}`)}</ScoreTag>}
    </Flex>
  );
}
