import { useMemo } from 'react';
import { Empty, Flex, Grid, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_DIMENSIONS, ELIMINATION_THRESHOLD, type ScoreDimension } from '@mengyuan/domain';

import { Chart } from '../charts/chart';

const INK = '#1f1f1f';
const MUTED = '#595959';
const PALETTE = ['#1f5fd6', '#c41d7f', '#08979c', '#d46b08', '#531dab', '#389e0d'];

export interface RadarSeries {
  name: string;
  values: readonly { dimension: ScoreDimension | string; value: number }[];
}

function ChartFallback({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ height }}>
      <Spin size="small" />
      <Typography.Text style={{ marginInlineStart: 8 }}>{t('score.chartLoading')}</Typography.Text>
    </Flex>
  );
}

/** A score to one decimal, as text. */
export function formatScore(v: number | null | undefined): string {
  return v === null || v === undefined || Number.isNaN(v) ? '—' : (Math.round(v * 10) / 10).toFixed(1);
}

/**
 * The five dimensions as a radar (0–100), one polygon per series (e.g. the supplier and the alliance mean).
 * The canvas is labelled with the values so screen readers get the same figures.
 */
export function ScoreRadar({ series, height = 300, testId = 'score-radar' }: { series: readonly RadarSeries[]; height?: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const narrow = Grid.useBreakpoint().sm === false;
  const dims = SUPPLIER_DIMENSIONS;
  const option = useMemo(
    () => ({
      color: PALETTE,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: series.length > 1 ? { bottom: 0, textStyle: { color: INK } } : undefined,
      radar: {
        radius: narrow ? '36%' : '62%',
        center: ['50%', series.length > 1 ? '46%' : '52%'],
        indicator: dims.map((d) => ({ name: t(`score.dimension.${d}`), max: 100, min: 0 })),
        axisName: { color: INK, fontSize: narrow ? 11 : 13 },
        axisNameGap: narrow ? 6 : 15,
        splitArea: { areaStyle: { color: ['#fafafa', '#f0f2f5'] } },
      },
      series: [
        {
          type: 'radar',
          data: series.map((s, i) => ({
            name: s.name,
            value: dims.map((d) => Math.round((s.values.find((v) => v.dimension === d)?.value ?? 0) * 10) / 10),
            areaStyle: i === 0 ? { opacity: 0.18 } : undefined,
            lineStyle: i === 0 ? { width: 2 } : { type: 'dashed', width: 1.5 },
          })),
        },
      ],
    }),
    // i18n.language: labels change with the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, t, i18n.language, narrow],
  );
  const first = series[0];
  const summary = first ? dims.map((d) => `${t(`score.dimension.${d}`)} ${formatScore(first.values.find((v) => v.dimension === d)?.value)}`).join('，') : '';
  return (
    <Chart option={option} height={height} label={t('score.chartLabel', { name: t('score.radarTitle'), summary })} testId={testId} fallback={<ChartFallback height={height} />} />
  );
}

export interface TrendPoint {
  day: string;
  total: number;
  evaluationRunId?: string | null;
  dimensions: readonly { dimension: ScoreDimension | string; value: number }[];
}

/** The score history: the total (bold) and each dimension (toggle in the legend), the elimination line at 60. */
export function ScoreTrendChart({ points, height = 280, showDimensions = true, testId = 'score-trend' }: { points: readonly TrendPoint[]; height?: number; showDimensions?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const days = points.map((p) => p.day);
    const total = t('score.total');
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: showDimensions ? { type: 'scroll', top: 0, textStyle: { color: INK }, selected: Object.fromEntries(SUPPLIER_DIMENSIONS.map((d) => [t(`score.dimension.${d}`), false])) } : undefined,
      grid: { left: 40, right: 16, top: showDimensions ? 44 : 16, bottom: 28 },
      xAxis: { type: 'category', data: days, boundaryGap: false, axisLabel: { color: MUTED } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: MUTED } },
      series: [
        {
          name: total,
          type: 'line',
          data: points.map((p) => ({ value: Math.round(p.total * 10) / 10, symbolSize: p.evaluationRunId ? 10 : 5, symbol: p.evaluationRunId ? 'diamond' : 'circle' })),
          lineStyle: { width: 3 },
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#a8071a', type: 'dashed' }, label: { color: '#a8071a', position: 'insideEndTop', formatter: t('score.threshold', { value: ELIMINATION_THRESHOLD }) }, data: [{ yAxis: ELIMINATION_THRESHOLD }] },
        },
        ...(showDimensions
          ? SUPPLIER_DIMENSIONS.map((d) => ({
              name: t(`score.dimension.${d}`),
              type: 'line',
              symbolSize: 4,
              lineStyle: { width: 1.5 },
              data: points.map((p) => Math.round((p.dimensions.find((x) => x.dimension === d)?.value ?? 0) * 10) / 10),
            }))
          : []),
      ],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [points, showDimensions, t, i18n.language]);
  if (!points.length) return <Empty description={t('score.trendEmpty')} data-testid={`${testId}-empty`} />;
  const last = points[points.length - 1];
  const summary = `${points[0].day} ${formatScore(points[0].total)} → ${last.day} ${formatScore(last.total)}`;
  return (
    <Chart
      option={option}
      height={height}
      label={t('score.chartLabel', { name: t('score.trendTitle'), summary })}
      testId={testId}
      data={{ 'data-points': points.length }}
      fallback={<ChartFallback height={height} />}
    />
  );
}
