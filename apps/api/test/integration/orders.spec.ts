import { randomUUID } from 'node:crypto';
import { AuditService } from '../../src/modules/audit/audit.service';
import { startTestApp, type TestApp } from '../test-app';
import { RegisterOrganizationDocument } from '@mengyuan/graphql';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total quantity latencyMs codes { id cardNumber secret } } }`;
const REVEAL = `mutation($orderId: ID!) { revealOrderCodes(orderId: $orderId) { id cardNumber secret } }`;
const WALLET = `{ wallet { balance statementCount statement { type amount orderId reference } } }`;
const DEPOSIT = `mutation($org: ID!, $amount: Money!, $ref: String!) { depositToWallet(organizationId: $org, amount: $amount, reference: $ref) }`;
const PAYOUT = `mutation($org: ID!, $amount: Money!, $ref: String!) { recordSupplierPayout(organizationId: $org, amount: $amount, reference: $ref) }`;
const CHECK = `{ ledgerCheck { ok accountsChecked transactionsChecked drift { accountId } unbalancedTransactions } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status failureCode attempts { offerId outcome } } }`;
const CREATE_SKU = `mutation($input: CreateSkuInput!) { createSku(input: $input) { id } }`;
const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`;
const REVIEW_OFFER = `mutation($id: ID!) { reviewOffer(id: $id, decision: APPROVE, note: "ok") { id } }`;
const IMPORT = `mutation($input: ImportCardBatchInput!) { importCardBatch(input: $input) { accepted } }`;
const STATUS = `mutation($id: ID!, $action: OfferAction!) { changeOfferStatus(id: $id, action: $action) { status } }`;

type Placed = { id: string; status: string; total: string; codes: { id: string; cardNumber: string; secret: string }[] };

describe('orders, wallets and the ledger', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let memberOrg: string;
  let s1: string;
  let s2: string;
  let skuSeq = 0;

  /** A SKU of 腾讯游戏 (both demo suppliers hold its authorisation) with one offer per supplier and the given stock. */
  async function stockedSku(price: string, stocks: [number, number]) {
    skuSeq += 1;
    const brandId = (await t.db.query(`SELECT id FROM brands WHERE name = '腾讯游戏'`))[0].id;
    const code = `ORD-${skuSeq}-${randomUUID().slice(0, 6).toUpperCase()}`;
    const { createSku } = (await t.data(CREATE_SKU as never, { input: { code, name: `订单测试 ${skuSeq}`, brandId, category: 'GAME_TOPUP', faceValue: '10000', deliveryMode: 'CARD_CODE', unifiedPrice: price } } as never, { token: admin })) as { createSku: { id: string } };
    const offers: string[] = [];
    for (const [i, token] of [s1, s2].entries()) {
      const { createOffer } = (await t.data(CREATE_OFFER as never, { input: { skuId: createSku.id, settlementPrice: String(BigInt(price) - 100n - BigInt(i) * 10n) } } as never, { token })) as { createOffer: { id: string } };
      await t.data(REVIEW_OFFER as never, { id: createOffer.id } as never, { token: admin });
      for (let done = 0; done < stocks[i]; done += 1000) {
        const codes = Array.from({ length: Math.min(1000, stocks[i] - done) }, (_, k) => ({ cardNumber: `${code}-${i}-${done + k}`, secret: `S-${code}-${i}-${done + k}` }));
        await t.data(IMPORT as never, { input: { offerId: createOffer.id, codes } } as never, { token });
      }
      offers.push(createOffer.id);
    }
    return { skuId: createSku.id, offers };
  }

  async function activeMember(n: number): Promise<{ token: string; orgId: string }> {
    const { registerOrganization: r } = await t.data(RegisterOrganizationDocument, {
      input: { kind: 'MEMBER', name: `并发会员 ${n}`, channelType: null, unifiedSocialCreditCode: `91330100MA${String(70000000 + n)}`, contactName: '测试', contactPhone: '13700137000', ownerEmail: `m${n}@orders.test`, ownerPassword: 'member-pass-1', ownerDisplayName: '测试' },
    });
    // Admission is the onboarding spec's business; here the member is simply active.
    await t.db.query(`UPDATE organizations SET status = 'ACTIVE' WHERE id = $1`, [r.user.organization.id]);
    return { token: (await t.login(`m${n}@orders.test`, 'member-pass-1')).token, orgId: r.user.organization.id };
  }

  const deposit = (org: string, amount: string) => t.data(DEPOSIT as never, { org, amount, ref: `BANK-${randomUUID().slice(0, 8)}` } as never, { token: admin });
  const balance = async (token: string) => ((await t.data(WALLET as never, {} as never, { token })) as { wallet: { balance: string } }).wallet.balance;
  const ledgerOk = async () => ((await t.data(CHECK as never, {} as never, { token: admin })) as { ledgerCheck: { ok: boolean } }).ledgerCheck;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    s1 = (await t.login('supplier@mengyuan.demo')).token;
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
    await deposit(memberOrg, '1000000');
  });
  afterAll(() => t.close());

  it('delivers the codes at once, debits the wallet and credits the supplier and the alliance', async () => {
    const { skuId } = await stockedSku('9650', [5, 5]);
    const before = BigInt(await balance(member));
    const { placeOrder } = (await t.data(PLACE as never, { input: { skuId, quantity: 2, clientOrderNo: 'M-0001' } } as never, { token: member })) as { placeOrder: Placed & { latencyMs: number } };
    expect(placeOrder).toMatchObject({ status: 'DELIVERED', total: '19300' });
    expect(placeOrder.codes).toHaveLength(2);
    expect(placeOrder.codes[0].secret).toMatch(/^S-ORD-/);
    expect(placeOrder.latencyMs).toBeGreaterThan(0);
    expect(BigInt(await balance(member))).toBe(before - 19300n);
    const [payable] = await t.db.query(`SELECT sum(e.amount)::text AS s FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'SUPPLIER_PAYABLE'`);
    const [revenue] = await t.db.query(`SELECT sum(e.amount)::text AS s FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'ALLIANCE_REVENUE'`);
    expect(BigInt(payable.s) + BigInt(revenue.s)).toBe(19300n);
    expect(await ledgerOk()).toMatchObject({ ok: true, drift: [], unbalancedTransactions: [] });
  });

  it('answers the same clientOrderNo with the same order, and a different payload with IDEMPOTENCY_CONFLICT', async () => {
    const { skuId } = await stockedSku('5000', [3, 0]);
    const first = ((await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'M-0002' } } as never, { token: member })) as { placeOrder: Placed }).placeOrder;
    const again = ((await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'M-0002' } } as never, { token: member })) as { placeOrder: Placed }).placeOrder;
    expect(again.id).toBe(first.id);
    expect(again.codes).toEqual(first.codes);
    const conflict = await t.gql(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'M-0002' } }, { token: member });
    expect(conflict.body.errors?.[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', orderId: first.id });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes WHERE order_line_id IS NOT NULL AND offer_id IN (SELECT id FROM offers WHERE sku_id = $1)`, [skuId]);
    expect(n).toBe(1);
  });

  it('makes one order of 50 concurrent retries of one clientOrderNo', async () => {
    const { skuId } = await stockedSku('1000', [60, 0]);
    const before = BigInt(await balance(member));
    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'M-RETRY' } }, { token: member })));
    const ids = new Set(results.map((r) => (r.body.data as { placeOrder: Placed } | null)?.placeOrder.id));
    expect(results.every((r) => !r.body.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(BigInt(await balance(member))).toBe(before - 1000n);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE client_order_no = 'M-RETRY'`);
    expect(n).toBe(1);
  });

  it('fails over to the next offer when the first is empty or paused, recording every attempt', async () => {
    const { skuId, offers } = await stockedSku('2000', [0, 3]);
    const empty = ((await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'M-FO-1' } } as never, { token: member })) as { placeOrder: Placed }).placeOrder;
    const o1 = (await t.data(ORDER as never, { id: empty.id } as never, { token: admin })) as { order: { attempts: { offerId: string; outcome: string }[] } };
    expect(o1.order.attempts).toEqual([{ offerId: offers[0], outcome: 'NO_STOCK' }, { offerId: offers[1], outcome: 'DELIVERED' }]);
    expect(((await t.data(ORDER as never, { id: empty.id } as never, { token: member })) as { order: { attempts: unknown[] } }).order.attempts).toEqual([]);

    const stocked = await stockedSku('2100', [3, 3]);
    await t.data(STATUS as never, { id: stocked.offers[0], action: 'PAUSE' } as never, { token: s1 });
    const paused = ((await t.data(PLACE as never, { input: { skuId: stocked.skuId, quantity: 1, clientOrderNo: 'M-FO-2' } } as never, { token: member })) as { placeOrder: Placed }).placeOrder;
    const o2 = (await t.data(ORDER as never, { id: paused.id } as never, { token: admin })) as { order: { attempts: { offerId: string; outcome: string }[] } };
    expect(o2.order.attempts).toEqual([{ offerId: stocked.offers[0], outcome: 'UNAVAILABLE' }, { offerId: stocked.offers[1], outcome: 'DELIVERED' }]);
  });

  it('saves a failed order and charges nothing: sold out, insufficient balance, bad quantity, direct top-up', async () => {
    const { skuId } = await stockedSku('3000', [1, 0]);
    const before = await balance(member);
    const soldOut = await t.gql(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'M-SO-1' } }, { token: member });
    expect(soldOut.body.errors?.[0].extensions).toMatchObject({ code: 'SOLD_OUT', orderId: expect.any(String) });
    const failed = (await t.data(ORDER as never, { id: soldOut.body.errors?.[0].extensions?.orderId } as never, { token: member })) as { order: { status: string; failureCode: string } };
    expect(failed.order).toMatchObject({ status: 'FAILED', failureCode: 'SOLD_OUT' });
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'M-SO-1' } }, { token: member })).toBe('SOLD_OUT');

    const poor = await activeMember(900);
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'P-1' } }, { token: poor.token })).toBe('INSUFFICIENT_BALANCE');
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 0, clientOrderNo: 'M-Q-0' } }, { token: member })).toBe('QUANTITY_OUT_OF_RANGE');
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 101, clientOrderNo: 'M-Q-101' } }, { token: member })).toBe('QUANTITY_OUT_OF_RANGE');
    const [topup] = await t.db.query(`SELECT id FROM skus WHERE delivery_mode = 'DIRECT_TOPUP' LIMIT 1`);
    if (topup) expect(await t.errorCode(PLACE, { input: { skuId: topup.id, quantity: 1, clientOrderNo: 'M-T-1' } }, { token: member })).toBe('SKU_UNAVAILABLE');
    expect(await balance(member)).toBe(before);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'AVAILABLE'`, [skuId]);
    expect(n).toBe(1);
  });

  it('shows codes again only to their buyer, recording each reveal', async () => {
    const { skuId } = await stockedSku('1500', [2, 0]);
    const { placeOrder } = (await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'M-R-1' } } as never, { token: member })) as { placeOrder: Placed };
    const { revealOrderCodes } = (await t.data(REVEAL as never, { orderId: placeOrder.id } as never, { token: member })) as { revealOrderCodes: { secret: string }[] };
    expect(revealOrderCodes[0].secret).toBe(placeOrder.codes[0].secret);
    const other = (await t.login('member2@mengyuan.demo')).token;
    expect(await t.errorCode(REVEAL, { orderId: placeOrder.id }, { token: other })).toBe('NOT_FOUND');
    await t.app.get(AuditService).flush();
    const reveals = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [placeOrder.id]);
    expect(reveals.map((r: { type: string }) => r.type)).toEqual(['order.delivered', 'order.codes_revealed']);
  });

  it('accepts orders from an API key with ORDERS_WRITE, and refuses other keys and non-members', async () => {
    const { skuId } = await stockedSku('1200', [3, 0]);
    const created = await t.gql(`mutation { createApiKey(input: { name: "erp", scopes: [ORDERS_WRITE] }) { secret } }`, {}, { token: member });
    const key = (created.body.data as { createApiKey: { secret: string } }).createApiKey.secret;
    const viaKey = await t.gql(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'K-1' } }, { apiKey: key });
    expect((viaKey.body.data as { placeOrder: Placed }).placeOrder.status).toBe('DELIVERED');
    const reader = ((await t.gql(`mutation { createApiKey(input: { name: "reader", scopes: [CATALOG_READ] }) { secret } }`, {}, { token: member })).body.data as { createApiKey: { secret: string } }).createApiKey.secret;
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'K-2' } }, { apiKey: reader })).toBe('FORBIDDEN');
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'K-3' } }, { token: s1 })).toBe('FORBIDDEN');
    const applied = (await t.login('member4@mengyuan.demo')).token;
    expect(await t.errorCode(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'K-4' } }, { token: applied })).toBe('FORBIDDEN');
  });

  it('records deposits and payouts as balanced transactions, for admins only', async () => {
    expect(await t.errorCode(DEPOSIT, { org: memberOrg, amount: '100', ref: 'X-1' }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DEPOSIT, { org: memberOrg, amount: '-100', ref: 'X-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(DEPOSIT, { org: memberOrg, amount: '10.5', ref: 'X-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    const supplierOrg = (await t.login('supplier@mengyuan.demo')).organizationId;
    expect(await t.errorCode(DEPOSIT, { org: supplierOrg, amount: '100', ref: 'X-1' }, { token: admin })).toBe('NOT_FOUND');
    const owed = ((await t.data(WALLET as never, {} as never, { token: s1 })) as { wallet: { balance: string } }).wallet.balance;
    expect(BigInt(owed)).toBeGreaterThan(0n);
    expect(await t.errorCode(PAYOUT, { org: supplierOrg, amount: String(BigInt(owed) + 1n), ref: 'PAY-1' }, { token: admin })).toBe('VALIDATION_FAILED');
    await t.data(PAYOUT as never, { org: supplierOrg, amount: owed, ref: 'PAY-1' } as never, { token: admin });
    expect(((await t.data(WALLET as never, {} as never, { token: s1 })) as { wallet: { balance: string } }).wallet.balance).toBe('0');
    expect((await ledgerOk()).ok).toBe(true);
  });

  it('sells exactly the stock to 1,000 concurrent orders from 20 members: no code twice, nothing charged for the rest', async () => {
    const { skuId } = await stockedSku('1000', [250, 250]);
    const members = await Promise.all(Array.from({ length: 20 }, (_, i) => activeMember(i + 1)));
    for (const m of members) await deposit(m.orgId, String(1000 * 60));
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => t.gql(PLACE, { input: { skuId, quantity: 1, clientOrderNo: `C-${i}` } }, { token: members[i % 20].token })),
    );
    const delivered = results.filter((r) => (r.body.data as { placeOrder: Placed } | null)?.placeOrder?.status === 'DELIVERED');
    const codes = results.filter((r) => r.body.errors).map((r) => r.body.errors![0].extensions?.code);
    expect(delivered).toHaveLength(500);
    expect(codes).toHaveLength(500);
    expect(new Set(codes)).toEqual(new Set(['SOLD_OUT']));
    const secrets = delivered.flatMap((r) => (r.body.data as { placeOrder: Placed }).placeOrder.codes.map((c) => c.secret));
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
    const defaults = () => ({ ...t.config.risk });
    let saved: typeof t.config.risk;
    beforeEach(() => {
      saved = defaults();
    });
    afterEach(() => {
      t.config.risk = saved;
    });
    const holdBalance = async (org: string) =>
      (await t.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE kind = 'MEMBER_HOLD' AND organization_id = $1`, [org]))[0].b as string;
    const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $note: String!) { reviewHeldOrder(orderId: $id, decision: $decision, note: $note) { id status failureCode } }`;

    it('holds a large order for review with its amount reserved; rejection gives it back, approval delivers', async () => {
      t.config.risk = { ...saved, reviewAboveFen: 50_000n };
      const { skuId } = await stockedSku('30000', [4, 0]);
      const before = BigInt(await balance(member));
      const held = await t.gql(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'BIG-1' } }, { token: member });
      expect(held.body.errors?.[0].extensions).toMatchObject({ code: 'RISK_REVIEW', orderId: expect.any(String) });
      const orderId = held.body.errors![0].extensions!.orderId as string;
      expect(((await t.data(ORDER as never, { id: orderId } as never, { token: member })) as { order: { status: string } }).order.status).toBe('PENDING_REVIEW');
      expect(BigInt(await balance(member))).toBe(before - 60000n);
      expect(await holdBalance(memberOrg)).toBe('60000');
      const [risk] = await t.db.query(`SELECT type, status FROM risk_events WHERE subject_id = $1`, [orderId]);
      expect(risk).toEqual({ type: 'LARGE_ORDER', status: 'OPEN' });
      const [{ n: sold }] = await t.db.query(`SELECT count(*)::int AS n FROM card_codes c JOIN offers o ON o.id = c.offer_id WHERE o.sku_id = $1 AND c.status = 'SOLD'`, [skuId]);
      expect(sold).toBe(0);

      const auditor = (await t.login('auditor@mengyuan.demo')).token;
      expect(await t.errorCode(REVIEW, { id: orderId, decision: 'REJECT', note: '金额异常' }, { token: auditor })).toBe('FORBIDDEN');
      const rejected = (await t.data(REVIEW as never, { id: orderId, decision: 'REJECT', note: '金额异常，联系商户核实' } as never, { token: admin })) as { reviewHeldOrder: { status: string } };
      expect(rejected.reviewHeldOrder.status).toBe('CANCELLED');
      expect(BigInt(await balance(member))).toBe(before);
      expect(await holdBalance(memberOrg)).toBe('0');
      expect(await t.errorCode(REVIEW, { id: orderId, decision: 'APPROVE', note: 'again' }, { token: admin })).toBe('INVALID_TRANSITION');
      expect((await t.db.query(`SELECT status FROM risk_events WHERE subject_id = $1`, [orderId]))[0].status).toBe('CONFIRMED');

      const again = await t.gql(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'BIG-2' } }, { token: member });
      const approved = (await t.data(REVIEW as never, { id: again.body.errors![0].extensions!.orderId, decision: 'APPROVE', note: '已电话核实' } as never, { token: admin })) as { reviewHeldOrder: { status: string } };
      expect(approved.reviewHeldOrder.status).toBe('DELIVERED');
      expect(BigInt(await balance(member))).toBe(before - 60000n);
      expect(await holdBalance(memberOrg)).toBe('0');
      const codes = (await t.data(REVEAL as never, { orderId: again.body.errors![0].extensions!.orderId } as never, { token: member })) as { revealOrderCodes: unknown[] };
      expect(codes.revealOrderCodes).toHaveLength(2);
      expect((await ledgerOk()).ok).toBe(true);
    });

    it('refuses a member over the order velocity limit, saving nothing', async () => {
      t.config.risk = { ...saved, velocityPerMinute: 3 };
      const { skuId } = await stockedSku('1000', [10, 0]);
      const fast = await activeMember(901);
      await deposit(fast.orgId, '100000');
      for (let i = 0; i < 3; i++) await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: `V-${i}` } } as never, { token: fast.token });
      const res = await t.gql(PLACE, { input: { skuId, quantity: 1, clientOrderNo: 'V-3' } }, { token: fast.token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id = $1`, [fast.orgId]))[0].n).toBe(3);
    });

    it('caps members whose legal representative is not real-name verified', async () => {
      t.config.risk = { ...saved, unverifiedOrderCapFen: 30_000n };
      const { skuId } = await stockedSku('20000', [3, 0]);
      const fresh = await activeMember(902);
      await deposit(fresh.orgId, '100000');
      const res = await t.gql(PLACE, { input: { skuId, quantity: 2, clientOrderNo: 'U-1' } }, { token: fresh.token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'REAL_NAME_REQUIRED', capFen: '30000' });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id = $1`, [fresh.orgId]))[0].n).toBe(0);
      expect(((await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'U-2' } } as never, { token: fresh.token })) as { placeOrder: Placed }).placeOrder.status).toBe('DELIVERED');
      // The demo member's legal representative is verified: the cap does not apply.
      expect(((await t.data(PLACE as never, { input: { skuId, quantity: 2, clientOrderNo: 'U-3' } } as never, { token: member })) as { placeOrder: Placed }).placeOrder.status).toBe('DELIVERED');
    });

    it('flags one device fingerprint seen across several member organisations, once', async () => {
      t.config.risk = { ...saved, deviceSharedMembers: 2 };
      const { skuId } = await stockedSku('1000', [10, 0]);
      const a = await activeMember(903);
      const b = await activeMember(904);
      for (const m of [a, b]) await deposit(m.orgId, '10000');
      const device = { 'x-device-fingerprint': 'fp-7f3a9c' };
      await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'D-1' } } as never, { token: a.token, headers: device });
      await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'D-2' } } as never, { token: a.token, headers: device });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM risk_events WHERE type = 'SHARED_DEVICE'`))[0].n).toBe(0);
      await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'D-3' } } as never, { token: b.token, headers: device });
      await t.data(PLACE as never, { input: { skuId, quantity: 1, clientOrderNo: 'D-4' } } as never, { token: b.token, headers: device });
      const flagged = await t.db.query(`SELECT organization_id, details FROM risk_events WHERE type = 'SHARED_DEVICE'`);
      expect(flagged).toEqual([{ organization_id: b.orgId, details: expect.objectContaining({ members: 2 }) }]);
      expect(JSON.stringify(flagged)).not.toContain('fp-7f3a9c');
    });
  });
});
