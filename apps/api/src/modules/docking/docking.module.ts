import { Module } from '@nestjs/common';
import { SecretBox } from '../../common/crypto/secret-box';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { LedgerModule } from '../ledger/ledger.module';
import { InventoryModule } from '../inventory/inventory.module';
import { OrdersModule } from '../orders/orders.module';
import { RiskModule } from '../risk/risk.module';
import { RoutingModule } from '../routing/routing.module';
import { DockingHttp, SupplierSimulatorHost } from './http/docking-http';
import { ShopDockHttp } from './http/shop-dock-http';
import { DockingResolver } from './resolvers/docking.resolver';
import { ShopDockResolver } from './resolvers/shop-dock.resolver';
import { BuyThroughService } from './services/buy-through.service';
import { CallLogService } from './services/call-log.service';
import { ConnectorService } from './services/connector.service';
import { ReconciliationService } from './services/reconciliation.service';
import { ShopCallbackService } from './services/shop-callback.service';
import { ShopDockService } from './services/shop-dock.service';
import { SyncService } from './services/sync.service';
import { TopupDockingService } from './services/topup-docking.service';

/**
 * Docking (对接, issue 19): suppliers' own systems as sources, spoken to in the Mengyuan supplier protocol
 * (docs/supplier-protocol.md) or a dujiao-next site's upstream API, behind an adapter interface — connectors, goods sync into offers, card orders
 * bought through at order time with failover, direct top-ups pushed and finished by signed callback or query,
 * the call log and the daily reconciliation; the demo upstream under /sim/supplier outside production.
 * Downstream, members' own shops dock to the alliance in dujiao-next's and acg-faka's protocols
 * (docs/downstream-protocols.md) under /dock/dujiao and /dock/acg, buying through OrderService.
 */
@Module({
  imports: [AuthModule, CatalogModule, InventoryModule, LedgerModule, OrdersModule, RiskModule, RoutingModule],
  providers: [SecretBox, ConnectorService, CallLogService, SyncService, BuyThroughService, TopupDockingService, ReconciliationService, SupplierSimulatorHost, DockingHttp, DockingResolver, ShopDockService, ShopCallbackService, ShopDockHttp, ShopDockResolver],
  exports: [ConnectorService, SyncService, BuyThroughService, TopupDockingService, ReconciliationService, SupplierSimulatorHost, ShopCallbackService],
})
export class DockingModule {}
