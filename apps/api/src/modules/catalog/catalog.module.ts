import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RiskModule } from '../risk/risk.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { CatalogJobs } from './catalog.jobs';
import { OfferResolver, SkuResolver } from './resolvers/catalog.resolver';
import { OfferService } from './services/offer.service';
import { SkuService } from './services/sku.service';

@Module({
  imports: [AuditModule, NotificationsModule, RiskModule, WebhooksModule],
  providers: [SkuService, OfferService, SkuResolver, OfferResolver, CatalogJobs],
  exports: [SkuService, OfferService],
})
export class CatalogModule {}
