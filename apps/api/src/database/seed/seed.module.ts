import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module';
import { AuthModule } from '../../modules/auth/auth.module';
import { CatalogModule } from '../../modules/catalog/catalog.module';
import { FilesModule } from '../../modules/files/files.module';
import { InventoryModule } from '../../modules/inventory/inventory.module';
import { LedgerModule } from '../../modules/ledger/ledger.module';
import { OrdersModule } from '../../modules/orders/orders.module';
import { DemoCatalogSeed } from './demo-catalog';
import { DemoOrdersSeed } from './demo-orders';
import { DemoSeedService } from './demo-seed';
import { DemoTicketsSeed } from './demo-tickets';
import { TicketsModule } from '../../modules/tickets/tickets.module';
import { RatingsModule } from '../../modules/ratings/ratings.module';
import { DashboardsModule } from '../../modules/dashboards/dashboards.module';
import { DemoRatingsSeed } from './demo-ratings';
import { ScorecardsModule } from '../../modules/scorecards/scorecards.module';
import { DemoScorecardsSeed } from './demo-scorecards';
import { PaymentsModule } from '../../modules/payments/payments.module';
import { DemoPaymentsSeed } from './demo-payments';
import { DockingModule } from '../../modules/docking/docking.module';
import { DemoDockingSeed } from './demo-docking';
import { DemoEliminationSeed } from './demo-elimination';
import { QualificationsModule } from '../../modules/qualifications/qualifications.module';

@Module({ imports: [AuditModule, AuthModule, FilesModule, CatalogModule, InventoryModule, LedgerModule, OrdersModule, TicketsModule, RatingsModule, ScorecardsModule, DashboardsModule, PaymentsModule, DockingModule, QualificationsModule], providers: [DemoPaymentsSeed, DemoDockingSeed, DemoSeedService, DemoCatalogSeed, DemoOrdersSeed, DemoTicketsSeed, DemoRatingsSeed, DemoScorecardsSeed, DemoEliminationSeed], exports: [DemoSeedService] })
export class SeedModule {}
