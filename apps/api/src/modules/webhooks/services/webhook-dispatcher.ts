import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { WebhookService } from './webhook.service';

const IDLE_POLL_MS = 250;
const ERROR_BACKOFF_MS = 1000;

/**
 * Sends webhook deliveries on every replica that works jobs: claims due deliveries in batches (one statement),
 * sends up to `WEBHOOK_CONCURRENCY` at once, and claims more as soon as a slot frees. Woken at once when this
 * process commits a delivery, otherwise it polls; a database outage only pauses it.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(WebhookDispatcher.name);
  private running = false;
  private inFlight = new Set<Promise<unknown>>();
  private wake: (() => void) | null = null;
  private loop: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly webhooks: WebhookService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.running = true;
    this.webhooks.onDue(() => this.wake?.());
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled(this.inFlight);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = IDLE_POLL_MS;
      try {
        const free = this.config.webhooks.concurrency - this.inFlight.size;
        const claimed = free > 0 ? await this.txHost.withTransaction(() => this.webhooks.claimDue(free)) : [];
        for (const delivery of claimed) {
          const sending: Promise<unknown> = this.webhooks
            .attempt(delivery)
            .catch((err: unknown) => this.log.error(`webhook ${delivery.id}: ${(err as Error).message}`))
            .finally(() => {
              this.inFlight.delete(sending);
              this.wake?.();
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
