import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { axeProblems, baseUrl, choose, see, signIn, snap, waitForPath } from './helpers';

/**
 * 系统对接 (issue 19): the demo's supplier2 runs its own system — the supplier simulator this api serves under
 * /sim/supplier — as a source. From the portal it tests the connection, syncs the goods and reads the calls;
 * a member then buys the SKU only that system supplies (no local stock) and gets its code through it.
 */
const SUPPLIER = 'supplier2@mengyuan.demo';
const CONNECTOR = '自有发卡系统（模拟器）';
const DOCKED_SKU = 'QQ-COIN-50-DOCK';

describe('a supplier docks its own system and a member buys through it', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (locale: 'zh-CN' | 'en', width: number): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale, timezoneId: 'Asia/Shanghai' });
    const p = await context.newPage();
    p.on('pageerror', (e) => console.error('portal pageerror:', e.message));
    return p;
  };

  it('tests the connection, syncs the goods and shows the call log (zh-CN, 1440 px)', async () => {
    page = await open('zh-CN', 1440);
    await signIn(page, '/login', SUPPLIER, '/');
    await page.getByRole('menuitem', { name: '系统对接' }).click();
    await waitForPath(page, '/docking');
    const row = page.getByTestId('dock-connectors').locator(`tr[data-name="${CONNECTOR}"]`);
    await see(row, 'the demo connector');

    await row.getByTestId('dock-test').click();
    await see(page.locator('.ant-message').getByText(/^连接正常：.+，\d+ 毫秒$/), 'the connection test passing with its latency');
    await row.getByTestId('dock-sync').click();
    await see(page.locator('.ant-message').getByText(/^已同步 \d+ 个商品/), 'the sync summary');

    await row.click();
    const goods = page.getByTestId('dock-goods');
    await see(goods.locator('tbody tr.ant-table-row'), 'the synced upstream goods');
    expect(await goods.locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(2);
    await see(page.getByTestId('dock-health').filter({ hasText: /近 24 小时：\d+ 次调用/ }), 'the connector health over 24 hours');
    await page.getByRole('tab', { name: '调用日志' }).click();
    await see(page.getByTestId('dock-calls').locator('tbody tr.ant-table-row'), 'the logged calls');
    // Secrets and codes never reach the log the supplier reads.
    expect(await page.getByTestId('dock-calls').innerText()).not.toMatch(/demo-upstream-secret/);
    await snap(page, 'portal-docking-zh-1440');
    expect(await axeProblems(page)).toEqual([]);

    // The connector's health over 1, 7 and 30 days (the numbers dockHealth gives the scorecard's evidence too).
    await page.getByRole('tab', { name: '运行状况' }).click();
    const windows = page.getByTestId('dock-health-windows').locator('tbody tr.ant-table-row');
    await see(windows, 'the health windows');
    expect(await windows.count()).toBe(3);
    await snap(page, 'portal-docking-health-zh-1440');
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('docks a dujiao-next site from the new-connector form (the protocol chosen there) and tests it', async () => {
    page = await open('zh-CN', 1440);
    await signIn(page, '/login', SUPPLIER, '/');
    await page.goto(`${baseUrl()}/docking`, { waitUntil: 'networkidle' });
    const demo = page.getByTestId('dock-connectors').locator(`tr[data-name="${CONNECTOR}"]`);
    await see(demo, 'the demo connector');
    // The demo upstream the api serves speaks dujiao-next's upstream API too, under the same base URL.
    const endpoint = /https?:\/\/\S+\/sim\/supplier/.exec(await demo.innerText())![0];
    const name = `独角站 ${Date.now().toString(36)}`;
    await page.getByTestId('dock-create').click();
    const dialog = page.getByRole('dialog');
    await choose(
      dialog.getByTestId('dock-protocol-select'),
      page.locator('.ant-select-item-option').filter({ hasText: '独角数卡' }),
      dialog.getByText('API Key', { exact: true }),
      'the key labelled as dujiao-next names it',
    );
    await dialog.getByTestId('dock-name').fill(name);
    await dialog.getByTestId('dock-endpoint').fill(endpoint);
    await dialog.getByTestId('dock-key-id').fill('demo-upstream');
    await dialog.getByTestId('dock-secret').fill('demo-upstream-secret-0123456789abcdef');
    await page.getByTestId('dock-create-submit').click();
    const row = page.getByTestId('dock-connectors').locator(`tr[data-name="${name}"]`);
    await see(row.getByTestId('dock-protocol').filter({ hasText: '独角数卡' }), 'the new connector with its protocol');
    await row.getByTestId('dock-test').click();
    await see(page.locator('.ant-message').getByText(/^连接正常：.+，\d+ 毫秒$/), 'the dujiao-next connection test passing');
    await page.context().close();
  });

  it('reads the same page in English on a phone', async () => {
    page = await open('en', 390);
    await signIn(page, '/login', SUPPLIER, '/');
    await page.evaluate(() => localStorage.setItem('mengyuan.lang', 'en'));
    await page.goto(`${baseUrl()}/docking`, { waitUntil: 'networkidle' });
    await see(page.getByText('System docking', { exact: true }).first(), 'the docking page in English');
    await see(page.getByTestId('dock-connectors').locator(`tr[data-name="${CONNECTOR}"]`).or(page.getByText(CONNECTOR)).first(), 'the connector on a phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await snap(page, 'portal-docking-en-390');
    await page.context().close();
  });

  it('a member buys the docked SKU, which has no local stock, and gets its code from the upstream', async () => {
    page = await open('zh-CN', 1440);
    await signIn(page, '/login', 'member@mengyuan.demo', '/');
    await page.goto(`${baseUrl()}/catalog?q=${encodeURIComponent(DOCKED_SKU)}`, { waitUntil: 'networkidle' });
    const row = page.locator(`[data-testid=catalog-table] tr[data-sku="${DOCKED_SKU}"]`);
    await see(row, `${DOCKED_SKU} in the catalog`);
    await row.getByTestId('buy-button').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('buy-confirm') });
    await see(dialog, 'the buy dialog');
    await dialog.getByTestId('buy-confirm').click();
    await see(page.getByTestId('buy-success').filter({ hasText: '已发货 1 张卡密' }), 'the code delivered through the upstream', 30_000);
    const secret = (await page.getByTestId('delivered-codes').getByTestId('code-secret').first().textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(0);
    await snap(page, 'portal-docking-bought-through');
    await page.context().close();
  });
});
