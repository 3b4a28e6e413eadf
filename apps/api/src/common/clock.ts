import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for business rules (token expiry, document expiry, SLA timers), so tests can
 * move time instead of waiting for it.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  now(): Date {
    return new Date((this.frozenAt ?? Date.now()) + this.offsetMs);
  }

  /** Test support: stops this process's clock at an instant (now by default), so "the exact second" is exact. */
  freeze(at: Date = this.now()): void {
    this.frozenAt = at.getTime();
    this.offsetMs = 0;
  }

  /** Test support: moves this process's clock forward. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
  }
}
