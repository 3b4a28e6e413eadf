import { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Context, GraphQLISODateTime, ID, Int, Resolver, Subscription } from '@nestjs/graphql';
import { Authorize } from '../../../common/authorize.decorator';
import { NotificationDto } from '../../notifications/dtos/notification.dto';
import { NotificationService } from '../../notifications/services/notification.service';
import { OrderDto } from '../../orders/dtos/order.dto';
import { OrderService } from '../../orders/services/order.service';
import { TicketDto, TicketMessageDto } from '../../tickets/dtos/ticket.dto';
import { TicketViewService } from '../../tickets/services/ticket-view.service';
import { TicketService } from '../../tickets/services/ticket.service';
import { LiveService, type LiveContext } from '../services/live.service';

const anyone = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE, ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] };
const pass = <T>(value: T) => value;

/**
 * GraphQL subscriptions over graphql-ws on /graphql (the same port). Authenticated on connect (connection_init
 * with `authorization: Bearer …` or `x-api-key`); an event reaches only the subscriptions of the organisations
 * allowed to see it, and is refetched with the subscriber's permissions (once per permission group), so another
 * organisation's change never reaches it; the socket closes when the access token expires or the credential is
 * revoked.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveService,
    private readonly tickets: TicketService,
    private readonly views: TicketViewService,
    private readonly notifications: NotificationService,
    private readonly orders: OrderService,
  ) {}

  @Authorize({ ...anyone, apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] })
  @Subscription(() => TicketDto, {
    resolve: pass,
    description:
      'A ticket as it changes (status, clocks, breach, resolution, new message), as the subscriber may see it. With ticketId: that ticket, and with `since` (a version) its current state first when newer. Without: every ticket the subscriber sees (the queue), with `changedSince` the ones changed since then first',
  })
  ticketUpdated(
    @Context() ctx: LiveContext,
    @Args('ticketId', { type: () => ID, nullable: true }) ticketId?: string,
    @Args('since', { type: () => Int, nullable: true }) since?: number,
    @Args('changedSince', { type: () => GraphQLISODateTime, nullable: true }) changedSince?: Date,
  ): AsyncIterableIterator<TicketDto> {
    const actor = this.live.guard(ctx);
    const seen = new Map<string, number>();
    const fresh = (t: { id: string; version: number }) => {
      if ((seen.get(t.id) ?? since ?? 0) >= t.version && (ticketId || seen.has(t.id))) return false;
      seen.set(t.id, t.version);
      return true;
    };
    return this.live.stream(
      ctx,
      'ticket',
      async (m, shared) => {
        if (ticketId && m.id !== ticketId) return null;
        const t = await shared('ticket', () => this.tickets.get(actor, m.id).catch(() => null));
        return t && fresh(t) ? shared(`ticket-view:${t.version}`, () => this.views.one(actor, t)) : null;
      },
      async () => {
        if (ticketId && since !== undefined && since !== null) {
          const t = await this.tickets.get(actor, ticketId).catch(() => null);
          return t && t.version > since && fresh(t) ? [await this.views.one(actor, t)] : [];
        }
        if (!ticketId && changedSince) return this.views.many(actor, (await this.tickets.changedSince(actor, changedSince)).filter(fresh));
        return [];
      },
    );
  }

  @Authorize({ ...anyone, apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] })
  @Subscription(() => TicketMessageDto, { resolve: pass, description: 'New messages of a ticket’s thread the subscriber may read (internal notes only for their side and the alliance)' })
  ticketMessageAdded(@Context() ctx: LiveContext, @Args('ticketId', { type: () => ID }) ticketId: string): AsyncIterableIterator<TicketMessageDto> {
    const actor = this.live.guard(ctx);
    return this.live.stream(ctx, 'ticket_message', async (m, shared) => {
      const found = await shared('message', () => this.tickets.messageFor(actor, m.id));
      return found && found.ticket.id === ticketId ? TicketViewService.message(actor, found.message) : null;
    });
  }

  @Authorize({ roles: anyone.roles })
  @Subscription(() => NotificationDto, { resolve: pass, description: 'The signed-in person’s new notifications (the bell)' })
  notificationReceived(@Context() ctx: LiveContext): AsyncIterableIterator<NotificationDto> {
    const actor = this.live.guard(ctx);
    const userId = actor.kind === 'user' ? actor.userId : '';
    return this.live.stream(ctx, 'notification', async (m, shared) => {
      const n = await shared(`notification:${userId}`, () => this.notifications.findFor(userId, m.id));
      return n ? NotificationDto.from(n) : null;
    });
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], ...anyone, apiKeyScopes: [ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] })
  @Subscription(() => OrderDto, { resolve: pass, description: 'An order’s status as it changes (delivered, refunded …): the member’s own, any for alliance staff' })
  orderUpdated(@Context() ctx: LiveContext, @Args('orderId', { type: () => ID, nullable: true }) orderId?: string): AsyncIterableIterator<OrderDto> {
    const actor = this.live.guard(ctx);
    return this.live.stream(ctx, 'order', async (m, shared) => {
      if (orderId && m.id !== orderId) return null;
      const o = await shared('order', () => this.orders.get(actor, m.id).catch(() => null));
      return o ? OrderDto.from(o) : null;
    });
  }
}
