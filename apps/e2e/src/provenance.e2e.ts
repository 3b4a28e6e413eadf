import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { accessible, catalogTab, clickUntil, see, signIn, snap, waitForPath } from './helpers';

const SKU = 'QQ-COIN-100';

describe('卡密溯源: a member checks a bought code’s provenance in the browser (WebCrypto, the pinned key)', () => {
  let browser: Browser;
  let page: Page;
  let provenancePath = '';

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('buys a code, opens its provenance and verifies it in the browser (zh-CN)', async () => {
    await signIn(page, '/login', 'member@mengyuan.demo', '/');
    await page.getByRole('menuitem', { name: '商品目录' }).click();
    await waitForPath(page, '/catalog');
    await catalogTab(page, 'GAME_TOPUP');
    const row = page.locator(`[data-testid=catalog-table] tr[data-sku="${SKU}"]`);
    await see(row, `${SKU} in the catalog`);
    await row.getByTestId('buy-button').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('buy-confirm') });
    await see(dialog, 'the buy dialog');
    await clickUntil(dialog.getByTestId('buy-confirm'), page.getByTestId('delivered-codes'), 'the delivered code');
    await page.getByTestId('provenance-link').first().click();
    await waitForPath(page, /^\/provenance\//);
    provenancePath = new URL(page.url()).pathname;
    await see(page.getByRole('heading', { level: 1, name: '卡密溯源' }), 'the provenance page');
    await see(page.getByTestId('browser-check'), 'the browser check');

    await page.getByTestId('verify-in-browser').click();
    const result = page.getByTestId('browser-result');
    await see(result, 'the browser’s verdict');
    expect(await result.getAttribute('data-ok')).toBe('true');
    await see(result.filter({ hasText: '校验通过' }), 'the verdict in Chinese');
    const checks = page.getByTestId('event-check');
    expect(await checks.count()).toBeGreaterThanOrEqual(2);
    expect(new Set(await checks.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['OK']));
    // The key was pinned at the first check and the checkpoint kept.
    expect(await page.evaluate(() => localStorage.getItem('mengyuan.provenance.key'))).toMatch(/^mengyuan\/audit\+[0-9a-f]{8}\+/);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('mengyuan.provenance.checkpoint') ?? 'null')?.size)).toBeGreaterThan(0);
    await accessible(page, 'the provenance page (zh-CN)');
    await snap(page, 'provenance-zh-1440');
  });

  it('checks again in English against the kept checkpoint (consistency proof), and at 390 px', async () => {
    await page.evaluate(() => localStorage.setItem('mengyuan.lang', 'en'));
    await page.reload();
    await see(page.getByRole('heading', { level: 1, name: 'Code provenance' }), 'the page in English');
    await page.getByTestId('verify-in-browser').click();
    const result = page.getByTestId('browser-result');
    await see(result.filter({ hasText: 'Verified' }), 'the verdict in English');
    expect(await result.getAttribute('data-ok')).toBe('true');
    await see(result.filter({ hasText: 'append-only' }), 'the consistency with the kept checkpoint');
    await accessible(page, 'the provenance page (en)');
    await snap(page, 'provenance-en-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${page.url().split('/provenance/')[0]}${provenancePath}`);
    await see(page.getByTestId('browser-check'), 'the browser check at 390 px');
    await page.getByTestId('verify-in-browser').click();
    await see(page.getByTestId('browser-result').filter({ hasText: 'Verified' }), 'the verdict at 390 px');
    await accessible(page, 'the provenance page at 390 px');
    await snap(page, 'provenance-en-390');
  });

  it('refuses a checkpoint signed by another key than the one pinned', async () => {
    await page.evaluate(() => localStorage.setItem('mengyuan.provenance.key', 'mengyuan/audit+00000000+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    await page.reload();
    await see(page.getByTestId('key-changed'), 'the warning that the server’s key differs from the pinned one');
    await page.getByTestId('verify-in-browser').click();
    const result = page.getByTestId('browser-result');
    await see(result, 'the verdict');
    expect(await result.getAttribute('data-ok')).toBe('false');
  });
});
