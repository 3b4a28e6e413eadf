import { shanghaiDate } from './dates';
import { comparisonRange, Landing, landingFor, latencyBucket, latencyQuantile, LATENCY_BUCKETS, shanghaiDayStart, shanghaiMonth } from './consoles';

describe('landing', () => {
  it('sends each role where its work is', () => {
    expect(landingFor('ALLIANCE', 'ACTIVE', ['ADMIN'])).toBe(Landing.ADMIN_DASHBOARD);
    expect(landingFor('ALLIANCE', 'ACTIVE', ['AUDITOR'])).toBe(Landing.REVIEW_QUEUE);
    expect(landingFor('SUPPLIER', 'PROBATION', ['OWNER'])).toBe(Landing.SUPPLIER_DASHBOARD);
    expect(landingFor('SUPPLIER', 'ACTIVE', ['SUPPORT'])).toBe(Landing.TICKETS);
    expect(landingFor('SUPPLIER', 'UNDER_REVIEW', ['OWNER'])).toBe(Landing.ONBOARDING);
    expect(landingFor('MEMBER', 'ACTIVE', ['OPERATOR'])).toBe(Landing.MEMBER_DASHBOARD);
    expect(landingFor('MEMBER', 'APPLIED', ['OWNER'])).toBe(Landing.ONBOARDING);
  });
});

describe('business days and months (Asia/Shanghai)', () => {
  it('counts a day from midnight in Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(shanghaiDayStart('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(shanghaiMonth('2026-12')).toEqual({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
  });

  it('compares with the same weekdays, whole weeks earlier, never overlapping', () => {
    expect(comparisonRange('2026-11-24', '2026-11-30')).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(comparisonRange('2026-11-30', '2026-11-30')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
    expect(comparisonRange('2026-11-01', '2026-11-30')).toEqual({ from: '2026-09-27', to: '2026-10-26' });
  });
});

describe('latency histogram', () => {
  it('puts each value in a √2-wide bucket', () => {
    expect(latencyBucket(0.4)).toBe(0);
    expect(latencyBucket(1)).toBe(0);
    expect(latencyBucket(1.2)).toBe(1);
    expect(latencyBucket(2)).toBe(2);
    expect(latencyBucket(2.01)).toBe(3);
    expect(latencyBucket(1e12)).toBe(LATENCY_BUCKETS - 1);
  });

  it('reads quantiles within the bucket of the exact value', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1 + ((i * 7919) % 1000) / 10);
    const buckets = new Array<number>(LATENCY_BUCKETS).fill(0);
    for (const v of values) buckets[latencyBucket(v)] += 1;
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.5, 0.99]) {
      const exact = sorted[Math.ceil(p * sorted.length) - 1];
      const estimate = latencyQuantile(buckets, p)!;
      expect(estimate / exact).toBeGreaterThan(Math.SQRT1_2);
      expect(estimate / exact).toBeLessThan(Math.SQRT2);
    }
    expect(latencyQuantile(new Array(LATENCY_BUCKETS).fill(0), 0.5)).toBeNull();
  });
});
