import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { baseUrl, see, snap } from './helpers';

/**
 * Issue 18 §11 in the browser: a supplier's new settlement price is scheduled with the alliance's notice, the dialog
 * says when it applies and asks a reason for a sooner time, and the pending change is shown on 我的货源 with a way to
 * withdraw it; in both languages, at 1440 and 390 px.
 */
const SUPPLIER = 'supplier@mengyuan.demo';
const SKU = 'QQ-COIN-100';
const LANG_KEY = 'mengyuan.lang';

let browser: Browser;

async function signedIn(lang: 'zh-CN' | 'en', width: number, email = SUPPLIER, landing = '/offers'): Promise<Page> {
  const ctx: BrowserContext = await browser.newContext({ viewport: { width, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
  await ctx.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LANG_KEY, lang] as const);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname !== '/login', { timeout: 20_000 });
  await page.goto(`${baseUrl()}${landing}`);
  return page;
}

/** The edit dialog's price, once the dialog has filled it in. */
async function dialogPrice(page: Page): Promise<number> {
  await page.waitForFunction(() => !!(document.querySelector('[data-testid=offer-edit-price]') as HTMLInputElement | null)?.value, undefined, { timeout: 20_000 });
  return Number(await page.getByTestId('offer-edit-price').inputValue());
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('a supplier changes a settlement price with notice', () => {
  it('schedules it after the notice, asks a reason for sooner, shows it pending and withdraws it (zh-CN, 1440 px)', async () => {
    const page = await signedIn('zh-CN', 1440);
    const row = page.locator(`[data-testid=offers-table] tr[data-sku="${SKU}"]`);
    await see(row, `the ${SKU} offer in 我的货源`);
    // A change left pending by an earlier run is withdrawn first.
    if (await row.getByTestId('offer-pending-cancel').count()) {
      await row.getByTestId('offer-pending-cancel').click();
      await page.getByTestId('offer-pending-cancel-confirm').click();
      await row.getByTestId('offer-pending-price').waitFor({ state: 'detached' });
    }

    await row.getByTestId('offer-edit').click();
    const input = page.getByTestId('offer-edit-price');
    await see(input, 'the edit dialog');
    const current = await dialogPrice(page);
    const next = (current - 0.01).toFixed(2);
    await input.fill(next);
    await see(page.getByTestId('offer-price-notice'), 'when the new price applies');
    expect(await page.getByTestId('offer-price-notice').innerText()).toMatch(/提前 24 小时告知/);

    // Sooner needs a reason.
    await page.getByTestId('offer-price-shorten').click();
    await see(page.getByTestId('offer-price-reason'), 'the reason field');
    await page.getByTestId('offer-edit-submit').click();
    await see(page.getByText('请说明为何提前生效'), 'the reason asked for');
    await snap(page, 'offer-price-notice-reason');

    // With the full notice: scheduled, shown pending on the row.
    await page.getByTestId('offer-price-shorten').click();
    await page.getByTestId('offer-edit-submit').click();
    await see(row.getByTestId('offer-pending-price'), 'the pending change on the row');
    expect(await row.getByTestId('offer-pending-price').innerText()).toContain(`¥${next}`);
    await snap(page, 'offer-price-pending');

    // Withdrawn before it applies.
    await row.getByTestId('offer-pending-cancel').click();
    await page.getByTestId('offer-pending-cancel-confirm').click();
    await row.getByTestId('offer-pending-price').waitFor({ state: 'detached', timeout: 20_000 });
    await page.context().close();
  }, 120_000);

  it('reads in English on a phone (390 px)', async () => {
    const page = await signedIn('en', 390);
    const card = page.locator(`[data-sku="${SKU}"]`).first();
    await see(card, `the ${SKU} offer`);
    await card.getByTestId('offer-edit').click();
    const input = page.getByTestId('offer-edit-price');
    await see(input, 'the edit dialog');
    await input.fill((await dialogPrice(page) - 0.01).toFixed(2));
    await see(page.getByTestId('offer-price-notice'), 'when the new price applies');
    expect(await page.getByTestId('offer-price-notice').innerText()).toMatch(/24 h notice/);
    await page.getByTestId('offer-price-shorten').click();
    await see(page.getByTestId('offer-price-reason'), 'the reason field');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, 'offer-price-notice-phone-en');
    await page.context().close();
  }, 120_000);

  it('tells a member on the SKU that a source price change is coming, without whose or what (zh-CN)', async () => {
    // The demo's 腾跃 announced a settlement-price change of 王者荣耀 点券 60 元 with the full notice.
    const page = await signedIn('zh-CN', 1440, 'member@mengyuan.demo', '/catalog');
    const row = page.locator('[data-testid=catalog-table] tr[data-sku="WZRY-60"]');
    await see(row, 'WZRY-60 in the catalogue');
    await row.click();
    const notice = page.getByTestId('sku-source-price-notice');
    await see(notice, 'the source price change notice');
    const text = await notice.innerText();
    expect(text).toMatch(/结算价调整预告/);
    expect(text).not.toMatch(/腾跃|¥/);
    await snap(page, 'sku-source-price-notice');
    await page.context().close();
  }, 120_000);
});
