// Screenshots of the wallet, order and finance pages in zh-CN and en, against a running api with the demo data.
//   node apps/e2e/scripts/orders-screenshots.mjs http://127.0.0.1:3300 [--only name]
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(repo, 'screenshots', 'pages');
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

async function login(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken accessTokenExpiresAt refreshToken user{id email displayName roles createdAt organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}}}}',
      variables: { e: email, p: 'Mengyuan#2026' },
    }),
  });
  return (await res.json()).data.login;
}

const openBuy = (sku, qty) => async (p) => {
  await p.locator(`[data-testid=catalog-table] tr[data-sku="${sku}"] [data-testid=buy-button]`).click();
  await p.getByTestId('buy-balance').and(p.locator('[data-value]:not([data-value=""])')).waitFor();
  if (qty) await p.getByTestId('buy-quantity').fill(String(qty));
  await p.waitForTimeout(300);
};

const shots = [
  { name: 'portal-catalog-buy', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo' },
  { name: 'portal-buy-dialog', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: openBuy('QQ-COIN-100', 2) },
  { name: 'portal-buy-short', app: 'portal', path: '/catalog?', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('catalog-tab-EDU_COURSE').click(); await p.waitForTimeout(500); await openBuy('XES-COURSE-500', 100)(p); } },
  { name: 'portal-buy-insufficient', app: 'portal', path: '/catalog?', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('catalog-tab-EDU_COURSE').click(); await p.waitForTimeout(500); await openBuy('XES-COURSE-500', 100)(p); await p.getByTestId('buy-confirm').click(); await p.getByTestId('buy-error').waitFor(); } },
  { name: 'portal-buy-delivered', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: async (p) => { await openBuy('WZRY-60', 2)(p); await p.getByTestId('buy-confirm').click(); await p.getByTestId('delivered-codes').waitFor(); } },
  { name: 'portal-orders', app: 'portal', path: '/orders', as: 'member@mengyuan.demo' },
  { name: 'portal-order-drawer', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('order-details').first().click(); await p.getByTestId('order-drawer').getByTestId('order-status').waitFor(); } },
  { name: 'portal-order-reveal', app: 'portal', path: '/orders', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('reveal-codes').first().click(); await p.waitForTimeout(300); } },
  { name: 'portal-wallet', app: 'portal', path: '/wallet', as: 'member@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('statement-table').waitFor(); } },
  { name: 'portal-api-guide', app: 'portal', path: '/api-guide', as: 'member@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('api-guide-curl').waitFor(); await p.waitForTimeout(500); } },
  { name: 'portal-payable', app: 'portal', path: '/payable', as: 'supplier@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('statement-table').waitFor(); } },
  { name: 'admin-orders', app: 'admin', path: '/admin/orders', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('admin-orders-table').waitFor(); await p.waitForTimeout(800); } },
  { name: 'admin-order-attempts', app: 'admin', path: '/admin/orders', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('order-details').first().click(); await p.getByTestId('order-attempts').waitFor(); await p.waitForTimeout(500); } },
  { name: 'admin-finance', app: 'admin', path: '/admin/finance', as: 'admin@mengyuan.demo' },
  { name: 'admin-finance-payout', app: 'admin', path: '/admin/finance?tab=payout', as: 'admin@mengyuan.demo' },
  { name: 'admin-ledger', app: 'admin', path: '/admin/ledger', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('ledger-check').click(); await p.locator('[data-testid=ledger-ok],[data-testid=ledger-broken]').waitFor(); } },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const sessions = {};
for (const lang of ['zh-CN', 'en']) {
  for (const shot of shots) {
    if (only && !shot.name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: lang, timezoneId: 'Europe/London' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await context.addInitScript((l) => localStorage.setItem('mengyuan.lang', l), lang);
    sessions[shot.as] ??= await login(shot.as);
    await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${shot.app}.auth`, JSON.stringify(sessions[shot.as])]);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
    await page.goto(base + shot.path, { waitUntil: 'networkidle' });
    try {
      if (shot.act) await shot.act(page);
    } catch (e) {
      console.error(`[${shot.name}] ${e.message.split('\n')[0]}`);
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${shot.name}.${lang}.png`), fullPage: !!shot.fullPage });
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
