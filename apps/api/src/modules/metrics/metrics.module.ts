import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { MetricsController } from './metrics.controller';
import { MetricsHandlers } from './handlers/metrics.handlers';
import { MetricsService } from './services/metrics.service';

/**
 * Prometheus metrics (GET /metrics): domain facts counted by event subscribers after commit, shared state read
 * from the owning modules' services when scraped. Owns no tables.
 */
@Module({ imports: [TicketsModule, WebhooksModule], controllers: [MetricsController], providers: [MetricsService, MetricsHandlers] })
export class MetricsModule {}
