import { useId } from 'react';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen, parseFen } from '@mengyuan/domain';
import { formatDateTime } from './date-time';

export interface PricePoint {
  oldPrice: string;
  newPrice: string;
  effectiveAt: string;
  appliedAt?: string | null;
  status: string;
}

export interface PriceHistoryChartProps {
  /** The unified price now (fen string). */
  currentPrice: string;
  /** When the SKU was created: where the line starts. */
  since: string;
  /** Changes, any order; cancelled ones are left out. */
  changes: readonly PricePoint[];
  height?: number;
  /** "Now", for tests and screenshots. */
  now?: Date;
}

interface Step {
  at: number;
  price: bigint;
  scheduled: boolean;
}

const W = 640;
const PAD = { top: 16, right: 16, bottom: 28, left: 72 };

/**
 * The unified price as a step line: applied changes solid, scheduled ones dashed into the future.
 * Prices stay bigint fen; only pixel positions become numbers.
 */
export function PriceHistoryChart({ currentPrice, since, changes, height = 220, now = new Date() }: PriceHistoryChartProps) {
  const { t } = useTranslation();
  const clipId = useId();
  const live = changes.filter((c) => c.status !== 'CANCELLED').sort((a, b) => Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt));
  const nowMs = now.getTime();
  const first = Math.min(Date.parse(since), ...live.map((c) => Date.parse(c.appliedAt ?? c.effectiveAt)), nowMs);
  const latest = Math.max(nowMs, ...live.map((c) => Date.parse(c.effectiveAt)));
  // Some room before the first change, so the price before it shows as a line too.
  const start = first - Math.max((latest - first) * 0.08, 3_600_000);
  const steps: Step[] = [{ at: start, price: parseFen(live[0]?.oldPrice ?? currentPrice), scheduled: false }];
  for (const c of live) {
    const at = Date.parse(c.status === 'APPLIED' ? (c.appliedAt ?? c.effectiveAt) : c.effectiveAt);
    steps.push({ at, price: parseFen(c.newPrice), scheduled: c.status === 'SCHEDULED' });
  }
  const lastAt = Math.max(nowMs, ...steps.map((s) => s.at));
  const end = lastAt + Math.max((lastAt - start) * 0.06, 3_600_000);
  if (live.length === 0) {
    return (
      <Flex vertical gap={4}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cat.chart.empty')} />
      </Flex>
    );
  }
  let min = steps[0].price;
  let max = steps[0].price;
  for (const s of steps) {
    if (s.price < min) min = s.price;
    if (s.price > max) max = s.price;
  }
  // Some room above and below; a flat line sits in the middle.
  const span = max - min === 0n ? (max === 0n ? 100n : max / 10n) : max - min;
  const lo = min - span / 5n < 0n ? 0n : min - span / 5n;
  const hi = max + span / 5n;
  const innerW = W - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (ms: number) => PAD.left + ((ms - start) / (end - start)) * innerW;
  // (hi - v) / (hi - lo) in parts per million, in bigint, then a pixel.
  const y = (v: bigint) => PAD.top + (Number(((hi - v) * 1_000_000n) / (hi - lo)) / 1_000_000) * innerH;

  const solid: string[] = [];
  const dashed: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const next = steps[i + 1];
    const segEnd = next ? next.at : end;
    (s.scheduled ? dashed : solid).push(`M${x(s.at).toFixed(1)},${y(s.price).toFixed(1)} H${x(segEnd).toFixed(1)}`);
    if (next) (next.scheduled ? dashed : solid).push(`M${x(segEnd).toFixed(1)},${y(s.price).toFixed(1)} V${y(next.price).toFixed(1)}`);
  }
  const ticks = [hi, (hi + lo) / 2n, lo];
  return (
    <div data-testid="price-chart">
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={t('cat.chart.title')} style={{ display: 'block', maxWidth: W }}>
        <defs>
          <clipPath id={clipId}>
            <rect x={PAD.left} y={0} width={innerW} height={height} />
          </clipPath>
        </defs>
        {ticks.map((v, i) => (
          <g key={i}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#eef0f4" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#5c5f66">
              {formatFen(v)}
            </text>
          </g>
        ))}
        <line x1={x(nowMs)} x2={x(nowMs)} y1={PAD.top} y2={height - PAD.bottom} stroke="#bfc3cc" strokeDasharray="2 3" />
        <text x={x(nowMs) + 4} y={PAD.top + 10} fontSize={11} fill="#5c5f66">
          {t('cat.chart.now')}
        </text>
        <text x={PAD.left} y={height - 8} fontSize={11} fill="#5c5f66">
          {formatDateTime(new Date(start).toISOString(), 'YYYY-MM-DD')}
        </text>
        {x(lastAt) - PAD.left > 120 && (
          <text x={x(lastAt)} y={height - 8} textAnchor="middle" fontSize={11} fill="#5c5f66">
            {formatDateTime(new Date(lastAt).toISOString(), 'MM-DD HH:mm')}
          </text>
        )}
        <g clipPath={`url(#${clipId})`} fill="none" strokeWidth={2}>
          <path d={solid.join(' ')} stroke="#1f5fd6" />
          <path d={dashed.join(' ')} stroke="#d48806" strokeDasharray="6 4" />
        </g>
        {steps.slice(1).map((s, i) => (
          <circle key={i} cx={x(s.at)} cy={y(s.price)} r={4} fill="#fff" stroke={s.scheduled ? '#d48806' : '#1f5fd6'} strokeWidth={2}>
            <title>{`${formatDateTime(new Date(s.at).toISOString(), 'YYYY-MM-DD HH:mm')} ${formatFen(s.price)}${s.scheduled ? ` (${t('cat.chart.scheduled')})` : ''}`}</title>
          </circle>
        ))}
      </svg>
      <Flex gap={16} style={{ fontSize: 12, marginTop: 4 }}>
        <Typography.Text type="secondary">
          <span style={{ display: 'inline-block', width: 16, borderTop: '2px solid #1f5fd6', verticalAlign: 'middle', marginInlineEnd: 6 }} />
          {t('cat.chart.price')}
        </Typography.Text>
        <Typography.Text type="secondary">
          <span style={{ display: 'inline-block', width: 16, borderTop: '2px dashed #d48806', verticalAlign: 'middle', marginInlineEnd: 6 }} />
          {t('cat.chart.scheduled')}
        </Typography.Text>
      </Flex>
    </div>
  );
}
