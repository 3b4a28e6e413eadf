import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { axeProblems, baseUrl, checkOverlay, layoutProblems, resizeTo, see, snap, waitForPath } from './helpers';

/**
 * The portal's consoles (issue 13): each audience lands on its dashboard with the demo data's figures, orders
 * are found and exported, the monthly statement reconciles, an owner invites staff, every page passes axe-core
 * (colour contrast included) in both languages, and a phone gets a drawer menu and order cards.
 */
const SUPPLIER = 'supplier@mengyuan.demo';
const MEMBER = 'member@mengyuan.demo';
const SUPPORT = 'support@mengyuan.demo';
const LANG_KEY = 'mengyuan.lang';

const SUPPLIER_PAGES = ['/', '/offers', '/topups', '/tickets', '/sales', '/payable', '/statement', '/team', '/webhooks', '/documents', '/notifications', '/settings'];
const MEMBER_PAGES = ['/', '/catalog', '/orders', '/tickets', '/wallet', '/api-guide', '/statement', '/team', '/webhooks', '/documents', '/notifications', '/settings'];

let browser: Browser;

async function context(lang: 'zh-CN' | 'en', width = 1440): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  await ctx.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LANG_KEY, lang] as const);
  return ctx;
}

async function signedIn(email: string, lang: 'zh-CN' | 'en' = 'zh-CN', width = 1440): Promise<Page> {
  const page = await (await context(lang, width)).newPage();
  page.on('pageerror', (e) => console.error(`${email} pageerror:`, e.message));
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname !== '/login', { timeout: 20_000 });
  return page;
}

/** No critical or serious axe-core violation (axeProblems); one h1 and a main landmark. */
async function accessibleWithLandmarks(page: Page, what: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-skeleton').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  const problems = await axeProblems(page);
  if ((await page.locator('h1').count()) < 1) problems.push('no h1');
  if ((await page.locator('main').count()) < 1) problems.push('no main landmark');
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('each audience lands where its work is', () => {
  it('a supplier owner lands on its dashboard with sales, stock, top-up queue and tickets from the demo data', async () => {
    const page = await signedIn(SUPPLIER);
    await waitForPath(page, '/');
    await see(page.locator('[data-testid=supplier-dashboard][data-loaded=true]'), 'the supplier dashboard with its figures');
    await see(page.locator('h1').filter({ hasText: '货源商工作台' }), 'the dashboard title');
    expect(Number(await page.getByTestId('kpi-orders-value').innerText())).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-sales-value').innerText()).toMatch(/^¥[\d,]+\.\d\d$/);
    await see(page.locator('[data-testid=sales-trend-chart] svg'), 'the sales trend drawn');
    await see(page.locator('[data-testid=stock-table] tr[data-sku]'), 'the stock levels');
    await see(page.getByTestId('low-stock-alert'), 'the low-stock alert');
    await see(page.getByTestId('topup-queue-panel'), 'the top-up queue');
    await see(page.locator('[data-testid=open-tickets] [data-testid=sla-countdown]'), 'tickets with their SLA countdown');
    await see(page.getByTestId('my-score-trend-card'), 'the score and its trend');
    await snap(page, 'portal-supplier-dashboard');
    await page.context().close();
  });

  it('a member lands on its dashboard with spend, orders, best sellers and wallet', async () => {
    const page = await signedIn(MEMBER, 'en');
    await waitForPath(page, '/');
    await see(page.locator('[data-testid=member-dashboard][data-loaded=true]'), 'the member dashboard with its figures');
    await see(page.locator('h1').filter({ hasText: 'Merchant dashboard' }), 'the dashboard title in English');
    expect(Number(await page.getByTestId('kpi-orders-value').innerText())).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-spend-value').innerText()).toMatch(/^¥[\d,]+\.\d\d$/);
    expect(await page.getByTestId('kpi-wallet-value').innerText()).toMatch(/^¥[\d,]+\.\d\d$/);
    await see(page.locator('[data-testid=hot-skus] [data-sku]'), 'the best sellers');
    await see(page.locator('[data-testid=spend-trend-chart] svg'), 'the spending trend drawn');
    // A 30-day range from the presets keeps the figures.
    await page.getByTestId('dashboard-range').first().click();
    await page.locator('.ant-picker-presets li').filter({ hasText: 'Last 30 days' }).click();
    await page.waitForURL((u) => u.searchParams.has('from'));
    await see(page.locator('[data-testid=member-dashboard][data-loaded=true]'), 'the dashboard for 30 days');
    await snap(page, 'portal-member-dashboard-en');
    await page.context().close();
  });

  it('supplier support staff (客服) land on the tickets', async () => {
    const page = await signedIn(SUPPORT);
    await waitForPath(page, '/tickets');
    await expect(page.getByRole('menuitem', { name: '对账单' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('find and export', () => {
  it('searching by merchant order number narrows the orders', async () => {
    const page = await signedIn(MEMBER);
    await page.goto(`${baseUrl()}/orders`);
    await see(page.locator('[data-testid=orders-table] tr[data-order-no]'), 'the orders');
    const before = await page.locator('[data-testid=orders-table] tr[data-order-no]').count();
    const first = (await page.locator('[data-testid=orders-table] tr[data-order-no]').first().getAttribute('data-order-no'))!;
    await page.getByTestId('orders-search-client-no').locator('input').fill(first);
    await page.getByTestId('orders-search-client-no').locator('input').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('clientOrderNo') === first);
    await page.waitForFunction((no) => {
      const rows = [...document.querySelectorAll('[data-testid=orders-table] tr[data-order-no]')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-order-no')!.startsWith(no));
    }, first);
    expect(await page.locator('[data-testid=orders-table] tr[data-order-no]').count()).toBeLessThanOrEqual(before);
    await page.context().close();
  });

  it('the orders export downloads a valid .xlsx with the session’s credentials', async () => {
    const page = await signedIn(MEMBER);
    await page.goto(`${baseUrl()}/orders`);
    await see(page.locator('[data-testid=orders-table] tr[data-order-no]'), 'the orders');
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/exports/orders.xlsx')),
      page.waitForEvent('download'),
      page.getByTestId('orders-export').click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    await page.context().close();
  });

  it('the monthly statement shows opening and closing balances reconciling, and exports', async () => {
    const page = await signedIn(MEMBER);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    await page.goto(`${baseUrl()}/statement?month=${month}`);
    await see(page.locator(`[data-testid=statement][data-month="${month}"]`), 'the statement of this month');
    await see(page.locator('[data-testid=statement-account][data-kind=MEMBER_WALLET] [data-testid=statement-reconciles]'), 'the wallet reconciling');
    await see(page.locator('[data-testid=statement-account][data-kind=MEMBER_WALLET] [data-testid=statement-lines] tbody tr[data-row-key]'), 'the month’s lines');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statement-export').click()]);
    expect((await readFile((await download.path())!)).subarray(0, 2).toString()).toBe('PK');
    await snap(page, 'portal-statement');
    await page.context().close();
  });
});

describe('teams', () => {
  it('an owner invites a colleague as operator and sees the pending invitation', async () => {
    const page = await signedIn(SUPPLIER);
    await page.goto(`${baseUrl()}/team`);
    const email = `ops-${Date.now().toString(36)}@example.com`;
    await see(page.locator('[data-testid=team-members] [data-email]'), 'the members');
    await page.getByTestId('invite-email').fill(email);
    await page.getByTestId('invite-roles').getByText('运营').click();
    await page.getByTestId('invite-submit').click();
    await see(page.getByTestId('invite-link').filter({ hasText: '/invitation#token=' }), 'the one-time link');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await see(page.locator(`[data-testid=team-invitations] [data-email="${email}"] [data-testid=invitation-status][data-status=PENDING]`), 'the invitation, pending');
    await snap(page, 'portal-team');
    await page.context().close();
  });
});

describe('accessibility', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const [who, email, pages] of [['supplier', SUPPLIER, SUPPLIER_PAGES], ['member', MEMBER, MEMBER_PAGES]] as const) {
      // At 1440 px and on a tablet (768 px, the narrowest width with the side menu): axe at both (colours and wrapping
      // change with the layout), and at 768 nothing wider than the window, no tab squeezed to nothing (tables may
      // scroll in their card). Half the pages are opened at each width and then resized to the other.
      it(`every ${who} page passes axe-core at 1440 and 768 px and fits the tablet, in ${lang}`, async () => {
        const failures: string[] = [];
        const page = await signedIn(email, lang);
        const check = async (path: string, width: number) => {
          await accessibleWithLandmarks(page, `${width} ${email} ${path} (${lang})`).catch((e: Error) => failures.push(e.message));
          if (width === 768) for (const p of await layoutProblems(page, { tablesInCards: false })) failures.push(`768 ${email} ${path} (${lang}): ${p}`);
        };
        for (const [i, path] of pages.entries()) {
          const [first, then] = i % 2 ? [768, 1440] : [1440, 768];
          await page.setViewportSize({ width: first, height: 900 });
          await page.goto(`${baseUrl()}${path}`);
          await page.waitForURL((u) => u.pathname === path);
          await check(path, first);
          await resizeTo(page, then);
          await check(path, then);
        }
        if (who === 'member') {
          await page.setViewportSize({ width: 768, height: 900 });
          await page.goto(`${baseUrl()}/catalog`);
          await see(page.locator('[data-testid=buy-button]:not([disabled])'), 'the catalogue at 768 px');
          await snap(page, `portal-catalog-768-${lang}`);
        }
        await page.context().close();
        expect(failures).toEqual([]);
      }, 300_000);
    }
  }
});

describe('dialogs and drawers of the main flows', () => {
  it('the buy dialog, the order drawer and the ticket filing dialog pass axe-core and fit the window at 1440, 768 and 390 px, in zh-CN and en', async () => {
    const problems: string[] = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const width of [1440, 768, 390]) {
        const page = await signedIn(MEMBER, lang, width);
        const at = `${lang} ${width}`;
        await page.goto(`${baseUrl()}/catalog`);
        await page.locator('[data-testid=buy-button]:not([disabled])').first().click();
        await checkOverlay(page, '.ant-modal-container', `${at} buy dialog`, problems);
        if (width === 390) await snap(page, `portal-buy-dialog-390-${lang}`);
        await page.keyboard.press('Escape');
        await page.goto(`${baseUrl()}/orders`);
        await page.getByTestId('order-details').first().click();
        await checkOverlay(page, '.ant-drawer-content-wrapper', `${at} order drawer`, problems);
        if (width === 390) await snap(page, `portal-order-drawer-390-${lang}`);
        // Filing a ticket (申请售后) on a delivered order, from its drawer.
        await page.keyboard.press('Escape');
        await page.goto(`${baseUrl()}/orders?status=DELIVERED`);
        await page.getByTestId('order-details').first().click();
        await page.locator('.ant-drawer [data-testid=file-ticket]').click();
        await checkOverlay(page, '.ant-modal-container:has([data-testid=file-ticket-form])', `${at} ticket filing dialog`, problems);
        if (width !== 768) await snap(page, `portal-file-ticket-${width}-${lang}`);
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('a phone (390 px)', () => {
  it('opens the menu from a drawer and shows orders as cards', async () => {
    const page = await signedIn(MEMBER, 'zh-CN', 390);
    await page.goto(`${baseUrl()}/orders`);
    await see(page.locator('[data-testid=order-card]'), 'orders as cards');
    expect(await page.locator('[data-testid=orders-table] table').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('nav-menu-button').click();
    await see(page.locator('.my-nav-drawer').getByRole('menuitem', { name: '钱包' }), 'the menu in the drawer');
    await snap(page, 'portal-phone-drawer');
    await page.locator('.my-nav-drawer').getByRole('menuitem', { name: '我的订单' }).click();
    await see(page.locator('[data-testid=order-card]'), 'orders as cards');
    await snap(page, 'portal-phone-orders');
    await page.context().close();
  });
});
