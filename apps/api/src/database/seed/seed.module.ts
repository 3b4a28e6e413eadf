import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module';
import { AuthModule } from '../../modules/auth/auth.module';
import { CatalogModule } from '../../modules/catalog/catalog.module';
import { FilesModule } from '../../modules/files/files.module';
import { InventoryModule } from '../../modules/inventory/inventory.module';
import { DemoCatalogSeed } from './demo-catalog';
import { DemoSeedService } from './demo-seed';

@Module({ imports: [AuditModule, AuthModule, FilesModule, CatalogModule, InventoryModule], providers: [DemoSeedService, DemoCatalogSeed], exports: [DemoSeedService] })
export class SeedModule {}
