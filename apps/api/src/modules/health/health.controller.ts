import { Controller, Get, Inject, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/authorize.decorator';
import { RETRY_AFTER_SECONDS } from '../../common/resilience/database-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PgNotifications } from '../../common/database/pg-notifications';
import { ReadDatabase } from '../../common/database/read-database';
import { JobsService } from '../jobs/jobs.service';

/** A health check answers within this, database or not. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Liveness and readiness, answered separately (an orchestrator restarts a process that is not live, and sends
 * traffic only to one that is ready):
 * - GET /health/live: the process answers (no database); only a wedged process fails it.
 * - GET /health/ready: 200 when this replica can serve: the primary answers within 2 s and the process is not
 *   shutting down; the job queue, the LISTEN connection and the read replica are reported (a replica down or
 *   lagging only sends reads to the primary, so it does not make the process unready).
 * - GET /health: the database check, as before (200 or 503 `degraded`).
 */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private draining = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly notifications: PgNotifications,
    private readonly reads: ReadDatabase,
    private readonly jobs: JobsService,
  ) {}

  /** From SIGTERM on, readiness fails so a load balancer stops sending new requests while this one drains. */
  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  @Public()
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const database = await this.database();
    if (database.status === 'up') await reply.status(200).send({ status: 'ok', database });
    else await reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({ status: 'degraded', database });
  }

  @Public()
  @Get('live')
  async live(@Res() reply: FastifyReply): Promise<void> {
    await reply.status(200).header('cache-control', 'no-store').send({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  }

  @Public()
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const database = await this.database();
    const ready = database.status === 'up' && !this.draining;
    const body = {
      status: ready ? 'ready' : this.draining ? 'draining' : 'unavailable',
      database,
      listening: this.notifications.listening,
      jobs: this.config.jobsEnabled ? (this.jobs.started ? 'working' : 'starting') : 'sending only',
      readReplica: this.reads.configured ? this.reads.status : null,
    };
    if (ready) await reply.status(200).header('cache-control', 'no-store').send(body);
    else await reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(body);
  }

  private async database(): Promise<{ status: 'up'; latencyMs: number } | { status: 'down'; error: string }> {
    const started = process.hrtime.bigint();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      });
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'up', latencyMs: Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10 };
    } catch (err) {
      return { status: 'down', error: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
