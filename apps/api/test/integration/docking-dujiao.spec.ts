import { randomUUID } from 'node:crypto';
import {
  DockCallsDocument,
  DockedGoodsDocument,
  DockGoodsDocument,
  PlaceOrderDocument,
  ReconcileDockConnectorDocument,
  SyncDockConnectorDocument,
  TestDockConnectorDocument,
  TestOrderTopupDocument,
  UpdateDockConnectorDocument,
  type PlaceOrderInput,
} from '@mengyuan/graphql';
import { shanghaiDate } from '@mengyuan/domain';
import { DUJIAO_CALLBACK_PATH, DUJIAO_HEADER_KEY, DUJIAO_HEADER_SIGNATURE, DUJIAO_HEADER_TIMESTAMP, dujiaoSignature, signedHeaders, SupplierSimulator } from '@mengyuan/supplier-sim';
import { APPLY_OFFER_PRICES_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { BuyThroughService } from '../../src/modules/docking/services/buy-through.service';
import { ConnectorService } from '../../src/modules/docking/services/connector.service';
import { SYNC_JOB, type SyncAllResult } from '../../src/modules/docking/services/sync.service';
import { TopupDockingService } from '../../src/modules/docking/services/topup-docking.service';
import { RoutingService } from '../../src/modules/routing/services/routing.service';
import { createSku, liveOffer } from '../factories';
import { dockingAlliance, dockSimulator } from '../docking-fixture';
import { type TestApp } from '../test-app';

/**
 * A dujiao-next site as an upstream (issue 19): connectors of protocol DUJIAO_NEXT, spoken to through
 * DujiaoUpstreamAdapter, against the simulator serving dujiao-next's upstream API (standalone, its own port) and
 * real PostgreSQL — test, sync, buy-through with failover, the lost answer found again, reconciliation order by
 * order, and the periodic sync (its handler called directly) with its per-connector lease; direct top-ups placed
 * with the alliance's callback URL and finished by the site's own signed callback (dujiao-next's, over its fixed
 * path) or, when none comes, by query.
 */
describe('docking: a dujiao-next site as an upstream', () => {
  let t: TestApp;
  let admin: string;
  const tok = { s1: '', s2: '', m: '' };
  const org = { s1: '', s2: '', m: '' };
  const simA = new SupplierSimulator({ name: '独角站 A', goods: [
    { id: 'card-a', name: 'A 卡 100', kind: 'CARD', faceValue: 10000, price: 9000, stock: 100_000, status: 'ON_SALE' },
    { id: 'old-a', name: 'A 下架', kind: 'CARD', faceValue: 5000, price: 4500, stock: 10, status: 'OFF_SALE' },
    { id: 'topup-a', name: 'A 直充 100', kind: 'TOPUP', faceValue: 10000, price: 9100, stock: null, status: 'ON_SALE' },
  ] });
  const simB = new SupplierSimulator({ name: '独角站 B', goods: [
    { id: 'card-b', name: 'B 卡 100', kind: 'CARD', faceValue: 10000, price: 9100, stock: 100_000, status: 'ON_SALE' },
  ] });
  const url = { a: '', b: '' };
  const conn = { a: '', b: '' };
  const goods = { a: '', b: '' };
  let cardSku = '';
  let topupSku = '';
  const offer = { a: '', b: '', ta: '' };

  const place = async (input: Omit<PlaceOrderInput, 'clientOrderNo'> & { clientOrderNo?: string }) =>
    t.gql(PlaceOrderDocument, { input: { clientOrderNo: `DJ-${randomUUID().slice(0, 16)}`, ...input } }, { token: tok.m });
  const wallet = async () => BigInt(((await t.db.query(`SELECT balance::text AS b FROM ledger_accounts WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [org.m])) as { b: string }[])[0].b);
  const firstRanked = async (skuId: string) => (await t.app.get(RoutingService).plan(skuId)).candidates[0].offerId;
  const connector = (token: string, endpoint: string, sim: SupplierSimulator, over: Record<string, unknown> = {}) => dockSimulator(t, token, endpoint, sim, { protocol: 'DUJIAO_NEXT', ...over });
  const letNoticePass = async () => {
    await t.db.query(`UPDATE offer_price_changes SET effective_at = $1 WHERE status = 'SCHEDULED'`, [t.clock.now()]);
    await t.app.get(JobsService).run(APPLY_OFFER_PRICES_JOB);
  };
  const offerPrice = async (id: string) => ((await t.db.query('SELECT settlement_price::text AS p FROM offers WHERE id = $1', [id])) as { p: string }[])[0].p;

  beforeAll(async () => {
    const alliance = await dockingAlliance('50000000');
    ({ t, admin } = alliance);
    Object.assign(tok, alliance.tok);
    Object.assign(org, alliance.org);
    url.a = await simA.listen();
    url.b = await simB.listen();
    goods.a = `${simA.numOf('card-a')}:${simA.numOf('card-a')}`;
    goods.b = `${simB.numOf('card-b')}:${simB.numOf('card-b')}`;
    cardSku = (await createSku(t, admin, {})).id;
    offer.a = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    offer.b = await liveOffer(t, { supplier: tok.s2, reviewer: admin, skuId: cardSku, settlementPrice: '9500' });
    topupSku = (await createSku(t, admin, { deliveryMode: 'DIRECT_TOPUP' })).id;
    offer.ta = await liveOffer(t, { supplier: tok.s1, reviewer: admin, skuId: topupSku, settlementPrice: '9500' });
  });
  afterAll(async () => {
    await t.app.get(TopupDockingService).settled();
    await simA.close();
    await simB.close();
    await t.close();
  });

  it('docks a dujiao-next site: a signed ping, a wrong secret named, the protocol kept', async () => {
    const a = await connector(tok.s1, url.a, simA);
    conn.a = a.id;
    expect(a).toMatchObject({ protocol: 'DUJIAO_NEXT', keyId: simA.keyId, status: 'ACTIVE' });
    expect((await t.data(TestDockConnectorDocument, { id: a.id }, { token: tok.s1 })).testDockConnector).toMatchObject({ ok: true, supplier: '独角站 A', code: null });

    const wrong = await connector(tok.s1, url.a, simA, { secret: 'not-the-secret-0123456789' });
    expect((await t.data(TestDockConnectorDocument, { id: wrong.id }, { token: tok.s1 })).testDockConnector).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    await t.data(UpdateDockConnectorDocument, { id: wrong.id, input: { status: 'DISABLED' } }, { token: tok.s1 });
    // A connector keeps its protocol (its goods ids are the protocol's).
    expect(await t.errorCode(UpdateDockConnectorDocument, { id: a.id, input: { protocol: 'MENGYUAN' } }, { token: tok.s1 })).toBe('VALIDATION_FAILED');
    conn.b = (await connector(tok.s2, url.b, simB)).id;
  });

  it('syncs the site’s products (inactive ones seen as off sale) and a docked offer follows the price', async () => {
    const first = (await t.data(SyncDockConnectorDocument, { id: conn.a, full: true }, { token: tok.s1 })).syncDockConnector;
    expect(first).toMatchObject({ full: true, seen: 3, error: null });
    const listed = (await t.data(DockedGoodsDocument, { connectorId: conn.a }, { token: tok.s1 })).dockedGoods;
    expect(listed.find((g) => g.goodsId === goods.a)).toMatchObject({ name: 'A 卡 100', kind: 'CARD', price: '9000', stock: 100_000, status: 'ON_SALE' });
    expect(listed.find((g) => g.name === 'A 下架')).toMatchObject({ status: 'OFF_SALE' });
    expect((await t.data(DockGoodsDocument, { connectorId: conn.a, goodsId: goods.a, offerId: offer.a }, { token: tok.s1 })).dockGoods).toMatchObject({ targetPrice: '9000', drift: false });
    await t.data(DockGoodsDocument, { connectorId: conn.a, goodsId: `${simA.numOf('topup-a')}:${simA.numOf('topup-a')}`, offerId: offer.ta }, { token: tok.s1 });
    await t.data(SyncDockConnectorDocument, { id: conn.b, full: true }, { token: tok.s2 });
    await t.data(DockGoodsDocument, { connectorId: conn.b, goodsId: goods.b, offerId: offer.b }, { token: tok.s2 });
    await letNoticePass();
    expect(await offerPrice(offer.a)).toBe('9000');
    expect(await offerPrice(offer.b)).toBe('9100');
    await t.app.get(BuyThroughService).refresh();
  });

  it('buys a card order through from the site (order, then its codes read back), logging the calls redacted', async () => {
    const first = await firstRanked(cardSku);
    const [sim, connId, token] = first === offer.a ? [simA, conn.a, tok.s1] : [simB, conn.b, tok.s2];
    const before = sim.stats.codesIssued;
    const started = Date.now();
    const placed = (await place({ skuId: cardSku, quantity: 2 })).body.data!.placeOrder;
    expect(placed).toMatchObject({ status: 'DELIVERED' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sim.stats.codesIssued).toBe(before + 2);
    const upstream = sim.allOrders().at(-1)!;
    expect(placed.codes!.map((c) => c.cardNumber).sort()).toEqual(upstream.codes!.map((c) => c.cardNumber).sort());
    const [d] = (await t.db.query('SELECT status, order_id, amount::text, upstream_amount::text, upstream_order_no FROM docking_orders WHERE id = $1', [upstream.orderId])) as Record<string, string>[];
    expect(d).toMatchObject({ status: 'DELIVERED', order_id: placed.id, amount: d.upstream_amount });
    expect(d.upstream_order_no).toMatch(/^\d+$/);

    const calls = (await t.data(DockCallsDocument, { connectorId: connId, page: null }, { token })).dockCalls.items;
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/upstream/orders')).toMatchObject({ ok: true, status: 200 });
    expect(calls.find((c) => c.method === 'GET' && c.path === `/api/v1/upstream/orders/${d.upstream_order_no}`)).toMatchObject({ ok: true, status: 200 });
    const logged = JSON.stringify(calls);
    for (const code of upstream.codes!) {
      expect(logged).not.toContain(code.secret!);
      expect(logged).not.toContain(code.cardNumber!);
    }
    expect(logged).not.toContain(sim.secret);
  });

  it('fails over when the first site is down; both down → SOLD_OUT charging nothing', async () => {
    const first = await firstRanked(cardSku);
    const [down, up] = first === offer.a ? [simA, simB] : [simB, simA];
    const upBefore = up.stats.codesIssued;
    down.configure({ down: true });
    expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(up.stats.codesIssued).toBe(upBefore + 1);
    // Slow beyond the connector's 800 ms: fails over too, within the 3 s.
    down.configure({ down: false, delayMs: 1200 });
    const started = Date.now();
    expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(Date.now() - started).toBeLessThan(3000);
    // The slow site still takes that order once its delay is over (the sweep's business): let it land first.
    await new Promise((r) => setTimeout(r, 1300));
    down.reset();
    t.app.get(ConnectorService).breakers.reset();

    simA.configure({ down: true });
    simB.configure({ down: true });
    const before = await wallet();
    const r = await place({ skuId: cardSku, quantity: 1 });
    expect(r.body.errors?.[0].extensions?.code).toBe('SOLD_OUT');
    expect(await wallet()).toBe(before);
    simA.reset();
    simB.reset();
    t.app.get(ConnectorService).breakers.reset();
  });

  it('finds an order whose answer was lost by sending it again under the same number: its codes become stock, bought once', async () => {
    const first = await firstRanked(cardSku);
    const [sim, other, connId] = first === offer.a ? [simA, simB, conn.a] : [simB, simA, conn.b];
    sim.configure({ loseNextAnswers: 1 });
    const before = sim.stats.codesIssued;
    const otherBefore = other.stats.codesIssued;
    expect((await place({ skuId: cardSku, quantity: 1 })).body.data!.placeOrder.status).toBe('DELIVERED');
    expect(sim.stats.codesIssued).toBe(before + 1); // taken there, answer lost; the order went on to the other site
    expect(other.stats.codesIssued).toBe(otherBefore + 1);
    const lost = sim.allOrders().at(-1)!;
    expect(((await t.db.query('SELECT status FROM docking_orders WHERE id = $1', [lost.orderId])) as { status: string }[])[0].status).toBe('UNKNOWN');

    // dujiao-next cannot be asked by the alliance's number: the sweep sends each unanswered order again under it.
    // One the site holds is answered as it was (no new codes); one it never got (the site was down) is taken now.
    const unknown = ((await t.db.query(`SELECT id FROM docking_orders WHERE connector_id = $1 AND status = 'UNKNOWN'`, [connId])) as { id: string }[]).map((r) => r.id);
    const neverReceived = unknown.filter((id) => !sim.order(id)).length;
    const lostCodes = lost.codes!.map((c) => c.cardNumber);
    await t.app.get(BuyThroughService).sweep(0);
    const [d] = (await t.db.query('SELECT status, upstream_order_no FROM docking_orders WHERE id = $1', [lost.orderId])) as { status: string; upstream_order_no: string }[];
    expect(d.status).toBe('STOCKED');
    expect(d.upstream_order_no).toMatch(/^\d+$/);
    expect(sim.order(lost.orderId)!.codes!.map((c) => c.cardNumber)).toEqual(lostCodes);
    expect(sim.stats.codesIssued).toBe(before + 1 + neverReceived);
    const left = (await t.db.query(`SELECT count(*)::int AS n FROM docking_orders WHERE connector_id = $1 AND status = 'UNKNOWN'`, [connId])) as { n: number }[];
    expect(left[0].n).toBe(0);
    sim.reset();
  });

  it('reconciles order by order (dujiao-next has no list) and finds a planted amount', async () => {
    const day = shanghaiDate(t.clock.now());
    const clean = (await t.data(ReconcileDockConnectorDocument, { id: conn.a, day }, { token: tok.s1 })).reconcileDockConnector;
    expect(clean.error).toBeNull();
    expect(clean.compared).toBeGreaterThan(0);
    expect(clean.mismatches).toEqual([]);
    const done = simA.allOrders().find((o) => o.status === 'DELIVERED')!;
    simA.plantMismatch(done.orderId, done.amount + 1);
    const found = (await t.data(ReconcileDockConnectorDocument, { id: conn.a, day }, { token: tok.s1 })).reconcileDockConnector;
    expect(found.mismatches).toEqual([expect.objectContaining({ orderId: done.orderId, kind: 'AMOUNT' })]);
    simA.plantMismatch(done.orderId, done.amount);
  });

  it('the periodic sync (no person) picks up a price change on every active connector; one site down does not stop the others', async () => {
    simA.setGoods({ id: 'card-a', price: 8800 });
    simB.configure({ down: true });
    const out = (await t.app.get(JobsService).run(SYNC_JOB)) as SyncAllResult;
    expect(out.failed).toBeGreaterThanOrEqual(1);
    expect(out.synced).toBeGreaterThanOrEqual(1);
    simB.reset();
    const changes = (await t.db.query(`SELECT new_price::text AS p, status FROM offer_price_changes WHERE offer_id = $1 ORDER BY changed_at DESC LIMIT 1`, [offer.a])) as { p: string }[];
    expect(changes[0].p).toBe('8800');
    await letNoticePass();
    expect(await offerPrice(offer.a)).toBe('8800');
    const [c] = (await t.db.query('SELECT sync_lease_until FROM docking_connectors WHERE id = $1', [conn.a])) as { sync_lease_until: Date | null }[];
    expect(c.sync_lease_until).toBeNull();
  });

  it('two syncs of one connector at once never overlap: one runs, the other is refused (CONFLICT) or skipped, and the price change is applied once', async () => {
    simA.setGoods({ id: 'card-a', price: 8700 });
    simA.configure({ delayMs: 400 });
    const countOf = async () => Number(((await t.db.query(`SELECT count(*)::int AS n FROM offer_price_changes WHERE offer_id = $1 AND new_price = 8700`, [offer.a])) as { n: number }[])[0].n);
    const sync = () => t.gql(SyncDockConnectorDocument, { id: conn.a, full: false }, { token: tok.s1 });
    const [x, y] = await Promise.all([sync(), sync()]);
    const results = [x, y].map((r) => r.body.errors?.[0].extensions?.code ?? r.body.data!.syncDockConnector.repriced);
    expect(results.sort()).toEqual([1, 'CONFLICT'].sort());
    expect(await countOf()).toBe(1);

    // The job meeting a person's sync in flight skips that connector.
    simA.setGoods({ id: 'card-a', price: 8600 });
    const manual = sync();
    await new Promise((r) => setTimeout(r, 150));
    const job = (await t.app.get(JobsService).run(SYNC_JOB)) as SyncAllResult;
    expect(job.skipped).toBeGreaterThanOrEqual(1);
    expect((await manual).body.data!.syncDockConnector).toMatchObject({ repriced: 1 });
    expect(Number(((await t.db.query(`SELECT count(*)::int AS n FROM offer_price_changes WHERE offer_id = $1 AND new_price = 8600`, [offer.a])) as { n: number }[])[0].n)).toBe(1);
    simA.reset();
  });

  it('pushes a direct top-up to the site with its account and finishes it by query when the callback is dropped', async () => {
    simA.configure({ callback: 'drop' });
    const before = await wallet();
    const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: '13800138000' })).body.data!.placeOrder;
    expect(placed.status).toBe('PROCESSING');
    await t.app.get(TopupDockingService).settled();
    await simA.settled();
    const upstream = simA.allOrders().at(-1)!;
    expect(upstream).toMatchObject({ goodsId: 'topup-a', status: 'SUCCEEDED', amount: 9100 });
    const [d] = (await t.db.query('SELECT status, upstream_order_no FROM docking_orders WHERE id = $1', [upstream.orderId])) as { status: string; upstream_order_no: string }[];
    expect(d.status).toBe('PROCESSING');
    expect(d.upstream_order_no).toMatch(/^\d+$/);
    await t.app.get(TopupDockingService).poll(0);
    expect((await t.data(TestOrderTopupDocument, { id: placed.id }, { token: admin })).order.status).toBe('DELIVERED');
    expect(((await t.db.query('SELECT status FROM docking_orders WHERE id = $1', [upstream.orderId])) as { status: string }[])[0].status).toBe('SUCCEEDED');
    expect(await wallet()).toBe(before - BigInt(placed.total));
    simA.reset();
  });

  describe('top-ups finished by the site’s callback', () => {
    /** Long enough that the push's own read of the order still finds it processing: its outcome comes only by callback (or the query path, which asks only for top-ups a minute old). */
    const SLOW = 300;
    const orderStatus = async (id: string) => (await t.data(TestOrderTopupDocument, { id }, { token: admin })).order.status;
    const dockStatus = async (id: string) => ((await t.db.query('SELECT status FROM docking_orders WHERE id = $1', [id])) as { status: string }[])[0].status;
    const ledgerRows = async (orderId: string) => Number(((await t.db.query('SELECT count(*)::int AS n FROM ledger_transactions WHERE order_id = $1', [orderId])) as { n: number }[])[0].n);
    /** What the alliance answered the site's callbacks of one order, oldest first. */
    const answered = async (dockOrderId: string) => {
      await t.app.get(ConnectorService).callLog.flush();
      return (await t.db.query(`SELECT status, response FROM docking_calls WHERE direction = 'IN' AND request->>'downstream_order_no' = $1 ORDER BY id`, [dockOrderId])) as {
        status: number;
        response: { ok?: boolean; changed?: boolean; error?: { code: string } };
      }[];
    };
    const topup = async (account: string) => {
      const placed = (await place({ skuId: topupSku, quantity: 1, rechargeAccount: account })).body.data!.placeOrder;
      expect(placed.status).toBe('PROCESSING');
      await t.app.get(TopupDockingService).settled();
      return { placed, upstream: simA.allOrders().at(-1)! };
    };
    /** A callback as a dujiao-next site signs it (over its fixed path), with what a spec changes. */
    const sendSigned = async (body: Record<string, unknown>, o: { secret?: string; key?: string; timestamp?: number; path?: string } = {}) => {
      const raw = JSON.stringify(body);
      const ts = String(Math.floor((o.timestamp ?? Date.now()) / 1000));
      const res = await fetch(`${t.url}/docking/callback/${conn.a}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [DUJIAO_HEADER_KEY]: o.key ?? simA.keyId,
          [DUJIAO_HEADER_TIMESTAMP]: ts,
          [DUJIAO_HEADER_SIGNATURE]: dujiaoSignature(o.secret ?? simA.secret, 'POST', o.path ?? DUJIAO_CALLBACK_PATH, ts, raw),
        },
        body: raw,
      });
      return { status: res.status, body: (await res.json()) as { ok?: boolean; changed?: boolean; error?: { code: string } } };
    };

    it('places the top-up with the alliance’s callback URL and completes it on the signed callback, no query; a duplicate and a late callback change nothing', async () => {
      simA.configure({ callback: 'duplicate', topupAfterMs: SLOW });
      const before = await wallet();
      const { placed, upstream } = await topup('13800138001');
      expect(await dockStatus(upstream.orderId)).toBe('PROCESSING');
      await t.app.get(ConnectorService).callLog.flush();
      const [sent] = (await t.db.query(`SELECT request FROM docking_calls WHERE direction = 'OUT' AND method = 'POST' AND request->>'downstream_order_no' = $1`, [upstream.orderId])) as { request: Record<string, unknown> }[];
      expect(sent.request).toMatchObject({ callback_url: `${t.url}/docking/callback/${conn.a}`, manual_form_data: { account: '138***01' } }); // logged redacted
      const polled = simA.stats.requests;

      await simA.settled(); // the outcome, and its callback sent twice
      expect(simA.stats.requests).toBe(polled); // nobody asked the site
      expect(await orderStatus(placed.id)).toBe('DELIVERED');
      expect(await dockStatus(upstream.orderId)).toBe('SUCCEEDED');
      expect((await answered(upstream.orderId)).map((a) => [a.status, a.response.changed])).toEqual([[200, true], [200, false]]);
      const rows = await ledgerRows(placed.id);

      expect(await simA.resendCallback(upstream.orderId)).toBe(200); // late, answered OK, changes nothing
      expect(await ledgerRows(placed.id)).toBe(rows);
      expect(await wallet()).toBe(before - BigInt(placed.total));
      expect(await orderStatus(placed.id)).toBe('DELIVERED');
      expect((await answered(upstream.orderId)).map((a) => a.response.changed)).toEqual([true, false, false]);
      simA.reset();
    });

    it('refuses a bad signature, a stale timestamp, an unknown key and a wrong amount with typed codes, changing nothing; the query path still completes it', async () => {
      simA.configure({ callback: 'bad_signature', topupAfterMs: SLOW });
      const before = await wallet();
      const { placed, upstream } = await topup('13800138002');
      await simA.settled();
      expect((await answered(upstream.orderId)).map((a) => [a.status, a.response.error?.code])).toEqual([[401, 'SIGNATURE_INVALID']]);
      expect(await orderStatus(placed.id)).toBe('PROCESSING');

      const num = Number((await t.db.query('SELECT upstream_order_no FROM docking_orders WHERE id = $1', [upstream.orderId]) as { upstream_order_no: string }[])[0].upstream_order_no);
      const body = { event: 'order.fulfilled', order_id: num, order_no: upstream.upstreamOrderNo, downstream_order_no: upstream.orderId, status: 'delivered', timestamp: Math.floor(Date.now() / 1000) };
      expect(await sendSigned(body, { secret: 'not-the-secret-0123456789' })).toMatchObject({ status: 401, body: { error: { code: 'SIGNATURE_INVALID' } } });
      expect(await sendSigned(body, { timestamp: Date.now() - 61_000 })).toMatchObject({ status: 401, body: { error: { code: 'TIMESTAMP_STALE' } } });
      expect(await sendSigned(body, { key: 'someone-else' })).toMatchObject({ status: 401, body: { error: { code: 'KEY_UNKNOWN' } } });
      // Signed over the URL it was sent to rather than dujiao-next's fixed callback path: refused.
      expect(await sendSigned(body, { path: `/docking/callback/${conn.a}` })).toMatchObject({ status: 401, body: { error: { code: 'SIGNATURE_INVALID' } } });
      // The Mengyuan protocol's headers at a dujiao-next connector: refused (its headers are missing).
      const raw = JSON.stringify(body);
      const mengyuan = await fetch(`${t.url}/docking/callback/${conn.a}`, { method: 'POST', headers: { ...signedHeaders(simA.keyId, simA.secret, 'POST', `/docking/callback/${conn.a}`, raw), 'content-type': 'application/json' }, body: raw });
      expect(mengyuan.status).toBe(401);
      // Signed, but a status with no outcome yet: answered OK (dujiao-next stops sending it), nothing changes.
      expect(await sendSigned({ ...body, event: 'order.status_changed', status: 'paid' })).toEqual({ status: 200, body: { ok: true, changed: false } });
      // Signed, carrying an amount that is not the order's: refused and raised.
      expect(await sendSigned({ ...body, amount: '91.01', currency: 'CNY' })).toMatchObject({ status: 409, body: { error: { code: 'AMOUNT_MISMATCH' } } });
      const [risk] = (await t.db.query(`SELECT details FROM risk_events WHERE type = 'UPSTREAM_MISMATCH' AND subject_id = $1`, [upstream.orderId])) as { details: Record<string, unknown> }[];
      expect(risk.details).toMatchObject({ kind: 'AMOUNT', expected: '9100', upstream: '9101', via: 'callback' });
      expect(await orderStatus(placed.id)).toBe('PROCESSING');
      expect(await dockStatus(upstream.orderId)).toBe('PROCESSING');
      expect(await wallet()).toBe(before - BigInt(placed.total)); // held, not settled

      // The query path finishes it.
      expect(await t.app.get(TopupDockingService).poll(0)).toBeGreaterThanOrEqual(1);
      expect(await orderStatus(placed.id)).toBe('DELIVERED');
      simA.reset();
    });

    it('a site’s wrong-amount callback is refused and raised; its right amount, and a canceled top-up, are applied (refunded after the last source)', async () => {
      simA.configure({ callback: 'wrong_amount', topupAfterMs: SLOW });
      const odd = await topup('13800138003');
      await simA.settled();
      expect((await answered(odd.upstream.orderId)).map((a) => [a.status, a.response.error?.code])).toEqual([[409, 'AMOUNT_MISMATCH']]);
      expect(await orderStatus(odd.placed.id)).toBe('PROCESSING');
      const num = Number((await t.db.query('SELECT upstream_order_no FROM docking_orders WHERE id = $1', [odd.upstream.orderId]) as { upstream_order_no: string }[])[0].upstream_order_no);
      const right = { event: 'order.fulfilled', order_id: num, order_no: odd.upstream.upstreamOrderNo, downstream_order_no: odd.upstream.orderId, status: 'delivered', timestamp: Math.floor(Date.now() / 1000), amount: '91.00', currency: 'CNY' };
      expect(await sendSigned(right)).toEqual({ status: 200, body: { ok: true, changed: true } });
      expect(await orderStatus(odd.placed.id)).toBe('DELIVERED');

      simA.configure({ callback: 'normal', topupOutcome: 'FAILED', topupAfterMs: SLOW });
      const before = await wallet();
      const failed = await topup('13800138004');
      await simA.settled();
      await t.app.get(TopupDockingService).settled();
      expect((await answered(failed.upstream.orderId)).map((a) => [a.status, a.response.changed])).toEqual([[200, true]]);
      expect(((await t.db.query('SELECT status, failure FROM docking_orders WHERE id = $1', [failed.upstream.orderId])) as { status: string; failure: string }[])[0]).toEqual({ status: 'FAILED', failure: 'CANCELED' });
      expect(await orderStatus(failed.placed.id)).toBe('FAILED');
      expect(await wallet()).toBe(before);
      simA.reset();
    });

    it('applies two callbacks of one top-up arriving at once exactly once (two writers on one order)', async () => {
      simA.configure({ callback: 'drop', topupAfterMs: SLOW });
      const before = await wallet();
      const { placed, upstream } = await topup('13800138005');
      await simA.settled();
      expect(await orderStatus(placed.id)).toBe('PROCESSING');
      expect(simA.order(upstream.orderId)!.status).toBe('SUCCEEDED');
      const statuses = await Promise.all([simA.resendCallback(upstream.orderId), simA.resendCallback(upstream.orderId), simA.resendCallback(upstream.orderId)]);
      expect(statuses).toEqual([200, 200, 200]);
      expect(await orderStatus(placed.id)).toBe('DELIVERED');
      const types = (await t.db.query('SELECT type FROM ledger_transactions WHERE order_id = $1 ORDER BY created_at', [placed.id])) as { type: string }[];
      expect(types.filter((x) => x.type !== 'HOLD')).toHaveLength(1);
      expect(await wallet()).toBe(before - BigInt(placed.total));
      expect((await answered(upstream.orderId)).map((a) => a.response.changed).sort()).toEqual([false, false, true]);
      simA.reset();
    });
  });
});
