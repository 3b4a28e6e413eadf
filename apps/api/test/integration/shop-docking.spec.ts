import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ClaimTopupTaskDocument, CompleteTopupTaskDocument, CreateApiKeyDocument, LedgerCheckDocument, RevokeApiKeyDocument, ShopDockCredentialsDocument, TopupTasksDocument } from '@mengyuan/graphql';
import { AcgShopClient, acgSignature, DujiaoCallbackReceiver, DujiaoShopClient, type DujiaoOrderCreated, type DujiaoOrderDetail, type DujiaoProductPage, type DujiaoRefusal } from '@mengyuan/supplier-sim';
import { createSku, deposit, liveOffer, stockedSku } from '../factories';
import { ShopCallbackService } from '../../src/modules/docking/services/shop-callback.service';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Docking both ways (issue 19 §5), downstream half: a member's own shop software (the simulator's dujiao-next
 * and acg-faka shop clients) uses the alliance as its upstream over HTTP, against real PostgreSQL: it lists
 * the catalog at unified prices with stock, buys through the member's wallet (idempotent on the shop's order
 * number), reads its orders back, and is refused — typed, nothing charged — for a wrong signature, a replay,
 * a stale timestamp and another member's key.
 */
describe('shop docking: members’ shops dock to the alliance (dujiao-next, acg-faka)', () => {
  let t: TestApp;
  let admin: string;
  const tok = { m: '', m2: '', s: '' };
  const org = { m: '', m2: '' };
  let skuCode = '';
  let unitPrice = 0n;
  const cred = { m: { keyId: '', secret: '', dujiao: '', acg: '', apiKeyId: '' }, m2: { keyId: '', secret: '', dujiao: '', acg: '', apiKeyId: '' } };
  let dj: DujiaoShopClient;
  let acg: AcgShopClient;
  let goodsNum = 0;

  const wallet = async (orgId: string) =>
    BigInt(((await t.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [orgId])) as { b: string }[])[0].b);
  const ordersOf = async (orgId: string) => ((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id = $1`, [orgId])) as { n: number }[])[0].n;

  beforeAll(async () => {
    t = await startTestApp({ ORDER_VELOCITY_PER_MINUTE: '100000' });
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    tok.s = (await t.login('supplier@mengyuan.demo')).token;
    for (const [k, email] of [['m', 'member@mengyuan.demo'], ['m2', 'member2@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      org[k] = l.organizationId;
    }
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier: tok.s, stock: 30 }] });
    skuCode = sku.code;
    unitPrice = BigInt(sku.unifiedPrice);
    await deposit(t, admin, org.m, '10000000');
    for (const k of ['m', 'm2'] as const) {
      const created = (await t.data(CreateApiKeyDocument, { input: { name: `店铺对接 ${k}`, scopes: ['ORDERS_WRITE', 'CATALOG_READ'] } }, { token: tok[k] })).createApiKey;
      const [c] = (await t.data(ShopDockCredentialsDocument, {}, { token: tok[k] })).shopDockCredentials.filter((x) => x.apiKeyId === created.apiKey.id);
      cred[k] = { keyId: c.keyId, secret: c.secret, dujiao: c.dujiaoBaseUrl, acg: c.acgDomain, apiKeyId: c.apiKeyId };
    }
    dj = new DujiaoShopClient({ baseUrl: cred.m.dujiao, apiKey: cred.m.keyId, secret: cred.m.secret });
    acg = new AcgShopClient({ domain: cred.m.acg, appId: cred.m.keyId, appKey: cred.m.secret });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the member’s owner its dock credentials: the key’s public id, a derived secret and the two URLs; never the API key’s own secret', async () => {
    expect(cred.m.keyId).toMatch(/^mk_[A-Za-z0-9]{12}$/);
    expect(cred.m.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cred.m.secret).not.toBe(cred.m2.secret);
    expect(cred.m.dujiao).toBe(`${t.url}/dock/dujiao`);
    expect(cred.m.acg).toBe(`${t.url}/dock/acg`);
    // A supplier has no shop to dock.
    expect(await t.errorCode(ShopDockCredentialsDocument, {}, { token: tok.s })).toBe('FORBIDDEN');
  });

  it('dujiao-next: pings with the wallet balance and lists the catalog at unified prices with stock', async () => {
    const ping = await dj.ping();
    expect(ping).toMatchObject({ status: 200, body: { ok: true, protocol_version: '1.0', balance: '100000.00', currency: 'CNY', user_id: expect.any(Number) } });
    const page = await dj.products(1, 100);
    expect(page.status).toBe(200);
    if (!page.body.ok) throw new Error('refused');
    const item = page.body.items.find((p) => p.slug === skuCode)!;
    expect(item).toMatchObject({ price_amount: `${unitPrice / 100n}.${(unitPrice % 100n).toString().padStart(2, '0')}`, fulfillment_type: 'auto', is_active: true });
    expect(item.skus[0]).toMatchObject({ id: item.id, stock_quantity: 30, stock_status: 'in_stock' });
    goodsNum = item.id;
    expect(Number.isInteger(goodsNum)).toBe(true);
    const detail = await dj.product(goodsNum);
    expect(detail).toMatchObject({ status: 200, body: { ok: true, product: { id: goodsNum, slug: skuCode } } });
    expect(await dj.product(999_999_999)).toMatchObject({ status: 404, body: { ok: false, error_code: 'product_not_found' } });
  });

  it('dujiao-next: buys through the member’s wallet — codes returned, charged once for a repeated shop order number, read back by order id; the ledger balances', async () => {
    const before = await wallet(org.m);
    const no = `DJ-${randomUUID().slice(0, 12)}`;
    const first = await dj.createOrder({ sku_id: goodsNum, quantity: 2, downstream_order_no: no });
    expect(first.status).toBe(200);
    const created = first.body as DujiaoOrderCreated & { fulfillment: DujiaoOrderDetail['fulfillment'] };
    expect(created).toMatchObject({ ok: true, status: 'delivered', amount: expect.any(String), currency: 'CNY' });
    expect(created.fulfillment!.delivery_data.codes).toHaveLength(2);
    expect(await wallet(org.m)).toBe(before - 2n * unitPrice);

    // The shop retries the same order, signed anew a second ahead of now (signed a second behind, it could carry the
    // first send's timestamp and signature and be refused as a replay): the same order and codes, no second charge.
    const again = await dj.call('POST', '/orders', { sku_id: goodsNum, quantity: 2, downstream_order_no: no }, { timestamp: String(Math.floor(Date.now() / 1000) + 1) });
    expect(again.body).toMatchObject({ ok: true, order_id: created.order_id, status: 'delivered' });
    expect((again.body as typeof created).fulfillment!.payload).toBe(created.fulfillment!.payload);
    expect(await wallet(org.m)).toBe(before - 2n * unitPrice);
    // The same number for a different order is a typed conflict.
    expect(await dj.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: no })).toMatchObject({ status: 409, body: { ok: false, error_code: 'idempotency_conflict' } });

    const read = await dj.order(created.order_id);
    expect(read).toMatchObject({ status: 200, body: { ok: true, order_id: created.order_id, status: 'delivered', items: [{ sku_id: goodsNum, quantity: 2 }] } });
    expect((read.body as DujiaoOrderDetail).fulfillment!.payload).toBe(created.fulfillment!.payload);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('dujiao-next: two concurrent sends of one shop order number (signed apart) make one order, charged once, both answered with it', async () => {
    const before = await wallet(org.m);
    const no = `DJ-${randomUUID().slice(0, 12)}`;
    const now = Math.floor(Date.now() / 1000);
    const [a, b] = await Promise.all([
      dj.call<DujiaoOrderCreated>('POST', '/orders', { sku_id: goodsNum, quantity: 1, downstream_order_no: no }, { timestamp: String(now) }),
      dj.call<DujiaoOrderCreated>('POST', '/orders', { sku_id: goodsNum, quantity: 1, downstream_order_no: no }, { timestamp: String(now - 1) }),
    ]);
    expect(a.body).toMatchObject({ ok: true, status: 'delivered' });
    expect(b.body).toMatchObject({ ok: true, status: 'delivered', order_id: (a.body as DujiaoOrderCreated).order_id });
    expect(await wallet(org.m)).toBe(before - unitPrice);
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM docking_shop_orders WHERE shop_order_no = $1`, [no])) as { n: number }[])[0].n).toBe(1);
  });

  it('dujiao-next: calls the shop back on its callback_url, signed with its own dock credentials; a private or non-http URL is refused', async () => {
    expect(await dj.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}`, callback_url: 'ftp://shop.example/cb' })).toMatchObject({
      status: 400, body: { ok: false, error_code: 'invalid_callback_url' },
    });
    expect(await dj.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}`, callback_url: 'http://127.0.0.1:9/cb' })).toMatchObject({
      status: 400, body: { error_code: 'invalid_callback_url' },
    });
    const receiver = new DujiaoCallbackReceiver((apiKey) => (apiKey === cred.m.keyId ? cred.m.secret : null));
    const callbackUrl = await receiver.listen();
    t.config.webhooks.allowPrivate = true; // the shop listens on loopback here
    try {
      const no = `DJ-${randomUUID().slice(0, 12)}`;
      const placed = (await dj.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: no, callback_url: callbackUrl })).body as DujiaoOrderCreated & { fulfillment: DujiaoOrderDetail['fulfillment'] };
      await dj.call('POST', '/orders', { sku_id: goodsNum, quantity: 1, downstream_order_no: no, callback_url: callbackUrl }, { timestamp: String(Math.floor(Date.now() / 1000) + 1) });
      await t.app.get(ShopCallbackService).settled();
      expect(receiver.received).toHaveLength(1); // the repeat of the same order is not called back again
      expect(receiver.received[0]).toMatchObject({
        apiKey: cred.m.keyId, verified: true,
        body: { order_id: placed.order_id, downstream_order_no: no, status: 'delivered', fulfillment: { status: 'delivered', payload: placed.fulfillment!.payload } },
      });
    } finally {
      t.config.webhooks.allowPrivate = false;
      await receiver.close();
    }
  });

  it('dujiao-next: a direct top-up takes the account from manual_form_data, answers fulfilling, and is called back delivered when the supplier completes it', async () => {
    const topup = await createSku(t, admin, { deliveryMode: 'DIRECT_TOPUP' });
    await liveOffer(t, { supplier: tok.s, reviewer: admin, skuId: topup.id, settlementPrice: String(BigInt(topup.unifiedPrice) - 100n) });
    const listed = ((await dj.products(1, 100)).body as DujiaoProductPage).items.find((p) => p.slug === topup.code)!;
    expect(listed).toMatchObject({ fulfillment_type: 'manual', skus: [{ stock_quantity: -1, stock_status: 'unlimited' }] });
    expect(await dj.createOrder({ sku_id: listed.id, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}` })).toMatchObject({ status: 400, body: { error_code: 'bad_request' } });

    const receiver = new DujiaoCallbackReceiver((apiKey) => (apiKey === cred.m.keyId ? cred.m.secret : null));
    const callbackUrl = await receiver.listen();
    t.config.webhooks.allowPrivate = true;
    try {
      const no = `DJ-${randomUUID().slice(0, 12)}`;
      const placed = await dj.createOrder({ sku_id: listed.id, quantity: 1, downstream_order_no: no, callback_url: callbackUrl, manual_form_data: { account: '13800138000' } });
      expect(placed).toMatchObject({ status: 200, body: { ok: true, status: 'fulfilling' } });
      const created = placed.body as DujiaoOrderCreated;
      await t.app.get(ShopCallbackService).settled();
      expect(receiver.received).toHaveLength(0);
      const [task] = (await t.data(TopupTasksDocument, { status: 'QUEUED', page: null }, { token: tok.s })).topupTasks.items.filter((x) => x.orderId === created.order_no);
      expect(task.rechargeAccount).toBe('13800138000');
      await t.data(ClaimTopupTaskDocument, { id: task.id }, { token: tok.s });
      await t.data(CompleteTopupTaskDocument, { id: task.id, reference: 'CMCC-SHOP-1' }, { token: tok.s });
      await t.app.get(ShopCallbackService).settled();
      expect(receiver.received).toEqual([expect.objectContaining({ verified: true, body: expect.objectContaining({ order_id: created.order_id, downstream_order_no: no, status: 'delivered' }) })]);
      expect(await dj.order(created.order_id)).toMatchObject({ status: 200, body: { status: 'delivered', items: [{ fulfillment_type: 'manual' }] } });
    } finally {
      t.config.webhooks.allowPrivate = false;
      await receiver.close();
    }
  });

  it('dujiao-next: a wrong signature, a replay, a stale timestamp, an unknown key and another member’s key are refused, typed, with nothing charged', async () => {
    const before = await wallet(org.m);
    const orders = await ordersOf(org.m);
    const body = { sku_id: goodsNum, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}` };

    const wrong = await dj.call('POST', '/orders', body, { signature: 'f'.repeat(64) });
    expect(wrong).toMatchObject({ status: 401, body: { ok: false, error_code: 'invalid_signature' } });
    const stale = await dj.call('POST', '/orders', body, { timestamp: String(Math.floor(Date.now() / 1000) - 600) });
    expect(stale).toMatchObject({ status: 401, body: { ok: false, error_code: 'timestamp_expired' } });
    expect(await dj.call('GET', '/products', undefined, { apiKey: 'mk_AAAAAAAAAAAA' })).toMatchObject({ status: 401, body: { error_code: 'invalid_api_key' } });
    expect(await dj.call('GET', '/products', undefined, { headers: { 'dujiao-next-signature': '' } })).toMatchObject({ status: 401, body: { error_code: 'missing_auth_headers' } });
    // Member 2's key id signed with member 1's secret: the signature does not match.
    expect(await dj.call('POST', '/orders', body, { apiKey: cred.m2.keyId })).toMatchObject({ status: 401, body: { error_code: 'invalid_signature' } });

    // A replay: the exact signed request sent twice (within the window) is answered once.
    const firstSend = await dj.call<DujiaoOrderCreated>('POST', '/orders', body);
    expect(firstSend.body).toMatchObject({ ok: true, status: 'delivered' });
    const replay = await dj.send('POST', '/orders', firstSend.headers, firstSend.raw);
    expect(replay).toMatchObject({ status: 401, body: { ok: false, error_code: 'replayed_request' } });
    expect(await wallet(org.m)).toBe(before - unitPrice);
    expect(await ordersOf(org.m)).toBe(orders + 1);

    // Another member's key never sees this member's orders (and buys from its own wallet, which is empty).
    const other = new DujiaoShopClient({ baseUrl: cred.m2.dujiao, apiKey: cred.m2.keyId, secret: cred.m2.secret });
    const otherOrders = await ordersOf(org.m2);
    expect(await other.order((firstSend.body as DujiaoOrderCreated).order_id)).toMatchObject({ status: 404, body: { ok: false, error_code: 'order_not_found' } });
    const broke = await other.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: body.downstream_order_no });
    expect(broke).toMatchObject({ status: 402, body: { ok: false, error_code: 'insufficient_balance', status: 'canceled' } });
    expect(await ordersOf(org.m2)).toBe(otherOrders + 1); // saved as failed, nothing charged
    expect(await wallet(org.m2)).toBe(0n);
  });

  it('dujiao-next: sold out is typed and charges nothing; a revoked key stops docking', async () => {
    const before = await wallet(org.m);
    // A SKU with a live source and no codes left.
    const empty = await createSku(t, admin, {});
    await liveOffer(t, { supplier: tok.s, reviewer: admin, skuId: empty.id, settlementPrice: String(BigInt(empty.unifiedPrice) - 100n) });
    const listed = (await dj.products(1, 100)).body as DujiaoProductPage;
    const emptyGoods = listed.items.find((p) => p.slug === empty.code)!;
    expect(emptyGoods.skus[0]).toMatchObject({ stock_quantity: 0, stock_status: 'out_of_stock' });
    const soldOut = await dj.createOrder({ sku_id: emptyGoods.id, quantity: 1, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}` });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body as DujiaoRefusal).toMatchObject({ ok: false, error_code: 'insufficient_stock' });
    expect(await wallet(org.m)).toBe(before);

    const spare = (await t.data(CreateApiKeyDocument, { input: { name: '临时', scopes: ['CATALOG_READ'] } }, { token: tok.m })).createApiKey;
    const c = (await t.data(ShopDockCredentialsDocument, {}, { token: tok.m })).shopDockCredentials.find((x) => x.apiKeyId === spare.apiKey.id)!;
    const readOnly = new DujiaoShopClient({ baseUrl: c.dujiaoBaseUrl, apiKey: c.keyId, secret: c.secret });
    expect((await readOnly.products()).status).toBe(200);
    expect(await readOnly.createOrder({ sku_id: goodsNum, quantity: 1, downstream_order_no: 'RO-1' })).toMatchObject({ status: 403, body: { error_code: 'invalid_api_key' } });
    await t.data(RevokeApiKeyDocument, { id: spare.apiKey.id }, { token: tok.m });
    expect(await readOnly.products()).toMatchObject({ status: 401, body: { error_code: 'invalid_api_key' } });
  });

  it('dujiao-next: a large order is held for the alliance’s review like placeOrder — answered paid, its amount reserved, no codes yet', async () => {
    const before = await wallet(org.m);
    const held = await dj.createOrder({ sku_id: goodsNum, quantity: 90, downstream_order_no: `DJ-${randomUUID().slice(0, 12)}` });
    expect(held).toMatchObject({ status: 200, body: { ok: true, status: 'paid' } });
    expect(held.body).not.toHaveProperty('fulfillment');
    expect(await wallet(org.m)).toBe(before - 90n * unitPrice);
    const read = await dj.order((held.body as DujiaoOrderCreated).order_id);
    expect(read).toMatchObject({ status: 200, body: { status: 'paid' } });
    expect(read.body).not.toHaveProperty('fulfillment');
    expect(((await t.db.query(`SELECT status FROM orders WHERE id = $1`, [(held.body as DujiaoOrderCreated).order_no])) as { status: string }[])[0].status).toBe('PENDING_REVIEW');
  });

  it('acg-faka: connects, lists the shared store by category, checks stock and buys through the wallet, idempotent on request_no', async () => {
    const connect = await acg.connect();
    expect(connect).toMatchObject({ code: 200, data: { shopName: expect.any(String), balance: expect.stringMatching(/^\d+\.\d{2}$/) } });
    const items = await acg.items();
    if (items.code !== 200 || !('data' in items)) throw new Error(JSON.stringify(items));
    const commodity = items.data.flatMap((c) => c.children).find((x) => x.id === goodsNum)!;
    expect(commodity).toMatchObject({ code: String(goodsNum), delivery_way: 0, status: 1 });
    expect(await acg.stock(commodity.code)).toMatchObject({ code: 200, data: { stock: expect.stringMatching(/^\d+$/) } });
    expect(await acg.item('424242424')).toMatchObject({ code: 404, error: 'GOODS_NOT_FOUND' });

    const before = await wallet(org.m);
    const requestNo = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const trade = await acg.trade({ shared_code: commodity.code, num: 1, request_no: requestNo, contact: 'buyer@example.com' });
    if (trade.code !== 200 || !('data' in trade)) throw new Error(JSON.stringify(trade));
    expect(trade.data.secret).toContain(skuCode);
    expect(await wallet(org.m)).toBe(before - unitPrice);
    const again = await acg.call('/shared/commodity/trade', { shared_code: commodity.code, num: 1, request_no: requestNo, contact: 'buyer@example.com' }, { timestamp: String(Math.floor(Date.now() / 1000) + 1) });
    expect(again).toMatchObject({ code: 200, data: { tradeNo: trade.data.tradeNo, secret: trade.data.secret } });
    expect(await wallet(org.m)).toBe(before - unitPrice);
    expect(await acg.query(trade.data.tradeNo)).toMatchObject({ code: 200, data: { secret: trade.data.secret, status: 1 } });
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('acg-faka: a wrong sign, a replayed trade, a stale timestamp and another member’s app_id are refused, typed, with nothing charged', async () => {
    const before = await wallet(org.m);
    const orders = await ordersOf(org.m);
    const fields = { shared_code: String(goodsNum), num: 1, request_no: `${Date.now()}9`, contact: 'x' };
    expect(await acg.call('/shared/commodity/trade', fields, { sign: 'f'.repeat(32) })).toMatchObject({ code: 401, error: 'SIGNATURE_INVALID' });
    expect(await acg.call('/shared/commodity/trade', fields, { timestamp: String(Math.floor(Date.now() / 1000) - 600) })).toMatchObject({ code: 401, error: 'TIMESTAMP_STALE' });
    expect(await acg.call('/shared/commodity/trade', fields, { appId: cred.m2.keyId })).toMatchObject({ code: 401, error: 'SIGNATURE_INVALID' });
    expect(await acg.call('/shared/commodity/items', {}, { appId: 'mk_BBBBBBBBBBBB' })).toMatchObject({ code: 401, error: 'APP_ID_UNKNOWN' });
    expect(await wallet(org.m)).toBe(before);
    expect(await ordersOf(org.m)).toBe(orders);

    const sent = await acg.call<{ tradeNo: string }>('/shared/commodity/trade', fields);
    expect(sent).toMatchObject({ code: 200 });
    expect(await acg.post('/shared/commodity/trade', sent.form!)).toMatchObject({ code: 401, error: 'REPLAYED' });
    expect(await wallet(org.m)).toBe(before - unitPrice);

    // Member 2 cannot read member 1's trade, and its own trade fails on its empty wallet, typed.
    const other = new AcgShopClient({ domain: cred.m2.acg, appId: cred.m2.keyId, appKey: cred.m2.secret });
    expect(await other.query((sent as { data: { tradeNo: string } }).data.tradeNo)).toMatchObject({ code: 404, error: 'ORDER_NOT_FOUND' });
    expect(await other.trade({ shared_code: String(goodsNum), num: 1, request_no: `${Date.now()}7` })).toMatchObject({ code: 402, error: 'INSUFFICIENT_BALANCE' });

    // acg-faka's own client sends no timestamp and its app key in the form: accepted when they match.
    const legacy = new AcgShopClient({ domain: cred.m.acg, appId: cred.m.keyId, appKey: cred.m.secret, withTimestamp: false });
    expect(await legacy.connect()).toMatchObject({ code: 200 });
    const form: Record<string, string> = { app_id: cred.m.keyId, app_key: cred.m.secret };
    form.sign = acgSignature(form, cred.m.secret);
    expect(await legacy.post('/shared/authentication/connect', new URLSearchParams(form).toString())).toMatchObject({ code: 200 });
    const forged: Record<string, string> = { app_id: cred.m.keyId, app_key: 'guess' };
    forged.sign = acgSignature(forged, 'guess');
    expect(await legacy.post('/shared/authentication/connect', new URLSearchParams(forged).toString())).toMatchObject({ code: 401, error: 'SIGNATURE_INVALID' });
  });
  it('the demo’s shop simulator (npm run shop -w @mengyuan/supplier-sim) lists and buys through both docks', async () => {
    const cli = join(__dirname, '../../../../packages/supplier-sim/dist/shop-cli.js');
    const before = await wallet(org.m);
    const dujiao = await promisify(execFile)(process.execPath, [cli, 'dujiao', cred.m.dujiao, cred.m.keyId, cred.m.secret, 'buy']);
    expect(dujiao.stdout).toContain('"status": "delivered"');
    const acgRun = await promisify(execFile)(process.execPath, [cli, 'acg', cred.m.acg, cred.m.keyId, cred.m.secret, 'buy']);
    expect(acgRun.stdout).toContain('"code": 200');
    expect(await wallet(org.m)).toBe(before - 2n * unitPrice);
  });
});
