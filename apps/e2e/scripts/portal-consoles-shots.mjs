// Screenshots of the portal's consoles for a person to look at: node apps/e2e/scripts/portal-consoles-shots.mjs <baseUrl> <outDir> [email path width lang]...
import { chromium } from 'playwright-core';

const [base, out, ...rest] = process.argv.slice(2);
const jobs = [];
for (let i = 0; i < rest.length; i += 4) jobs.push({ email: rest[i], path: rest[i + 1], width: Number(rest[i + 2]), lang: rest[i + 3] });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const job of jobs) {
  const ctx = await browser.newContext({ viewport: { width: job.width, height: 900 }, locale: job.lang, timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.addInitScript((lang) => localStorage.setItem('mengyuan.lang', lang), job.lang);
  await page.goto(`${base}/login`);
  await page.getByTestId('login-email').fill(job.email);
  await page.getByTestId('login-password').fill('Mengyuan#2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname !== '/login');
  await page.goto(`${base}${job.path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1200);
  const name = `${job.email.split('@')[0]}-${job.path.replace(/[^a-z0-9]+/gi, '_')}-${job.width}-${job.lang}.png`;
  if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: `${out}/${name}` });
  else await page.screenshot({ path: `${out}/${name}`, fullPage: true });
  console.log(name);
  await ctx.close();
}
await browser.close();
