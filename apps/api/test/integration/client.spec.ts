import { randomUUID } from 'node:crypto';
import { MengyuanClient, MengyuanError } from '@mengyuan/client';
import { CreateApiKeyDocument } from '@mengyuan/graphql';
import { createSku, deposit, liveOffer, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The typed client package (@mengyuan/client) as a merchant's own system uses it, against the running api. */
describe('@mengyuan/client against the api', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let client: MengyuanClient;
  let skuId = '';
  let skuCode = '';
  let emptySkuId = '';
  let unitPrice = 0n;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: false });
    admin = (await t.login('admin@mengyuan.demo')).token;
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: 5 }] });
    skuId = sku.id;
    skuCode = sku.code;
    unitPrice = BigInt(sku.unifiedPrice);
    const empty = await createSku(t, admin, {});
    await liveOffer(t, { supplier, reviewer: admin, skuId: empty.id, settlementPrice: String(BigInt(empty.unifiedPrice) - 100n) });
    emptySkuId = empty.id;
    await deposit(t, admin, m.organizationId, '1000000');
    const key = (await t.data(CreateApiKeyDocument, { input: { name: '自有系统', scopes: ['ORDERS_WRITE', 'ORDERS_READ', 'CATALOG_READ', 'WALLET_READ'] } }, { token: member })).createApiKey;
    client = new MengyuanClient({ url: `${t.url}/graphql`, apiKey: key.secret });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads the catalog and the wallet, buys with codes, idempotent on clientOrderNo, and reads the order back', async () => {
    const catalog = await client.catalog({ filter: { search: skuCode, includeDelisted: false }, page: { offset: 0, limit: 10 } });
    expect(catalog.items.map((s) => s.id)).toContain(skuId);
    const before = BigInt((await client.wallet()).balance);

    const clientOrderNo = `CL-${randomUUID().slice(0, 12)}`;
    const order = await client.placeOrder({ skuId, quantity: 2, clientOrderNo });
    expect(order).toMatchObject({ status: 'DELIVERED', clientOrderNo, quantity: 2 });
    expect(order.codes).toHaveLength(2);
    const again = await client.placeOrder({ skuId, quantity: 2, clientOrderNo });
    expect(again.id).toBe(order.id);
    expect(again.codes!.map((c) => c.id).sort()).toEqual(order.codes!.map((c) => c.id).sort());
    expect(BigInt((await client.wallet()).balance)).toBe(before - 2n * unitPrice);
    expect(await client.order(order.id)).toMatchObject({ id: order.id, status: 'DELIVERED', total: String(2n * unitPrice) });
    expect((await client.orders({ status: 'DELIVERED' })).items.map((o) => o.id)).toContain(order.id);
  });

  it('throws typed refusals: SOLD_OUT naming the saved order, IDEMPOTENCY_CONFLICT, and an invalid key', async () => {
    const soldOut = await client.placeOrder({ skuId: emptySkuId, quantity: 1, clientOrderNo: `CL-${randomUUID().slice(0, 12)}` }).catch((e: unknown) => e);
    expect(soldOut).toBeInstanceOf(MengyuanError);
    expect(soldOut).toMatchObject({ code: 'SOLD_OUT' });
    expect((soldOut as MengyuanError).orderId).toMatch(/^[0-9a-f-]{36}$/);

    const no = `CL-${randomUUID().slice(0, 12)}`;
    await client.placeOrder({ skuId, quantity: 1, clientOrderNo: no });
    await expect(client.placeOrder({ skuId, quantity: 2, clientOrderNo: no })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
    await expect(new MengyuanClient({ url: `${t.url}/graphql`, apiKey: 'mk_AAAAAAAAAAAA_' + 'x'.repeat(43) }).sku(skuId)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
