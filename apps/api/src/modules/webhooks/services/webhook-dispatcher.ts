import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Metrics } from '../../../common/metrics';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { WebhookService } from './webhook.service';

/**
 * How often an idle dispatcher looks for due deliveries: retries coming due, deliveries committed by replicas
 * that work no jobs, and leases a dead replica left behind. A delivery committed by this process wakes it within
 * REFILL_DELAY_MS.
 */
const IDLE_POLL_MS = 1000;
const ERROR_BACKOFF_MS = 1000;
/** Leases of the deliveries in flight are renewed this often (a lease lasts WEBHOOK_LEASE_SECONDS). */
const RENEW_MS = 1000;
/**
 * Slots freed, and deliveries committed, within this many milliseconds are served by one claim (measured:
 * `npm run bench`, where a claim per finished delivery, then per committed order, cost as many round trips as
 * the order that caused it).
 */
const REFILL_DELAY_MS = 10;

/**
 * Sends webhook deliveries on every replica that works jobs: claims due deliveries in batches (one statement),
 * sends up to `WEBHOOK_CONCURRENCY` at once, and claims more soon after a slot frees. Woken within
 * REFILL_DELAY_MS when this process commits a delivery, otherwise it polls each second; a database outage only
 * pauses it. While
 * deliveries are in flight their leases are renewed every second: a replica that dies stops renewing, and its
 * deliveries are sent by another replica once WEBHOOK_LEASE_SECONDS have passed.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(WebhookDispatcher.name);
  private running = false;
  private inFlight = new Set<Promise<unknown>>();
  /** Ids of the deliveries being sent, whose leases the renewal keeps. */
  private readonly sending = new Set<string>();
  private wake: (() => void) | null = null;
  private loop: Promise<void> | undefined;
  private renewTimer: NodeJS.Timeout | undefined;
  private refillTimer: NodeJS.Timeout | undefined;
  private renewing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhookService,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.running = true;
    this.webhooks.onDue(() => this.refillSoon());
    this.loop = this.run();
    this.renewTimer = setInterval(() => void this.renew(), RENEW_MS);
    this.renewTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.refillTimer);
    this.wake?.();
    await this.loop;
    await Promise.allSettled(this.inFlight);
    clearInterval(this.renewTimer);
  }

  /** Deliveries this process is sending right now (metrics). */
  get inFlightCount(): number {
    return this.sending.size;
  }

  private async renew(): Promise<void> {
    if (this.renewing || !this.sending.size) return;
    this.renewing = true;
    try {
      await this.webhooks.renewLeases([...this.sending]);
    } catch (err) {
      this.log.warn(`webhook leases not renewed: ${(err as Error).message}`);
    } finally {
      this.renewing = false;
    }
  }

  private refillSoon(): void {
    if (this.refillTimer) return;
    this.refillTimer = setTimeout(() => {
      this.refillTimer = undefined;
      this.wake?.();
    }, REFILL_DELAY_MS);
    this.refillTimer.unref();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = IDLE_POLL_MS;
      try {
        const free = this.config.webhooks.concurrency - this.inFlight.size;
        // One statement, atomic on its own: no transaction around it (two round trips fewer per claim).
        const claimed = free > 0 ? await this.webhooks.claimDue(free) : [];
        for (const delivery of claimed) {
          this.sending.add(delivery.id);
          const sending: Promise<unknown> = this.webhooks
            .attempt(delivery)
            .then((delivered) => {
              this.metrics.webhookAttempts.inc({ result: delivered ? 'delivered' : 'failed' });
              if (delivered) this.metrics.webhookLag.observe(Math.max(0, Date.now() - delivery.createdAt.getTime()) / 1000);
            })
            .catch((err: unknown) => this.log.error(`webhook ${delivery.id}: ${(err as Error).message}`))
            .finally(() => {
              this.sending.delete(delivery.id);
              this.inFlight.delete(sending);
              this.refillSoon();
            });
          this.inFlight.add(sending);
        }
        if (claimed.length === free && free > 0) pause = 0; // a full batch: there may be more due
      } catch (err) {
        this.log.warn(`webhook dispatcher: ${(err as Error).message}`);
        pause = ERROR_BACKOFF_MS;
      }
      if (pause) await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pause);
        timer.unref();
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
  }
}
