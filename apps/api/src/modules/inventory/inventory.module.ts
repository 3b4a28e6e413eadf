import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogModule } from '../catalog/catalog.module';
import { RiskModule } from '../risk/risk.module';
import { CardBatchesController } from './card-batches.controller';
import { InventoryResolver } from './resolvers/inventory.resolver';
import { BatchService } from './services/batch.service';
import { CardCodeService } from './services/card-code.service';
import { ImportService } from './services/import.service';
import { CardBatchSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule, CatalogModule, RiskModule],
  controllers: [CardBatchesController],
  providers: [CardBatchSubjectNames, ImportService, BatchService, CardCodeService, InventoryResolver],
  exports: [BatchService, ImportService, CardCodeService],
})
export class InventoryModule {}
