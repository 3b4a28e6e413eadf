import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ScoreDimension } from '@mengyuan/domain';
import { formatScore } from './score-charts';
import { DimensionName, evidenceValue, measureLabel } from './score-labels';

export interface EvidenceRow {
  id?: string | null;
  dimension: ScoreDimension | string;
  measure: string;
  value: number;
}

export interface DimensionRow {
  dimension: ScoreDimension | string;
  formulaId: string;
  formulaVersion: number;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  normalised?: number | null;
  prior: number;
  priorWeight: number;
  evidence: readonly EvidenceRow[];
}

export type DimensionWeights = Partial<Record<'compliance' | 'authenticity' | 'afterSales' | 'priceStability' | 'reputation', number>>;
const WEIGHT_KEY: Record<string, keyof DimensionWeights> = { COMPLIANCE: 'compliance', AUTHENTICITY: 'authenticity', AFTER_SALES: 'afterSales', PRICE_STABILITY: 'priceStability', REPUTATION: 'reputation' };

function num(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(digits).replace(/\.?0+$/, '');
}

/** The evidence rows of one dimension: what was counted and how many. */
export function EvidenceList({ rows }: { rows: readonly EvidenceRow[] }) {
  const { t } = useTranslation();
  if (!rows.length) return <Typography.Text>{t('score.evidenceEmpty')}</Typography.Text>;
  return (
    <Table<EvidenceRow>
      size="small"
      pagination={false}
      rowKey={(r) => r.id ?? `${r.dimension}-${r.measure}`}
      dataSource={[...rows]}
      data-testid="evidence-rows"
      columns={[
        { title: t('score.measureCol'), dataIndex: 'measure', render: (m: string) => <span data-measure={m}>{measureLabel(t, m)}</span> },
        { title: t('score.measureValue'), dataIndex: 'value', align: 'right', width: 140, render: (v: number, r) => evidenceValue(t, r.measure, v) },
      ]}
    />
  );
}

/**
 * Each dimension with its versioned formula and evidence: numerator/denominator, raw rate, the alliance mean and
 * prior weight it is shrunk toward, and the shrunk value the total uses. Members viewing a supplier get nulls
 * (private): those cells read 不公开 and no evidence rows are shown.
 */
export function ScoreDimensionsTable({ dimensions, weights, showEvidence = true }: { dimensions: readonly DimensionRow[]; weights?: DimensionWeights; showEvidence?: boolean }) {
  const { t } = useTranslation();
  const priv = <Typography.Text>{t('score.private')}</Typography.Text>;
  return (
    <>
    <DimensionSentences dimensions={dimensions} />
    <Table<DimensionRow>
      size="small"
      pagination={false}
      rowKey="dimension"
      dataSource={[...dimensions]}
      data-testid="dimensions-table"
      scroll={{ x: 1040 }}
      onRow={(d) => ({ 'data-dimension': d.dimension }) as object}
      expandable={showEvidence ? { expandedRowRender: (d) => <EvidenceList rows={d.evidence} />, rowExpandable: (d) => d.evidence.length > 0 } : undefined}
      columns={[
        { title: t('score.dimensionCol'), dataIndex: 'dimension', width: 110, render: (d: string) => <Typography.Text strong><DimensionName dimension={d} /></Typography.Text> },
        ...(weights ? [{ title: t('score.weight'), key: 'weight', width: 70, align: 'right' as const, render: (_: unknown, d: DimensionRow) => `${weights[WEIGHT_KEY[d.dimension]] ?? '—'}%` }] : []),
        { title: t('score.shrunk'), dataIndex: 'value', width: 100, align: 'right', render: (v: number) => <Typography.Text strong data-testid="dimension-value">{formatScore(v)}</Typography.Text> },
        { title: t('score.numerator'), dataIndex: 'numerator', width: 120, align: 'right', render: (v: number | null | undefined, d) => (v === null && d.denominator === null && !d.evidence.length ? priv : num(v)) },
        { title: t('score.denominator'), dataIndex: 'denominator', width: 120, align: 'right', render: (v: number | null | undefined, d) => (v === null && d.numerator === null && !d.evidence.length ? priv : num(v)) },
        { title: t('score.normalised'), dataIndex: 'normalised', width: 100, align: 'right', render: (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatScore(v)) },
        {
          title: t('score.prior'),
          key: 'prior',
          width: 130,
          align: 'right',
          render: (_, d) => (
            <Flex vertical align="end">
              <span>{formatScore(d.prior)}</span>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('score.priorWeight')} {num(d.priorWeight)}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('score.formula'),
          key: 'formula',
          width: 250,
          render: (_, d) => (
            <Typography.Text style={{ fontSize: 12, fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="formula-version">
              {t('score.formulaVersion', { id: d.formulaId, version: d.formulaVersion })}
            </Typography.Text>
          ),
        },
      ]}
    />
    </>
  );
}

/**
 * One plain sentence per dimension (issue 22): what counted ("3 of 3 deliveries clean") and how far the alliance
 * average still weighs ("with few records the score stays near the alliance average"). Null when the numbers are
 * private (a member viewing a supplier).
 */
export function dimensionSentence(t: TFunction, d: DimensionRow): string | null {
  if (d.numerator == null || d.denominator == null) return null;
  // Ratings count each rating once per rated aspect (RATINGS_<aspect>_COUNT): a rating is one of those.
  const aspects = d.evidence.filter((e) => /^RATINGS_.+_COUNT$/.test(e.measure)).length;
  const den = aspects > 0 ? d.denominator / aspects : d.denominator;
  const weight = den <= 0 ? 'none' : den < d.priorWeight ? 'few' : 'enough';
  const tail = t(`scoreSentence.${weight}`, { prior: formatScore(d.prior) });
  if (den <= 0) return tail;
  const avg = d.normalised ?? (d.numerator * 100) / d.denominator;
  const what = t(`scoreSentence.${d.dimension}`, { num: num(d.numerator), den: num(Math.round(den * 100) / 100), avg: formatScore(avg), defaultValue: '' });
  return what ? `${what}${t('scoreSentence.join')}${tail}` : tail;
}

/** The dimensions in plain words, one line each, above the formulas. */
export function DimensionSentences({ dimensions }: { dimensions: readonly DimensionRow[] }) {
  const { t } = useTranslation();
  const lines = dimensions.map((d) => ({ d, text: dimensionSentence(t, d) })).filter((l) => l.text);
  if (!lines.length) return null;
  return (
    <ul style={{ margin: '0 0 12px', paddingInlineStart: 20 }} data-testid="dimension-sentences" aria-label={t('scoreSentence.title')}>
      {lines.map(({ d, text }) => (
        <li key={d.dimension} data-dimension={d.dimension} data-testid="dimension-sentence">
          <Typography.Text strong>
            <DimensionName dimension={d.dimension} />
          </Typography.Text>
          {t('scoreSentence.colon')}
          {text}
        </li>
      ))}
    </ul>
  );
}
