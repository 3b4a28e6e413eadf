import { ApiKeyScope, LedgerAccountKind, LedgerTransactionType, OrderStatus, OrganizationKind, Role, shanghaiDate, TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../../common/authorize.decorator';
import { Clock } from '../../common/clock';
import { validationFailed } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LedgerService } from '../ledger/services/ledger.service';
import { OrderSearchService, type OrderSearch } from '../orders/services/order-search.service';
import { TicketService, type TicketFilter } from '../tickets/services/ticket.service';
import { ExportService } from './services/export.service';
import { langOf } from './export-labels';

type Params = Record<string, string | undefined>;

const ORDER_READERS = {
  kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE],
  roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR],
  apiKeyScopes: [ApiKeyScope.ORDERS_READ],
};
const MONEY_READERS = { ...ORDER_READERS, apiKeyScopes: [ApiKeyScope.WALLET_READ] };
/** Whoever may read the tickets list (`tickets` query): every role on every side. */
const TICKET_READERS = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] };
const flag = (value: string | undefined): boolean | null => (value === 'true' || value === '1' ? true : null);
const uuidOf = (value: string | undefined, field: string): string | null => {
  if (!value) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw validationFailed({ [field]: ['must be an id'] });
  return value;
};

const oneOf = <T extends string>(values: Record<string, T>, value: string | undefined, field: string): T | null => {
  if (!value) return null;
  if (!Object.values(values).includes(value as T)) throw validationFailed({ [field]: [`must be one of ${Object.values(values).join(', ')}`] });
  return value as T;
};

/**
 * Excel exports (.xlsx), streamed as they are written, with the same scoping as the GraphQL queries: a member
 * its orders and statements, a supplier its sales lines and statements, alliance staff everything. Labels in
 * `lang` (zh-CN by default, en), money as ¥ with two decimals, times in Asia/Shanghai; at most EXPORT_MAX_ROWS
 * rows (the sheet says so when there were more). Bearer token or API key (ORDERS_READ / WALLET_READ).
 */
@Controller('exports')
export class ExportsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exports: ExportService,
    private readonly orders: OrderSearchService,
    private readonly ledger: LedgerService,
    private readonly tickets: TicketService,
    private readonly clock: Clock,
  ) {}

  private send(reply: FastifyReply, name: string, rows: number, stream: NodeJS.ReadableStream): FastifyReply {
    const file = `${name}-${shanghaiDate(this.clock.now())}.xlsx`;
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(file)}`)
      .header('cache-control', 'no-store')
      .header('x-export-rows', String(Math.min(rows, this.config.exportMaxRows)))
      .header('x-export-truncated', String(rows > this.config.exportMaxRows))
      .send(stream);
  }

  /** Orders (members: their own; alliance: all) or, for a supplier, its sales lines: ?orderNo&clientOrderNo&skuId&supplierId&memberId&status&from&to&lang */
  @Authorize(ORDER_READERS)
  @Get('orders.xlsx')
  async ordersXlsx(@CurrentActor() actor: Actor, @Query() q: Params, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const search: OrderSearch = {
      orderNo: q.orderNo, clientOrderNo: q.clientOrderNo, skuId: q.skuId, supplierId: q.supplierId, memberId: q.memberId, status: oneOf(OrderStatus, q.status, 'status'), from: q.from, to: q.to,
    };
    const lang = langOf(q.lang);
    if (actor.organizationKind === OrganizationKind.SUPPLIER) {
      const rows = await this.orders.countSales(actor.organizationId, search);
      return this.send(reply, 'sales', rows, this.exports.sales(actor.organizationId, search, rows, lang));
    }
    const rows = await this.orders.count(actor, search);
    return this.send(reply, 'orders', rows, this.exports.orders(actor, search, rows, lang));
  }

  /** Ledger entries of the caller's accounts (alliance: all): ?organizationId&accountKind&type&reference&orderId&from&to&lang */
  @Authorize(MONEY_READERS)
  @Get('ledger-entries.xlsx')
  async ledgerXlsx(@CurrentActor() actor: Actor, @Query() q: Params, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const search = {
      organizationId: q.organizationId, accountKind: oneOf(LedgerAccountKind, q.accountKind, 'accountKind'), type: oneOf(LedgerTransactionType, q.type, 'type'),
      reference: q.reference, orderId: q.orderId, from: q.from, to: q.to,
    };
    const rows = (await this.ledger.search(actor, search, { offset: 0, limit: 1 })).totalCount;
    return this.send(reply, 'ledger', rows, this.exports.ledgerEntries(actor, search, rows, langOf(q.lang)));
  }

  /** The monthly statement (对账单): ?month=YYYY-MM (&organizationId for alliance staff) &lang */
  @Authorize(MONEY_READERS)
  @Get('statement.xlsx')
  async statementXlsx(@CurrentActor() actor: Actor, @Query() q: Params, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!q.month) throw validationFailed({ month: ['give the month, YYYY-MM'] });
    const statement = await this.ledger.statementFor(actor, q.month, q.organizationId);
    const rows = statement.accounts.reduce((a, s) => a + s.lineCount, 0);
    return this.send(reply, `statement-${statement.month}`, rows, await this.exports.statement(statement, langOf(q.lang)));
  }

  /**
   * Tickets, scoped as the tickets list (alliance staff all, a member its own, a supplier its own in its tiers):
   * ?status (one, or several comma-separated)&category&level&search&activeOnly&breachedOnly&orderId&memberId&supplierId&lang
   */
  @Authorize(TICKET_READERS)
  @Get('tickets.xlsx')
  async ticketsXlsx(@CurrentActor() actor: Actor, @Query() q: Params, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const statuses = q.status ? q.status.split(',').map((s) => oneOf(TicketStatus, s.trim(), 'status')!) : null;
    if (q.search && q.search.length > 100) throw validationFailed({ search: ['at most 100 characters'] });
    const filter: TicketFilter = {
      statuses, category: oneOf(TicketCategory, q.category, 'category'), level: oneOf(TicketTier, q.level, 'level'), search: q.search ?? null,
      activeOnly: flag(q.activeOnly), breachedOnly: flag(q.breachedOnly), orderId: uuidOf(q.orderId, 'orderId'), memberId: uuidOf(q.memberId, 'memberId'),
      supplierId: uuidOf(q.supplierId, 'supplierId'),
    };
    const rows = (await this.tickets.list(actor, filter, 'NEWEST', { offset: 0, limit: 1 })).totalCount;
    return this.send(reply, 'tickets', rows, this.exports.ticketRows(actor, filter, rows, langOf(q.lang)));
  }
}
