import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';

// ECharts is fetched the first time a chart renders, so no page carries it in its own chunk.
const EChartImpl = lazy(() => import('./echart-impl'));

export type ChartOption = EChartsCoreOption;

/**
 * Every chart of the apps: an ECharts option drawn as SVG, loaded lazily, labelled for screen readers (role="img";
 * the figures are also in the cards and tables around it).
 */
export function Chart({ option, label, height = 260, testId, fallback, data }: { option: ChartOption; label: string; height?: number; testId?: string; fallback?: ReactNode; data?: Record<`data-${string}`, string | number> }) {
  return (
    <div role="img" aria-label={label} data-testid={testId} {...data}>
      <Suspense fallback={fallback ?? <Skeleton.Node active style={{ width: '100%', height }} />}>
        <EChartImpl option={option} height={height} />
      </Suspense>
    </div>
  );
}
