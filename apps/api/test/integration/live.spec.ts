import { NotificationReceivedDocument, OpenTicketDocument, PostTicketMessageDocument, TicketUpdatedDocument, type TicketFieldsFragment } from '@mengyuan/graphql';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** A graphql-ws client of an instance, signed in as `auth` (connection_init), collecting what a subscription sends. */
function subscribe<T>(app: TestApp, auth: Record<string, string>, doc: DocumentNode, variables: Record<string, unknown> = {}) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const client: Client = createClient({ url: app.url.replace(/^http/, 'ws') + '/graphql', connectionParams: auth, lazy: false, retryAttempts: 0, webSocketImpl: WebSocket });
  let connected: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  client.on('connected', () => connected());
  const stop = client.subscribe<T>({ query: print(doc), variables }, { next: (v) => v.data && received.push(v.data as T), error: (e) => errors.push(e), complete: () => undefined });
  return { received, errors, ready, close: async () => { stop(); await client.dispose(); } };
}

const within = async <T>(ms: number, fn: () => T | undefined): Promise<T | undefined> => {
  const until = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
};

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

  it('refuses a connection without valid credentials', async () => {
    const anonymous = subscribe(a, { authorization: 'Bearer nonsense' }, TicketUpdatedDocument);
    const error = await within(2000, () => anonymous.errors[0]);
    expect(error).toBeDefined();
    await anonymous.close();
  });
});
