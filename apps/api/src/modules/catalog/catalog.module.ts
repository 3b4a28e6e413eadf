import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { RiskModule } from '../risk/risk.module';
import { CatalogJobs } from './catalog.jobs';
import { StockHandlers } from './handlers/stock.handlers';
import { OfferResolver, SkuResolver } from './resolvers/catalog.resolver';
import { OfferService } from './services/offer.service';
import { SkuService } from './services/sku.service';
import { CatalogSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule, QualificationsModule, RiskModule],
  providers: [CatalogSubjectNames, SkuService, OfferService, SkuResolver, OfferResolver, CatalogJobs, StockHandlers],
  exports: [SkuService, OfferService],
})
export class CatalogModule {}
