import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { see, snap, waitForPath } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

/** A live demo offer of supplier@mengyuan.demo (腾讯游戏, authorised; the supplier is active, so no quarantine). */
const SKU = 'QQ-COIN-100';
const CSV_CODES = 2000;
const stamp = Date.now().toString(36).toUpperCase();

function csv(): Buffer {
  const lines = ['cardNumber,secret,expiresAt'];
  for (let i = 0; i < CSV_CODES; i++) lines.push(`E2E${stamp}${String(i).padStart(5, '0')},S${stamp}-${i.toString(36)}-Q7,2028-06-30`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function stockOnPage(page: Page): Promise<number> {
  const value = await page.getByTestId('offer-stock').first().getAttribute('data-value');
  return Number(value);
}

async function reportValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId('import-report').getByTestId(testId).getAttribute('data-value'));
}

async function refused(page: Page, reason: string): Promise<number> {
  return Number(await page.locator(`[data-testid=refusal-table] tr[data-reason=${reason}]`).getAttribute('data-count'));
}

describe('a supplier imports card codes by CSV and by paste', () => {
  let browser: Browser;
  let page: Page;
  let before = 0;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in and opens 我的货源 with the offer’s stock', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-email').fill('supplier@mengyuan.demo');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await waitForPath(page, '/');
    await page.getByRole('menuitem', { name: '我的货源' }).click();
    await waitForPath(page, '/offers');
    const row = page.locator(`[data-testid=offers-table] tr[data-sku="${SKU}"]`);
    await see(row, `the ${SKU} offer in 我的货源`);
    await see(row.getByTestId('offer-status').filter({ hasText: '供货中' }), 'the offer live');
    before = Number(await row.getByTestId('offer-stock').getAttribute('data-value'));
    expect(before).toBeGreaterThanOrEqual(0);
    await snap(page, 'portal-offers');
    await row.getByTestId('offer-import').click();
    await waitForPath(page, /^\/offers\/[0-9a-f-]+$/);
    await see(page.getByRole('heading', { name: /卡密库存/ }), 'the stock page');
    expect(await stockOnPage(page)).toBe(before);
  });

  it(`uploads a CSV of ${CSV_CODES} codes and sees them all accepted and the stock go up`, async () => {
    await page.getByTestId('tab-csv').click();
    await page.locator('input[type=file]').setInputFiles({ name: `codes-${stamp}.csv`, mimeType: 'text/csv', buffer: csv() });
    await see(page.getByTestId('csv-file').filter({ hasText: String(CSV_CODES.toLocaleString()) }), 'the chosen file with its code count');
    await page.getByTestId('csv-submit').click();
    await see(page.getByTestId('import-report'), 'the import report', 60_000);
    expect(await reportValue(page, 'report-processed')).toBe(CSV_CODES);
    expect(await reportValue(page, 'report-accepted')).toBe(CSV_CODES);
    expect(await reportValue(page, 'report-refused')).toBe(0);
    await see(page.getByTestId('import-report').getByTestId('batch-status').filter({ hasText: '可售' }), 'the batch sellable');
    await page.waitForFunction((expected) => document.querySelector('[data-testid=offer-stock]')?.getAttribute('data-value') === String(expected), before + CSV_CODES);
    await see(page.locator('[data-testid=batches-table] tbody tr').filter({ hasText: 'CSV' }), 'the CSV batch in the batches list');
    await snap(page, 'portal-csv-imported');
  });

  it('pastes codes with a duplicate line and one already imported, and sees them refused by reason', async () => {
    await page.getByTestId('tab-paste').click();
    const lines = [
      `P${stamp}01,PS-${stamp}-01,2028-01-31`,
      `P${stamp}02,PS-${stamp}-02`,
      `P${stamp}01,PS-${stamp}-01,2028-01-31`, // the same code twice in this batch
      `PONLY-${stamp}-03`, // a secret alone
      `E2E${stamp}00000,S${stamp}-0-Q7`, // already imported by the CSV above
    ];
    await page.getByTestId('paste-codes').fill(lines.join('\n'));
    await see(page.getByTestId('paste-count').filter({ hasText: '共 5 行' }), 'five lines counted');
    await page.getByTestId('paste-submit').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=import-report] [data-testid=report-processed]')?.getAttribute('data-value') === '5');
    expect(await reportValue(page, 'report-accepted')).toBe(3);
    expect(await reportValue(page, 'report-refused')).toBe(2);
    expect(await refused(page, 'duplicateInBatch')).toBe(1);
    expect(await refused(page, 'duplicateExisting')).toBe(1);
    expect(await refused(page, 'duplicateOtherSupplier')).toBe(0);
    expect(await refused(page, 'invalid')).toBe(0);
    await page.waitForFunction((expected) => document.querySelector('[data-testid=offer-stock]')?.getAttribute('data-value') === String(expected), before + CSV_CODES + 3);
    await snap(page, 'portal-paste-report');
  });

  it('refuses a CSV without a header line, saying what the first line must be', async () => {
    await page.getByTestId('tab-csv').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'no-header.csv', mimeType: 'text/csv', buffer: Buffer.from(`X${stamp}1,Y${stamp}1\nX${stamp}2,Y${stamp}2\n`) });
    await page.getByTestId('csv-submit').click();
    await see(page.getByTestId('csv-error').filter({ hasText: 'CSV 首行必须是列名' }), 'the header refusal in Chinese');
    await see(page.locator('[data-testid=batches-table] [data-testid=batch-status][data-status=FAILED]'), 'the failed batch in the list');
    expect(await stockOnPage(page)).toBe(before + CSV_CODES + 3);
  });

  it('shows the new stock in 我的货源', async () => {
    await page.getByRole('menuitem', { name: '我的货源' }).click();
    await waitForPath(page, '/offers');
    const stock = page.locator(`[data-testid=offers-table] tr[data-sku="${SKU}"]`).getByTestId('offer-stock');
    await see(stock, 'the offer stock');
    await page.waitForFunction(
      ([sku, expected]) => document.querySelector(`[data-testid=offers-table] tr[data-sku="${sku}"] [data-testid=offer-stock]`)?.getAttribute('data-value') === expected,
      [SKU, String(before + CSV_CODES + 3)] as const,
    );
  });
});
