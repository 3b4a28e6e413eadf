import type { CSSProperties, ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppealStatus, EvaluationCandidateStatus, ProbationStatus, ScoreDimension } from '@mengyuan/domain';

/**
 * Tags in dark ink on a pale ground (at least 4.5:1): antd's light presets fail colour contrast for small text.
 */
export type ScoreTone = 'danger' | 'warning' | 'success' | 'info' | 'neutral';
const TONES: Record<ScoreTone, CSSProperties> = {
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  warning: { color: '#7a4100', background: '#fffbe6', borderColor: '#ffd666' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: '#262626', background: '#f5f5f5', borderColor: '#d9d9d9' },
};

export function ScoreTag({ tone, children, testId, data }: { tone: ScoreTone; children: ReactNode; testId?: string; data?: string }) {
  return (
    <Tag style={{ ...TONES[tone], marginInlineEnd: 0 }} data-testid={testId} data-value={data}>
      {children}
    </Tag>
  );
}

/** A dimension's name, with what it measures on hover. */
export function DimensionName({ dimension, hint = true }: { dimension: ScoreDimension | string; hint?: boolean }) {
  const { t } = useTranslation();
  const name = t(`score.dimension.${dimension}`, { defaultValue: dimension });
  if (!hint) return <>{name}</>;
  return (
    <Tooltip title={t(`score.dimensionHint.${dimension}`, { defaultValue: '' })}>
      <span data-dimension={dimension}>{name}</span>
    </Tooltip>
  );
}

const CANDIDATE_TONE: Record<EvaluationCandidateStatus, ScoreTone> = { PENDING: 'warning', APPEALED: 'info', KEPT: 'success', ELIMINATED: 'danger' };
export function CandidateStatusTag({ status }: { status: EvaluationCandidateStatus }) {
  const { t } = useTranslation();
  return (
    <ScoreTag tone={CANDIDATE_TONE[status] ?? 'neutral'} testId="candidate-status" data={status}>
      {t(`score.candidateStatus.${status}`, { defaultValue: status })}
    </ScoreTag>
  );
}

const APPEAL_TONE: Record<AppealStatus, ScoreTone> = { OPEN: 'info', GRANTED: 'success', REJECTED: 'danger' };
export function AppealStatusTag({ status }: { status: AppealStatus }) {
  const { t } = useTranslation();
  return (
    <ScoreTag tone={APPEAL_TONE[status] ?? 'neutral'} testId="appeal-status" data={status}>
      {t(`score.appealStatus.${status}`, { defaultValue: status })}
    </ScoreTag>
  );
}

const PROBATION_TONE: Record<ProbationStatus, ScoreTone> = { WATCHING: 'info', PASSED: 'success', FLAGGED: 'danger' };
export function ProbationStatusTag({ status }: { status: ProbationStatus }) {
  const { t } = useTranslation();
  return (
    <ScoreTag tone={PROBATION_TONE[status] ?? 'neutral'} testId="probation-status" data={status}>
      {t(`score.probationStatus.${status}`, { defaultValue: status })}
    </ScoreTag>
  );
}

const RATING_KEYS = ['authenticity', 'afterSales', 'speed', 'overall', 'conduct', 'fairness'];

/** An evidence value as read: rates (…_RATE, 0–1) in per cent, -1 as "nothing to compute from". */
export function evidenceValue(t: TFunction, measure: string, value: number): string {
  if (value === -1) return t('score.notComputable');
  if (measure.endsWith('_RATE')) return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The words for an evidence measure (DELIVERED_ORDERS, RATINGS_SPEED_MEAN, ALLIANCE_OVERALL_MEAN, …). */
export function measureLabel(t: TFunction, measure: string): string {
  const rating = /^(RATINGS|ALLIANCE)_([A-Z_]+)_(MEAN|COUNT)$/.exec(measure);
  if (rating) {
    const raw = rating[2].replace(/_/g, '').toLowerCase();
    const key = RATING_KEYS.find((k) => k.toLowerCase() === raw) ?? raw;
    const keyWords = t(`score.ratingKey.${key}`, { defaultValue: key });
    if (rating[1] === 'ALLIANCE') return t('score.measure.allianceMean', { key: keyWords });
    return t(rating[3] === 'MEAN' ? 'score.measure.ratingsMean' : 'score.measure.ratingsCount', { key: keyWords });
  }
  return t(`score.measure.${measure}`, { defaultValue: measure });
}
