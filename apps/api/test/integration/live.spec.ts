import {
  NotificationReceivedDocument,
  OpenTicketDocument,
  PostTicketMessageDocument,
  TicketMessageAddedDocument,
  TicketUpdatedDocument,
  type TicketFieldsFragment,
  type TicketMessageFieldsFragment,
} from '@mengyuan/graphql';
import { parse } from 'graphql';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { subscribe, within } from '../live-client';
import { startTestApp, type TestApp } from '../test-app';

describe('live updates across two api instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let member: string;
  let skuId: string;

  beforeAll(async () => {
    a = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await a.seedDemo();
    b = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' }, { sameDatabaseAs: a });
    const admin = (await a.login('admin@mengyuan.demo')).token;
    const m = await a.login('member@mengyuan.demo');
    member = m.token;
    await deposit(a, admin, m.organizationId, '500000');
    skuId = (await stockedSku(a, { admin, offers: [{ supplier: (await a.login('supplier@mengyuan.demo')).token, stock: 5 }] })).sku.id;
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('shows a subscriber on A a change made on B within a second, and a subscriber of another organisation nothing', async () => {
    const { order, codes } = await deliveredOrder(a, member, skuId);
    const ticket = (await a.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请补发', codeIds: [codes[0].id] } }, { token: member })).openTicket;
    const mine = subscribe<{ ticketUpdated: TicketFieldsFragment }>(a, { authorization: `Bearer ${member}` }, TicketUpdatedDocument, {});
    const bell = subscribe<{ notificationReceived: { type: string } }>(a, { authorization: `Bearer ${member}` }, NotificationReceivedDocument);
    const other = subscribe<{ ticketUpdated: TicketFieldsFragment }>(a, { authorization: `Bearer ${(await a.login('member2@mengyuan.demo')).token}` }, TicketUpdatedDocument, {});
    const otherSupplier = subscribe<{ ticketUpdated: TicketFieldsFragment }>(a, { authorization: `Bearer ${(await a.login('supplier2@mengyuan.demo')).token}` }, TicketUpdatedDocument, { ticketId: ticket.id });
    try {
      await Promise.all([mine.ready, bell.ready, other.ready, otherSupplier.ready]);
      await new Promise((r) => setTimeout(r, 200)); // the subscriptions are registered
      const supplierOnB = (await b.login('supplier@mengyuan.demo')).token;
      const started = Date.now();
      await b.data(PostTicketMessageDocument, { input: { ticketId: ticket.id, body: '已核实，马上处理' } }, { token: supplierOnB });
      const seen = await within(1000, () => mine.received.find((r) => r.ticketUpdated.status === 'IN_PROGRESS'));
      expect(seen).toBeDefined();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(seen!.ticketUpdated).toMatchObject({ id: ticket.id, allowedActions: expect.arrayContaining(['ESCALATE']) });
      expect(await within(1000, () => bell.received.find((n) => n.notificationReceived.type === 'TICKET_REPLIED'))).toBeDefined();
      await new Promise((r) => setTimeout(r, 500));
      expect(other.received).toEqual([]);
      expect(otherSupplier.received).toEqual([]);
      expect([...mine.errors, ...other.errors]).toEqual([]);
    } finally {
      await Promise.all([mine.close(), bell.close(), other.close(), otherSupplier.close()]);
    }
  });

  it('resumes from a version: the current state first when it is newer', async () => {
    const { order, codes } = await deliveredOrder(a, member, skuId);
    const ticket = (await a.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请补发', codeIds: [codes[0].id] } }, { token: member })).openTicket;
    await b.data(PostTicketMessageDocument, { input: { ticketId: ticket.id, body: '处理中' } }, { token: (await b.login('supplier@mengyuan.demo')).token });
    const resumed = subscribe<{ ticketUpdated: TicketFieldsFragment }>(b, { authorization: `Bearer ${member}` }, TicketUpdatedDocument, { ticketId: ticket.id, since: ticket.version });
    try {
      const first = await within(2000, () => resumed.received[0]);
      expect(first?.ticketUpdated).toMatchObject({ id: ticket.id, status: 'IN_PROGRESS' });
      expect(first!.ticketUpdated.version).toBeGreaterThan(ticket.version);
    } finally {
      await resumed.close();
    }
  });

  it('takes a subscription’s required variables as a query does: ticketMessageAdded($ticketId: ID!) with the reference graphql-ws client', async () => {
    const { order, codes } = await deliveredOrder(a, member, skuId);
    const ticket = (await a.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，请补发', codeIds: [codes[0].id] } }, { token: member })).openTicket;
    const thread = subscribe<{ ticketMessageAdded: TicketMessageFieldsFragment }>(a, { authorization: `Bearer ${member}` }, TicketMessageAddedDocument, { ticketId: ticket.id });
    const missing = subscribe(a, { authorization: `Bearer ${member}` }, TicketMessageAddedDocument, {});
    try {
      await thread.ready;
      await new Promise((r) => setTimeout(r, 200));
      const supplierOnB = (await b.login('supplier@mengyuan.demo')).token;
      await b.data(PostTicketMessageDocument, { input: { ticketId: ticket.id, body: '仅内部可见：核对批次', internal: true } }, { token: supplierOnB });
      await b.data(PostTicketMessageDocument, { input: { ticketId: ticket.id, body: '已补发新卡密，请查收' } }, { token: supplierOnB });
      const seen = await within(1000, () => thread.received.find((r) => r.ticketMessageAdded.body === '已补发新卡密，请查收'));
      expect(seen?.ticketMessageAdded).toMatchObject({ ticketId: ticket.id, authorKind: 'SUPPLIER', mine: false, internal: false });
      expect(thread.errors).toEqual([]);
      // The supplier's internal note is not the member's to read. (The member's own opening message may come too: its
      // notice, sent after the ticket's commit, can cross the subscription's start on a busy machine.)
      expect(thread.received.filter((r) => r.ticketMessageAdded.authorKind === 'SUPPLIER').map((r) => r.ticketMessageAdded.body)).toEqual(['已补发新卡密，请查收']);
      expect(thread.received.map((r) => r.ticketMessageAdded.body)).not.toContain('仅内部可见：核对批次');
      // Without the variable it is refused, as a query would be, in words.
      expect(JSON.stringify(await within(2000, () => missing.errors[0]))).toMatch(/ticketId.*required|was not provided/i);
    } finally {
      await Promise.all([thread.close(), missing.close()]);
    }
  });

  it('refuses a connection without valid credentials', async () => {
    const anonymous = subscribe(a, { authorization: 'Bearer nonsense' }, TicketUpdatedDocument);
    const error = await within(2000, () => anonymous.errors[0]);
    expect(error).toBeDefined();
    await anonymous.close();
  });

  it('holds subscription documents to the same limits as queries', async () => {
    const member = (await a.login('member@mengyuan.demo')).token;
    // Hand-written on purpose: a document deeper than the limit, which no typed operation would be.
    const deep = parse(`subscription { ticketUpdated { ${'messages { ticket { '.repeat(8)} id ${'} } '.repeat(8)} } }`);
    const refused = subscribe(a, { authorization: `Bearer ${member}` }, deep);
    const error = (await within(3000, () => refused.errors[0])) as { message?: string }[] | undefined;
    expect(JSON.stringify(error)).toMatch(/Query refused|too complex|depth/i);
    await refused.close();
  });
});
