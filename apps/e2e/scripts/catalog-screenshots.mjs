// Screenshots of the catalog, offer, inventory and risk pages in zh-CN and en, against a running api with
// the demo alliance:  node apps/e2e/scripts/catalog-screenshots.mjs http://127.0.0.1:3200 [--only name]
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(repo, 'screenshots', 'pages');
const base = process.argv[2];
if (!base?.startsWith('http')) throw new Error('usage: catalog-screenshots.mjs <base url of a running api> [--only name]');
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

async function gql(session, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()).data;
}

const supplier = await login('supplier@mengyuan.demo');
const offers = (await gql(supplier, 'query{offers(filter:{},page:{limit:50}){items{id status stockAvailable lowStockThreshold}}}')).offers.items;
const liveOffer = offers.find((o) => o.status === 'LIVE') ?? offers[0];

const shots = [
  { name: 'portal-offers', app: 'portal', path: '/offers', as: 'supplier@mengyuan.demo', fullPage: true },
  { name: 'portal-offer-create', app: 'portal', path: '/offers', as: 'supplier@mengyuan.demo', act: async (p) => { await p.getByTestId('offer-create').click(); await p.getByTestId('offer-sku').click(); await p.waitForTimeout(600); await p.keyboard.press('Enter'); await p.getByTestId('offer-price').fill('1.00'); await p.waitForTimeout(400); } },
  { name: 'portal-offer-auth', app: 'portal', path: '/offers', as: 'supplier@mengyuan.demo', act: async (p) => { await p.getByTestId('offer-create').click(); await p.getByTestId('offer-sku').click(); await p.keyboard.type('CMCC-100'); await p.waitForTimeout(800); await p.keyboard.press('Enter'); await p.getByTestId('offer-price').fill('96.00'); await p.getByTestId('offer-create-submit').click(); await p.getByTestId('offer-auth-required').waitFor(); await p.waitForTimeout(300); } },
  { name: 'portal-offer-stock', app: 'portal', path: `/offers/${liveOffer.id}`, as: 'supplier@mengyuan.demo', fullPage: true },
  {
    name: 'portal-offer-paste-report',
    app: 'portal',
    path: `/offers/${liveOffer.id}`,
    as: 'supplier@mengyuan.demo',
    fullPage: true,
    act: async (p) => {
      const tag = Date.now().toString(36).toUpperCase();
      await p.getByTestId('tab-paste').click();
      await p.getByTestId('paste-codes').fill(`SHOT${tag}01,SECRET-${tag}-01,2027-12-31\nSHOT${tag}02,SECRET-${tag}-02\nSHOT${tag}01,SECRET-${tag}-01,2027-12-31\nONLY-SECRET-${tag}`);
      await p.getByTestId('paste-submit').click();
      await p.getByTestId('import-report').waitFor();
      await p.waitForTimeout(400);
    },
  },
  { name: 'portal-catalog', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', fullPage: true },
  { name: 'portal-catalog-drawer', app: 'portal', path: '/catalog', as: 'member@mengyuan.demo', act: async (p) => { await p.locator('[data-testid=catalog-table] tr[data-sku="WZRY-60"]').click(); await p.getByTestId('price-chart').or(p.locator('.ant-drawer .ant-empty')).first().waitFor(); await p.waitForTimeout(500); } },
  { name: 'portal-notifications-member', app: 'portal', path: '/notifications', as: 'member@mengyuan.demo', fullPage: true },
  { name: 'admin-skus', app: 'admin', path: '/admin/skus', as: 'admin@mengyuan.demo', fullPage: true },
  { name: 'admin-sku-create', app: 'admin', path: '/admin/skus', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('sku-create').click(); await p.waitForTimeout(500); } },
  { name: 'admin-sku-schedule', app: 'admin', path: '/admin/skus', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('sku-schedule').first().click(); await p.getByTestId('schedule-price').fill('470.00'); await p.getByTestId('schedule-shorten').click(); await p.getByTestId('schedule-submit').click(); await p.waitForTimeout(500); } },
  { name: 'admin-sku-drawer', app: 'admin', path: '/admin/skus', as: 'admin@mengyuan.demo', act: async (p) => { await p.locator('tr[data-sku="IQIYI-GOLD-M"]').getByTestId('sku-detail').click(); await p.waitForTimeout(1200); } },
  { name: 'admin-offer-review', app: 'admin', path: '/admin/offer-review', as: 'admin@mengyuan.demo', fullPage: true },
  { name: 'admin-offer-reject', app: 'admin', path: '/admin/offer-review', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('offer-reject').first().click(); await p.getByTestId('offer-review-submit').click(); await p.waitForTimeout(400); } },
  { name: 'admin-sample-check', app: 'admin', path: '/admin/sample-check', as: 'auditor@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('sample-batch').first().click(); await p.getByTestId('sample-codes').waitFor(); await p.waitForTimeout(400); } },
  { name: 'admin-sample-reveal', app: 'admin', path: '/admin/sample-check', as: 'auditor@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('sample-batch').first().click(); await p.getByTestId('sample-reveal').first().click(); await p.getByTestId('reveal-confirm').click(); await p.getByTestId('sample-revealed').first().waitFor(); await p.waitForTimeout(300); } },
  { name: 'admin-thin-skus', app: 'admin', path: '/admin/thin-skus', as: 'admin@mengyuan.demo', fullPage: true },
  { name: 'admin-risk', app: 'admin', path: '/admin/risk', as: 'admin@mengyuan.demo', fullPage: true },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const sessions = {};
for (const lang of ['zh-CN', 'en']) {
  for (const shot of shots) {
    if (only && !shot.name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: lang, timezoneId: 'Europe/London' });
    await context.addInitScript((l) => localStorage.setItem('mengyuan.lang', l), lang);
    if (shot.as) {
      sessions[shot.as] ??= await login(shot.as);
      await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${shot.app}.auth`, JSON.stringify(sessions[shot.as])]);
    }
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
    page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] console`, m.text()));
    page.on('response', async (r) => r.status() >= 400 && console.error(`[${shot.name}] ${r.status()} ${r.url()} ${r.request().postData()?.slice(0, 200) ?? ''} → ${(await r.text().catch(() => '')).slice(0, 300)}`));
    await page.goto(base + shot.path, { waitUntil: 'networkidle' });
    await page.locator('.ant-layout-content .ant-card, .ant-layout-content .ant-result').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    try {
      if (shot.act) await shot.act(page);
    } catch (e) {
      console.error(`[${shot.name}] act failed:`, e.message.split('\n')[0]);
    }
    await page.waitForTimeout(300);
    const file = join(out, `${shot.name}.${lang}.png`);
    await page.screenshot({ path: file, fullPage: !!shot.fullPage });
    console.warn('saved', file);
    await context.close();
  }
}
await browser.close();
