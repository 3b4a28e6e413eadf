import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { pickDate, tinyPdf, tinyPng } from './documents';
import { randomUscc, see, snap, waitForPath, enterTotp } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

const stamp = Date.now().toString(36);
const member = {
  name: `成都蜀游网络科技有限公司${stamp}`,
  uscc: randomUscc(),
  contactName: '唐亮',
  contactPhone: `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  email: `e2e-member-${stamp}@example.com`,
  password: 'Member2026pass',
};
const brand = `蜀游品牌${stamp}`;

async function fillDocument(form: Locator, file: string, number: string, issuer: string): Promise<void> {
  await form.locator('input[type=file]').setInputFiles(file);
  await see(form.getByTestId('file-preview'), `the preview of ${file}`);
  await form.getByTestId('document-number').fill(number);
  await form.getByTestId('document-issuer').fill(issuer);
  await pickDate(form, 'validFrom', '2024-06-01');
  await pickDate(form, 'validTo', '2034-05-31');
  await form.getByTestId('document-submit').click();
}

describe('a rejected member fixes its document and resubmits; an admin decides', () => {
  let browser: Browser;
  let portal: Page;
  let admin: Page;
  let dir: string;
  let pdf: string;
  let png: string;
  let reviewPath = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mengyuan-e2e-member-'));
    pdf = join(dir, 'licence.pdf');
    png = join(dir, 'legal-rep.png');
    writeFileSync(pdf, tinyPdf(['BUSINESS LICENCE', `Member ${stamp}`]));
    writeFileSync(png, tinyPng());
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const options = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
    portal = await (await browser.newContext(options)).newPage();
    admin = await (await browser.newContext(options)).newPage();
    portal.on('pageerror', (e) => console.error('portal pageerror:', e.message));
    admin.on('pageerror', (e) => console.error('admin pageerror:', e.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an admin registers a brand', async () => {
    await admin.goto(`${baseUrl()}/admin/login`);
    await admin.getByTestId('login-email').fill('admin@mengyuan.demo');
    await admin.getByTestId('login-password').fill(DEMO_PASSWORD);
    await admin.getByTestId('login-submit').click();
    await enterTotp(admin);
    await waitForPath(admin, '/admin/dashboard');
    await admin.getByRole('menuitem', { name: '品牌管理' }).click();
    await waitForPath(admin, '/admin/brands');
    await admin.getByTestId('brand-create').click();
    await admin.getByTestId('brand-name').fill(brand);
    await admin.locator('.ant-modal').getByRole('button', { name: /登\s*记品牌/ }).click();
    await see(admin.getByTestId('brands-table').getByText(brand), 'the new brand in the list');
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    await snap(admin, 'brands');
  });

  it('a member registers, uploads its licence and legal representative ID, and submits', async () => {
    await portal.goto(`${baseUrl()}/register`);
    await portal.getByTestId('register-kind-MEMBER').click();
    await portal.getByTestId('register-name').fill(member.name);
    await portal.getByTestId('register-uscc').fill(member.uscc);
    await portal.getByTestId('register-contact-name').fill(member.contactName);
    await portal.getByTestId('register-contact-phone').fill(member.contactPhone);
    await portal.getByTestId('register-display-name').fill(member.contactName);
    await portal.getByTestId('register-email').fill(member.email);
    await portal.getByTestId('register-password').fill(member.password);
    await portal.getByTestId('register-confirm-password').fill(member.password);
    await portal.getByTestId('register-submit').click();
    await waitForPath(portal, '/');

    await portal.getByRole('menuitem', { name: '入驻申请' }).click();
    await waitForPath(portal, '/onboarding');
    await portal.getByTestId('company-next').click();
    await fillDocument(portal.getByTestId('upload-form-BUSINESS_LICENSE'), pdf, member.uscc, '四川省市场监督管理局');
    await see(portal.locator('[data-testid=document-slot-BUSINESS_LICENSE] [data-testid=document-summary]'), 'the licence submitted');
    await fillDocument(portal.getByTestId('upload-form-LEGAL_REP_ID'), png, '510104199001011234', '成都市公安局锦江分局');
    await see(portal.locator('[data-testid=document-slot-LEGAL_REP_ID] [data-testid=document-summary]'), 'the ID submitted');
    expect(await portal.getByTestId('document-slot-PRODUCT_AUTHORIZATION').count()).toBe(0);
    await portal.getByTestId('documents-next').click();
    await portal.getByTestId('submit-for-review').click();
    await see(portal.locator('[data-testid=onboarding-status][data-status=UNDER_REVIEW]'), 'under review');
  });

  it('the admin rejects the ID with a note and sends the application back', async () => {
    await admin.getByRole('menuitem', { name: '审核队列' }).click();
    await admin.getByTestId('review-orgs-table').locator('tbody tr', { hasText: member.name }).getByTestId('review-org-start').click();
    await waitForPath(admin, /^\/admin\/review\/.+/);
    reviewPath = new URL(admin.url()).pathname;

    await admin.locator('[data-testid=review-doc-tab][data-type=BUSINESS_LICENSE]').click();
    const form = admin.getByTestId('document-review-form');
    await form.getByText('国家企业信用信息公示系统', { exact: true }).click();
    await form.getByTestId('review-submit').click();
    await see(admin.locator('[data-testid=review-doc-tab][data-type=BUSINESS_LICENSE][data-status=APPROVED]'), 'the licence approved');

    await admin.locator('[data-testid=review-doc-tab][data-type=LEGAL_REP_ID]').click();
    await form.getByText('驳回', { exact: true }).click();
    await form.getByTestId('review-submit').click();
    await see(form.getByText('驳回时请填写审核意见'), 'a note required to reject');
    await form.getByTestId('review-note').fill('身份证照片模糊，请上传清晰的正反面扫描件');
    await form.getByTestId('review-submit').click();
    await see(admin.locator('[data-testid=review-doc-tab][data-type=LEGAL_REP_ID][data-status=REJECTED]'), 'the ID rejected');

    // Approving is not offered while the ID is not approved, and the console says why before anyone types a reason.
    expect(await admin.getByTestId('org-action-APPROVE').isDisabled()).toBe(true);
    await see(admin.getByTestId('approve-blocked-reason').filter({ hasText: '法人实名' }), 'the missing legal representative ID named');
    await snap(admin, 'review-approve-refused-missing');

    await admin.getByTestId('org-action-REJECT').click();
    await admin.getByTestId('decide-reason').fill('法人身份证照片不清晰，请重新上传后再次提交');
    await admin.getByTestId('decide-confirm').click();
    await see(admin.getByTestId('org-status').filter({ hasText: '已申请' }), 'the member back to 已申请');
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    await snap(admin, 'review-rejected');
  });

  it('the member sees why, replaces the ID and resubmits', async () => {
    await portal.reload();
    await see(portal.getByTestId('rejected-banner').filter({ hasText: '法人身份证照片不清晰' }), 'the reason of the rejection');
    const slot = portal.getByTestId('document-slot-LEGAL_REP_ID');
    await see(slot.getByTestId('document-review-note').filter({ hasText: '身份证照片模糊' }), 'the reviewer’s note on the ID');
    await snap(portal, 'onboarding-rejected');

    await slot.getByTestId('document-replace').click();
    await fillDocument(slot.getByTestId('upload-form-LEGAL_REP_ID'), png, '510104199001011234', '成都市公安局锦江分局');
    await see(slot.locator('[data-testid=document-summary][data-status=PENDING]'), 'the new ID pending');
    await portal.getByTestId('documents-next').click();
    await portal.getByTestId('submit-for-review').click();
    await see(portal.locator('[data-testid=onboarding-status][data-status=UNDER_REVIEW]'), 'under review again');
    await snap(portal, 'onboarding-resubmitted');
  });

  it('the admin approves the new ID and the member, then sees the admin-only actions', async () => {
    await admin.goto(`${baseUrl()}${reviewPath}`);
    await admin.locator('[data-testid=review-doc-tab][data-type=LEGAL_REP_ID][data-status=PENDING]').click();
    const form = admin.getByTestId('document-review-form');
    await form.getByText('官方热线核验', { exact: true }).click();
    await form.getByTestId('review-submit').click();
    await see(admin.locator('[data-testid=review-doc-tab][data-type=LEGAL_REP_ID][data-status=APPROVED]'), 'the new ID approved');
    await admin.getByTestId('org-action-APPROVE').click();
    await admin.getByTestId('decide-reason').fill('资质齐全，法人实名已核验');
    await admin.getByTestId('decide-confirm').click();
    await see(admin.getByTestId('org-status').filter({ hasText: '正常' }), 'the member active');

    await admin.goto(`${baseUrl()}${reviewPath.replace('/admin/review/', '/admin/organizations/')}`);
    await see(admin.getByTestId('org-action-SUSPEND'), 'suspend, for admins');
    await see(admin.getByTestId('org-action-TERMINATE'), 'terminate, for admins');
    expect(await admin.getByTestId('org-action-ELIMINATE').count()).toBe(0);
    const docs = admin.getByTestId('organization-documents');
    await see(docs.locator('[data-testid=doc-status][data-status=APPROVED]').nth(1), 'both documents approved');
    await docs.getByTestId('documents-history').click();
    await see(docs.locator('[data-testid=doc-status][data-status=REJECTED]'), 'the rejected ID among the earlier versions');
    await snap(admin, 'organization-detail-admin-actions');

    await portal.reload();
    await see(portal.getByTestId('org-status').filter({ hasText: '正常' }), 'the member sees 正常');
  });
});
