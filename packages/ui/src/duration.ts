import type { TFunction } from 'i18next';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS = [
  ['d', DAY],
  ['h', HOUR],
  ['min', MINUTE],
  ['s', SECOND],
] as const;

/**
 * A duration for people, in their language: "2 分钟 13 秒" / "2 min 13 s", "1 小时 5 分钟" / "1 h 5 min", the two
 * largest units that are not zero (a supplier's top-up time, how long something has waited). Under a second
 * it says so rather than "0 秒".
 */
export function formatDuration(t: TFunction, ms: number): string {
  const abs = Math.abs(ms);
  if (abs < SECOND) return t('duration.underSecond');
  let rest = Math.floor(abs / SECOND) * SECOND;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || parts.length > 0) parts.push(t(`duration.${unit}`, { count: n }));
    if (parts.length === 2) break;
  }
  // "1 小时 0 分" reads worse than "1 小时".
  return parts.filter((p, i) => i === 0 || !/^0\D/.test(p)).join(' ');
}

/** The server's own work in milliseconds, as precise as it is meaningful: 0.84 ms, 12.5 ms, 1,204 ms. */
export function formatMilliseconds(ms: number): string {
  const text = ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US');
  return `${text} ms`;
}

/** A countdown clock: 9:05, or 1:02:03 past the hour. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
