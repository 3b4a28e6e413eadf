import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/authorize.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 with the database's state when it answers, 503 when it does not. */
  @Public()
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      await reply.status(200).send({ status: 'ok', database: { status: 'up', latencyMs: Math.round(latencyMs * 10) / 10 } });
    } catch (err) {
      await reply.status(503).send({ status: 'error', database: { status: 'down', error: (err as Error).message } });
    }
  }
}
