import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';

const INTERVAL_MS = 200;

/** Chains outbox events shortly after they commit. Every replica runs one; the chain's lock keeps them in turn. */
@Injectable()
export class AuditAppender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(AuditAppender.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const [waiting] = await this.dataSource.query('SELECT 1 FROM audit_outbox LIMIT 1');
      if (waiting) while ((await this.audit.flush()) > 0);
    } catch (err) {
      if (this.dataSource.isInitialized) this.log.warn(`audit appender: ${(err as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
