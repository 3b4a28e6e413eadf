import { useMemo } from "react";
import { Chart as SharedChart } from "@mengyuan/ui";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";

/** What the dashboard draws (types only: ECharts itself loads with the shared chart). */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
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

/** A dashboard chart: the shared chart in the dashboard's colours and ink. */
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
  const themed = useMemo(
    () => ({ color: CHART_COLORS, textStyle: { color: "#262626" }, ...option }),
    [option],
  );
  return (
    <SharedChart option={themed} label={label} height={height} testId={testId} />
  );
}
