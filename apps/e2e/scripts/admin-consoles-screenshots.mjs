// Admin console pages at 1440 px in zh-CN and en against a running api (demo data), with an axe-core summary.
//   node apps/e2e/scripts/admin-consoles-screenshots.mjs URL [--only name] [--out dir] [--axe]
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AxeBuilder = require('@axe-core/playwright').default;
const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const base = process.argv[2];
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const out = arg('--out') ?? join(repo, 'screenshots', 'admin-consoles');
const only = arg('--only');
const axe = process.argv.includes('--axe');
await mkdir(out, { recursive: true });

const login = async (email) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken accessTokenExpiresAt refreshToken user{id email displayName roles createdAt landing organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}}}}',
      variables: { e: email, p: 'Mengyuan#2026' },
    }),
  });
  return (await res.json()).data.login;
};
const admin = await login('admin@mengyuan.demo');
const gql = async (query) => (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` }, body: JSON.stringify({ query }) })).json()).data;
const orgs = (await gql('{organizations(page:{offset:0,limit:50}){items{id name kind}}}')).organizations.items;
const supplier = orgs.find((o) => o.kind === 'SUPPLIER');
const member = orgs.find((o) => o.kind === 'MEMBER');
const ticket = (await gql('{tickets(page:{offset:0,limit:1}){items{id}}}'))?.tickets.items[0];

const pages = [
  ['dashboard', '/dashboard'], ['organization-supplier', `/organizations/${supplier.id}`], ['organization-member', `/organizations/${member.id}`], ['audit', '/audit'],
  ['review', '/review'], ['organizations', '/organizations'], ['brands', '/brands'], ['skus', '/skus'], ['offer-review', '/offer-review'], ['sample-check', '/sample-check'],
  ['thin-skus', '/thin-skus'], ['held-orders', '/held-orders'], ['risk', '/risk'], ['orders', '/orders'], ['finance', '/finance'], ['ledger', '/ledger'], ['tickets', '/tickets'],
  ...(ticket ? [['ticket', `/tickets/${ticket.id}`]] : []), ['sla', '/sla'], ['notifications', '/notifications'], ['review-workspace', `/review/${supplier.id}`],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const lang of ['zh-CN', 'en']) {
  for (const [name, path] of pages) {
    if (only && !name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
    await context.addInitScript(([s, l]) => { localStorage.setItem('mengyuan.admin.auth', s); localStorage.setItem('mengyuan.lang', l); }, [JSON.stringify(admin), lang]);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${name}] pageerror`, e.message));
    await page.goto(`${base}/admin${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, `${name}-${lang}.png`), fullPage: true });
    if (axe) {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const bad = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
      console.log(`${lang} ${name}: ${bad.length ? bad.map((v) => `${v.id}(${v.impact}) ${v.nodes.length}× ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`).join('; ') : 'ok'}`);
    }
    await context.close();
  }
}
await browser.close();
