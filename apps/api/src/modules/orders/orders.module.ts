import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { InventoryModule } from '../inventory/inventory.module';
import { LedgerModule } from '../ledger/ledger.module';
import { RiskModule } from '../risk/risk.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { OrderResolver } from './resolvers/order.resolver';
import { OrderService } from './services/order.service';
import { TopupResolver } from './resolvers/topup.resolver';
import { TopupService } from './services/topup.service';

@Module({ imports: [AuditModule, InventoryModule, LedgerModule, RiskModule, WebhooksModule], providers: [OrderService, TopupService, OrderResolver, TopupResolver], exports: [OrderService] })
export class OrdersModule {}
