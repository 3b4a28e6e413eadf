import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { LedgerService, type LedgerSearch, type MonthlyStatement } from '../../ledger/services/ledger.service';
import { OrderSearchService, type OrderSearch } from '../../orders/services/order-search.service';
import { TicketService, type TicketFilter } from '../../tickets/services/ticket.service';
import { TicketViewService } from '../../tickets/services/ticket-view.service';
import { ACCOUNT_KIND, FAILURE, header, LEDGER_TYPE, ORDER_STATUS, RESOLUTION_KIND, TICKET_CATEGORY, TICKET_STATUS, TICKET_TIER, label, type ExportLang } from '../export-labels';
import { MONEY_FORMAT, shanghaiTime, streamingWorkbook, TIME_FORMAT, yuan, type Column } from './xlsx-stream';

const CHARGED = new Set(['DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/** Writes the exports' workbooks: each method returns the stream at once and fills it as rows are read. */
@Injectable()
export class ExportService {
  private readonly log = new Logger(ExportService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orderSearch: OrderSearchService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly tickets: TicketService,
    private readonly ticketViews: TicketViewService,
  ) {}

  /** Runs `write` into a new streaming workbook; a failure half-way aborts the download rather than end it short. */
  private produce(write: (wb: ReturnType<typeof streamingWorkbook>) => Promise<void>): NodeJS.ReadableStream {
    const wb = streamingWorkbook();
    write(wb)
      .then(() => wb.workbook.commit())
      .catch((err: unknown) => {
        this.log.error(`export failed: ${(err as Error)?.stack ?? String(err)}`);
        wb.stream.destroy(err as Error);
      });
    return wb.stream;
  }

  private truncationNote(total: number, lang: ExportLang): string | null {
    return total > this.config.exportMaxRows ? header('truncated', lang).replace('{n}', String(this.config.exportMaxRows)) : null;
  }

  orders(actor: Actor, search: OrderSearch, total: number, lang: ExportLang): NodeJS.ReadableStream {
    const alliance = actor.organizationKind === 'ALLIANCE';
    const columns: Column[] = [
      // 订单号 is the number the apps show (the client order number); the id follows it for support.
      { header: header('orderNo', lang), width: 22 },
      { header: header('orderId', lang), width: 38 },
      ...(alliance ? [{ header: header('member', lang), width: 20 }] : []),
      { header: header('skuCode', lang), width: 18 },
      { header: header('skuName', lang), width: 26 },
      { header: header('quantity', lang), width: 8 },
      { header: header('unitPrice', lang), width: 12, format: MONEY_FORMAT },
      { header: header('amount', lang), width: 14, format: MONEY_FORMAT },
      { header: header('status', lang), width: 12 },
      { header: header('suppliers', lang), width: 20 },
      { header: header('failure', lang), width: 18 },
      { header: header('placedAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('deliveredAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('latency', lang), width: 14 },
    ];
    return this.produce(async ({ sheet }) => {
      const ws = sheet(header('orders', lang), columns);
      let delivered = 0n;
      for await (const batch of this.orderSearch.exportRows(actor, search, this.config.exportMaxRows)) {
        for (const o of batch) {
          if (CHARGED.has(o.status)) delivered += BigInt(o.total);
          ws.addRow([
            o.clientOrderNo, o.id, ...(alliance ? [o.memberName] : []), o.skuCode, o.skuName, o.quantity, yuan(o.unitPrice), yuan(o.total), label(ORDER_STATUS, o.status, lang),
            o.suppliers, label(FAILURE, o.failureCode, lang), shanghaiTime(o.placedAt), shanghaiTime(o.deliveredAt), o.latencyMs === null ? null : Math.round(o.latencyMs * 1000) / 1000,
          ]).commit();
        }
      }
      ws.addRow([]).commit();
      const totalRow = ws.addRow([header('deliveredTotal', lang), ...new Array(alliance ? 6 : 5).fill(null), yuan(delivered)]);
      totalRow.font = { bold: true };
      totalRow.commit();
      const note = this.truncationNote(total, lang);
      if (note) ws.addRow([note]).commit();
      ws.commit();
    });
  }

  sales(supplierId: string, search: OrderSearch, total: number, lang: ExportLang): NodeJS.ReadableStream {
    const columns: Column[] = [
      { header: header('orderNo', lang), width: 22 },
      { header: header('skuCode', lang), width: 18 },
      { header: header('skuName', lang), width: 26 },
      { header: header('quantity', lang), width: 8 },
      { header: header('unitSettlement', lang), width: 14, format: MONEY_FORMAT },
      { header: header('settlement', lang), width: 14, format: MONEY_FORMAT },
      { header: header('status', lang), width: 12 },
      { header: header('placedAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('deliveredAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('orderId', lang), width: 38 },
    ];
    return this.produce(async ({ sheet }) => {
      const ws = sheet(header('sales', lang), columns);
      let settlement = 0n;
      for await (const batch of this.orderSearch.exportSales(supplierId, search, this.config.exportMaxRows)) {
        for (const s of batch) {
          const amount = BigInt(s.unitSettlement) * BigInt(s.quantity);
          settlement += amount;
          ws.addRow([s.clientOrderNo, s.skuCode, s.skuName, s.quantity, yuan(s.unitSettlement), yuan(amount), label(ORDER_STATUS, s.status, lang), shanghaiTime(s.placedAt), shanghaiTime(s.deliveredAt), s.orderId]).commit();
        }
      }
      ws.addRow([]).commit();
      const totalRow = ws.addRow([header('settlementTotal', lang), null, null, null, null, yuan(settlement)]);
      totalRow.font = { bold: true };
      totalRow.commit();
      const note = this.truncationNote(total, lang);
      if (note) ws.addRow([note]).commit();
      ws.commit();
    });
  }

  ledgerEntries(actor: Actor, search: LedgerSearch, total: number, lang: ExportLang): NodeJS.ReadableStream {
    const columns: Column[] = [
      { header: header('time', lang), width: 20, format: TIME_FORMAT },
      { header: header('organization', lang), width: 22 },
      { header: header('account', lang), width: 14 },
      { header: header('type', lang), width: 12 },
      { header: header('amount', lang), width: 14, format: MONEY_FORMAT },
      { header: header('reference', lang), width: 22 },
      { header: header('orderNo', lang), width: 38 },
      { header: header('memo', lang), width: 28 },
    ];
    return this.produce(async ({ sheet }) => {
      const ws = sheet(header('ledgerEntries', lang), columns);
      let sum = 0n;
      // Newest first, as the search shows them.
      for await (const batch of this.ledger.searchBatches(actor, search, this.config.exportMaxRows)) {
        for (const e of batch) {
          sum += BigInt(e.amount);
          ws.addRow([shanghaiTime(e.createdAt), e.organizationName, label(ACCOUNT_KIND, e.accountKind, lang), label(LEDGER_TYPE, e.type, lang), yuan(e.amount), e.reference, e.orderId, e.memo]).commit();
        }
      }
      ws.addRow([]).commit();
      const totalRow = ws.addRow([header('total', lang), null, null, null, yuan(sum)]);
      totalRow.font = { bold: true };
      totalRow.commit();
      const note = this.truncationNote(total, lang);
      if (note) ws.addRow([note]).commit();
      ws.commit();
    });
  }

  /** Tickets the caller may see (the tickets list's scope and filters), newest first, with parties and products by name. */
  ticketRows(actor: Actor, filter: TicketFilter, total: number, lang: ExportLang): NodeJS.ReadableStream {
    const alliance = actor.organizationKind === 'ALLIANCE';
    const member = actor.organizationKind === 'MEMBER';
    const columns: Column[] = [
      { header: header('ticketNo', lang), width: 12 },
      { header: header('clientOrderNo', lang), width: 22 },
      ...(member ? [] : [{ header: header('member', lang), width: 20 }]),
      ...(alliance || member ? [{ header: header('supplier', lang), width: 20 }] : []),
      { header: header('skuCode', lang), width: 18 },
      { header: header('skuName', lang), width: 26 },
      { header: header('category', lang), width: 14 },
      { header: header('level', lang), width: 16 },
      { header: header('status', lang), width: 14 },
      { header: header('breached', lang), width: 10 },
      { header: header('resolution', lang), width: 10 },
      { header: header('amount', lang), width: 12, format: MONEY_FORMAT },
      { header: header('openedAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('firstRespondedAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('resolvedAt', lang), width: 20, format: TIME_FORMAT },
      { header: header('description', lang), width: 40 },
    ];
    const limit = Math.min(total, this.config.exportMaxRows);
    return this.produce(async ({ sheet }) => {
      const ws = sheet(header('tickets', lang), columns);
      for (let offset = 0; offset < limit; offset += 200) {
        const page = await this.tickets.list(actor, filter, 'NEWEST', { offset, limit: Math.min(200, limit - offset) });
        if (!page.items.length) break;
        for (const t of await this.ticketViews.many(actor, page.items)) {
          ws.addRow([
            t.number, t.clientOrderNo, ...(member ? [] : [t.memberName]), ...(alliance || member ? [t.supplierName] : []), t.skuCode, t.skuName,
            label(TICKET_CATEGORY, t.category, lang), label(TICKET_TIER, t.level, lang), label(TICKET_STATUS, t.status, lang), header(t.breached ? 'yes' : 'no', lang),
            label(RESOLUTION_KIND, t.resolution?.kind, lang), yuan(t.resolution?.amount ?? null), shanghaiTime(t.openedAt), shanghaiTime(t.firstRespondedAt), shanghaiTime(t.resolvedAt),
            t.description,
          ]).commit();
        }
      }
      const note = this.truncationNote(total, lang);
      if (note) {
        ws.addRow([]).commit();
        ws.addRow([note]).commit();
      }
      ws.commit();
    });
  }

  /** One sheet per account: opening balance, every movement with the running balance, closing balance, totals by type. */
  async statement(s: MonthlyStatement, lang: ExportLang): Promise<NodeJS.ReadableStream> {
    const columns: Column[] = [
      { header: header('time', lang), width: 20, format: TIME_FORMAT },
      { header: header('type', lang), width: 14 },
      { header: header('reference', lang), width: 22 },
      { header: header('orderNo', lang), width: 38 },
      { header: header('memo', lang), width: 28 },
      { header: header('amount', lang), width: 14, format: MONEY_FORMAT },
      { header: header('balance', lang), width: 14, format: MONEY_FORMAT },
    ];
    return this.produce(async ({ sheet }) => {
      for (const account of s.accounts) {
        const ws = sheet(label(ACCOUNT_KIND, account.kind, lang), columns, false);
        const bold = (values: unknown[]) => {
          const row = ws.addRow(values);
          row.font = { bold: true };
          row.commit();
        };
        bold([`${header('statement', lang)} · ${s.organizationName}`]);
        ws.addRow([header('month', lang), s.month]).commit();
        ws.addRow([header('account', lang), label(ACCOUNT_KIND, account.kind, lang)]).commit();
        ws.addRow([header('generatedAt', lang), shanghaiTime(this.clock.now())]).commit();
        ws.addRow([]).commit();
        bold(columns.map((c) => c.header));
        bold([header('openingBalance', lang), null, null, null, null, null, yuan(account.openingBalance)]);
        let balance = BigInt(account.openingBalance);
        for await (const batch of this.ledger.statementBatches(account.accountId, s.start, s.end, Number.MAX_SAFE_INTEGER)) {
          for (const e of batch) {
            balance += BigInt(e.amount);
            ws.addRow([shanghaiTime(e.createdAt), label(LEDGER_TYPE, e.type, lang), e.reference, e.orderId, e.memo, yuan(e.amount), yuan(balance)]).commit();
          }
        }
        bold([header('closingBalance', lang), null, null, null, null, null, yuan(account.closingBalance)]);
        ws.addRow([]).commit();
        bold([header('totalsByType', lang), header('count', lang), null, null, null, header('amount', lang)]);
        for (const t of account.totalsByType) ws.addRow([label(LEDGER_TYPE, t.type, lang), t.count, null, null, null, yuan(t.total)]).commit();
        bold([header('netMovement', lang), account.lineCount, null, null, null, yuan(BigInt(account.closingBalance) - BigInt(account.openingBalance))]);
        ws.commit();
      }
    });
  }
}
