import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { see, signIn, snap, waitForPath } from './helpers';

/** A demo batch from 星河通信 (supplier3, on probation) waiting for its sample check. */
const SKU = 'IQIYI-GOLD-Q';

describe('an auditor checks a quarantined batch’s sample a page at a time', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    admin.on('pageerror', (e) => console.error('admin pageerror:', e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`reveals the ${SKU} sample at once, marks each code, records the page in one go and the batch becomes sellable`, async () => {
    await signIn(admin, '/admin/login', 'auditor@mengyuan.demo', /^\/admin\/(?!login)/);
    await admin.getByRole('menuitem', { name: '抽样测试' }).click();
    await waitForPath(admin, '/admin/sample-check');
    await admin.getByTestId('sample-batch').filter({ hasText: SKU }).click();
    const progress = admin.getByTestId('sample-progress');
    await see(progress.getByText(/已检验 0 \/ \d+/), 'nothing checked yet');
    const size = Number((await progress.textContent())!.match(/\/ (\d+)/)![1]);

    await admin.getByTestId('sample-reveal-page').click();
    await admin.getByTestId('reveal-confirm').click();
    const rows = admin.locator('[data-testid=sample-codes] tr[data-code-id]');
    await see(rows.first().getByTestId('sample-revealed'), 'the page of codes in plaintext');
    await expect(rows.count()).resolves.toBe(size);
    await see(admin.getByTestId('sample-record-page').filter({ hasText: '提交 0 条结果' }), 'nothing to record until marked');

    await rows.first().locator('label').filter({ hasText: '标记有效' }).click();
    await see(admin.getByTestId('sample-marked').filter({ hasText: `已标记 1 / ${size}` }), 'one marked by hand');
    await admin.getByTestId('sample-all-valid').click();
    await see(admin.getByTestId('sample-marked').filter({ hasText: `已标记 ${size} / ${size}` }), 'the rest marked valid at once');
    await snap(admin, 'admin-sample-page-marked');

    await admin.getByTestId('sample-record-page').click();
    await see(admin.getByTestId('sample-decision').filter({ hasText: '批次已转为可售' }), 'the batch sellable after one call');
    await see(progress.getByText(`已检验 ${size} / ${size}`), 'every sample checked');
    // The quarantine list drops the batch once its refetch answers (a moment later on a busy machine).
    await admin.getByTestId('sample-batch').filter({ hasText: SKU }).waitFor({ state: 'detached', timeout: 20_000 });
    await snap(admin, 'admin-sample-decided');
  });
});
