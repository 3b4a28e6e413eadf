import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { see, waitForPath, enterTotp } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

/**
 * Both apps run under the api's Content-Security-Policy (scripts from the app's own files only, no eval):
 * they sign in and render a working page, and the browser reports no violation.
 */
describe('the apps work under the Content-Security-Policy', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openWatched(): Promise<{ page: Page; violations: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    return { page, violations };
  }

  it.each([
    ['portal', '/login', 'member@mengyuan.demo', '/'],
    ['admin', '/admin/login', 'admin@mengyuan.demo', /^\/admin\/.+/],
  ] as [string, string, string, string | RegExp][])('%s signs in and renders with no violation', async (_app, login, email, home) => {
    const { page, violations } = await openWatched();
    const res = await page.goto(`${baseUrl()}${login}`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    if (email === 'admin@mengyuan.demo') await enterTotp(page);
    await waitForPath(page, home);
    await see(page.getByRole('menuitem').first(), 'the navigation menu after signing in');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it.each([['portal', '/'], ['admin', '/admin/']])('%s: the browser keeps the hashed files for good and asks for the page each time', async (_app, root) => {
    const page = await fetch(`${baseUrl()}${root}`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const files = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([file, (await fetch(`${baseUrl()}${file}`)).headers.get('cache-control')]).toEqual([file, 'public, max-age=31536000, immutable']);
    expect((await fetch(`${baseUrl()}${root}favicon.svg`)).headers.get('cache-control')).toBe('no-cache');
  });
});
