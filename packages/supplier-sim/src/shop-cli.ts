import { AcgShopClient, DujiaoShopClient } from './shop';

/**
 * The simulator as a member's shop, for the demo: lists the alliance's goods through a dock and buys one card.
 *
 *   npm run shop -w @mengyuan/supplier-sim -- dujiao http://127.0.0.1:3000/dock/dujiao mk_<prefix> <secret> [buy]
 *   npm run shop -w @mengyuan/supplier-sim -- acg    http://127.0.0.1:3000/dock/acg    mk_<prefix> <secret> [buy]
 *
 * The key id and secret are on the portal's API guide (店铺对接) for the member's owner.
 */
async function main(argv: string[]): Promise<number> {
  const [protocol, base, keyId, secret, action] = argv;
  if (!protocol || !base || !keyId || !secret || !['dujiao', 'acg'].includes(protocol)) {
    process.stderr.write('usage: shop <dujiao|acg> <base url> <key id> <secret> [buy]\n');
    return 2;
  }
  const orderNo = `SHOP-SIM-${Date.now()}`;
  if (protocol === 'dujiao') {
    const shop = new DujiaoShopClient({ baseUrl: base, apiKey: keyId, secret });
    process.stdout.write(`${JSON.stringify((await shop.ping()).body)}\n`);
    const page = await shop.products(1, 100);
    if (!page.body.ok) return fail(page.body);
    for (const p of page.body.items) process.stdout.write(`${p.id}\t${p.price_amount}\t${p.skus[0].stock_status}\t${p.title['zh-CN']}\n`);
    const card = page.body.items.find((p) => p.fulfillment_type === 'auto' && p.skus[0].stock_quantity > 0);
    if (action !== 'buy' || !card) return 0;
    const order = await shop.createOrder({ sku_id: card.id, quantity: 1, downstream_order_no: orderNo });
    process.stdout.write(`${JSON.stringify(order.body, null, 2)}\n`);
    return order.body.ok ? 0 : 1;
  }
  const shop = new AcgShopClient({ domain: base, appId: keyId, appKey: secret });
  process.stdout.write(`${JSON.stringify(await shop.connect())}\n`);
  const items = await shop.items();
  if (items.code !== 200 || !('data' in items)) return fail(items);
  const goods = items.data.flatMap((c) => c.children);
  for (const g of goods) process.stdout.write(`${g.code}\t${g.price}\t${g.stock}\t${g.name}\n`);
  const card = goods.find((g) => g.widget === '[]' && g.stock > 0);
  if (action !== 'buy' || !card) return 0;
  const trade = await shop.trade({ shared_code: card.code, num: 1, request_no: orderNo });
  process.stdout.write(`${JSON.stringify(trade, null, 2)}\n`);
  return trade.code === 200 ? 0 : 1;
}

function fail(answer: unknown): number {
  process.stderr.write(`refused: ${JSON.stringify(answer)}\n`);
  return 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
}
