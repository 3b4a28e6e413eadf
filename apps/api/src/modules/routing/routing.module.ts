import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ScoreReaderModule } from '../scorecards/score-reader.module';
import { RoutingService } from './services/routing.service';

@Module({ imports: [CatalogModule, ScoreReaderModule], providers: [RoutingService], exports: [RoutingService] })
export class RoutingModule {}
