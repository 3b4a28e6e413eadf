import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/authorize.decorator';
import { RETRY_AFTER_SECONDS } from '../../common/resilience/database-errors';

/** A health check answers within this, database or not. */
const CHECK_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * 200 with the database's state when it answers; 503 "degraded" with Retry-After when it does not. The
   * process itself is up either way (GET /ping) and recovers by itself once the database is back.
   */
  @Public()
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const started = process.hrtime.bigint();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      });
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      await reply.status(200).send({ status: 'ok', database: { status: 'up', latencyMs: Math.round(latencyMs * 10) / 10 } });
    } catch (err) {
      await reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ status: 'degraded', database: { status: 'down', error: (err as Error).message } });
    } finally {
      clearTimeout(timer);
    }
  }
}
