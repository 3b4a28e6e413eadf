import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { RoutingService } from './services/routing.service';

/** Routing reads the suppliers' scores through SupplierScores (routing.types.ts), which the scorecards provide. */
@Module({ imports: [CatalogModule], providers: [RoutingService], exports: [RoutingService] })
export class RoutingModule {}
