import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { baseUrl, catalogTab, see, signIn, snap, waitForPath } from './helpers';

/**
 * The demo's 中国移动 话费 SKU: offered by 聚卡 (supplier2, ACTIVE) and 星河通信 (supplier3, on probation).
 * Routing puts active suppliers before those on probation, so the task lands in supplier2's queue.
 */
const SKU = 'CMCC-100';
const SUPPLIER_EMAIL = 'supplier2@mengyuan.demo';
const SUPPLIER_NAME = '聚卡数字商品聚合平台';
const stamp = Date.now().toString(36).toUpperCase();
/** A fresh mobile number per run, so this run's task is told apart from any other. */
const ACCOUNT = `1390013${String(Date.now() % 10_000).padStart(4, '0')}`;
const REFERENCE = `CMCC-E2E-${stamp}`;

async function attr(page: Page, selector: string, name: string): Promise<string> {
  const el = page.locator(selector).first();
  await el.waitFor({ state: 'attached' });
  return (await el.getAttribute(name)) ?? '';
}

describe('a member buys a direct top-up by hand and its supplier fulfils it in the portal', () => {
  let browser: Browser;
  let member: Page;
  let supplier: Page;
  let admin: Page;
  let balanceBefore = 0n;
  let total = 0n;
  let orderNo = '';

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = () => browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    member = await (await context()).newPage();
    supplier = await (await context()).newPage();
    admin = await (await context()).newPage();
    for (const [name, page] of [['member', member], ['supplier', supplier], ['admin', admin]] as const) page.on('pageerror', (e) => console.error(`${name} pageerror:`, e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`the member buys ${SKU} from the catalog with a mobile number and sees it PROCESSING with its progress`, async () => {
    await signIn(member, '/login', 'member@mengyuan.demo', '/');
    await member.getByRole('menuitem', { name: '钱包' }).click();
    await waitForPath(member, '/wallet');
    balanceBefore = BigInt(await attr(member, '[data-testid=wallet-balance]', 'data-value'));

    await member.getByRole('menuitem', { name: '商品目录' }).click();
    await waitForPath(member, '/catalog');
    await catalogTab(member, 'TELECOM_RECHARGE');
    const row = member.locator(`[data-testid=catalog-table] tr[data-sku="${SKU}"]`);
    await see(row, `${SKU} in the catalog`);
    await see(row.getByTestId('stock-state').filter({ hasText: '可充值' }), 'the top-up said to be available, not "in stock"');
    await row.getByTestId('buy-button').click();

    const dialog = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-confirm') });
    await see(dialog.getByTestId('buy-direct-topup'), 'what a direct top-up is, instead of "not open"');
    await see(dialog.getByText('充值手机号'), 'the account asked for as a mobile number');
    total = BigInt(await attr(member, '[data-testid=buy-total]', 'data-value'));
    expect(total).toBe(9850n);
    orderNo = (await dialog.getByTestId('buy-order-no').textContent())!.trim();

    // Nothing is placed without a valid number, and the dialog says why in Chinese.
    await dialog.getByTestId('buy-confirm').click();
    await see(dialog.getByText('请填写要充值的手机号'), 'the number required');
    await dialog.getByTestId('buy-account').fill('1380013');
    await dialog.getByTestId('buy-confirm').click();
    await see(dialog.getByText('请输入正确的 11 位中国大陆手机号'), 'a short number refused');
    await snap(member, 'portal-topup-buy-invalid');

    await dialog.getByTestId('buy-account').fill(ACCOUNT);
    await dialog.getByTestId('buy-confirm').click();
    const result = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-success') });
    await see(result.locator('[data-testid=buy-success][data-status=PROCESSING]'), 'the order PROCESSING');
    await see(result.getByText(`已下单，正在为 ${ACCOUNT} 充值`), 'what is happening, naming the account');
    const source = result.locator('[data-testid=topup-progress-source][data-status=QUEUED]');
    await see(source, 'the task queued at the first source');
    await see(source.getByTestId('topup-progress-countdown').getByText(/剩余 \d+:\d{2}/), 'the time the supplier has left');
    await expect(result.getByTestId('delivered-codes').count()).resolves.toBe(0);
    await snap(member, 'portal-topup-processing');
  });

  it('supplier2 claims the task in 充值任务, and the member sees it claimed', async () => {
    await signIn(supplier, '/login', SUPPLIER_EMAIL, '/');
    await supplier.getByRole('menuitem', { name: '充值任务' }).click();
    await waitForPath(supplier, '/topups');
    const queued = supplier.locator(`[data-testid=topup-table] tr[data-account="${ACCOUNT}"][data-status=QUEUED]`);
    await see(queued, 'the queued task with the member’s number');
    await see(queued.locator(`[data-sku="${SKU}"]`), 'the product of the task');
    await see(queued.getByTestId('topup-countdown'), 'the countdown to its deadline');
    // A queued task can be claimed, completed or failed (possibleActions); never expired by hand.
    await see(queued.getByTestId('topup-claim'), 'the claim action');
    await queued.getByTestId('topup-claim').click();
    await see(supplier.getByText('已领取，请尽快完成充值'), 'the claim confirmed');

    const result = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-success') });
    await see(result.locator('[data-testid=topup-progress-source][data-status=CLAIMED]'), 'the member’s dialog following the claim', 30_000);
  });

  it('supplier2 completes it with the operator’s reference, and the member sees it DELIVERED with the reference', async () => {
    await supplier.getByTestId('topup-tab-CLAIMED').click();
    const claimed = supplier.locator(`[data-testid=topup-table] tr[data-account="${ACCOUNT}"][data-status=CLAIMED]`);
    await see(claimed, 'the task in progress');
    await expect(claimed.getByTestId('topup-claim').count()).resolves.toBe(0);
    await claimed.getByTestId('topup-complete').click();
    const modal = supplier.locator('.ant-modal').filter({ has: supplier.getByTestId('topup-reference') });
    await see(modal.getByText(ACCOUNT), 'the number in the completion dialog');
    await modal.getByTestId('topup-reference').fill(REFERENCE);
    await modal.getByTestId('topup-action-submit').click();
    await see(supplier.getByText('已完成，订单已向会员发货'), 'the completion confirmed');
    await snap(supplier, 'portal-topup-completed-by-supplier');

    const result = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-success') });
    await see(result.locator('[data-testid=buy-success][data-status=DELIVERED]'), 'the order delivered in the member’s dialog', 30_000);
    await see(result.getByText(`充值成功：${ACCOUNT} 已到账`), 'success in words');
    await see(result.getByTestId('topup-progress-reference').filter({ hasText: REFERENCE }), 'the operator’s reference');
    await snap(member, 'portal-topup-delivered');
    await member.getByTestId('buy-done').click();
    await result.waitFor({ state: 'hidden' });
  });

  it('the order is DELIVERED in 我的订单 with the reference and a human latency, and no reveal button', async () => {
    await member.getByRole('menuitem', { name: '我的订单' }).click();
    await waitForPath(member, '/orders');
    const row = member.locator(`[data-testid=orders-table] tr[data-order-no="${orderNo}"]`);
    await see(row.getByTestId('order-status').filter({ hasText: '已发货' }), 'the order delivered');
    const latency = row.locator('[data-testid=order-latency][data-kind=topup]');
    await see(latency, 'the top-up latency');
    expect(Number(await latency.getAttribute('data-value'))).toBeGreaterThan(1000);
    expect((await latency.textContent())!.trim()).toMatch(/^(\d+ 分钟 )?\d+ 秒$|^\d+ 分钟$/);
    await see(row.locator(`[data-sku="${SKU}"]`), 'the product named');
    await expect(row.getByTestId('reveal-codes').count()).resolves.toBe(0);

    await row.getByTestId('order-details').click();
    const drawer = member.getByTestId('order-drawer');
    await see(drawer.getByTestId('order-account').filter({ hasText: ACCOUNT }), 'the account topped up');
    await see(drawer.locator('[data-testid=topup-progress-source][data-status=COMPLETED]'), 'the source that completed it');
    await see(drawer.getByTestId('topup-progress-reference').filter({ hasText: REFERENCE }), 'the reference in the order');
    await see(drawer.getByText('到账用时'), 'the latency named as the time to top up');
    await expect(drawer.getByTestId('reveal-codes').count()).resolves.toBe(0);
    await expect(member.getByText('TOPUP_FAILED').count()).resolves.toBe(0);
    await snap(member, 'portal-topup-order-drawer');
    await member.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the wallet shows the amount reserved for the top-up, labelled as such, and used to pay for it', async () => {
    await member.getByRole('menuitem', { name: '钱包' }).click();
    await waitForPath(member, '/wallet');
    await member.waitForFunction((v) => document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') === v, (balanceBefore - total).toString());
    const hold = member.locator('[data-testid=statement-table] tr[data-type=HOLD]').filter({ hasText: orderNo });
    await see(hold, 'the reservation in the statement');
    await see(hold.locator('[data-testid=tx-type][data-hold=topup]').filter({ hasText: '预留（直充处理中）' }), 'the reservation labelled as a top-up in progress, not a risk hold');
    expect(await hold.getByTestId('statement-amount').getAttribute('data-value')).toBe((-total).toString());
    await see(hold.locator('[data-testid=hold-outcome][data-status=DELIVERED]').filter({ hasText: '已用于支付该订单' }), 'what became of it');
    await expect(member.locator('[data-testid=statement-table] tr[data-type=RELEASE]').filter({ hasText: orderNo }).count()).resolves.toBe(0);
    await expect(member.getByText('风控冻结').count()).resolves.toBe(0);
    await snap(member, 'portal-topup-wallet');

    // The same in English.
    await member.evaluate(() => localStorage.setItem('mengyuan.lang', 'en'));
    await member.reload();
    await see(hold.getByTestId('tx-type').filter({ hasText: 'Reserved (top-up in progress)' }), 'the English label');
    await see(hold.getByTestId('hold-outcome').filter({ hasText: 'Paid for the order' }), 'the English outcome');
    await member.goto(`${baseUrl()}/orders`);
    const latency = member.locator(`[data-testid=orders-table] tr[data-order-no="${orderNo}"] [data-testid=order-latency][data-kind=topup]`);
    await see(latency, 'the latency in English');
    expect((await latency.textContent())!.trim()).toMatch(/^(\d+ min )?\d+ s$|^\d+ min$/);
    await member.evaluate(() => localStorage.setItem('mengyuan.lang', 'zh-CN'));
  });

  it('the admin sees the routing attempt with the supplier named and why, in words', async () => {
    await signIn(admin, '/admin/login', 'admin@mengyuan.demo', /^\/admin\/(?!login)/);
    await admin.getByRole('menuitem', { name: '订单' }).click();
    await waitForPath(admin, '/admin/orders');
    const row = admin.locator(`[data-testid=admin-orders-table] tr[data-order-no="${orderNo}"]`);
    await see(row, 'the top-up among all orders');
    await see(row.locator('[data-testid=order-latency][data-kind=topup]'), 'its latency as the supplier’s time');
    await row.getByTestId('order-details').click();
    const drawer = admin.getByTestId('admin-order-drawer');
    const attempt = drawer.locator('[data-testid=order-attempts] tr[data-outcome=DELIVERED]');
    await see(attempt.locator(`[data-testid=attempt-offer][data-supplier="${SUPPLIER_NAME}"]`), 'the supplier named, not an id');
    await see(attempt.getByTestId('attempt-reason').filter({ hasText: '货源完成充值' }), 'why, in words');
    await see(drawer.getByTestId('topup-progress-reference').filter({ hasText: REFERENCE }), 'the reference in the admin view too');
    await snap(admin, 'admin-topup-order');
  });
});
