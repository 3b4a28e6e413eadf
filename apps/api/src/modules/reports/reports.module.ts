import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { TicketsModule } from '../tickets/tickets.module';
import { ExportsController } from './exports.controller';
import { ExportService } from './services/export.service';

/** Excel exports of orders, sales, ledger entries and monthly statements and tickets (DESIGN.md §2.12). */
@Module({ imports: [LedgerModule, OrdersModule, TicketsModule], controllers: [ExportsController], providers: [ExportService] })
export class ReportsModule {}
