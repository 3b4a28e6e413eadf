import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { accessible, see, signIn, snap } from './helpers';

describe('SLA 设置: an admin reviews the official holidays as dated changes and applies them as a new calendar version', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the demo calendar’s holidays running out, previews next year’s import and applies it', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await page.getByRole('menuitem', { name: 'SLA 设置' }).click();
    await page.getByRole('tab', { name: '工作日历' }).click();
    const card = page.locator('[data-testid=sla-calendar][data-kind=BUSINESS_HOURS]').first();
    await see(card, 'the business-hours calendar');
    // The demo's calendar holds 2026 only: within 60 days of its end (the machine's clock says December 2026) it warns.
    const now = new Date();
    if (now >= new Date('2026-11-01T00:00:00+08:00') && now < new Date('2027-01-01T00:00:00+08:00')) await see(card.getByTestId('calendar-coverage-warning'), 'the coverage warning');
    await card.getByTestId('calendar-import-holidays').click();
    const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('holiday-import-changes') });
    await see(modal, 'the import preview');
    await see(modal.getByTestId('holiday-import-year').first(), 'the years and their status');
    await see(modal.locator('[data-testid=holiday-import-changes] tr.ant-table-row').filter({ hasText: '2027-01-01' }), 'the dated changes, 2027-01-01 among them');
    await accessible(page, 'the holiday import preview (zh-CN)');
    await snap(page, 'holiday-import-zh-1440');
    const before = await card.locator('.ant-tag').filter({ hasText: /^v\d+$/ }).first().textContent();
    await modal.getByTestId('holiday-import-apply').click();
    await modal.waitFor({ state: 'hidden' });
    await see(card.locator('.ant-tag').filter({ hasText: `v${Number(before!.slice(1)) + 1}` }), 'the new calendar version');
    await see(card.getByText(/chinese-days/), 'where its holidays came from');
  });

  it('in English too, and axe clean', async () => {
    await page.evaluate(() => localStorage.setItem('mengyuan.lang', 'en'));
    await page.reload();
    await see(page.getByRole('tab', { name: 'Calendars' }), 'the calendars tab in English');
    await accessible(page, 'the SLA calendars (en)');
    await snap(page, 'sla-calendars-en-1440');
  });
});
