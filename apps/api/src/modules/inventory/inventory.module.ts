import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogModule } from '../catalog/catalog.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RiskModule } from '../risk/risk.module';
import { CardBatchesController } from './card-batches.controller';
import { InventoryResolver } from './resolvers/inventory.resolver';
import { BatchService } from './services/batch.service';
import { CodeCipher } from './services/code-cipher';
import { ImportService } from './services/import.service';

@Module({
  imports: [AuditModule, CatalogModule, NotificationsModule, RiskModule],
  controllers: [CardBatchesController],
  providers: [CodeCipher, ImportService, BatchService, InventoryResolver],
  exports: [CodeCipher, BatchService, ImportService],
})
export class InventoryModule {}
