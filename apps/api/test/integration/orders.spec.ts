import {
  ChangeOfferStatusDocument,
  CreateApiKeyDocument,
  DepositToWalletDocument,
  LedgerCheckDocument,
  NotificationsDocument,
  OrderDetailDocument,
  PlaceOrderDocument,
  RecordSupplierPayoutDocument,
  RevealOrderCodesDocument,
  ReviewHeldOrderDocument,
  TestOrderRoutingDocument,
  UpdateOfferDocument,
  WalletDocument,
  type PlaceOrderInput,
  AllianceSettingsDocument,
  ChangeAllianceSettingDocument,
  type AllianceSettingKey,
} from '@mengyuan/graphql';
import { AuditService } from '../../src/modules/audit/audit.service';
import { OfferService } from '../../src/modules/catalog/services/offer.service';
import { deposit, registerOrganization, stockedSku as stock } from '../factories';
import { startTestApp, type Auth, type TestApp } from '../test-app';

describe('orders, wallets and the ledger', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let memberOrg: string;
  let s1: string;
  let s2: string;
  let seq = 0;

  /** A card SKU at `price` fen with one live offer per demo supplier (supplier@, supplier2@) and the given stock. */
  const stockedSku = async (price: string, stocks: [number, number]) => {
    const { sku, offers } = await stock(t, { admin, sku: { unifiedPrice: price }, offers: [{ supplier: s1, stock: stocks[0] }, { supplier: s2, stock: stocks[1] }] });
    return { skuId: sku.id, offers };
  };

  /** A member admitted to the alliance (admission is the onboarding spec's business; here it is simply active). */
  async function activeMember(): Promise<{ token: string; orgId: string }> {
    const m = await registerOrganization(t, 'MEMBER', { name: `并发会员 ${(seq += 1)}` });
    await t.db.query(`UPDATE organizations SET status = 'ACTIVE' WHERE id = $1`, [m.orgId]);
    return { token: (await t.login(m.email, m.password)).token, orgId: m.orgId };
  }

  const place = (input: PlaceOrderInput, auth: Auth) => t.gql(PlaceOrderDocument, { input }, auth);
  const placed = async (input: PlaceOrderInput, auth: Auth) => (await t.data(PlaceOrderDocument, { input }, auth)).placeOrder;
  const failure = async (input: PlaceOrderInput, auth: Auth) => (await place(input, auth)).body.errors?.[0].extensions as { code: string; orderId?: string } | undefined;
  const balance = async (token: string) => BigInt((await t.data(WalletDocument, { page: null }, { token })).wallet.balance);
  const ledgerOk = async () => (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
  const fund = (org: string, amount: string) => deposit(t, admin, org, amount);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000', LOG_LEVEL: 'warn' });
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    s1 = (await t.login('supplier@mengyuan.demo')).token;
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
    await fund(memberOrg, '1000000');
  });
  afterAll(() => t.close());

  it('still sells for a supplier whose first payout was refused before it had an account (no ledger account remembered from a rolled-back transaction)', async () => {
    // First in this file: supplier2@ has sold nothing yet, so its payable account does not exist.
    const s2Org = (await t.login('supplier2@mengyuan.demo')).organizationId;
    expect(await t.errorCode(RecordSupplierPayoutDocument, { organizationId: s2Org, amount: '100', reference: 'PAY-X' }, { token: admin })).toBe('VALIDATION_FAILED');
    const { skuId } = await stockedSku('1000', [0, 2]);
    expect((await placed({ skuId, quantity: 1, clientOrderNo: 'S2-1' }, { token: member })).status).toBe('DELIVERED');
    expect(await balance(s2)).toBe(890n);
    expect((await ledgerOk()).ok).toBe(true);
  });

  it('delivers the codes at once, debits the wallet and credits the supplier and the alliance', async () => {
    const { skuId } = await stockedSku('9650', [5, 5]);
    const before = await balance(member);
    const order = await placed({ skuId, quantity: 2, clientOrderNo: 'M-0001' }, { token: member });
    expect(order).toMatchObject({ status: 'DELIVERED', total: '19300' });
    expect(order.codes).toHaveLength(2);
    expect(order.codes![0].secret).toMatch(/^S-F-/);
    expect(order.latencyMs).toBeGreaterThan(0);
    expect(await balance(member)).toBe(before - 19300n);
    const entries = await t.db.query(
      `SELECT a.kind, e.amount::text AS amount FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_transactions x ON x.id = e.transaction_id
        WHERE x.order_id = $1 ORDER BY a.kind`,
      [order.id],
    );
    // ¥96.50 a unit; supplier@ settles at ¥95.50: it is owed 19,100 fen, the alliance keeps 200.
    expect(entries).toEqual([
      { kind: 'ALLIANCE_REVENUE', amount: '200' },
      { kind: 'MEMBER_WALLET', amount: '-19300' },
      { kind: 'SUPPLIER_PAYABLE', amount: '19100' },
    ]);
    expect(await ledgerOk()).toMatchObject({ ok: true, drift: [], unbalancedTransactions: [] });
  });

  it('answers the same clientOrderNo with the same order, and a different payload with IDEMPOTENCY_CONFLICT', async () => {
    const { skuId } = await stockedSku('5000', [3, 0]);
    const first = await placed({ skuId, quantity: 1, clientOrderNo: 'M-0002' }, { token: member });
    const again = await placed({ skuId, quantity: 1, clientOrderNo: 'M-0002' }, { token: member });
    expect(again.id).toBe(first.id);
    expect(again.codes).toEqual(first.codes);
    expect(await failure({ skuId, quantity: 2, clientOrderNo: 'M-0002' }, { token: member })).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', orderId: first.id });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes WHERE order_line_id IS NOT NULL AND offer_id IN (SELECT id FROM offers WHERE sku_id = $1)`, [skuId]);
    expect(n).toBe(1);
  });

  it('makes one order of 50 concurrent retries of one clientOrderNo', async () => {
    const { skuId } = await stockedSku('1000', [60, 0]);
    const before = await balance(member);
    const results = await Promise.all(Array.from({ length: 50 }, () => place({ skuId, quantity: 1, clientOrderNo: 'M-RETRY' }, { token: member })));
    expect(results.flatMap((r) => r.body.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.body.data?.placeOrder.id)).size).toBe(1);
    expect(await balance(member)).toBe(before - 1000n);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE client_order_no = 'M-RETRY'`);
    expect(n).toBe(1);
  });

  it('fails over to the next offer routing names when the first is empty or paused, recording every attempt with its position and reason', async () => {
    const { skuId, offers } = await stockedSku('2000', [0, 3]);
    const empty = await placed({ skuId, quantity: 1, clientOrderNo: 'M-FO-1' }, { token: member });
    const { order: o1 } = await t.data(TestOrderRoutingDocument, { id: empty.id }, { token: admin });
    expect(o1.attempts).toEqual([
      { offerId: offers[0], outcome: 'NO_STOCK', position: 1, reason: expect.objectContaining({ supplierStatus: 'ACTIVE', rule: expect.any(String) }) },
      { offerId: offers[1], outcome: 'DELIVERED', position: 2, reason: expect.objectContaining({ supplierStatus: 'ACTIVE' }) },
    ]);
    // Members do not see where routing went.
    expect((await t.data(OrderDetailDocument, { id: empty.id }, { token: member })).order.attempts).toEqual([]);

    const stocked = await stockedSku('2100', [3, 3]);
    await t.data(ChangeOfferStatusDocument, { id: stocked.offers[0], action: 'PAUSE' }, { token: s1 });
    const paused = await placed({ skuId: stocked.skuId, quantity: 1, clientOrderNo: 'M-FO-2' }, { token: member });
    const { order: o2 } = await t.data(TestOrderRoutingDocument, { id: paused.id }, { token: admin });
    expect(o2.attempts.map((a) => [a.offerId, a.outcome, a.position])).toEqual([
      [stocked.offers[0], 'UNAVAILABLE', null],
      [stocked.offers[1], 'DELIVERED', 1],
    ]);
    expect(o2.attempts[0].reason).toEqual({ offerStatus: 'PAUSED', supplierStatus: 'ACTIVE' });
  });

  it('saves a failed order and charges nothing: sold out, insufficient balance, bad quantity, delisted SKU', async () => {
    const { skuId } = await stockedSku('3000', [1, 0]);
    const before = await balance(member);
    const soldOut = await failure({ skuId, quantity: 2, clientOrderNo: 'M-SO-1' }, { token: member });
    expect(soldOut).toMatchObject({ code: 'SOLD_OUT', orderId: expect.any(String) });
    expect((await t.data(OrderDetailDocument, { id: soldOut!.orderId! }, { token: member })).order).toMatchObject({ status: 'FAILED', failureCode: 'SOLD_OUT' });
    expect((await failure({ skuId, quantity: 2, clientOrderNo: 'M-SO-1' }, { token: member }))?.code).toBe('SOLD_OUT');

    const poor = await activeMember();
    expect((await failure({ skuId, quantity: 1, clientOrderNo: 'P-1' }, { token: poor.token }))?.code).toBe('INSUFFICIENT_BALANCE');
    expect((await failure({ skuId, quantity: 0, clientOrderNo: 'M-Q-0' }, { token: member }))?.code).toBe('QUANTITY_OUT_OF_RANGE');
    expect((await failure({ skuId, quantity: 101, clientOrderNo: 'M-Q-101' }, { token: member }))?.code).toBe('QUANTITY_OUT_OF_RANGE');
    const delisted = await stockedSku('3000', [2, 0]);
    await t.db.query(`UPDATE skus SET status = 'DELISTED' WHERE id = $1`, [delisted.skuId]);
    expect((await failure({ skuId: delisted.skuId, quantity: 1, clientOrderNo: 'M-D-1' }, { token: member }))?.code).toBe('SKU_UNAVAILABLE');
    expect(await balance(member)).toBe(before);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'AVAILABLE'`, [skuId]);
    expect(n).toBe(1);
  });

  it('shows codes again only to their buyer, recording each reveal', async () => {
    const { skuId } = await stockedSku('1500', [2, 0]);
    const order = await placed({ skuId, quantity: 1, clientOrderNo: 'M-R-1' }, { token: member });
    const { revealOrderCodes } = await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member });
    expect(revealOrderCodes[0].secret).toBe(order.codes![0].secret);
    const other = (await t.login('member2@mengyuan.demo')).token;
    expect(await t.errorCode(RevealOrderCodesDocument, { orderId: order.id }, { token: other })).toBe('NOT_FOUND');
    await t.app.get(AuditService).flush();
    await t.chained();
    const reveals = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [order.id]);
    expect(reveals.map((r: { type: string }) => r.type)).toEqual(['order.delivered', 'order.codes_revealed']);
  });

  it('takes orders from an API key with ORDERS_WRITE and lets a WALLET_READ key read the balance, refusing other keys and non-members', async () => {
    const { skuId } = await stockedSku('1200', [3, 0]);
    const key = async (scopes: ('ORDERS_WRITE' | 'CATALOG_READ' | 'WALLET_READ')[]) => (await t.data(CreateApiKeyDocument, { input: { name: scopes.join('+'), scopes } }, { token: member })).createApiKey.secret;
    const writer = await key(['ORDERS_WRITE']);
    expect((await placed({ skuId, quantity: 1, clientOrderNo: 'K-1' }, { apiKey: writer })).status).toBe('DELIVERED');
    const reader = await key(['CATALOG_READ']);
    expect((await failure({ skuId, quantity: 1, clientOrderNo: 'K-2' }, { apiKey: reader }))?.code).toBe('FORBIDDEN');
    expect((await failure({ skuId, quantity: 1, clientOrderNo: 'K-3' }, { token: s1 }))?.code).toBe('FORBIDDEN');
    const applied = (await t.login('member4@mengyuan.demo')).token;
    expect((await failure({ skuId, quantity: 1, clientOrderNo: 'K-4' }, { token: applied }))?.code).toBe('FORBIDDEN');

    // A merchant's system checks its balance before buying, without a person's sign-in.
    expect(await t.errorCode(WalletDocument, { page: null }, { apiKey: writer })).toBe('FORBIDDEN');
    const wallet = await key(['WALLET_READ']);
    const viaKey = (await t.data(WalletDocument, { page: null }, { apiKey: wallet })).wallet;
    expect(viaKey.balance).toBe(String(await balance(member)));
    expect(viaKey.statement[0]).toMatchObject({ type: 'ORDER', reference: 'K-1' });
  });

  it('records deposits and payouts as balanced transactions, for admins only', async () => {
    expect(await t.errorCode(DepositToWalletDocument, { organizationId: memberOrg, amount: '100', reference: 'X-1' }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DepositToWalletDocument, { organizationId: memberOrg, amount: '-100', reference: 'X-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(DepositToWalletDocument, { organizationId: memberOrg, amount: '10.5', reference: 'X-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    const supplierOrg = (await t.login('supplier@mengyuan.demo')).organizationId;
    expect(await t.errorCode(DepositToWalletDocument, { organizationId: supplierOrg, amount: '100', reference: 'X-1' }, { token: admin })).toBe('NOT_FOUND');
    const owed = await balance(s1);
    expect(owed).toBeGreaterThan(0n);
    expect(await t.errorCode(RecordSupplierPayoutDocument, { organizationId: supplierOrg, amount: String(owed + 1n), reference: 'PAY-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    await t.data(RecordSupplierPayoutDocument, { organizationId: supplierOrg, amount: String(owed), reference: 'PAY-1' }, { token: admin });
    expect(await balance(s1)).toBe(0n);
    expect((await ledgerOk()).ok).toBe(true);
  });

  it('tells the supplier once when a sale drains its offer to the low-stock threshold', async () => {
    const { skuId, offers } = await stockedSku('1000', [4, 0]);
    await t.data(UpdateOfferDocument, { id: offers[0], input: { lowStockThreshold: 2 } }, { token: s1 });
    const lowStock = async () => {
      // Sales count off the offer's row; the counter (and its low-stock notice) catches up within a second.
      await t.app.get(OfferService).foldStockDeltas();
      return (await t.data(NotificationsDocument, { unreadOnly: false, page: { offset: 0, limit: 50 } }, { token: s1 })).notifications.items.filter(
        (n) => n.type === 'LOW_STOCK' && (n.params as { offerId: string }).offerId === offers[0],
      );
    };
    // Four codes under the default threshold of 10 were low at import; the new threshold of 2 starts afresh.
    const told = (await lowStock()).length;
    await placed({ skuId, quantity: 1, clientOrderNo: 'LS-1' }, { token: member });
    expect(await lowStock()).toHaveLength(told);
    await placed({ skuId, quantity: 1, clientOrderNo: 'LS-2' }, { token: member });
    expect((await lowStock()).slice(0, 1).map((n) => n.params)).toEqual([{ offerId: offers[0], skuName: expect.any(String), stock: 2, threshold: 2 }]);
    await placed({ skuId, quantity: 1, clientOrderNo: 'LS-3' }, { token: member });
    expect(await lowStock()).toHaveLength(told + 1);
  });

  it('sells exactly the stock to 1,000 concurrent orders from 20 members: no code twice, nothing charged for the rest', async () => {
    const { skuId } = await stockedSku('1000', [250, 250]);
    const members = await Promise.all(Array.from({ length: 20 }, () => activeMember()));
    for (const m of members) await fund(m.orgId, String(1000 * 60));
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => place({ skuId, quantity: 1, clientOrderNo: `C-${i}` }, { token: members[i % 20].token })));
    const delivered = results.filter((r) => r.body.data?.placeOrder?.status === 'DELIVERED');
    const codes = results.filter((r) => r.body.errors).map((r) => r.body.errors![0].extensions?.code);
    expect(delivered).toHaveLength(500);
    expect(codes).toHaveLength(500);
    expect(new Set(codes)).toEqual(new Set(['SOLD_OUT']));
    const secrets = delivered.flatMap((r) => r.body.data!.placeOrder.codes!.map((c) => c.secret));
    expect(new Set(secrets).size).toBe(500);
    const [{ sold, lines }] = await t.db.query(
      `SELECT count(*)::int AS sold, count(DISTINCT order_line_id)::int AS lines FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'SOLD'`,
      [skuId],
    );
    expect({ sold, lines }).toEqual({ sold: 500, lines: 500 });
    const spent = await t.db.query(
      `SELECT coalesce(sum(-e.amount), 0)::bigint AS spent FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_transactions x ON x.id = e.transaction_id
        WHERE a.kind = 'MEMBER_WALLET' AND x.type = 'ORDER' AND a.organization_id = ANY($1)`,
      [members.map((m) => m.orgId)],
    );
    expect(Number(spent[0].spent)).toBe(500 * 1000);
    expect(await ledgerOk()).toMatchObject({ ok: true });
  });

  describe('order-time risk', () => {
    let saved: typeof t.config.risk;
    const changed: string[] = [];
    /** Risk thresholds are alliance settings (issue 22): changed as an admin would, applied from the next order. */
    const setting = async (key: AllianceSettingKey, value: string) => {
      const current = (await t.data(AllianceSettingsDocument, {}, { token: admin })).allianceSettings.find((x) => x.key === key)!;
      await t.data(ChangeAllianceSettingDocument, { input: { key, value, reason: 'spec', expectedVersion: current.version } }, { token: admin });
      changed.push(key);
    };
    beforeEach(() => {
      saved = { ...t.config.risk };
    });
    afterEach(async () => {
      t.config.risk = saved;
      for (const key of changed.splice(0)) {
        const current = (await t.data(AllianceSettingsDocument, {}, { token: admin })).allianceSettings.find((x) => x.key === key)!;
        if (current.value !== current.defaultValue) await t.data(ChangeAllianceSettingDocument, { input: { key: current.key, value: current.defaultValue, reason: 'spec: back to the default', expectedVersion: current.version } }, { token: admin });
      }
    });
    const holdBalance = async (org: string) =>
      (await t.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE kind = 'MEMBER_HOLD' AND organization_id = $1`, [org]))[0].b as string;

    it('holds a large order for review with its amount reserved; rejection gives it back, approval delivers; each decision in the audit chain', async () => {
      await setting('RISK_REVIEW_ABOVE_FEN', '50000');
      const { skuId } = await stockedSku('30000', [4, 0]);
      const before = await balance(member);
      const held = await failure({ skuId, quantity: 2, clientOrderNo: 'BIG-1' }, { token: member });
      expect(held).toMatchObject({ code: 'RISK_REVIEW', orderId: expect.any(String) });
      const orderId = held!.orderId!;
      expect((await t.data(OrderDetailDocument, { id: orderId }, { token: member })).order.status).toBe('PENDING_REVIEW');
      expect(await balance(member)).toBe(before - 60000n);
      expect(await holdBalance(memberOrg)).toBe('60000');
      const [risk] = await t.db.query(`SELECT id, type, status FROM risk_events WHERE subject_id = $1`, [orderId]);
      expect(risk).toMatchObject({ type: 'LARGE_ORDER', status: 'OPEN' });
      const [{ n: sold }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'SOLD'`, [skuId]);
      expect(sold).toBe(0);

      const auditor = (await t.login('auditor@mengyuan.demo')).token;
      expect(await t.errorCode(ReviewHeldOrderDocument, { orderId, decision: 'REJECT', note: '金额异常' }, { token: auditor })).toBe('FORBIDDEN');
      const rejected = await t.data(ReviewHeldOrderDocument, { orderId, decision: 'REJECT', note: '金额异常，联系商户核实' }, { token: admin });
      expect(rejected.reviewHeldOrder.status).toBe('CANCELLED');
      expect(await balance(member)).toBe(before);
      expect(await holdBalance(memberOrg)).toBe('0');
      expect(await t.errorCode(ReviewHeldOrderDocument, { orderId, decision: 'APPROVE', note: 'again' }, { token: admin })).toBe('INVALID_TRANSITION');
      expect((await t.db.query(`SELECT status FROM risk_events WHERE subject_id = $1`, [orderId]))[0].status).toBe('CONFIRMED');
      await t.app.get(AuditService).flush();
      await t.chained();
      const decided = await t.db.query(`SELECT type, payload FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [risk.id]);
      expect(decided.map((e: { type: string }) => e.type)).toEqual(['risk_event.raised', 'risk_event.decided']);
      expect(decided[1].payload).toMatchObject({ decision: 'CONFIRMED', riskType: 'LARGE_ORDER' });

      const again = await failure({ skuId, quantity: 2, clientOrderNo: 'BIG-2' }, { token: member });
      const approved = await t.data(ReviewHeldOrderDocument, { orderId: again!.orderId!, decision: 'APPROVE', note: '已电话核实' }, { token: admin });
      expect(approved.reviewHeldOrder.status).toBe('DELIVERED');
      expect(await balance(member)).toBe(before - 60000n);
      expect(await holdBalance(memberOrg)).toBe('0');
      expect((await t.data(RevealOrderCodesDocument, { orderId: again!.orderId! }, { token: member })).revealOrderCodes).toHaveLength(2);
      await t.app.get(AuditService).flush();
      await t.chained();
      const trail = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [again!.orderId]);
      expect(trail.map((e: { type: string }) => e.type)).toEqual(['order.held', 'order.delivered', 'order.reviewed', 'order.codes_revealed']);
      expect((await ledgerOk()).ok).toBe(true);
    });

    it('refuses a member over the order velocity limit, counting only accepted orders and saving nothing', async () => {
      await setting('ORDER_VELOCITY_PER_MINUTE', '3');
      const { skuId } = await stockedSku('1000', [3, 0]);
      const fast = await activeMember();
      await fund(fast.orgId, '100000');
      for (let i = 0; i < 3; i++) await placed({ skuId, quantity: 1, clientOrderNo: `V-${i}` }, { token: fast.token });
      expect(await failure({ skuId, quantity: 1, clientOrderNo: 'V-3' }, { token: fast.token })).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id = $1`, [fast.orgId]))[0].n).toBe(3);

      // Failed orders (sold out) move no money or stock: they do not use up the limit.
      const other = await activeMember();
      await fund(other.orgId, '100000');
      const empty = await stockedSku('1000', [0, 0]);
      for (let i = 0; i < 5; i++) expect((await failure({ skuId: empty.skuId, quantity: 1, clientOrderNo: `SO-${i}` }, { token: other.token }))?.code).toBe('SOLD_OUT');
      const fresh = await stockedSku('1000', [3, 0]);
      for (let i = 0; i < 3; i++) expect((await placed({ skuId: fresh.skuId, quantity: 1, clientOrderNo: `OK-${i}` }, { token: other.token })).status).toBe('DELIVERED');
    });

    it('caps members whose legal representative is not real-name verified', async () => {
      await setting('UNVERIFIED_ORDER_CAP_FEN', '30000');
      const { skuId } = await stockedSku('20000', [3, 0]);
      const fresh = await activeMember();
      await fund(fresh.orgId, '100000');
      expect(await failure({ skuId, quantity: 2, clientOrderNo: 'U-1' }, { token: fresh.token })).toMatchObject({ code: 'REAL_NAME_REQUIRED', capFen: '30000' });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id = $1`, [fresh.orgId]))[0].n).toBe(0);
      expect((await placed({ skuId, quantity: 1, clientOrderNo: 'U-2' }, { token: fresh.token })).status).toBe('DELIVERED');
      // The demo member's legal representative is verified: the cap does not apply.
      expect((await placed({ skuId, quantity: 2, clientOrderNo: 'U-3' }, { token: member })).status).toBe('DELIVERED');
    });

    it('flags one device fingerprint seen across several member organisations, once', async () => {
      t.config.risk = { ...saved, deviceSharedMembers: 2 };
      const { skuId } = await stockedSku('1000', [10, 0]);
      const a = await activeMember();
      const b = await activeMember();
      for (const m of [a, b]) await fund(m.orgId, '10000');
      const headers = { 'x-device-fingerprint': 'fp-7f3a9c' };
      await placed({ skuId, quantity: 1, clientOrderNo: 'D-1' }, { token: a.token, headers });
      await placed({ skuId, quantity: 1, clientOrderNo: 'D-2' }, { token: a.token, headers });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM risk_events WHERE type = 'SHARED_DEVICE'`))[0].n).toBe(0);
      await placed({ skuId, quantity: 1, clientOrderNo: 'D-3' }, { token: b.token, headers });
      await placed({ skuId, quantity: 1, clientOrderNo: 'D-4' }, { token: b.token, headers });
      const flagged = await t.db.query(`SELECT organization_id, details FROM risk_events WHERE type = 'SHARED_DEVICE'`);
      expect(flagged).toEqual([{ organization_id: b.orgId, details: expect.objectContaining({ members: 2 }) }]);
      expect(JSON.stringify(flagged)).not.toContain('fp-7f3a9c');
    });
  });
});
