// Screenshots of the after-sales pages in zh-CN and en at 1440 px and 390 px, against a running api with the demo data.
//   node apps/e2e/scripts/tickets-screenshots.mjs http://127.0.0.1:3300 [--only name] [--width 390]
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(repo, 'screenshots', 'tickets');
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const only = arg('--only');
const widths = arg('--width') ? [Number(arg('--width'))] : [1440, 390];
const langs = arg('--lang') ? [arg('--lang')] : ['zh-CN', 'en'];
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

const firstTicket = (status) => async (p) => {
  const row = p.locator(status ? `[data-testid=ticket-row][data-status=${status}]` : '[data-testid=ticket-row]').first();
  await row.waitFor();
  await row.getByTestId('ticket-link').click();
  await p.getByTestId('ticket-detail').waitFor();
  await p.waitForTimeout(600);
};

const shots = [
  { name: 'portal-tickets-member', app: 'portal', path: '/tickets', as: 'member@mengyuan.demo', wait: 'ticket-list' },
  { name: 'portal-ticket-member', app: 'portal', path: '/tickets', as: 'member@mengyuan.demo', act: firstTicket('RESOLVED'), fullPage: true },
  { name: 'portal-ticket-file', app: 'portal', path: '/orders?status=DELIVERED', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('order-details').first().click(); await p.getByTestId('file-ticket').click(); await p.getByTestId('file-ticket-category').click(); await p.locator('.ant-select-item-option').filter({ has: p.getByTestId('category-INVALID_CODE') }).click(); await p.waitForTimeout(400); } },
  { name: 'portal-tickets-supplier', app: 'portal', path: '/tickets', as: 'supplier@mengyuan.demo', wait: 'ticket-list', fullPage: true },
  { name: 'portal-ticket-supplier', app: 'portal', path: '/tickets', as: 'supplier@mengyuan.demo', act: firstTicket('WAITING_ON_MEMBER'), fullPage: true },
  { name: 'portal-ticket-resolve', app: 'portal', path: '/tickets', as: 'supplier@mengyuan.demo', act: async (p) => { await firstTicket('OPEN')(p); await p.getByTestId('ticket-resolve').click(); await p.getByTestId('resolve-kind-REFUND').click(); await p.waitForTimeout(300); } },
  { name: 'portal-tickets-breaches', app: 'portal', path: '/tickets?tab=breaches', as: 'supplier@mengyuan.demo', wait: 'breach-list' },
  { name: 'portal-tickets-rules', app: 'portal', path: '/tickets?tab=rules', as: 'supplier@mengyuan.demo', fullPage: true },
  { name: 'portal-tickets-support', app: 'portal', path: '/tickets', as: 'support@mengyuan.demo', wait: 'ticket-list' },
  { name: 'portal-notifications', app: 'portal', path: '/notifications', as: 'supplier@mengyuan.demo', wait: 'notifications-list' },
  { name: 'admin-tickets', app: 'admin', path: '/admin/tickets', as: 'admin@mengyuan.demo', wait: 'ticket-list', fullPage: true },
  { name: 'admin-ticket', app: 'admin', path: '/admin/tickets', as: 'admin@mengyuan.demo', act: firstTicket('ESCALATED'), fullPage: true },
  { name: 'admin-arbitrate', app: 'admin', path: '/admin/tickets', as: 'admin@mengyuan.demo', act: async (p) => { await firstTicket('ESCALATED')(p); await p.getByTestId('ticket-arbitrate').click(); await p.waitForTimeout(400); } },
  { name: 'admin-breaches', app: 'admin', path: '/admin/tickets?tab=breaches', as: 'admin@mengyuan.demo', wait: 'breach-list' },
  { name: 'admin-sla', app: 'admin', path: '/admin/sla', as: 'admin@mengyuan.demo', wait: 'sla-policies' },
  { name: 'admin-sla-history', app: 'admin', path: '/admin/sla', as: 'admin@mengyuan.demo', act: async (p) => { await p.getByTestId('policy-history').first().click(); await p.waitForTimeout(600); } },
  { name: 'admin-calendars', app: 'admin', path: '/admin/sla?tab=calendars', as: 'admin@mengyuan.demo', wait: 'sla-calendars' },
  { name: 'admin-calendar-editor', app: 'admin', path: '/admin/sla?tab=calendars', as: 'admin@mengyuan.demo', act: async (p) => { await p.locator('[data-testid=sla-calendar][data-kind=BUSINESS_HOURS] [data-testid=calendar-edit]').click(); await p.getByTestId('calendar-form').waitFor(); await p.waitForTimeout(500); } },
  { name: 'admin-notifications', app: 'admin', path: '/admin/notifications', as: 'admin@mengyuan.demo', wait: 'notifications-list' },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const sessions = {};
for (const width of widths) {
  for (const lang of langs) {
    for (const shot of shots) {
      if (only && !shot.name.includes(only)) continue;
      const context = await browser.newContext({ viewport: { width, height: width < 800 ? 844 : 900 }, deviceScaleFactor: 1, locale: lang, timezoneId: 'Asia/Shanghai' });
      await context.addInitScript((l) => localStorage.setItem('mengyuan.lang', l), lang);
      sessions[shot.as] ??= await login(shot.as);
      await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${shot.app}.auth`, JSON.stringify(sessions[shot.as])]);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
      await page.goto(base + shot.path, { waitUntil: 'networkidle' });
      try {
        if (shot.wait) await page.getByTestId(shot.wait).first().waitFor({ timeout: 10_000 });
        if (shot.act) await shot.act(page);
      } catch (e) {
        console.error(`[${shot.name}] ${e.message.split('\n')[0]}`);
      }
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(out, `${shot.name}.${width}.${lang}.png`), fullPage: !!shot.fullPage });
      await context.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
