import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { InventoryModule } from '../inventory/inventory.module';
import { LedgerModule } from '../ledger/ledger.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { RiskModule } from '../risk/risk.module';
import { RoutingModule } from '../routing/routing.module';
import { OrderResolver } from './resolvers/order.resolver';
import { TopupResolver } from './resolvers/topup.resolver';
import { CardOrderPathService } from './services/card-order-path.service';
import { OrderFulfilmentService } from './services/order-fulfilment.service';
import { OrderLifecycleService } from './services/order-lifecycle.service';
import { OrderSearchService } from './services/order-search.service';
import { OrderVelocityService } from './services/order-velocity.service';
import { OrderService } from './services/order.service';
import { DeliveryWatchService } from './services/delivery-watch.service';
import { OrderJobs } from './orders.jobs';
import { TopupService } from './services/topup.service';
import { UpstreamSupplyService } from './services/upstream-supply.service';
import { OrderSubjectNames } from './handlers/subject-names.handlers';
import { SettlementNoticeHandlers } from './handlers/settlement-notice.handlers';

@Module({
  imports: [CatalogModule, InventoryModule, LedgerModule, QualificationsModule, RiskModule, RoutingModule],
  providers: [OrderSubjectNames, SettlementNoticeHandlers, OrderService, OrderSearchService, OrderLifecycleService, OrderFulfilmentService, CardOrderPathService, OrderVelocityService, TopupService, UpstreamSupplyService, OrderResolver, TopupResolver, DeliveryWatchService, OrderJobs],
  exports: [OrderService, OrderSearchService, OrderLifecycleService, TopupService, UpstreamSupplyService],
})
export class OrdersModule {}
