import { DockConnectorsDocument, DockedGoodsDocument, PlaceOrderDocument, SyncDockConnectorDocument, TestDockConnectorDocument, TestOrderTopupDocument } from '@mengyuan/graphql';
import { DemoDockingSeed } from '../../src/database/seed/demo-docking';
import { SupplierSimulatorHost } from '../../src/modules/docking/http/docking-http';
import { TopupDockingService } from '../../src/modules/docking/services/topup-docking.service';
import { deposit, skuId } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The demo as `npm start` seeds it: supplier2@ docked to the simulator the api serves under /sim/supplier. */
describe('docking in the demo', () => {
  let t: TestApp;
  let supplier: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    await t.app.get(DemoDockingSeed).seed({ evenInTests: true });
    supplier = (await t.login('supplier2@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    await deposit(t, (await t.login('admin@mengyuan.demo')).token, m.organizationId, '1000000');
  });
  afterAll(async () => {
    await t.app.get(TopupDockingService).settled();
    await t.app.get(SupplierSimulatorHost).simulator!.settled();
    await t.close();
  });

  it('has the demo supplier docked to the simulator: the connection tests, syncs, and a card order with no local stock buys through', async () => {
    const [c] = (await t.data(DockConnectorsDocument, {}, { token: supplier })).dockConnectors;
    expect(c).toMatchObject({ name: '自有发卡系统（模拟器）', status: 'ACTIVE' });
    expect((await t.data(TestDockConnectorDocument, { id: c.id }, { token: supplier })).testDockConnector).toMatchObject({ ok: true, code: null });
    expect((await t.data(SyncDockConnectorDocument, { id: c.id, full: true }, { token: supplier })).syncDockConnector).toMatchObject({ error: null, seen: 5 });
    const goods = (await t.data(DockedGoodsDocument, { connectorId: c.id }, { token: supplier })).dockedGoods;
    expect(goods.filter((g) => g.offerId).map((g) => [g.goodsId, g.drift])).toEqual([['cmcc-30', false], ['qq-coin-50', false]]);

    const placed = (await t.data(PlaceOrderDocument, { input: { skuId: await skuId(t, member, 'QQ-COIN-50-DOCK'), quantity: 1, clientOrderNo: 'DEMO-DOCK-1' } }, { token: member })).placeOrder;
    expect(placed.status).toBe('DELIVERED');
    expect(placed.codes![0].cardNumber).toMatch(/^QQ-COIN-50-/);
  });

  it('pushes the demo supplier’s 中国移动 30 元 top-ups to the simulator and completes them on its callback', async () => {
    const placed = (await t.data(PlaceOrderDocument, { input: { skuId: await skuId(t, member, 'CMCC-30-DOCK'), quantity: 1, clientOrderNo: 'DEMO-DOCK-2', rechargeAccount: '13812345678' } }, { token: member })).placeOrder;
    expect(placed.status).toBe('PROCESSING');
    let status = placed.status;
    for (let i = 0; i < 100 && status !== 'DELIVERED'; i++) {
      await t.app.get(TopupDockingService).settled();
      await t.app.get(SupplierSimulatorHost).simulator!.settled();
      status = (await t.data(TestOrderTopupDocument, { id: placed.id }, { token: member })).order.status;
      if (status !== 'DELIVERED') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('DELIVERED');
  });
});
