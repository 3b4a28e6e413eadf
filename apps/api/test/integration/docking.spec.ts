import { randomUUID } from 'node:crypto';
import {
  CreateDockConnectorDocument,
  DockCallsDocument,
  DockConnectorsDocument,
  DockedGoodsDocument,
  DockGoodsDocument,
  LedgerCheckDocument,
  PlaceOrderDocument,
  ReconcileDockConnectorDocument,
  SyncDockConnectorDocument,
  TestDockConnectorDocument,
  TestOrderTopupDocument,
  UpdateDockConnectorDocument,
  type PlaceOrderInput,
} from '@mengyuan/graphql';
import { shanghaiDate } from '@mengyuan/domain';
import { signedHeaders, SupplierSimulator } from '@mengyuan/supplier-sim';
import { APPLY_OFFER_PRICES_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { BuyThroughService } from '../../src/modules/docking/services/buy-through.service';
import { ConnectorService } from '../../src/modules/docking/services/connector.service';
import { TopupDockingService } from '../../src/modules/docking/services/topup-docking.service';
import { RoutingService } from '../../src/modules/routing/services/routing.service';
import { createSku, deposit, liveOffer, registerOrganization } from '../factories';
import { dockingAlliance, dockSimulator } from '../docking-fixture';
import { type TestApp } from '../test-app';

/**
 * Docking both ways (issue 19), upstream half: suppliers' own systems (the simulator, standalone on its own
 * port) as sources spoken to in the Mengyuan supplier protocol, against real PostgreSQL.
 */
describe('docking: suppliers’ systems as sources', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', m: '' };
  const org = { s1: '', s2: '', m: '' };
  const simA = new SupplierSimulator({ name: 'Upstream A', goods: [
    { id: 'card-a', name: 'A 卡 100', kind: 'CARD', faceValue: 10000, price: 9000, stock: 100_000, status: 'ON_SALE' },
    { id: 'other-a', name: 'A 其他', kind: 'CARD', faceValue: 5000, price: 4500, stock: 10, status: 'ON_SALE' },
    { id: 'topup-a', name: 'A 直充 100', kind: 'TOPUP', faceValue: 10000, price: 9100, stock: null, status: 'ON_SALE' },
  ] });
  const simB = new SupplierSimulator({ name: 'Upstream B', goods: [
    { id: 'card-b', name: 'B 卡 100', kind: 'CARD', faceValue: 10000, price: 9100, stock: 100_000, status: 'ON_SALE' },
    { id: 'topup-b', name: 'B 直充 100', kind: 'TOPUP', faceValue: 10000, price: 9200, stock: null, status: 'ON_SALE' },
  ] });
  const url = { a: '', b: '' };
  const conn = { a: '', b: '' };
  let cardSku = '';
  let topupSku = '';
  const offer = { a: '', b: '', ta: '', tb: '' };

  const place = async (input: Omit<PlaceOrderInput, 'clientOrderNo'> & { clientOrderNo?: string }) =>
    t.gql(PlaceOrderDocument, { input: { clientOrderNo: `DK-${randomUUID().slice(0, 16)}`, ...input } }, { token: tok.m });
  const order = async (id: string) => (await t.data(TestOrderTopupDocument, { id }, { token: admin })).order;
  const wallet = async () => BigInt(((await t.db.query(`SELECT balance::text AS b FROM ledger_accounts WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [org.m])) as { b: string }[])[0].b);
  const firstRanked = async (skuId: string) => (await t.app.get(RoutingService).plan(skuId)).candidates[0].offerId;
  const connector = (token: string, endpoint: string, sim: SupplierSimulator, over: Record<string, unknown> = {}) => dockSimulator(t, token, endpoint, sim, over);

  beforeAll(async () => {
    // Hundreds of orders a minute from one member here: the velocity limit is not what is tested.
    const alliance = await dockingAlliance('50000000');
    ({ t, admin } = alliance);
    Object.assign(tok, alliance.tok);
    Object.assign(org, alliance.org);
    url.a = await simA.listen();
    url.b = await simB.listen();
    cardSku = (await createSku(t, admin, {})).id;
    topupSku = (await createSku(t, admin, { deliveryMode: 'DIRECT_TOPUP' })).id;
    offer.a = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    offer.b = await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    offer.ta = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: topupSku, settlementPrice: '9500' });
    offer.tb = await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: topupSku, settlementPrice: '9500' });
  });
  afterAll(async () => {
    await t.app.get(TopupDockingService).settled();
    await simA.close();
    await simB.close();
    await t.close();
  });

  it('tests a connection with a signed ping and names the refusal of a wrong secret; the secret is sealed and never answered', async () => {
    const a = await connector(tok.s1, url.a, simA, { markupBp: 0, excludedGoods: ['other-a'] });
    conn.a = a.id;
    expect(a).toMatchObject({ protocol: 'MENGYUAN', keyId: simA.keyId, breaker: 'CLOSED', status: 'ACTIVE' });
    expect(JSON.stringify(a)).not.toContain(simA.secret);
    const [row] = (await t.db.query('SELECT secret_ciphertext FROM docking_connectors WHERE id = $1', [a.id])) as { secret_ciphertext: Buffer }[];
    expect(row.secret_ciphertext.toString('latin1')).not.toContain(simA.secret);
    expect((await t.data(TestDockConnectorDocument, { id: a.id }, { token: tok.s1 })).testDockConnector).toMatchObject({ ok: true, supplier: 'Upstream A', code: null });

    const wrong = await connector(tok.s1, url.a, simA, { secret: 'not-the-secret-0123456789' });
    expect((await t.data(TestDockConnectorDocument, { id: wrong.id }, { token: tok.s1 })).testDockConnector).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    await t.data(UpdateDockConnectorDocument, { id: wrong.id, input: { status: 'DISABLED' } }, { token: tok.s1 });
    const down = await connector(tok.s1, 'http://127.0.0.1:9/', simA);
    expect((await t.data(TestDockConnectorDocument, { id: down.id }, { token: tok.s1 })).testDockConnector).toMatchObject({ ok: false, code: 'NETWORK' });
    await t.data(UpdateDockConnectorDocument, { id: down.id, input: { status: 'DISABLED' } }, { token: tok.s1 });

    // Another supplier neither sees nor tests it.
    expect((await t.data(DockConnectorsDocument, {}, { token: tok.s2 })).dockConnectors.map((c) => c.id)).not.toContain(a.id);
    expect(await t.errorCode(TestDockConnectorDocument, { id: a.id }, { token: tok.s2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(CreateDockConnectorDocument, { input: { name: 'x', endpoint: 'ftp://x', keyId: 'k', secret: 'short' } }, { token: tok.s1 })).toBe('VALIDATION_FAILED');
    conn.b = (await connector(tok.s2, url.b, simB)).id;
  });

  /**
   * Docked offers follow their goods with the alliance's notice, like any settlement-price change: the notice is let
   * pass (the scheduled changes made due) and the minute's job applies them. The notice itself is settlement-notice.spec's.
   */
  const letNoticePass = async () => {
    await t.db.query(`UPDATE offer_price_changes SET effective_at = $1 WHERE status = 'SCHEDULED'`, [t.clock.now()]);
    await t.app.get(JobsService).run(APPLY_OFFER_PRICES_JOB);
  };

  it('syncs goods (full, then incremental) and docked offers follow: price under the catalog’s rule, paused when out of stock, resumed when back', async () => {
    const first = (await t.data(SyncDockConnectorDocument, { id: conn.a, full: false }, { token: tok.s1 })).syncDockConnector;
    expect(first).toMatchObject({ full: true, seen: 2, excluded: 1, error: null });
    expect(await t.errorCode(DockGoodsDocument, { connectorId: conn.a, goodsId: 'card-a', offerId: offer.ta }, { token: tok.s1 })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(DockGoodsDocument, { connectorId: conn.a, goodsId: 'card-a', offerId: offer.b }, { token: tok.s1 })).toBe('NOT_FOUND');
    const docked = (await t.data(DockGoodsDocument, { connectorId: conn.a, goodsId: 'card-a', offerId: offer.a }, { token: tok.s1 })).dockGoods;
    // Scheduled to the target, not applied yet: following (no drift) while the notice runs.
    expect(docked).toMatchObject({ offerId: offer.a, targetPrice: '9000', offerPrice: '9500', drift: false, offerStatus: 'LIVE' });
    await t.data(DockGoodsDocument, { connectorId: conn.a, goodsId: 'topup-a', offerId: offer.ta }, { token: tok.s1 });
    await t.data(SyncDockConnectorDocument, { id: conn.b, full: true }, { token: tok.s2 });
    await t.data(DockGoodsDocument, { connectorId: conn.b, goodsId: 'card-b', offerId: offer.b }, { token: tok.s2 });
    await t.data(DockGoodsDocument, { connectorId: conn.b, goodsId: 'topup-b', offerId: offer.tb }, { token: tok.s2 });
    await letNoticePass();
    expect((await t.data(DockedGoodsDocument, { connectorId: conn.a }, { token: tok.s1 })).dockedGoods.find((g) => g.goodsId === 'card-a')).toMatchObject({ offerPrice: '9000', drift: false });

    // The upstream's price moves: an incremental sync sees only that goods, and the offer is repriced (recorded).
    simA.setGoods({ id: 'card-a', price: 9050 });
    const inc = (await t.data(SyncDockConnectorDocument, { id: conn.a, full: false }, { token: tok.s1 })).syncDockConnector;
    expect(inc).toMatchObject({ full: false, seen: 1, repriced: 1, paused: 0 });
    // The same price again schedules nothing more.
    expect((await t.data(SyncDockConnectorDocument, { id: conn.a, full: true }, { token: tok.s1 })).syncDockConnector).toMatchObject({ repriced: 0 });
    await letNoticePass();
    const changes = (await t.db.query('SELECT old_price::text, new_price::text FROM offer_price_changes WHERE offer_id = $1 ORDER BY changed_at', [offer.a])) as { old_price: string; new_price: string }[];
    expect(changes.at(-1)).toEqual({ old_price: '9000', new_price: '9050' });

    // Markup and rounding: +2 % rounded up to the jiao.
    await t.data(UpdateDockConnectorDocument, { id: conn.a, input: { markupBp: 200, rounding: 'JIAO' } }, { token: tok.s1 });
    const goods = (await t.data(DockedGoodsDocument, { connectorId: conn.a }, { token: tok.s1 })).dockedGoods.find((g) => g.goodsId === 'card-a')!;
    expect(goods).toMatchObject({ targetPrice: '9240', offerPrice: '9050', drift: true });
    await t.data(UpdateDockConnectorDocument, { id: conn.a, input: { markupBp: 0, rounding: 'FEN' } }, { token: tok.s1 });

    // Out of stock upstream pauses the offer; back in stock resumes it.
    simA.setGoods({ id: 'card-a', stock: 0 });
    expect((await t.data(SyncDockConnectorDocument, { id: conn.a, full: false }, { token: tok.s1 })).syncDockConnector).toMatchObject({ paused: 1 });
    expect((await t.data(DockedGoodsDocument, { connectorId: conn.a }, { token: tok.s1 })).dockedGoods.find((g) => g.goodsId === 'card-a')!.offerStatus).toBe('PAUSED');
    simA.setGoods({ id: 'card-a', stock: 100_000, price: 9000 });
    expect((await t.data(SyncDockConnectorDocument, { id: conn.a, full: false }, { token: tok.s1 })).syncDockConnector).toMatchObject({ resumed: 1, repriced: 1 });
    await letNoticePass();
    expect((await t.data(DockedGoodsDocument, { connectorId: conn.a }, { token: tok.s1 })).dockedGoods.find((g) => g.goodsId === 'card-a')).toMatchObject({ offerStatus: 'LIVE', offerPrice: '9000', drift: false });
    await t.app.get(BuyThroughService).refresh();
  });

  it('buys a card order through from the upstream within 3 s when no source holds stock, logging the calls with codes redacted', async () => {
    const first = await firstRanked(cardSku);
    const sim = first === offer.a ? simA : simB;
    const before = sim.stats.codesIssued;
    const started = Date.now();
    const res = await place({ skuId: cardSku, quantity: 2 });
    const ms = Date.now() - started;
    const placed = res.body.data!.placeOrder;
    expect(placed).toMatchObject({ status: 'DELIVERED' });
    expect(ms).toBeLessThan(3000);
    expect(sim.stats.codesIssued).toBe(before + 2);
    const upstream = sim.allOrders().at(-1)!;
    expect(placed.codes!.map((c) => c.cardNumber).sort()).toEqual(upstream.codes!.map((c) => c.cardNumber).sort());
    const [d] = (await t.db.query('SELECT status, order_id, amount::text FROM docking_orders WHERE id = $1', [upstream.orderId])) as { status: string; order_id: string; amount: string }[];
    expect(d).toEqual({ status: 'DELIVERED', order_id: placed.id, amount: String(upstream.amount) });

    const calls = (await t.data(DockCallsDocument, { connectorId: first === offer.a ? conn.a : conn.b, page: null }, { token: first === offer.a ? tok.s1 : tok.s2 })).dockCalls;
    const post = calls.items.find((c) => c.method === 'POST' && c.path === '/v1/orders')!;
    expect(post).toMatchObject({ ok: true, status: 200 });
    const logged = JSON.stringify(calls.items);
    for (const code of upstream.codes!) {
      expect(logged).not.toContain(code.secret!);
      expect(logged).not.toContain(code.cardNumber!);
    }
    expect(logged).not.toContain(sim.secret);
    // A retry of the same order number buys nothing more.
    const again = await t.gql(PlaceOrderDocument, { input: { skuId: cardSku, quantity: 2, clientOrderNo: placed.clientOrderNo } }, { token: tok.m });
    expect(again.body.data!.placeOrder.id).toBe(placed.id);
    expect(sim.stats.codesIssued).toBe(before + 2);
  });

  it('keeps what it bought as the offer’s stock when the order cannot pay, or is refused after the purchase (its transaction rolled back)', async () => {
    const first = await firstRanked(cardSku);
    const sim = first === offer.a ? simA : simB;
    const available = async () => ((await t.db.query(`SELECT count(*)::int AS n FROM card_codes WHERE offer_id = $1 AND status = 'AVAILABLE'`, [first])) as { n: number }[])[0].n;
    const dockOrder = async () => ((await t.db.query('SELECT status, order_id FROM docking_orders WHERE id = $1', [sim.allOrders().at(-1)!.orderId])) as { status: string; order_id: string | null }[])[0];
    const member = async () => {
      const m = await registerOrganization(t, 'MEMBER', { name: `对接会员 ${randomUUID().slice(0, 4)}` });
      await t.db.query(`UPDATE organizations SET status = 'ACTIVE' WHERE id = $1`, [m.orgId]);
      return { ...m, token: (await t.login(m.email, m.password)).token };
    };
    const buy = async (token: string, quantity: number) =>
      (await t.gql(PlaceOrderDocument, { input: { skuId: cardSku, quantity, clientOrderNo: `RB-${randomUUID().slice(0, 8)}` } }, { token })).body.errors?.[0].extensions?.code;
    expect(await available()).toBe(0);

    // An empty wallet: the order fails in its transaction, which records the purchase as the offer's stock.
    const poor = await member();
    expect(await buy(poor.token, 1)).toBe('INSUFFICIENT_BALANCE');
    expect(await dockOrder()).toEqual({ status: 'STOCKED', order_id: null });
    expect(await available()).toBe(1);

    // Over the cap without a verified legal representative: refused inside the order's transaction after the
    // upstream purchase (made first, outside it), so that transaction rolls back; the codes are stock all the same.
    const unverified = await member();
    await deposit(t, admin, unverified.orgId, '1000000');
    expect(await buy(unverified.token, 6)).toBe('REAL_NAME_REQUIRED');
    expect(sim.allOrders().at(-1)!.codes).toHaveLength(6);
    expect(await dockOrder()).toEqual({ status: 'STOCKED', order_id: null });
    expect(await available()).toBe(7);
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM orders WHERE member_id IN ($1, $2)`, [poor.orgId, unverified.orgId])) as { n: number }[])[0].n).toBe(1);

    // They sell as any stock (and leave none for the cases after this one).
    const before = sim.stats.codesIssued;
    expect((await t.data(PlaceOrderDocument, { input: { skuId: cardSku, quantity: 7, clientOrderNo: `RB-${randomUUID().slice(0, 8)}` } }, { token: tok.m })).placeOrder.status).toBe('DELIVERED');
    expect(sim.stats.codesIssued).toBe(before);
    expect(await available()).toBe(0);
  });

  it('fails over to the next source by the routing ranking when the first upstream is down, times out or refuses; the breaker then skips it', async () => {
    const first = await firstRanked(cardSku);
    const [down, up] = first === offer.a ? [simA, simB] : [simB, simA];
    const downConn = first === offer.a ? conn.a : conn.b;
    const upBefore = up.stats.codesIssued;
    down.configure({ down: true });
    const r1 = await place({ skuId: cardSku, quantity: 1 });
    expect(r1.body.data!.placeOrder.status).toBe('DELIVERED');
    expect(up.stats.codesIssued).toBe(upBefore + 1);

    // A timeout (the connector waits 800 ms) still fails over within the 3 s.
    down.configure({ down: false, hangNextOrders: 1, hangNextOrdersMs: 1500 });
    const started = Date.now();
    const r2 = await place({ skuId: cardSku, quantity: 1 });
    expect(r2.body.data!.placeOrder.status).toBe('DELIVERED');
    expect(Date.now() - started).toBeLessThan(3000);

    // A refusal (price changed upstream) fails over too, and is not counted against the breaker.
    down.setGoods({ id: down === simA ? 'card-a' : 'card-b', price: 9999 });
    expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(t.app.get(ConnectorService).breakers.status(downConn)).toBe('CLOSED');
    down.setGoods({ id: down === simA ? 'card-a' : 'card-b', price: down === simA ? 9000 : 9100 });
    await t.db.query(`UPDATE docking_goods SET status = 'ON_SALE', stock = 1000 WHERE connector_id = $1`, [downConn]);

    // Five unhealthy answers open the breaker: the next orders do not call the upstream at all.
    down.configure({ failNextOrders: 5 });
    for (let i = 0; i < 5; i++) expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(t.app.get(ConnectorService).breakers.status(downConn)).toBe('OPEN');
    const requests = down.stats.requests;
    expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(down.stats.requests).toBe(requests);
    t.app.get(ConnectorService).breakers.reset(downConn);

    // Both upstreams down: the order fails as sold out, charging nothing.
    simA.configure({ down: true });
    simB.configure({ down: true });
    const before = await wallet();
    const r3 = await place({ skuId: cardSku, quantity: 1 });
    expect(r3.body.errors?.[0].extensions?.code).toBe('SOLD_OUT');
    expect(await wallet()).toBe(before);
    simA.reset();
    simB.reset();
    t.app.get(ConnectorService).breakers.reset();
  });

  it('refuses a callback with a wrong signature, a replayed nonce or a stale timestamp with typed codes', async () => {
    const path = `/docking/callback/${conn.a}`;
    const body = JSON.stringify({ orderId: randomUUID(), upstreamOrderNo: 'X', status: 'SUCCEEDED', amount: 9100 });
    const send = (headers: Record<string, string>) =>
      fetch(`${t.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }));
    expect(await send(signedHeaders(simA.keyId, 'wrong-secret-0123456789', 'POST', path, body))).toMatchObject({ status: 401, body: { error: { code: 'SIGNATURE_INVALID' } } });
    expect(await send(signedHeaders(simA.keyId, simA.secret, 'POST', path, body, Date.now() - 61_000))).toMatchObject({ status: 401, body: { error: { code: 'TIMESTAMP_STALE' } } });
    expect(await send(signedHeaders('someone-else', simA.secret, 'POST', path, body))).toMatchObject({ status: 401, body: { error: { code: 'KEY_UNKNOWN' } } });
    const once = signedHeaders(simA.keyId, simA.secret, 'POST', path, body);
    expect(await send(once)).toMatchObject({ status: 404, body: { error: { code: 'ORDER_NOT_FOUND' } } });
    expect(await send(once)).toMatchObject({ status: 401, body: { error: { code: 'NONCE_REPLAYED' } } });
    // Signed for another path (another connector's callback URL): refused.
    expect(await send(signedHeaders(simA.keyId, simA.secret, 'POST', `/docking/callback/${conn.b}`, body))).toMatchObject({ status: 401, body: { error: { code: 'SIGNATURE_INVALID' } } });
  });

  describe('direct top-ups pushed upstream', () => {
    const waitFor = async (id: string, status: string) => {
      for (let i = 0; i < 100; i++) {
        const o = await order(id);
        if (o.status === status) return o;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`order ${id} never reached ${status}: ${(await order(id)).status}`);
    };
    const settle = async () => {
      await t.app.get(TopupDockingService).settled();
      await simA.settled();
      await simB.settled();
      await t.app.get(TopupDockingService).settled();
    };
    const ledgerRows = async (orderId: string) => Number(((await t.db.query('SELECT count(*)::int AS n FROM ledger_transactions WHERE order_id = $1', [orderId])) as { n: number }[])[0].n);
    const topupSim = async () => ((await firstRanked(topupSku)) === offer.ta ? simA : simB);

    it('completes on the signed callback; a duplicate and a late callback change nothing', async () => {
      const sim = await topupSim();
      sim.configure({ callback: 'duplicate', topupAfterMs: 20 });
      const before = await wallet();
      const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13800138000' })).body.data!.placeOrder;
      expect(placed.status).toBe('PROCESSING');
      await settle();
      const done = await waitFor(placed.id, 'DELIVERED');
      expect(done.topupProgress.at(-1)).toMatchObject({ status: 'COMPLETED' });
      const rows = await ledgerRows(placed.id);
      const upstream = sim.allOrders().at(-1)!;
      expect(upstream.status).toBe('SUCCEEDED');
      expect(await sim.resendCallback(upstream.orderId)).toBe(200); // late, answered OK, changes nothing
      await settle();
      expect(await ledgerRows(placed.id)).toBe(rows);
      expect(await wallet()).toBe(before - BigInt(placed.total));
      expect((await order(placed.id)).status).toBe('DELIVERED');
      const [d] = (await t.db.query('SELECT status FROM docking_orders WHERE id = $1', [upstream.orderId])) as { status: string }[];
      expect(d.status).toBe('SUCCEEDED');
      await t.app.get(ConnectorService).callLog.flush();
      const calls = (await t.db.query(`SELECT status FROM docking_calls WHERE direction = 'IN' AND request->>'orderId' = $1`, [upstream.orderId])) as { status: number }[];
      expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
      sim.reset();
    });

    it('completes by a status query when the callback never comes; a wrong-amount callback is refused and raised', async () => {
      const sim = await topupSim();
      sim.configure({ callback: 'drop', topupAfterMs: 10 });
      const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13900139000' })).body.data!.placeOrder;
      await settle();
      expect((await order(placed.id)).status).toBe('PROCESSING');
      expect(await t.app.get(TopupDockingService).poll(0)).toBeGreaterThanOrEqual(1);
      await waitFor(placed.id, 'DELIVERED');

      sim.configure({ callback: 'wrong_amount' });
      const odd = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13700137000' })).body.data!.placeOrder;
      await settle();
      expect((await order(odd.id)).status).toBe('PROCESSING');
      const upstream = sim.allOrders().at(-1)!;
      const [risk] = (await t.db.query(`SELECT details FROM risk_events WHERE type = 'UPSTREAM_MISMATCH' AND subject_id = $1`, [upstream.orderId])) as { details: Record<string, unknown> }[];
      expect(risk.details).toMatchObject({ kind: 'AMOUNT', via: 'callback' });
      // The right amount, asked for: delivered.
      await t.app.get(TopupDockingService).poll(0);
      await waitFor(odd.id, 'DELIVERED');
      sim.reset();
    });

    it('applies two callbacks of one top-up arriving at once exactly once (two writers on one order)', async () => {
      const sim = await topupSim();
      sim.configure({ callback: 'drop', topupAfterMs: 5 });
      const before = await wallet();
      const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13500135000' })).body.data!.placeOrder;
      await settle();
      expect((await order(placed.id)).status).toBe('PROCESSING');
      const upstream = sim.allOrders().at(-1)!;
      expect(upstream.status).toBe('SUCCEEDED');
      const statuses = await Promise.all([sim.resendCallback(upstream.orderId), sim.resendCallback(upstream.orderId), sim.resendCallback(upstream.orderId)]);
      expect(statuses).toEqual([200, 200, 200]);
      expect((await order(placed.id)).status).toBe('DELIVERED');
      const types = (await t.db.query('SELECT type FROM ledger_transactions WHERE order_id = $1 ORDER BY created_at', [placed.id])) as { type: string }[];
      expect(types.filter((x) => x.type !== 'HOLD')).toHaveLength(1);
      expect(await wallet()).toBe(before - BigInt(placed.total));
      await t.app.get(ConnectorService).callLog.flush();
      const answers = (await t.db.query(`SELECT response FROM docking_calls WHERE direction = 'IN' AND request->>'orderId' = $1`, [upstream.orderId])) as { response: { changed: boolean } }[];
      expect(answers.map((a) => a.response.changed).sort()).toEqual([false, false, true]);
      sim.reset();
    });

    it('fails over to the next source when the upstream fails the top-up, and refunds after the last', async () => {
      simA.configure({ topupOutcome: 'FAILED', topupAfterMs: 10 });
      simB.configure({ topupOutcome: 'FAILED', topupAfterMs: 10 });
      const before = await wallet();
      const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13600136000' })).body.data!.placeOrder;
      for (let i = 0; i < 4; i++) await settle();
      const failed = await waitFor(placed.id, 'FAILED');
      expect(failed.topupProgress.map((p) => p.status)).toEqual(['FAILED', 'FAILED']);
      expect(await wallet()).toBe(before);
      simA.reset();
      simB.reset();
    });
  });

  it('delivers 100 concurrent card orders of several members through the upstream with no local stock (measured)', async () => {
    const N = 100;
    await t.data(UpdateDockConnectorDocument, { id: conn.a, input: { timeoutMs: 2500, concurrency: 256 } }, { token: tok.s1 });
    await t.data(UpdateDockConnectorDocument, { id: conn.b, input: { timeoutMs: 2500, concurrency: 256 } }, { token: tok.s2 });
    // A member's orders queue on its wallet (by design): the load comes from the demo's members, as in the bench.
    const members: string[] = [tok.m];
    for (const email of ['member2@mengyuan.demo']) {
      const l = await t.login(email);
      await deposit(t, admin, l.organizationId, '5000000');
      members.push(l.token);
    }
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => t.gql(PlaceOrderDocument, { input: { skuId: cardSku, quantity: 1, clientOrderNo: `DKB-${randomUUID().slice(0, 16)}` } }, { token: members[i % members.length] })),
    );
    const elapsed = Date.now() - started;
    expect(results.map((r) => r.body.data?.placeOrder.status ?? r.body.errors?.[0].extensions?.code).filter((s) => s !== 'DELIVERED')).toEqual([]);
    const latencies = results.map((r) => Number(r.body.data!.placeOrder.latencyMs)).sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(N - 1, Math.ceil(q * N) - 1)];
    console.warn(`docking buy-through: ${N} concurrent orders in ${elapsed} ms, order latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  });

  it('keeps the ledger balanced with no double fulfilment across 200 concurrent orders with faults injected', async () => {
    // The connectors as docked by default (2.5 s, room for the whole batch at once), so what fails is only what is injected.
    await t.data(UpdateDockConnectorDocument, { id: conn.a, input: { timeoutMs: 2500, concurrency: 256 } }, { token: tok.s1 });
    await t.data(UpdateDockConnectorDocument, { id: conn.b, input: { timeoutMs: 2500, concurrency: 256 } }, { token: tok.s2 });
    // Errors, lost answers (the upstream did the order), timeouts; a wrong amount from B. A's breaker opens on them.
    simA.configure({ failNextOrders: 3, loseNextAnswers: 3, hangNextOrders: 2, hangNextOrdersMs: 3000, delayMs: 5 });
    simB.configure({ failNextOrders: 3, loseNextAnswers: 1, overchargeFen: 1 });
    const before = await wallet();
    const N = 200;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: N }, () => place({ skuId: cardSku, quantity: 1 })));
    const elapsed = Date.now() - started;
    const delivered = results.filter((r) => r.body.data?.placeOrder.status === 'DELIVERED').map((r) => r.body.data!.placeOrder);
    const failed = results.filter((r) => r.body.errors?.length);
    expect(failed.map((r) => String(r.body.errors![0].extensions?.code)).filter((c) => c !== 'SOLD_OUT')).toEqual([]);
    expect(delivered.length).toBeGreaterThan(N * 0.8);
    // No code to two orders, every delivered order has exactly its code, and the wallet moved by what was delivered.
    const codes = delivered.flatMap((o) => o.codes!.map((c) => c.cardNumber));
    expect(new Set(codes).size).toBe(codes.length);
    const [sold] = (await t.db.query(
      `SELECT count(*)::int AS codes, count(DISTINCT l.order_id)::int AS orders FROM card_codes c JOIN order_lines l ON l.id = c.order_line_id WHERE l.order_id = ANY($1)`,
      [delivered.map((o) => o.id)],
    )) as { codes: number; orders: number }[];
    expect(sold).toEqual({ codes: delivered.length, orders: delivered.length });
    expect(await wallet()).toBe(before - delivered.reduce((s, o) => s + BigInt(o.total), 0n));
    // Answers that were lost are asked for again: their codes become stock, never sold twice.
    await t.app.get(BuyThroughService).sweep(0);
    const [open] = (await t.db.query(`SELECT count(*)::int AS n FROM docking_orders WHERE status IN ('SENT','UNKNOWN') AND kind = 'CARD'`)) as { n: number }[];
    expect(open.n).toBe(0);
    const check = (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
    expect(check.ok).toBe(true);
    const p99 = delivered.map((o) => Number(o.latencyMs)).sort((a, b) => a - b)[Math.floor(delivered.length * 0.99) - 1];
    console.warn(`docking batch: ${N} orders in ${elapsed} ms, ${delivered.length} delivered, ${failed.length} failed, p99 order latency ${p99} ms`);
    simA.reset();
    simB.reset();
    t.app.get(ConnectorService).breakers.reset();
  });

  it('sells a docked offer’s few codes of its own to concurrent orders and buys the rest through, none SOLD_OUT (two writers on one offer’s stock)', async () => {
    // Orders whose answers the upstreams lose (an order that finds codes left by the last test sells them first):
    // the sweep makes the lost orders' codes the offers' own stock, on both offers, so the first-ranked has some.
    simA.configure({ loseNextAnswers: 3 });
    simB.configure({ loseNextAnswers: 3 });
    const lost = async () => (await t.db.query(`SELECT offer_id AS "offerId", count(*)::int AS n FROM docking_orders WHERE kind = 'CARD' AND status = 'UNKNOWN' GROUP BY 1`)) as { offerId: string; n: number }[];
    const onBoth = async () => (await lost()).length === 2;
    for (let i = 0; i < 30 && !(await onBoth()); i++) await place({ skuId: cardSku, quantity: 1 });
    expect(await onBoth()).toBe(true);
    simA.reset();
    simB.reset();
    await t.app.get(BuyThroughService).sweep(0);
    const first = await firstRanked(cardSku);
    const available = async () => Number(((await t.db.query(`SELECT count(*)::int AS n FROM card_codes WHERE offer_id = $1 AND status = 'AVAILABLE'`, [first])) as { n: number }[])[0].n);
    expect(await available()).toBeGreaterThan(0);
    // 30 orders at once see the first source's codes; those that lose the race for them roll back and buy through.
    const before = await wallet();
    const results = await Promise.all(Array.from({ length: 30 }, () => place({ skuId: cardSku, quantity: 1 })));
    expect(results.map((r) => r.body.data?.placeOrder.status ?? r.body.errors?.[0].extensions?.code).filter((s) => s !== 'DELIVERED')).toEqual([]);
    const delivered = results.map((r) => r.body.data!.placeOrder);
    const codes = delivered.flatMap((o) => o.codes!.map((c) => c.cardNumber));
    expect(new Set(codes).size).toBe(30);
    expect(await available()).toBe(0);
    expect(await wallet()).toBe(before - delivered.reduce((sum, o) => sum + BigInt(o.total), 0n));
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('reconciles a day with the upstream and raises every mismatch in the risk queue', async () => {
    const day = shanghaiDate(new Date());
    const clean = (await t.data(ReconcileDockConnectorDocument, { id: conn.a, day }, { token: tok.s1 })).reconcileDockConnector;
    expect(clean.error).toBeNull();
    expect(clean.compared).toBeGreaterThan(0);
    const planted = clean.mismatches.length;
    const target = { ...simA.allOrders().find((o) => o.status === 'DELIVERED')! };
    simA.plantMismatch(target.orderId, target.amount + 100);
    const found = (await t.data(ReconcileDockConnectorDocument, { id: conn.a, day }, { token: admin })).reconcileDockConnector;
    expect(found.mismatches.length).toBe(planted + 1);
    expect(found.mismatches).toContainEqual(expect.objectContaining({ orderId: target.orderId, kind: 'AMOUNT', theirs: String(target.amount + 100) }));
    const [risk] = (await t.db.query(`SELECT organization_id, status FROM risk_events WHERE type = 'UPSTREAM_MISMATCH' AND subject_id = $1 AND details->>'kind' = 'AMOUNT' AND details->>'day' = $2`, [target.orderId, day])) as { organization_id: string; status: string }[];
    expect(risk).toEqual({ organization_id: org.s1, status: 'OPEN' });
  });
});
