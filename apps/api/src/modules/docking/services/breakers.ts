/**
 * A breaker and a concurrency limit per connector, in this process: after `threshold` consecutive unhealthy
 * calls (timeouts, network errors, 5xx) the connector is skipped for `openMs`, then one call is let through
 * (half-open) and its outcome closes or re-opens it. Orders skip an open connector and fail over at once.
 */
export class Breakers {
  private readonly state = new Map<string, { failures: number; openUntil: number; trial: boolean; inFlight: number; waiters: (() => void)[] }>();

  constructor(
    private readonly threshold = 5,
    private readonly openMs = 30_000,
  ) {}

  private of(id: string) {
    let s = this.state.get(id);
    if (!s) this.state.set(id, (s = { failures: 0, openUntil: 0, trial: false, inFlight: 0, waiters: [] }));
    return s;
  }

  /** CLOSED, OPEN or HALF_OPEN, as shown on the connector. */
  status(id: string): 'CLOSED' | 'OPEN' | 'HALF_OPEN' {
    const s = this.of(id);
    if (s.failures < this.threshold) return 'CLOSED';
    return Date.now() < s.openUntil ? 'OPEN' : 'HALF_OPEN';
  }

  /**
   * A slot for one call, waiting up to `waitMs` for one to free when the connector is at its concurrency; null
   * when the breaker is open (or a half-open trial is out) or no slot freed in time.
   */
  async acquire(id: string, concurrency: number, waitMs = 0): Promise<(() => void) | null> {
    const s = this.of(id);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const st = this.status(id);
      if (st === 'OPEN' || (st === 'HALF_OPEN' && s.trial)) return null;
      if (s.inFlight < concurrency) {
        if (st === 'HALF_OPEN') s.trial = true;
        s.inFlight += 1;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          s.inFlight -= 1;
          s.waiters.shift()?.();
        };
      }
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          const i = s.waiters.indexOf(wake);
          if (i >= 0) s.waiters.splice(i, 1);
          resolve();
        }, left);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        s.waiters.push(wake);
      });
    }
  }

  success(id: string): void {
    const s = this.of(id);
    s.failures = 0;
    s.trial = false;
  }

  failure(id: string): void {
    const s = this.of(id);
    s.failures += 1;
    s.trial = false;
    if (s.failures >= this.threshold) s.openUntil = Date.now() + this.openMs;
  }

  reset(id?: string): void {
    if (id) this.state.delete(id);
    else this.state.clear();
  }
}
