import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { RiskModule } from '../risk/risk.module';
import { TicketsModule } from '../tickets/tickets.module';
import { DashboardJobs } from './dashboards.jobs';
import { DashboardHandlers } from './handlers/dashboard.handlers';
import { AdminDashboardResolver, MemberDashboardResolver, SupplierDashboardResolver } from './resolvers/dashboard.resolver';
import { OrganizationDetailResolver } from './resolvers/organization-detail.resolver';
import { DashboardRollupService } from './services/dashboard-rollup.service';
import { DashboardService } from './services/dashboard.service';

/**
 * The consoles' figures (DESIGN.md §2.12): dashboards from rollups kept by order event handlers (one query per
 * audience, one field per panel) and what alliance staff see of one organisation.
 */
@Module({
  imports: [AuthModule, CatalogModule, JobsModule, LedgerModule, OrdersModule, RiskModule, TicketsModule],
  providers: [DashboardRollupService, DashboardService, DashboardHandlers, DashboardJobs, AdminDashboardResolver, SupplierDashboardResolver, MemberDashboardResolver, OrganizationDetailResolver],
  exports: [DashboardService, DashboardRollupService],
})
export class DashboardsModule {}
