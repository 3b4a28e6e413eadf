import { useMemo } from 'react';
import { Chart } from '@mengyuan/ui';

export interface TrendSeries {
  name: string;
  kind: 'line' | 'bar';
  /** 0: the left axis, 1: the right one. */
  axis?: 0 | 1;
  data: number[];
  /** What the tooltip says of each point (e.g. the day's amount formatted from its fen); the number otherwise. */
  labels?: string[];
  color: string;
  stack?: string;
}

export interface TrendChartProps {
  days: string[];
  series: TrendSeries[];
  /** How each axis labels its numbers (e.g. ¥ for money). */
  axisFormat?: [(v: number) => string, ((v: number) => string)?];
  height?: number;
  /** What the chart shows, for screen readers (the figures are also in the cards and tables around it). */
  label: string;
  testId?: string;
}

/** A daily trend: lines and bars over the range's days (the shared chart). */
export function TrendChart({ days, series, axisFormat, height = 280, label, testId }: TrendChartProps) {
  const option = useMemo(() => {
    const twoAxes = series.some((s) => s.axis === 1);
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { color: '#3d4049' } },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const list = params as { seriesIndex: number; dataIndex: number; seriesName: string; value: number; marker: string; axisValueLabel: string }[];
          if (!list.length) return '';
          const lines = list.map((p) => `${p.marker}${p.seriesName}: <b>${series[p.seriesIndex]?.labels?.[p.dataIndex] ?? p.value}</b>`);
          return [list[0].axisValueLabel, ...lines].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: days.map((d) => d.slice(5)), axisLabel: { color: '#3d4049' }, axisLine: { lineStyle: { color: '#8c8f98' } } },
      yAxis: [
        { type: 'value', axisLabel: { color: '#3d4049', formatter: axisFormat?.[0] }, splitLine: { lineStyle: { color: '#eef0f4' } } },
        ...(twoAxes ? [{ type: 'value', axisLabel: { color: '#3d4049', formatter: axisFormat?.[1] }, splitLine: { show: false }, minInterval: 1 }] : []),
      ],
      series: series.map((s) => ({
        name: s.name,
        type: s.kind,
        yAxisIndex: s.axis ?? 0,
        data: s.data,
        stack: s.stack,
        smooth: s.kind === 'line',
        symbolSize: 5,
        barMaxWidth: 18,
        itemStyle: { color: s.color },
        lineStyle: s.kind === 'line' ? { width: 2, color: s.color } : undefined,
      })),
    };
  }, [days, series, axisFormat]);
  return <Chart option={option} label={label} height={height} testId={testId} />;
}
