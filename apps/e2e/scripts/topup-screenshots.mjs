// Screenshots of the direct top-up pages (offers with capacity, buying, the queue, orders, wallet, API guide,
// admin order attempts and the bulk sample check) in zh-CN and en, at 1440 px and 390 px, against a running
// api with the demo data. First run with --prepare to create top-ups in every state.
//   node apps/e2e/scripts/topup-screenshots.mjs http://127.0.0.1:3391 [--prepare] [--only name] [--width 390]
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(repo, 'screenshots', 'pages');
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const only = arg('--only');
const widths = arg('--width') ? [Number(arg('--width'))] : [1440, 390];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

const USER = 'id email displayName roles createdAt organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}';
const sessions = {};
async function login(email) {
  sessions[email] ??= await gql(null, `mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken accessTokenExpiresAt refreshToken user{${USER}}}}`, { e: email, p: 'Mengyuan#2026' }).then((d) => d.login);
  return sessions[email];
}
async function gql(token, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors && !json.data) throw new Error(JSON.stringify(json.errors));
  return json.data ?? {};
}
const as = async (email, query, variables) => gql((await login(email)).accessToken, query, variables);

/** Top-ups in every state: queued, claimed, completed, failed over to the next source, failed everywhere and refunded. */
async function prepare() {
  const s2 = 'supplier2@mengyuan.demo';
  const offers = (await as(s2, '{ offers(page:{limit:50}) { items { id skuCode } } }')).offers.items;
  const byCode = Object.fromEntries(offers.map((o) => [o.skuCode, o.id]));
  await as(s2, 'mutation($id:ID!,$i:UpdateOfferInput!){ updateOffer(id:$id,input:$i){ id capacity } }', { id: byCode['CMCC-100'], i: { capacity: 5 } });
  await as(s2, 'mutation($id:ID!,$i:UpdateOfferInput!){ updateOffer(id:$id,input:$i){ id capacity } }', { id: byCode['CMCC-50'], i: { capacity: 2 } });
  const skus = (await as('member@mengyuan.demo', '{ catalog(page:{limit:100}) { items { id code } } }')).catalog.items;
  const sku = Object.fromEntries(skus.map((s) => [s.code, s.id]));
  const place = (code, n, account) =>
    as('member@mengyuan.demo', 'mutation($i:PlaceOrderInput!){ placeOrder(input:$i){ id status } }', { i: { skuId: sku[code], quantity: 1, clientOrderNo: `SHOT-${Date.now()}-${n}`, rechargeAccount: account } }).catch((e) => console.warn(e.message));
  for (const [i, code] of ['CMCC-100', 'CMCC-100', 'CMCC-100', 'CMCC-50', 'CUCC-100', 'CMCC-100'].entries()) await place(code, i, `1380013${8000 + i}`);
  const tasks = (await as(s2, '{ topupTasks(status: QUEUED, page:{limit:50}) { items { id rechargeAccount } } }')).topupTasks.items;
  const task = (account) => tasks.find((t) => t.rechargeAccount === account)?.id;
  await as(s2, 'mutation($id:ID!){ claimTopupTask(id:$id){ id } }', { id: task('13800138001') });
  await as(s2, 'mutation($id:ID!){ claimTopupTask(id:$id){ id } }', { id: task('13800138002') });
  await as(s2, 'mutation($id:ID!,$r:String!){ completeTopupTask(id:$id, reference:$r){ id } }', { id: task('13800138002'), r: 'CMCC20261130-88412' });
  await as(s2, 'mutation($id:ID!,$r:String!){ failTopupTask(id:$id, reason:$r){ id } }', { id: task('13800138005'), r: '号码已停机，运营商拒绝充值' });
  await as(s2, 'mutation($id:ID!,$r:String!){ failTopupTask(id:$id, reason:$r){ id } }', { id: task('13800138004'), r: '联通接口维护中' });
  console.log('prepared');
}

/** The phone-credit SKUs by search (the category tabs fold into a menu on a phone). */
const searchCmcc = async (p) => {
  await p.getByTestId('catalog-search').locator('input').fill('CMCC');
  await p.keyboard.press('Enter');
  await p.locator('tr[data-sku="CMCC-100"]').waitFor();
  await p.waitForTimeout(500);
};
const openFirst = (table) => async (p) => {
  await p.locator(`[data-testid=${table}] [data-testid=order-details]`).first().click();
  await p.waitForTimeout(1200);
};
const openOrder = (account) => async (p) => {
  await p.locator('[data-testid=orders-table] tr').filter({ hasText: '' }).first().waitFor();
  const id = await p.evaluate(async (acc) => {
    const s = JSON.parse(localStorage.getItem('mengyuan.portal.auth'));
    const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` }, body: JSON.stringify({ query: '{ orders(page:{limit:50}) { items { id rechargeAccount } } }' }) });
    return (await r.json()).data.orders.items.find((o) => o.rechargeAccount === acc)?.id;
  }, account);
  await p.goto(`${base}/orders?order=${id}`, { waitUntil: 'networkidle' });
  await p.waitForTimeout(1200);
};

const shots = [
  { name: 'portal-offers-topup', app: 'portal', path: '/offers', as: 'supplier2@mengyuan.demo', fullPage: true, act: async (p) => p.waitForTimeout(1500) },
  { name: 'portal-offer-edit-capacity', app: 'portal', path: '/offers', as: 'supplier2@mengyuan.demo', act: async (p) => { await p.locator('tr[data-sku="CMCC-100"] [data-testid=offer-edit]').click(); await p.waitForTimeout(600); } },
  { name: 'portal-offer-create-topup', app: 'portal', path: '/offers', as: 'supplier2@mengyuan.demo', act: async (p) => { await p.getByTestId('offer-create').click(); await p.getByTestId('offer-sku').click(); await p.keyboard.type('CUCC'); await p.waitForTimeout(800); await p.keyboard.press('Enter'); await p.waitForTimeout(500); } },
  { name: 'portal-offer-stock-topup', app: 'portal', path: '/offers', as: 'supplier2@mengyuan.demo', act: async (p) => { const id = await p.evaluate(async () => { const s = JSON.parse(localStorage.getItem('mengyuan.portal.auth')); const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` }, body: JSON.stringify({ query: '{ offers(page:{limit:50}) { items { id skuCode } } }' }) }); return (await r.json()).data.offers.items.find((o) => o.skuCode === 'CMCC-100').id; }); await p.goto(`${base}/offers/${id}`, { waitUntil: 'networkidle' }); await p.waitForTimeout(500); } },
  { name: 'portal-topups-queue', app: 'portal', path: '/topups', as: 'supplier2@mengyuan.demo', act: async (p) => p.waitForTimeout(1200) },
  { name: 'portal-topups-claimed', app: 'portal', path: '/topups?status=CLAIMED', as: 'supplier2@mengyuan.demo', act: async (p) => p.waitForTimeout(1200) },
  { name: 'portal-topups-empty', app: 'portal', path: '/topups?status=EXPIRED', as: 'supplier2@mengyuan.demo', act: async (p) => p.waitForTimeout(1200) },
  { name: 'portal-catalog-topup', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: async (p) => { await searchCmcc(p); } },
  { name: 'portal-buy-topup', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: async (p) => { await searchCmcc(p); await p.locator('tr[data-sku="CMCC-100"] [data-testid=buy-button]').click(); await p.getByTestId('buy-account').fill('1380013'); await p.getByTestId('buy-confirm').click(); await p.waitForTimeout(600); } },
  { name: 'portal-buy-topup-processing', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: async (p) => { await searchCmcc(p); await p.locator('tr[data-sku="CMCC-50"] [data-testid=buy-button]').click(); await p.getByTestId('buy-account').fill(`139${String(Date.now()).slice(-8)}`); await p.getByTestId('buy-confirm').click(); await p.getByTestId('buy-success').waitFor(); await p.waitForTimeout(800); } },
  { name: 'portal-orders-topups', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: async (p) => p.waitForTimeout(1500) },
  { name: 'portal-order-topup-claimed', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: openOrder('13800138001') },
  { name: 'portal-order-topup-done', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: openOrder('13800138002') },
  { name: 'portal-order-topup-failover', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: openOrder('13800138005') },
  { name: 'portal-order-topup-refunded', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: openOrder('13800138004') },
  { name: 'portal-wallet-holds', app: 'portal', path: '/wallet', as: 'member@mengyuan.demo', act: async (p) => p.waitForTimeout(1500) },
  { name: 'portal-api-guide-member', app: 'portal', path: '/api-guide', as: 'member@mengyuan.demo', fullPage: true, act: async (p) => p.waitForTimeout(800) },
  { name: 'portal-api-guide-supplier', app: 'portal', path: '/api-guide', as: 'supplier2@mengyuan.demo', fullPage: true, act: async (p) => p.waitForTimeout(800) },
  { name: 'admin-order-topup', app: 'admin', path: '/admin/orders', as: 'admin@mengyuan.demo', act: openFirst('admin-orders-table') },
  { name: 'admin-order-card', app: 'admin', path: '/admin/orders?status=DELIVERED', as: 'admin@mengyuan.demo', act: async (p) => { await p.locator('[data-testid=admin-orders-table] tr[data-order-no^="DEMO-"] [data-testid=order-details]').first().click(); await p.waitForTimeout(1200); } },
  { name: 'admin-sample-check', app: 'admin', path: '/admin/sample-check', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('sample-batch').first().click(); await p.getByTestId('sample-reveal-page').click(); await p.getByTestId('reveal-confirm').click(); await p.getByTestId('sample-codes').waitFor(); await p.locator('[data-testid=sample-codes] tbody tr').nth(0).getByTestId('sample-valid').check({ force: true }); await p.locator('[data-testid=sample-codes] tbody tr').nth(1).getByTestId('sample-invalid').check({ force: true }); await p.waitForTimeout(400); } },
];

if (process.argv.includes('--prepare')) await prepare();
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const width of widths) {
  for (const lang of ['zh-CN', 'en']) {
    for (const shot of shots) {
      if (only && !shot.name.includes(only)) continue;
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, deviceScaleFactor: 1, locale: lang, timezoneId: 'Europe/London' });
      await context.addInitScript((l) => localStorage.setItem('mengyuan.lang', l), lang);
      await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${shot.app}.auth`, JSON.stringify(await login(shot.as))]);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
      await page.goto(base + shot.path, { waitUntil: 'networkidle' });
      try {
        if (shot.act) await shot.act(page);
      } catch (e) {
        console.error(`[${shot.name}] ${e.message.split('\n')[0]}`);
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${shot.name}.${lang}.${width}.png`), fullPage: !!shot.fullPage });
      await context.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
