// Pages at a width in zh-CN and en against a running api (demo data), for a person to look at.
//   node apps/e2e/scripts/list-screenshots.mjs URL OUT WIDTH app:email:path[,app:email:path...] [lang]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';

const [base, out, width, specs, onlyLang] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const sessions = new Map();
const login = async (email) => {
  if (sessions.has(email)) return sessions.get(email);
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32('MENGYUANDEMOTOTPSECRETFORTHEDEMO') });
  for (const step of [0, 1, -1, 2]) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e:String!,$p:String!,$c:String){login(email:$e,password:$p,totpCode:$c){accessToken accessTokenExpiresAt refreshToken user{id email displayName roles createdAt landing organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}}}}',
        variables: { e: email, p: 'Mengyuan#2026', c: totp.generate({ timestamp: Date.now() + step * 30_000 }) },
      }),
    });
    const body = await res.json();
    if (body.data) { sessions.set(email, body.data.login); return body.data.login; }
    if (body.errors?.[0]?.extensions?.code !== 'INVALID_TWO_FACTOR_CODE') throw new Error(JSON.stringify(body.errors));
  }
  throw new Error('no code');
};
const unused = async (email) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken accessTokenExpiresAt refreshToken user{id email displayName roles createdAt landing organization{id name kind channelType status unifiedSocialCreditCode contactName contactPhone createdAt updatedAt}}}}',
      variables: { e: email, p: 'Mengyuan#2026' },
    }),
  });
  const body = await res.json();
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.login;
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const lang of onlyLang ? [onlyLang] : ['zh-CN', 'en']) {
  for (const spec of specs.split(',')) {
    const [app, email, path] = spec.split(':');
    const session = await login(email);
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(width) < 600 ? 844 : 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
    const key = app === 'admin' ? 'mengyuan.admin.auth' : 'mengyuan.portal.auth';
    await context.addInitScript(([k, s, l]) => { localStorage.setItem(k, s); localStorage.setItem('mengyuan.lang', l); }, [key, JSON.stringify(session), lang]);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${path}] pageerror`, e.message));
    page.on('console', (m) => m.type() === 'error' && console.error(`[${path}] console`, m.text().slice(0, 400)));
    await page.goto(`${base}/${app === 'admin' ? 'admin' : ''}${path}`.replace(/\/\/+/g, '/').replace(':/', '://'), { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor({ timeout: 20_000 }).catch(() => console.error('no h1', path));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const name = `${app}${path.replace(/[/?=&]+/g, '-')}-${width}-${lang}`;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, 'scrollWidth', overflow);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
    await context.close();
  }
}
await browser.close();
