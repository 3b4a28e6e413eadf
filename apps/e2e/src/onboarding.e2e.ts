import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { randomUscc, see, snap, waitForPath, enterTotp } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

const stamp = Date.now().toString(36);
const supplier = {
  name: `杭州星链数字科技有限公司${stamp}`,
  uscc: randomUscc(),
  contactName: '林晓',
  contactPhone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  displayName: '林晓',
  email: `e2e-supplier-${stamp}@example.com`,
  password: 'Supplier2026pass',
};

describe('a new supplier joins and the alliance sees it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers through the portal form and lands signed in with status 已申请', async () => {
    await page.goto(`${baseUrl()}/register`);
    await see(page.getByRole('heading', { name: '申请入驻盟源' }), 'the registration page in Chinese');
    await page.getByTestId('register-kind-SUPPLIER').click();
    await page.getByTestId('register-name').fill(supplier.name);
    await page.getByTestId('register-uscc').fill(supplier.uscc);
    await page.getByTestId('register-channel-OFFICIAL_AUTHORIZED').click();
    await page.getByTestId('register-contact-name').fill(supplier.contactName);
    await page.getByTestId('register-contact-phone').fill(supplier.contactPhone);
    await page.getByTestId('register-display-name').fill(supplier.displayName);
    await page.getByTestId('register-email').fill(supplier.email);
    await page.getByTestId('register-password').fill(supplier.password);
    await page.getByTestId('register-confirm-password').fill(supplier.password);
    await snap(page, 'portal-register-filled');
    await page.getByTestId('register-submit').click();

    await waitForPath(page, '/');
    await see(page.getByTestId('home-org-name').filter({ hasText: supplier.name }), 'the new organisation on the home page');
    await see(page.getByTestId('org-status').filter({ hasText: '已申请' }), 'status 已申请');
    await see(page.getByTestId('lifecycle-steps'), 'the lifecycle steps');
    await snap(page, 'portal-home-applied');
  });

  it('signs out and signs in again', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await waitForPath(page, '/login');
    await see(page.getByTestId('login-submit'), 'the sign-in form');
    expect(await page.evaluate(() => localStorage.getItem('mengyuan.portal.auth'))).toBeNull();
    await snap(page, 'portal-signed-out');

    await page.getByTestId('login-email').fill(supplier.email);
    await page.getByTestId('login-password').fill(supplier.password);
    await page.getByTestId('login-submit').click();
    await waitForPath(page, '/');
    await see(page.getByTestId('home-greeting').filter({ hasText: supplier.displayName }), 'the greeting after signing in');
    await see(page.getByTestId('org-status').filter({ hasText: '已申请' }), 'status 已申请 after signing in');
    await snap(page, 'portal-signed-in-again');
  });

  it('recovers from a refused access token by rotating the refresh token once', async () => {
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('mengyuan.portal.auth')!));
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('mengyuan.portal.auth')!);
      localStorage.setItem('mengyuan.portal.auth', JSON.stringify({ ...s, accessToken: 'not-a-valid-token' }));
    });
    await page.reload();
    // The page first draws from the stored user; `me` is refused, the tokens rotate and it is retried.
    await page.waitForFunction((old) => JSON.parse(localStorage.getItem('mengyuan.portal.auth') ?? '{}').refreshToken !== old, before.refreshToken, { timeout: 15_000 });
    await see(page.getByTestId('home-greeting').filter({ hasText: supplier.displayName }), 'the home page after the silent refresh');
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('login-submit').count()).toBe(0);
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('mengyuan.portal.auth')!));
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.accessToken).not.toBe('not-a-valid-token');
  });

  it('changes the password, is signed out everywhere, and signs in with the new one', async () => {
    const newPassword = 'Changed2026pass';
    await page.goto(`${baseUrl()}/settings?tab=password`);
    await page.getByTestId('current-password').fill(supplier.password);
    await page.getByTestId('new-password').fill(newPassword);
    await page.getByTestId('confirm-new-password').fill(newPassword);
    await page.getByTestId('change-password-submit').click();
    await waitForPath(page, '/login');
    await see(page.getByText('密码已修改，所有设备均已退出'), 'the password-changed notice');
    await snap(page, 'portal-password-changed');
    supplier.password = newPassword;
    await page.getByTestId('login-email').fill(supplier.email);
    await page.getByTestId('login-password').fill(supplier.password);
    await page.getByTestId('login-submit').click();
    await waitForPath(page, '/');
    await see(page.getByTestId('home-greeting'), 'the home page with the new password');
  });

  it('switches to English and stays English after a reload', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByTestId('lang-en').click();
    await see(page.getByText('Onboarding progress'), 'English text on the home page');
    await see(page.getByTestId('org-status').filter({ hasText: 'Applied' }), 'status Applied in English');
    await snap(page, 'portal-english');

    await page.reload();
    await see(page.getByText('Onboarding progress'), 'English text after reload');
    expect(await page.evaluate(() => localStorage.getItem('mengyuan.lang'))).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await snap(page, 'portal-english-after-reload');
  });

  it('signs in to the admin console and verifies the audit chain', async () => {
    await page.goto(`${baseUrl()}/admin/`);
    await waitForPath(page, '/admin/login');
    await page.getByTestId('login-email').fill('admin@mengyuan.demo');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await snap(page, 'admin-login');
    await page.getByTestId('login-submit').click();
    // Alliance staff type the code from their authenticator (the demo's secret gives it).
    await enterTotp(page);
    // An admin lands on the dashboard (数据看板), its work.
    await waitForPath(page, '/admin/dashboard');
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await waitForPath(page, '/admin/organizations');
    await see(page.getByTestId('organizations-table'), 'the organisations table');

    await page.getByRole('menuitem', { name: 'Audit chain' }).click();
    await waitForPath(page, '/admin/audit');
    await see(page.getByTestId('audit-table').locator('tbody tr.ant-table-row'), 'audit events');
    await page.getByTestId('verify-chain').click();
    await see(page.getByTestId('verify-ok'), 'the audit chain verified as intact');
    expect(await page.getByTestId('verify-ok').textContent()).toMatch(/\d+ events checked/);
    await snap(page, 'admin-audit-verified');
  });

  it('finds the new supplier in the organisations list', async () => {
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await waitForPath(page, '/admin/organizations');
    await page.getByTestId('org-search').locator('input').fill(supplier.name);
    await page.getByTestId('org-search').locator('input').press('Enter');
    const row = page.getByTestId('organizations-table').locator('tbody tr', { hasText: supplier.name });
    await see(row, 'the new supplier in the list');
    await see(row.getByTestId('org-status').filter({ hasText: 'Applied' }), 'its status Applied');
    await snap(page, 'admin-organizations-new-supplier');

    await row.getByRole('link', { name: supplier.name }).click();
    await waitForPath(page, /^\/admin\/organizations\/.+/);
    await see(page.getByTestId('organization-descriptions').getByText(supplier.uscc), 'the detail page of the new supplier');
    await snap(page, 'admin-organization-detail');
  });

  it('refuses a supplier account in the admin console', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await waitForPath(page, '/admin/login');
    await page.getByTestId('login-email').fill(supplier.email);
    await page.getByTestId('login-password').fill(supplier.password);
    await page.getByTestId('login-submit').click();
    await see(page.getByTestId('login-not-alliance'), 'the not-an-alliance-account error');
    expect(await page.evaluate(() => localStorage.getItem('mengyuan.admin.auth'))).toBeNull();
    await snap(page, 'admin-refuses-supplier');
  });
});
