import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { RoutingService } from './services/routing.service';

@Module({ imports: [CatalogModule], providers: [RoutingService], exports: [RoutingService] })
export class RoutingModule {}
