import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { InventoryModule } from '../inventory/inventory.module';
import { JobsModule } from '../jobs/jobs.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { RoutingModule } from '../routing/routing.module';
import { AutoResolutionHandlers } from './handlers/auto-resolution.handlers';
import { SlaResolver } from './resolvers/sla.resolver';
import { TicketResolver } from './resolvers/ticket.resolver';
import { SlaClockService } from './services/sla-clock.service';
import { HolidayImportService } from './services/holiday-import.service';
import { SlaSettingsService } from './services/sla-settings.service';
import { TicketLifecycleService } from './services/ticket-lifecycle.service';
import { TicketFiguresService } from './services/ticket-figures.service';
import { TicketResolutionService } from './services/ticket-resolution.service';
import { TicketViewService } from './services/ticket-view.service';
import { TicketService } from './services/ticket.service';
import { TicketsController } from './tickets.controller';
import { TicketSubjectNames } from './handlers/subject-names.handlers';
import { TicketTodos } from './handlers/todos.handlers';

/** After-sales (issue 11): tickets, threads, resolutions, auto-rules, and the SLA (policies, calendars, clocks, breaches). */
@Module({
  imports: [AuditModule, FilesModule, InventoryModule, JobsModule, LedgerModule, OrdersModule, RoutingModule],
  controllers: [TicketsController],
  providers: [TicketSubjectNames, TicketTodos, TicketLifecycleService, SlaSettingsService, HolidayImportService, SlaClockService, TicketService, TicketResolutionService, TicketViewService, TicketFiguresService, TicketResolver, SlaResolver, AutoResolutionHandlers],
  exports: [TicketService, TicketFiguresService, TicketViewService, SlaClockService, SlaSettingsService, TicketResolutionService],
})
export class TicketsModule {}
