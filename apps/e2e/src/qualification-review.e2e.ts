import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { pickDate, shanghaiDate, tinyPdf, tinyPng } from './documents';
import { randomUscc, see, snap, waitForPath, enterTotp } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

const stamp = Date.now().toString(36);
const supplier = {
  name: `深圳云卡数字科技有限公司${stamp}`,
  uscc: randomUscc(),
  contactName: '周宁',
  contactPhone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  displayName: '周宁',
  email: `e2e-onboarding-${stamp}@example.com`,
  password: 'Onboard2026pass',
};

describe('a new supplier uploads its qualifications and an auditor approves it', () => {
  let browser: Browser;
  let portal: Page;
  let admin: Page;
  let files: { pdf: string; png: string; fake: string; dir: string };
  let reviewPath = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mengyuan-e2e-files-'));
    files = { dir, pdf: join(dir, 'business-licence.pdf'), png: join(dir, 'industry-licence.png'), fake: join(dir, 'x.pdf') };
    writeFileSync(files.pdf, tinyPdf(['BUSINESS LICENCE', `Company ${stamp}`, `Credit code ${supplier.uscc}`, 'Valid 2024-01-01 to 2030-12-31']));
    writeFileSync(files.png, tinyPng());
    writeFileSync(files.fake, 'This is plain text pretending to be a PDF.\n');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const portalContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    portal = await portalContext.newPage();
    admin = await adminContext.newPage();
    portal.on('pageerror', (e) => console.error('portal pageerror:', e.message));
    admin.on('pageerror', (e) => console.error('admin pageerror:', e.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (files) rmSync(files.dir, { recursive: true, force: true });
  });

  it('registers a supplier and opens the application wizard from home', async () => {
    await portal.goto(`${baseUrl()}/register`);
    await portal.getByTestId('register-kind-SUPPLIER').click();
    await portal.getByTestId('register-name').fill(supplier.name);
    await portal.getByTestId('register-uscc').fill(supplier.uscc);
    await portal.getByTestId('register-channel-OFFICIAL_AUTHORIZED').click();
    await portal.getByTestId('register-contact-name').fill(supplier.contactName);
    await portal.getByTestId('register-contact-phone').fill(supplier.contactPhone);
    await portal.getByTestId('register-display-name').fill(supplier.displayName);
    await portal.getByTestId('register-email').fill(supplier.email);
    await portal.getByTestId('register-password').fill(supplier.password);
    await portal.getByTestId('register-confirm-password').fill(supplier.password);
    await portal.getByTestId('register-submit').click();
    await waitForPath(portal, '/');
    await see(portal.getByTestId('home-onboarding-cta'), 'the link to the application wizard on home');
    await snap(portal, 'onboarding-home-cta');

    await portal.getByTestId('home-onboarding-cta').click();
    await waitForPath(portal, '/onboarding');
    await see(portal.getByTestId('onboarding-company'), 'the company step');
    expect(await portal.getByTestId('company-name').inputValue()).toBe(supplier.name);
    await portal.getByTestId('company-contact-name').fill('周宁宁');
    await snap(portal, 'onboarding-company');
    await portal.getByTestId('company-next').click();
    await see(portal.getByTestId('onboarding-documents'), 'the documents step');
  });

  it('is refused when submitting without documents, with the missing ones listed', async () => {
    await portal.getByTestId('documents-next').click();
    await portal.getByTestId('submit-for-review').click();
    const missing = portal.getByTestId('missing-documents');
    await see(missing, 'the MISSING_DOCUMENTS refusal');
    await see(missing.getByText('营业执照'), '营业执照 among the missing');
    await see(missing.getByText('行业许可证'), '行业许可证 among the missing');
    await snap(portal, 'onboarding-missing-documents');
    await missing.getByRole('button').click();
    await see(portal.getByTestId('onboarding-documents'), 'back on the documents step');
  });

  it('refuses a text file renamed to .pdf, then uploads a real PDF and PNG', async () => {
    const licence = portal.getByTestId('upload-form-BUSINESS_LICENSE');
    await licence.locator('input[type=file]').setInputFiles(files.fake);
    const refusal = licence.getByTestId('upload-error');
    await see(refusal, 'the refusal of a renamed text file');
    expect(await refusal.textContent()).toContain('只接受 PDF、JPEG 或 PNG 文件');
    await snap(portal, 'onboarding-upload-refused');

    await licence.locator('input[type=file]').setInputFiles(files.pdf);
    await see(licence.getByTestId('upload-done'), 'the PDF uploaded');
    await see(licence.getByTestId('file-preview'), 'the PDF preview');
    await licence.getByTestId('document-number').fill(supplier.uscc);
    await licence.getByTestId('document-issuer').fill('深圳市市场监督管理局');
    // An official channel states its registered capital (注册资本超千万): 5,000 万元.
    await licence.getByTestId('document-registered-capital').fill('50000000');
    await pickDate(licence, 'validFrom', '2024-01-01');
    await pickDate(licence, 'validTo', '2030-12-31');
    await snap(portal, 'onboarding-licence-filled');
    await licence.getByTestId('document-submit').click();
    await see(portal.getByTestId('document-slot-BUSINESS_LICENSE').locator('[data-testid=document-summary][data-status=PENDING]'), 'the business licence pending');

    const industry = portal.getByTestId('upload-form-INDUSTRY_LICENSE');
    await industry.locator('input[type=file]').setInputFiles(files.png);
    await see(industry.getByTestId('file-preview'), 'the PNG preview');
    await industry.getByTestId('document-number').fill(`粤B2-2024${stamp.slice(-4)}`);
    await industry.getByTestId('document-issuer').fill('广东省通信管理局');
    await pickDate(industry, 'validFrom', '2024-03-01');
    await pickDate(industry, 'validTo', '2029-02-28');
    await industry.getByTestId('document-submit').click();
    await see(portal.getByTestId('document-slot-INDUSTRY_LICENSE').locator('[data-testid=document-summary][data-status=PENDING]'), 'the industry licence pending');
    await snap(portal, 'onboarding-documents-submitted');
  });

  it('submits for review', async () => {
    await portal.getByTestId('documents-next').click();
    await see(portal.locator('[data-testid=checklist-item][data-missing=false]').nth(1), 'both required documents ticked');
    await portal.getByTestId('submit-for-review').click();
    await see(portal.locator('[data-testid=onboarding-status][data-status=UNDER_REVIEW]'), 'the under-review status');
    await see(portal.getByTestId('org-status').filter({ hasText: '审核中' }), 'status 审核中');
    await snap(portal, 'onboarding-under-review');
  });

  it('an auditor approves both documents and then the supplier in the review UI', async () => {
    await admin.goto(`${baseUrl()}/admin/`);
    await waitForPath(admin, '/admin/login');
    await admin.getByTestId('login-email').fill('auditor@mengyuan.demo');
    await admin.getByTestId('login-password').fill(DEMO_PASSWORD);
    await admin.getByTestId('login-submit').click();
    await enterTotp(admin);
    // An auditor lands on the review queue, its work.
    await waitForPath(admin, '/admin/review');

    await admin.getByRole('menuitem', { name: '审核队列' }).click();
    await waitForPath(admin, '/admin/review');
    const row = admin.getByTestId('review-orgs-table').locator('tbody tr', { hasText: supplier.name });
    await see(row, 'the supplier in the review queue');
    await see(admin.getByTestId('review-docs-table').locator('tbody tr', { hasText: supplier.name }).nth(1), 'its two pending documents');
    await snap(admin, 'review-queue');
    await row.getByTestId('review-org-start').click();
    await waitForPath(admin, /^\/admin\/review\/.+/);
    reviewPath = new URL(admin.url()).pathname;

    for (const [type, method] of [
      ['BUSINESS_LICENSE', '国家企业信用信息公示系统'],
      ['INDUSTRY_LICENSE', '官方网站核验'],
    ] as const) {
      await admin.locator(`[data-testid=review-doc-tab][data-type=${type}]`).click();
      await see(admin.getByTestId('review-workspace').getByTestId('file-preview'), `the file of the ${type} beside the form`);
      const form = admin.getByTestId('document-review-form');
      await form.getByText(method, { exact: true }).click();
      await form.getByTestId('review-note').fill('与原件一致');
      if (type === 'BUSINESS_LICENSE') {
        await admin.waitForTimeout(3000); // let Chromium's PDF viewer draw the page
        await snap(admin, 'review-document-side-by-side');
      }
      await form.getByTestId('review-submit').click();
      await see(admin.locator(`[data-testid=review-doc-tab][data-type=${type}][data-status=APPROVED]`), `the ${type} approved`);
    }
    await see(admin.getByTestId('all-reviewed'), 'every document reviewed');

    await admin.getByTestId('org-action-APPROVE').click();
    await admin.getByTestId('decide-reason').fill('资质齐全，已通过国家企业信用信息公示系统及官网核验，同意进入试单期');
    await snap(admin, 'review-approve-organisation');
    await admin.getByTestId('decide-confirm').click();
    await see(admin.getByTestId('org-status').filter({ hasText: '试单期' }), 'the supplier on probation in the console');
    expect(await admin.getByTestId('org-action-APPROVE').count()).toBe(0);
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    await snap(admin, 'review-organisation-approved');
  });

  it('the supplier reloads and sees 试单期, with the decision in its inbox', async () => {
    await portal.reload();
    await see(portal.locator('[data-testid=onboarding-status][data-status=PROBATION]'), 'the decision in the wizard');
    await see(portal.getByTestId('org-status').filter({ hasText: '试单期' }), 'status 试单期');
    await see(portal.getByTestId('status-reason').filter({ hasText: '同意进入试单期' }), 'the reason of the decision');
    await snap(portal, 'onboarding-probation');

    const bell = portal.getByTestId('notification-bell');
    await see(bell, 'the notifications bell');
    await portal.waitForFunction(() => Number(document.querySelector('[data-testid=notification-bell]')?.getAttribute('data-count')) >= 3, undefined, { timeout: 15_000 });
    await bell.click();
    await waitForPath(portal, '/notifications');
    await see(portal.getByTestId('notification-item').filter({ hasText: '资质审核通过' }), 'a document-approved notification');
    await see(portal.getByTestId('notification-item').filter({ hasText: '试单期' }), 'the organisation decision notification');
    await snap(portal, 'notifications-inbox');
    await portal.getByTestId('notifications-mark-all').click();
    await portal.waitForFunction(() => document.querySelector('[data-testid=notification-bell]')?.getAttribute('data-count') === '0', undefined, { timeout: 15_000 });

    await portal.goto(`${baseUrl()}/documents`);
    const table = portal.getByTestId('documents-table');
    await see(table.locator('[data-testid=doc-status][data-status=APPROVED]').nth(1), 'both documents approved on the documents page');

    // Renewing the industry licence early: the replacement expires within 30 days, so it is flagged.
    await table.locator('tbody tr', { hasText: '行业许可证' }).getByTestId('documents-replace').click();
    const form = portal.locator('.ant-modal').getByTestId('document-upload-form');
    await form.locator('input[type=file]').setInputFiles(files.png);
    await see(form.getByTestId('file-preview'), 'the preview of the replacement');
    await form.getByTestId('document-number').fill(`粤B2-2025${stamp.slice(-4)}`);
    await form.getByTestId('document-issuer').fill('广东省通信管理局');
    await pickDate(form, 'validFrom', shanghaiDate(-300));
    await pickDate(form, 'validTo', shanghaiDate(20));
    await form.getByTestId('document-submit').click();
    await portal.locator('.ant-modal').waitFor({ state: 'hidden' });
    await see(table.locator('[data-testid=expiry-tag][data-expiry=expiring]'), 'the expiry warning tag');
    await see(portal.getByTestId('documents-expiring-alert'), 'the expiry warning');
    await see(table.locator('[data-testid=doc-status][data-status=PENDING]'), 'the replacement pending');
    await snap(portal, 'documents-page');
  });

  it('shows the same pages in English', async () => {
    await portal.getByTestId('language-switch').click();
    await portal.getByTestId('lang-en').click();
    await see(portal.getByRole('heading', { name: 'Documents' }), 'the documents page in English');
    await see(portal.getByTestId('doc-status').filter({ hasText: 'Approved' }), 'statuses in English');
    await snap(portal, 'documents-page-en');
    await portal.goto(`${baseUrl()}/onboarding`);
    await see(portal.getByText('Approved: you are on probation'), 'the decision in English');
    await snap(portal, 'onboarding-probation-en');
    await portal.goto(`${baseUrl()}/notifications`);
    await see(portal.getByTestId('notification-item').filter({ hasText: 'Document approved' }), 'notifications in English');
    await snap(portal, 'notifications-inbox-en');

    await admin.getByTestId('language-switch').click();
    await admin.getByTestId('lang-en').click();
    await admin.goto(`${baseUrl()}/admin/review`);
    await see(admin.getByRole('heading', { name: 'Review queue' }), 'the review queue in English');
    await snap(admin, 'review-queue-en');
    await admin.goto(`${baseUrl()}${reviewPath}`);
    await see(admin.getByTestId('review-workspace').getByTestId('file-preview'), 'the reviewed document previewed');
    await snap(admin, 'review-document-en');
    await admin.goto(`${baseUrl()}${reviewPath.replace('/admin/review/', '/admin/organizations/')}`);
    await see(admin.getByTestId('organization-documents').locator('[data-testid=doc-status][data-status=APPROVED]').nth(1), 'the documents on the organisation page');
    await see(admin.getByTestId('audit-table').getByText('Document reviewed').first(), 'the reviews in the organisation’s audit history, by name');
    await snap(admin, 'organization-detail-en');
  });
});
