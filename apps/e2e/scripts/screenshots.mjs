// Screenshots of every page in zh-CN and en.
//   node apps/e2e/scripts/screenshots.mjs                 → built apps on a static server, GraphQL mocked
//   node apps/e2e/scripts/screenshots.mjs --live URL      → a running api serving the apps (demo accounts)
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { mockGraphQL } from './mock-graphql.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(repo, 'screenshots', 'pages');
const liveIdx = process.argv.indexOf('--live');
const live = liveIdx > 0 ? process.argv[liveIdx + 1] : null;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

await mkdir(out, { recursive: true });
let base = live;
let server;
if (!live) {
  ({ server, url: base } = await startStaticServer({ portalDir: join(repo, 'apps/portal/dist'), adminDir: join(repo, 'apps/admin/dist') }));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function signedIn(context, app, email) {
  if (live) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken accessTokenExpiresAt refreshToken user{id email displayName roles createdAt organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}}}}',
        variables: { e: email, p: 'Mengyuan#2026' },
      }),
    });
    const json = await res.json();
    const session = json.data.login;
    await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${app}.auth`, JSON.stringify(session)]);
  } else {
    const { sessionFor } = await import('./mock-graphql.mjs');
    await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [`mengyuan.${app}.auth`, JSON.stringify(sessionFor(email))]);
  }
}

const shots = [
  { name: 'portal-login', app: 'portal', path: '/login' },
  { name: 'portal-register', app: 'portal', path: '/register', fullPage: true },
  { name: 'portal-register-member', app: 'portal', path: '/register', fullPage: true, act: async (p) => p.getByTestId('register-kind-MEMBER').click() },
  { name: 'portal-register-errors', app: 'portal', path: '/register', fullPage: true, act: async (p) => { await p.getByTestId('register-uscc').fill('123'); await p.getByTestId('register-contact-phone').fill('2345'); await p.getByTestId('register-submit').click(); await p.waitForTimeout(400); } },
  { name: 'portal-home-supplier', app: 'portal', path: '/', as: 'supplier@mengyuan.demo', fullPage: true },
  { name: 'portal-home-member', app: 'portal', path: '/', as: 'member@mengyuan.demo', fullPage: true },
  { name: 'portal-user-menu', app: 'portal', path: '/', as: 'supplier@mengyuan.demo', act: async (p) => { await p.getByTestId('user-menu').click(); await p.waitForTimeout(300); } },
  { name: 'portal-settings', app: 'portal', path: '/settings', as: 'member@mengyuan.demo' },
  { name: 'portal-settings-password', app: 'portal', path: '/settings?tab=password', as: 'member@mengyuan.demo' },
  { name: 'portal-settings-apikeys', app: 'portal', path: '/settings?tab=api-keys', as: 'member@mengyuan.demo' },
  { name: 'portal-apikey-create', app: 'portal', path: '/settings?tab=api-keys', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('api-key-create').click(); await p.waitForTimeout(400); } },
  { name: 'portal-apikey-secret', app: 'portal', path: '/settings?tab=api-keys', as: 'member@mengyuan.demo', act: async (p) => { await p.getByTestId('api-key-create').click(); await p.getByTestId('api-key-name').fill('ERP'); await p.locator('.ant-modal-footer .ant-btn-primary').click(); await p.getByTestId('api-key-secret').waitFor(); await p.waitForTimeout(300); } },
  { name: 'portal-404', app: 'portal', path: '/nope', as: 'supplier@mengyuan.demo' },
  { name: 'admin-login', app: 'admin', path: '/admin/login' },
  { name: 'admin-organizations', app: 'admin', path: '/admin/organizations', as: 'admin@mengyuan.demo', fullPage: true },
  { name: 'admin-organization-detail', app: 'admin', path: '/admin/organizations/__FIRST_ORG__', as: 'admin@mengyuan.demo', fullPage: true },
  { name: 'admin-audit', app: 'admin', path: '/admin/audit', as: 'admin@mengyuan.demo', fullPage: true, act: async (p) => { await p.getByTestId('verify-chain').click(); await p.locator('[data-testid=verify-ok],[data-testid=verify-broken],[data-testid=verify-error]').first().waitFor(); await p.locator('.ant-table-row-expand-icon').first().click(); await p.waitForTimeout(300); } },
];

let firstOrg = 'org-supplier-1';
for (const lang of ['zh-CN', 'en']) {
  for (const shot of shots) {
    if (only && !shot.name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: lang, timezoneId: 'Europe/London' });
    await context.addInitScript((l) => localStorage.setItem('mengyuan.lang', l), lang);
    if (shot.as) await signedIn(context, shot.app, shot.as);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
    page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] console`, m.text()));
    if (!live) await mockGraphQL(page);
    const path = shot.path.replace('__FIRST_ORG__', firstOrg);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    if (shot.act) await shot.act(page);
    await page.waitForTimeout(300);
    if (shot.name === 'admin-organizations') {
      const href = await page.locator('[data-testid=organizations-table] tbody a').first().getAttribute('href').catch(() => null);
      if (href) firstOrg = href.split('/').pop();
    }
    const file = join(out, `${shot.name}.${lang}.png`);
    await page.screenshot({ path: file, fullPage: !!shot.fullPage });
    console.warn('saved', file);
    await context.close();
  }
}
await browser.close();
server?.close();
