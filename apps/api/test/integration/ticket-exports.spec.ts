import { AuditEventsDocument, OpenTicketDocument, ResolveTicketDocument, TicketsDocument } from '@mengyuan/graphql';
import { ResolutionKind, TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';
import * as ExcelJS from 'exceljs';
import { RESOLUTION_KIND, TICKET_CATEGORY, TICKET_STATUS, TICKET_TIER } from '../../src/modules/reports/export-labels';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** GET /exports/tickets.xlsx: the tickets list's scope and filters, as a workbook with labels in the reader's language. */
describe('tickets export', () => {
  let t: TestApp;
  const tokens = { admin: '', auditor: '', s1: '', s2: '', a: '', b: '' };
  const numbers = { aCode: '', aQuestion: '', b: '' };
  const clientNos = { aCode: '', aQuestion: '', b: '' };

  async function download(path: string, token?: string): Promise<{ status: number; headers: Headers; rows: unknown[][] }> {
    const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (res.status !== 200) return { status: res.status, headers: res.headers, rows: [] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return { status: res.status, headers: res.headers, rows };
  }
  const ticketNos = (rows: unknown[][]) => rows.slice(1).map((r) => r[0]).sort();

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    for (const [k, email] of [['admin', 'admin@mengyuan.demo'], ['auditor', 'auditor@mengyuan.demo'], ['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['a', 'member@mengyuan.demo'], ['b', 'member2@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tokens[k] = l.token;
      if (k === 'a' || k === 'b') await deposit(t, tokens.admin, l.organizationId, '100000');
    }
    const { sku } = await stockedSku(t, { admin: tokens.admin, offers: [{ supplier: tokens.s1, stock: 10 }], sku: { name: '工单导出测试卡' } });
    const open = async (member: string, category: TicketCategory, description: string) => {
      const { order, codes } = await deliveredOrder(t, member, sku.id);
      const input = { orderId: order.id, category, description, codeIds: category === 'INVALID_CODE' ? codes.map((c) => c.id) : null };
      const ticket = (await t.data(OpenTicketDocument, { input }, { token: member })).openTicket;
      return { ticket, clientOrderNo: ticket.clientOrderNo };
    };
    const aCode = await open(tokens.a, 'INVALID_CODE', '卡密提示无效');
    const aQuestion = await open(tokens.a, 'QUESTION', '请问这张卡怎么使用');
    const b = await open(tokens.b, 'INVALID_CODE', 'B 的卡密无效');
    await t.data(ResolveTicketDocument, { input: { ticketId: aCode.ticket.id, kind: 'REFUND', amount: '5000' } }, { token: tokens.s1 });
    Object.assign(numbers, { aCode: aCode.ticket.number, aQuestion: aQuestion.ticket.number, b: b.ticket.number });
    Object.assign(clientNos, { aCode: aCode.clientOrderNo, aQuestion: aQuestion.clientOrderNo, b: b.clientOrderNo });
  });
  afterAll(() => t.close());

  it('gives alliance staff every ticket the list shows, in zh-CN by default, with parties and the product by name', async () => {
    const { tickets } = await t.data(TicketsDocument, { filter: null, sort: 'NEWEST', page: { offset: 0, limit: 20 } }, { token: tokens.admin });
    const res = await download('/exports/tickets.xlsx', tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="tickets-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(res.headers.get('x-export-rows')).toBe(String(tickets.totalCount));
    const [head, ...rows] = res.rows;
    expect(head.slice(0, 5)).toEqual(['工单号', '商户订单号', '会员商户', '货源商', '商品编码']);
    expect(ticketNos(res.rows)).toEqual(tickets.items.map((x) => x.number).sort());
    const refunded = rows.find((r) => r[0] === numbers.aCode)!;
    expect(refunded[1]).toBe(clientNos.aCode);
    expect(refunded[5]).toBe('工单导出测试卡');
    expect(refunded.slice(6, 12)).toEqual(['卡密无效', 'L1 客服', '已解决', '否', '退款', 50]);
    // Auditors read it too.
    expect((await download('/exports/tickets.xlsx', tokens.auditor)).status).toBe(200);
  });

  it('applies the list’s filters: status, category, search by ticket number or order number', async () => {
    const resolved = await download('/exports/tickets.xlsx?status=RESOLVED', tokens.admin);
    expect(ticketNos(resolved.rows)).toEqual([numbers.aCode]);
    const questions = await download(`/exports/tickets.xlsx?category=QUESTION&search=${encodeURIComponent(clientNos.aQuestion)}`, tokens.admin);
    expect(ticketNos(questions.rows)).toEqual([numbers.aQuestion]);
    const byNumber = await download(`/exports/tickets.xlsx?search=${numbers.b}`, tokens.admin);
    expect(ticketNos(byNumber.rows)).toEqual([numbers.b]);
    const several = await download('/exports/tickets.xlsx?status=OPEN,RESOLVED&search=TK', tokens.admin);
    expect(several.status).toBe(200);
    const bad = await fetch(`${t.url}/exports/tickets.xlsx?status=LOST`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(bad.status).toBe(400);
  });

  it('scopes a member and a supplier to their own tickets, like the list, and refuses without a token', async () => {
    const a = await download('/exports/tickets.xlsx?lang=en', tokens.a);
    expect(a.status).toBe(200);
    expect(ticketNos(a.rows)).toEqual([numbers.aCode, numbers.aQuestion].sort());
    // A member's export has no member column; the supplier is named.
    expect(a.rows[0].slice(0, 4)).toEqual(['Ticket number', 'Merchant order number', 'Supplier', 'SKU code']);
    const row = a.rows.find((r) => r[0] === numbers.aCode)!;
    expect(row.slice(5, 11)).toEqual(['Invalid code', 'L1 support', 'Resolved', 'No', 'Refund', 50]);
    // memberId cannot widen a member's view.
    expect((await download('/exports/tickets.xlsx?search=TK', tokens.b)).rows.slice(1).map((r) => r[0])).toEqual([numbers.b]);
    const { tickets: s1List } = await t.data(TicketsDocument, { filter: null, sort: 'NEWEST', page: { offset: 0, limit: 20 } }, { token: tokens.s1 });
    const s1 = await download('/exports/tickets.xlsx', tokens.s1);
    expect(ticketNos(s1.rows)).toEqual(s1List.items.map((x) => x.number).sort());
    expect(ticketNos(s1.rows)).toEqual(expect.arrayContaining([numbers.aCode, numbers.aQuestion, numbers.b]));
    const s2 = await download('/exports/tickets.xlsx', tokens.s2);
    expect(s2.status).toBe(200);
    expect(ticketNos(s2.rows)).not.toContain(numbers.aCode);
    expect((await download('/exports/tickets.xlsx')).status).toBe(401);
  });

  it('names audit subjects and organisations as people do: the ticket by number, the SKU by name, the member by name', async () => {
    const opened = (await t.data(AuditEventsDocument, { filter: { type: 'ticket.opened' }, page: { offset: 0, limit: 50 } }, { token: tokens.auditor })).auditEvents.items;
    const labels = opened.map((e) => e.subjectLabel);
    expect(labels).toEqual(expect.arrayContaining([numbers.aCode, numbers.aQuestion, numbers.b]));
    const mine = opened.find((e) => e.subjectLabel === numbers.aCode)!;
    expect(mine.organizationName).toBeTruthy();
    expect(mine.organizationName).not.toMatch(/^[0-9a-f]{8}-/);
    const skus = (await t.data(AuditEventsDocument, { filter: { type: 'sku.created' }, page: { offset: 0, limit: 50 } }, { token: tokens.admin })).auditEvents.items;
    expect(skus.map((e) => e.subjectLabel)).toEqual(expect.arrayContaining([expect.stringMatching(/^工单导出测试卡 \(.+\)$/)]));
  });

  it('has a label in both languages for every value it shows', () => {
    for (const [dict, values] of [[TICKET_CATEGORY, TicketCategory], [TICKET_STATUS, TicketStatus], [TICKET_TIER, TicketTier], [RESOLUTION_KIND, ResolutionKind]] as const) {
      for (const v of Object.values(values)) {
        expect(dict[v]?.['zh-CN']).toBeTruthy();
        expect(dict[v]?.en).toBeTruthy();
      }
    }
  });
});
