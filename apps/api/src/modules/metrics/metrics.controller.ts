import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/authorize.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MetricsService } from './services/metrics.service';

/**
 * Prometheus' scrape target. Not proxied by the nginx in front (docker/nginx.conf): Prometheus scrapes each
 * replica directly; with METRICS_TOKEN set it must send `Authorization: Bearer <token>`.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Public()
  @Get()
  async scrape(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.metrics.token;
    if (token) {
      const given = Buffer.from(/^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
      const want = Buffer.from(token);
      if (given.length !== want.length || !timingSafeEqual(given, want)) {
        await reply.status(401).header('www-authenticate', 'Bearer').send({ errors: [{ message: 'A metrics token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    const { contentType, body } = await this.metrics.scrape();
    await reply.status(200).header('content-type', contentType).header('cache-control', 'no-store').send(body);
  }
}
