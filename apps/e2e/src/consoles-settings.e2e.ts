import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { accessible, baseUrl, catalogTab, see, signIn, snap } from './helpers';

/**
 * Issue 22: the alliance's settings in the console (changed, versioned, in the audit log), and affordances that
 * no longer lead nowhere — out-of-stock cannot be bought, the supplier sees which code was reported, the auditor
 * is never offered a page it cannot open — in zh-CN and en.
 */
describe('alliance settings and affordances', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });
  afterEach(() => context?.close());

  const language = async (lang: 'zh-CN' | 'en') => {
    await page.evaluate((l) => localStorage.setItem('mengyuan.lang', l), lang);
    await page.reload();
  };

  it('an admin changes a setting with a reason; it is versioned and in the audit log; then restores it in English', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await page.getByRole('menuitem', { name: '联盟设置' }).click();
    const row = page.getByTestId('setting-ORDER_VELOCITY_PER_MINUTE');
    await see(row.getByText('每分钟下单上限'), 'the velocity setting with its name');
    await see(row.getByText('一个会员一分钟内最多被接受的订单数'), 'its meaning in plain words');
    const before = (await row.getByTestId('setting-current').textContent())!;
    const version = Number((await row.locator('.ant-tag').filter({ hasText: /v\d+/ }).count()) ? (await row.locator('.ant-tag').filter({ hasText: /v\d+/ }).textContent())!.replace(/\D+/g, '') : 0);
    await accessible(page, 'the alliance settings (zh-CN)');
    await snap(page, 'alliance-settings-zh-1440');
    await row.getByTestId('edit-ORDER_VELOCITY_PER_MINUTE').click();
    const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('setting-save') });
    await modal.locator('input[data-testid=setting-value], [data-testid=setting-value] input').first().fill('480');
    await modal.getByTestId('setting-save').click();
    await see(modal.getByText('请填写修改原因'), 'the reason asked for');
    await modal.getByTestId('setting-reason').fill('大促期间收紧单个会员的下单频率');
    await modal.getByTestId('setting-save').click();
    await modal.waitFor({ state: 'hidden' });
    await see(row.getByTestId('setting-current').filter({ hasText: '480 笔/分钟' }), 'the new value in force');
    await see(row.getByText(`已修改 v${version + 1}`), 'its new version');
    await see(row.getByText(/admin@mengyuan\.demo 于 .* 修改/), 'who changed it and when');
    await row.getByRole('button', { name: /修改记录/ }).click();
    await see(page.locator('[data-testid=setting-version]').filter({ hasText: '大促期间收紧' }), 'the version in its history');
    await page.keyboard.press('Escape');

    await page.goto(`${baseUrl()}/admin/audit`);
    await see(page.getByText('修改联盟设置').first(), 'the change in the audit log');
    // Its subject is the setting by its name in the reader's language, never "gone" (issue 18 §7).
    await see(page.locator('[data-testid=audit-subject][data-subject-type=alliance_setting]').filter({ hasText: '每分钟下单上限' }).first(), 'the setting named in the audit log');

    await page.goto(`${baseUrl()}/admin/settings`);
    await language('en');
    const en = page.getByTestId('setting-ORDER_VELOCITY_PER_MINUTE');
    await see(en.getByText('Orders per minute limit'), 'the setting in English');
    await en.getByTestId('edit-ORDER_VELOCITY_PER_MINUTE').click();
    const modalEn = page.locator('.ant-modal').filter({ has: page.getByTestId('setting-save') });
    await modalEn.locator('input[data-testid=setting-value], [data-testid=setting-value] input').first().fill(before.replace(/\D+/g, ''));
    await modalEn.getByTestId('setting-reason').fill('Back after the sale');
    await modalEn.getByTestId('setting-save').click();
    await modalEn.waitFor({ state: 'hidden' });
    await see(en.getByText(`Changed v${version + 2}`), 'the restoring version');
    await accessible(page, 'the alliance settings (en)');
    await snap(page, 'alliance-settings-en-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await see(en.getByText('Orders per minute limit'), 'the settings at phone width');
    // The layout settles for the new width (tables turn into cards) before it is measured.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, { timeout: 10_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, 'alliance-settings-en-390');
  });

  it('an out-of-stock product cannot be bought, and says why (zh-CN, en)', async () => {
    await signIn(page, '/login', 'member@mengyuan.demo', '/');
    await page.goto(`${baseUrl()}/catalog`);
    await catalogTab(page, 'EDU_COURSE');
    const row = page.locator('[data-testid=catalog-table] tr[data-sku="XES-MONTH"]');
    await see(row, 'the SKU without stock');
    const buy = row.getByTestId('buy-button');
    expect(await buy.isDisabled()).toBe(true);
    await see(row.getByTestId('buy-blocked-reason').filter({ hasText: '暂时缺货' }), 'why it cannot be bought');
    const stocked = page.locator('[data-testid=catalog-table] tr[data-sku="XES-COURSE-500"]').getByTestId('buy-button');
    expect(await stocked.isDisabled()).toBe(false);
    await snap(page, 'catalog-out-of-stock-zh-1440');
    await language('en');
    await catalogTab(page, 'EDU_COURSE');
    await see(page.locator('[data-testid=catalog-table] tr[data-sku="XES-MONTH"]').getByTestId('buy-blocked-reason').filter({ hasText: 'Out of stock' }), 'the reason in English');
  });

  it('the supplier sees which code the member reported (zh-CN, en)', async () => {
    await signIn(page, '/login', 'supplier@mengyuan.demo', '/');
    await page.goto(`${baseUrl()}/tickets`);
    const rows = page.locator('[data-testid=ticket-row]').filter({ hasText: /卡密无效|已被使用/ });
    await see(rows, 'a ticket about a code');
    await rows.first().getByTestId('ticket-link').click();
    const card = page.getByTestId('reported-codes');
    await see(card.getByText('会员反馈的卡密'), 'the reported codes');
    await see(card.getByTestId('reported-card-number'), 'the card number reported');
    expect(((await card.getByTestId('reported-card-number').first().textContent()) ?? '').trim().length).toBeGreaterThan(3);
    await accessible(page, 'the supplier’s ticket with the reported code');
    await snap(page, 'ticket-reported-code-zh-1440');
    await language('en');
    await see(page.getByTestId('reported-codes').getByText('Codes the member reported'), 'the reported codes in English');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'ticket-reported-code-en-390');
  });

  it('the auditor is offered no page it cannot open, and a direct link says why plainly (zh-CN, en)', async () => {
    await signIn(page, '/admin/login', 'auditor@mengyuan.demo', /^\/admin\/(review|dashboard)/);
    const menu = page.getByRole('menu').first();
    await see(menu.getByRole('menuitem', { name: '联盟设置' }), 'the menu');
    expect(await menu.getByRole('menuitem', { name: '评价删除申请' }).count()).toBe(0);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('.ant-menu-item')].map((li) => li.getAttribute('data-menu-id') ?? ''));
    const paths = [...new Set(hrefs.map((h) => h.replace(/^.*?-(\/.*)$/, '$1')).filter((p) => p.startsWith('/')))];
    expect(paths.length).toBeGreaterThan(10);
    const dead: string[] = [];
    for (const path of paths) {
      // In-app navigation (as a menu click does), without reloading the app for each page.
      await page.evaluate((p) => {
        window.history.pushState({}, '', `/admin${p}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await page.waitForURL((url) => url.pathname === `/admin${path}`);
      await page.waitForTimeout(300);
      await page.locator('main h1').first().waitFor({ state: 'visible' });
      // The page's queries answered (a FORBIDDEN answer would show in place of its content).
      await page.locator('[data-testid=loading], .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      if (await page.getByText('没有权限执行此操作').count()) dead.push(path);
      if (await page.locator('.ant-result-403').count()) dead.push(`${path} (403)`);
    }
    expect(dead).toEqual([]);
    // Each dimension in one plain sentence, and the rank out of how many.
    await page.goto(`${baseUrl()}/admin/scorecards`);
    await page.getByTestId('scorecard-open').first().click();
    const drawer = page.locator('.ant-drawer').filter({ has: page.getByTestId('dimension-sentences') });
    await see(drawer.getByTestId('dimension-sentence').first(), 'the dimensions in plain sentences');
    await see(drawer.getByText(/第 \d+ 名（共 \d+ 家）/), 'the rank out of how many');
    await snap(page, 'scorecard-sentences-zh-1440');
    await page.goto(`${baseUrl()}/admin/settings`);
    await see(page.getByTestId('settings-read-only'), 'the settings read-only for the auditor');
    expect(await page.getByTestId('edit-ROUTING_RULE').count()).toBe(0);
    await page.goto(`${baseUrl()}/admin/rating-removals`);
    await see(page.getByTestId('admin-only').getByText('此页面仅限联盟管理员'), 'a plain answer to a direct link');
    expect(await page.getByRole('button', { name: /重试/ }).count()).toBe(0);
    await language('en');
    await see(page.getByText('This page is for alliance admins'), 'the plain answer in English');
    await snap(page, 'auditor-admin-only-en-1440');
  });
});
