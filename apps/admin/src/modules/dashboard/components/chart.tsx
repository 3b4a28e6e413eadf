import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";

// Only what the dashboard draws: lines and bars on a grid, with tooltips, legends and the aria description.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/** Colours that keep 3:1 against white (WCAG non-text contrast). */
export const CHART_COLORS = [
  "#1f5fd6",
  "#c2410c",
  "#047857",
  "#7c3aed",
  "#b91c1c",
  "#0e7490",
];

/**
 * One ECharts chart (SVG), sized to its box and redrawn on resize; `label` names it for screen readers
 * (role="img"), and ECharts' aria description reads its series out.
 */
export function Chart({
  option,
  label,
  height = 260,
  testId,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: "svg" });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: CHART_COLORS,
        aria: { enabled: true, label: { description: label } },
        textStyle: { color: "#262626" },
        ...option,
      },
      true,
    );
  }, [option, label]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: "100%", height }}
    />
  );
}
