import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for business rules (token expiry, document expiry, SLA timers), so tests can
 * move time instead of waiting for it.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test support: moves this process's clock forward. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
