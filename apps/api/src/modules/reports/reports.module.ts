import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { ExportsController } from './exports.controller';
import { ExportService } from './services/export.service';

/** Excel exports of orders, sales, ledger entries and monthly statements (DESIGN.md §2.12). */
@Module({ imports: [LedgerModule, OrdersModule], controllers: [ExportsController], providers: [ExportService] })
export class ReportsModule {}
