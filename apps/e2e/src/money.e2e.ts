import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { axeProblems, baseUrl, see, signIn, snap } from './helpers';

/**
 * Money in and out (issue 20), as people do it in the browser: a member funds its wallet by a bank-transfer
 * request (finance confirms one and rejects another, the member is told) and by each online channel, paying
 * in the sandbox cashier and watching the wallet rise; the pages pass axe-core in both languages and are
 * photographed at 1440 and 390 px.
 */
const LANG_KEY = 'mengyuan.lang';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const stamp = Date.now().toString(36).toUpperCase();

let browser: Browser;

async function context(lang: 'zh-CN' | 'en', width = 1440): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
  await ctx.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LANG_KEY, lang] as const);
  return ctx;
}

async function signedIn(email: string, app: 'portal' | 'admin', lang: 'zh-CN' | 'en' = 'zh-CN', width = 1440): Promise<Page> {
  const page = await (await context(lang, width)).newPage();
  page.on('pageerror', (e) => console.error(`${email} pageerror:`, e.message));
  // Landed anywhere but the sign-in page: signed in.
  if (app === 'portal') await signIn(page, '/login', email, /^\/(?!login)/);
  else await signIn(page, '/admin/login', email, /^\/admin\/(?!login)/);
  await page.waitForLoadState('networkidle');
  return page;
}

async function balance(page: Page): Promise<bigint> {
  const el = page.locator('[data-testid=wallet-balance]').first();
  await page.waitForFunction(() => (document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') ?? '') !== '');
  return BigInt((await el.getAttribute('data-value')) ?? '0');
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('a member funds its wallet by bank transfer; finance confirms one and rejects another', () => {
  let member: Page;
  let admin: Page;
  const REF_OK = `CMB-E2E-${stamp}-1`;

  beforeAll(async () => {
    member = await signedIn('member@mengyuan.demo', 'portal');
    admin = await signedIn('admin@mengyuan.demo', 'admin');
  });

  const send = async (amount: string, reference: string) => {
    await member.goto(`${baseUrl()}/wallet/topup?tab=transfer`, { waitUntil: 'networkidle' });
    await see(member.getByTestId('bank-account'), 'the alliance’s receiving account');
    await member.getByTestId('transfer-amount').fill(amount);
    await member.getByTestId('transfer-reference').fill(reference);
    await member.locator('input[type=file]').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG });
    await see(member.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)').filter({ hasText: 'receipt.png' }), 'the receipt uploaded');
    await member.getByTestId('submit-transfer').click();
    await see(member.locator('tr').filter({ hasText: reference }).locator('[data-testid=topupStatus-tag][data-status=PENDING]'), `the request ${reference} pending`);
  };

  it('the member sends a transfer with its receipt and sees it pending; finance sees the receipt beside it and confirms; the member is told and the wallet rises', async () => {
    await member.goto(`${baseUrl()}/wallet/topup`, { waitUntil: 'networkidle' });
    const before = await balance(member);
    await send('500.00', REF_OK);
    await snap(member, 'money-member-transfer-pending');

    await admin.goto(`${baseUrl()}/admin/finance/topups`, { waitUntil: 'networkidle' });
    const row = admin.locator('tr').filter({ hasText: REF_OK });
    await see(row, 'the request in the queue');
    await row.click();
    await see(admin.getByTestId('topup-detail').getByText(REF_OK), 'the request’s detail');
    await see(admin.getByTestId('topup-detail').locator('img'), 'the receipt beside the request');
    await snap(admin, 'money-admin-topup-queue');
    await admin.getByTestId('confirm-topup').click();
    await admin.locator('.ant-modal-confirm .ant-btn-primary').click();
    await see(admin.getByText('已入账').first(), 'the confirmation');

    await member.goto(`${baseUrl()}/wallet/topup`, { waitUntil: 'networkidle' });
    expect(await balance(member)).toBe(before + 50000n);
    await member.goto(`${baseUrl()}/notifications`, { waitUntil: 'networkidle' });
    await see(member.getByText('充值已到账').first(), 'the member told the transfer arrived');
    await see(member.getByText('¥500.00').first(), 'the amount in the notice');
  });

  it('finance rejects a transfer with a reason, which the member reads in its history and its inbox', async () => {
    // Each attempt its own reference: a retry must not meet the first attempt's request in the queue.
    const REF_NO = `CMB-E2E-${Date.now().toString(36).toUpperCase()}-2`;
    await send('88.00', REF_NO);
    await admin.goto(`${baseUrl()}/admin/finance/topups`, { waitUntil: 'networkidle' });
    await admin.locator('tr').filter({ hasText: REF_NO }).click();
    await admin.getByTestId('reject-topup').click();
    await admin.getByTestId('reject-reason').fill('银行流水中未找到这笔转账');
    await admin.getByTestId('reject-ok').click();
    await admin
      .locator('tr.ant-table-row')
      .filter({ hasText: REF_NO })
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(async (error: Error) => {
        // Say what the page said (a refusal's message, a form error), not only that the row stayed.
        const said = await admin.locator('.ant-message-notice, .ant-form-item-explain-error, .ant-modal-title').allInnerTexts();
        throw new Error(`${error.message}\nthe page said: ${said.join(' | ') || 'nothing'}`);
      });

    await member.goto(`${baseUrl()}/wallet/topup?tab=history`, { waitUntil: 'networkidle' });
    const row = member.locator('tr').filter({ hasText: REF_NO });
    await see(row.locator('[data-testid=topupStatus-tag][data-status=REJECTED]'), 'the request rejected');
    await see(row.getByText('银行流水中未找到这笔转账'), 'the reason');
    await snap(member, 'money-member-topup-history');
    await member.goto(`${baseUrl()}/notifications`, { waitUntil: 'networkidle' });
    await see(member.getByText('充值申请被驳回').first(), 'the member told of the rejection');
  });
});

describe('a member pays online through each channel in the sandbox cashier and watches its wallet rise', () => {
  const CHANNELS: { name: string; lang: 'zh-CN' | 'en'; amount: string }[] = [
    { name: '易支付（V1 · MD5）', lang: 'zh-CN', amount: '100.00' },
    { name: '易支付（V2 · RSA）', lang: 'en', amount: '66.60' },
    { name: '支付宝', lang: 'zh-CN', amount: '200.00' },
    { name: '微信支付', lang: 'en', amount: '12.34' },
  ];

  for (const c of CHANNELS) {
    it(`${c.name} (${c.lang})`, async () => {
      const page = await signedIn('member@mengyuan.demo', 'portal', c.lang);
      await page.goto(`${baseUrl()}/wallet/topup`, { waitUntil: 'networkidle' });
      const before = await balance(page);
      await page.getByRole('radio', { name: new RegExp(c.name.replace(/[()（）·]/g, '.')) }).check();
      await page.getByTestId('topup-amount').fill(c.amount);
      await page.getByTestId('create-payment').click();
      const pending = page.getByTestId('payment-pending');
      await see(pending.locator('canvas, svg').first(), 'the QR code');
      const href = await page.getByTestId('open-cashier').getAttribute('href');
      expect(href).toContain('/sim/cashier/');
      if (c.name === '支付宝') await snap(page, 'money-member-qr');

      // The member pays in the gateway's (sandbox) cashier, which notifies the api like the real one.
      const cashier = await page.context().newPage();
      await cashier.goto(href!, { waitUntil: 'load' });
      await cashier.locator('button[data-behaviour=normal]').click();
      await see(cashier.locator('[data-answers]'), 'the merchant’s answer');
      if (c.name === '支付宝') await snap(cashier, 'money-sandbox-cashier');
      await cashier.close();

      await see(page.getByTestId('payment-paid'), 'the payment credited', 15_000);
      const fen = BigInt(c.amount.replace('.', ''));
      await page.waitForFunction((v) => document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') === v, (before + fen).toString());
      await page.goto(`${baseUrl()}/wallet`, { waitUntil: 'networkidle' });
      await see(page.locator('[data-testid=statement-amount]').first(), 'the wallet statement');
      await page.context().close();
    });
  }

  it('the statement shows the online top-ups and the alliance’s ledger books each fee to its channel', async () => {
    const admin = await signedIn('admin@mengyuan.demo', 'admin');
    await admin.goto(`${baseUrl()}/admin/ledger-entries?type=CHANNEL_PAYMENT`, { waitUntil: 'networkidle' });
    await see(admin.getByText('支付渠道手续费').first(), 'fee entries on the channels’ fee accounts');
    await snap(admin, 'money-admin-ledger-channel-payments');
    await admin.goto(`${baseUrl()}/admin/ledger`, { waitUntil: 'networkidle' });
    await admin.context().close();
  });
});

describe('the money pages are accessible in both languages and fit a phone', () => {
  const PORTAL_MEMBER = ['/wallet/topup', '/wallet/topup?tab=transfer', '/wallet/topup?tab=history'];
  const PORTAL_SUPPLIER = ['/withdrawals'];
  const ADMIN = ['/finance/topups', '/finance/withdrawals', '/finance/channels', '/finance/reconciliation'];

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`has no serious axe violations in ${lang}`, async () => {
      const problems: string[] = [];
      const check = async (page: Page, url: string) => {
        await page.goto(url, { waitUntil: 'networkidle' });
        await see(page.locator('h1'), `the h1 of ${url}`);
        for (const p of await axeProblems(page)) problems.push(`${lang} ${url}: ${p}`);
      };
      const member = await signedIn('member@mengyuan.demo', 'portal', lang);
      for (const p of PORTAL_MEMBER) await check(member, `${baseUrl()}${p}`);
      const supplier = await signedIn('supplier@mengyuan.demo', 'portal', lang);
      for (const p of PORTAL_SUPPLIER) await check(supplier, `${baseUrl()}${p}`);
      const admin = await signedIn('admin@mengyuan.demo', 'admin', lang);
      for (const p of ADMIN) await check(admin, `${baseUrl()}/admin${p}`);
      if (lang === 'en') {
        await supplier.getByTestId('wd-statement').first().click().catch(() => undefined);
        await snap(supplier, 'money-supplier-withdrawals-en');
        await admin.goto(`${baseUrl()}/admin/finance/channels`, { waitUntil: 'networkidle' });
        await snap(admin, 'money-admin-channels-en');
      }
      expect(problems).toEqual([]);
      for (const p of [member, supplier, admin]) await p.context().close();
    }, 300_000);
  }

  it('fits 390 px without sideways scrolling', async () => {
    const member = await signedIn('member@mengyuan.demo', 'portal', 'zh-CN', 390);
    for (const p of PORTAL_MEMBER.slice(0, 2)) {
      await member.goto(`${baseUrl()}${p}`, { waitUntil: 'networkidle' });
      expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await snap(member, 'money-member-transfer-390');
    const supplier = await signedIn('supplier@mengyuan.demo', 'portal', 'zh-CN', 390);
    await supplier.goto(`${baseUrl()}/withdrawals`, { waitUntil: 'networkidle' });
    expect(await supplier.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(supplier, 'money-supplier-withdrawals-390');
    const admin = await signedIn('admin@mengyuan.demo', 'admin', 'zh-CN', 390);
    for (const p of ADMIN) {
      await admin.goto(`${baseUrl()}/admin${p}`, { waitUntil: 'networkidle' });
      expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await snap(admin, 'money-admin-reconciliation-390');
    for (const p of [member, supplier, admin]) await p.context().close();
  });
});

