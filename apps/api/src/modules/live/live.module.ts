import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrdersModule } from '../orders/orders.module';
import { TicketsModule } from '../tickets/tickets.module';
import { LiveHandlers } from './handlers/live.handlers';
import { LiveResolver } from './resolvers/live.resolver';
import { LiveService } from './services/live.service';

/** Live updates: GraphQL subscriptions fed by PostgreSQL LISTEN/NOTIFY across api instances. */
@Module({
  imports: [AuthModule, NotificationsModule, OrdersModule, TicketsModule],
  providers: [LiveService, LiveHandlers, LiveResolver],
  exports: [LiveService],
})
export class LiveModule {}
