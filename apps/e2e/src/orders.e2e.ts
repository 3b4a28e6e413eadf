import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { baseUrl, catalogTab, see, signIn, snap, waitForPath } from './helpers';

/** The demo member (ACTIVE, real-name verified) and a card-code SKU with stock from two suppliers. */
const MEMBER = '乐购数字商城';
const SKU = 'QQ-COIN-100';
/** A dear card-code SKU: 100 of them cost more than the demo member's wallet holds. */
const DEAR_SKU = 'XES-COURSE-500';
const DEPOSIT_YUAN = '1000.00';
const stamp = Date.now().toString(36).toUpperCase();

async function dataValue(page: Page, testId: string): Promise<string> {
  const el = page.getByTestId(testId).first();
  await el.waitFor({ state: 'attached' });
  return (await el.getAttribute('data-value')) ?? '';
}

describe('a member buys card codes from its wallet and gets them at once', () => {
  let browser: Browser;
  let admin: Page;
  let member: Page;
  let balanceBefore = 0n;
  let unitPrice = 0n;
  let orderNo = '';
  let secrets: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const memberContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await memberContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    admin = await adminContext.newPage();
    member = await memberContext.newPage();
    admin.on('pageerror', (e) => console.error('admin pageerror:', e.message));
    member.on('pageerror', (e) => console.error('member pageerror:', e.message));
    admin.on('console', (m) => m.type() === 'error' && console.error('admin console:', m.text()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`an admin records a ¥${DEPOSIT_YUAN} bank transfer for ${MEMBER} under 财务`, async () => {
    await signIn(member, '/login', 'member@mengyuan.demo', '/');
    await member.getByRole('menuitem', { name: '钱包' }).click();
    await waitForPath(member, '/wallet');
    balanceBefore = BigInt(await dataValue(member, 'wallet-balance'));

    await signIn(admin, '/admin/login', 'admin@mengyuan.demo', /^\/admin\/(?!login)/);
    await admin.getByRole('menuitem', { name: '财务' }).click();
    await waitForPath(admin, '/admin/finance');
    const form = admin.getByTestId('deposit-form');
    await form.getByTestId('deposit-org').click();
    await admin.keyboard.type(MEMBER);
    await admin.locator(`.ant-select-dropdown [data-org-name="${MEMBER}"]`).click();
    await form.getByTestId('deposit-amount').fill(DEPOSIT_YUAN);
    await form.getByTestId('deposit-reference').fill(`ICBC-E2E-${stamp}`);
    await form.getByTestId('deposit-submit').click();
    await see(admin.locator('.ant-modal-confirm-title').filter({ hasText: `确认为「${MEMBER}」登记充值 ¥1,000.00？` }), 'the confirmation naming the member and the amount');
    await admin.getByTestId('finance-confirm').click();
    await see(admin.getByTestId('finance-recent').getByText(`ICBC-E2E-${stamp}`), 'the deposit among those recorded');
    await snap(admin, 'admin-finance-deposit');

    await member.reload();
    await member.waitForFunction((expected) => document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') === expected, (balanceBefore + 100_000n).toString());
    await see(member.locator('[data-testid=statement-table] tr[data-type=DEPOSIT]').filter({ hasText: `ICBC-E2E-${stamp}` }), 'the deposit in the statement');
    await see(member.locator('[data-testid=statement-table] tr[data-type=DEPOSIT] [data-testid=statement-amount][data-value="100000"]'), 'the deposit as +¥1,000.00');
  });

  it(`the member buys 2 × ${SKU} from the catalog and sees two codes once, with copy`, async () => {
    await member.getByRole('menuitem', { name: '商品目录' }).click();
    await waitForPath(member, '/catalog');
    await catalogTab(member, 'GAME_TOPUP');
    const row = member.locator(`[data-testid=catalog-table] tr[data-sku="${SKU}"]`);
    await see(row, `${SKU} in the catalog`);
    await row.getByTestId('buy-button').click();
    const dialog = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-confirm') });
    await see(dialog, 'the buy dialog');
    unitPrice = BigInt(await dialog.getByTestId('buy-total').getAttribute('data-value') ?? '0');
    expect(unitPrice).toBeGreaterThan(0n);
    await member.waitForFunction(() => !!document.querySelector('[data-testid=buy-balance]')?.getAttribute('data-value'));
    expect(BigInt(await dataValue(member, 'buy-balance'))).toBe(balanceBefore + 100_000n);
    await dialog.getByTestId('buy-quantity').fill('2');
    await member.waitForFunction((expected) => document.querySelector('[data-testid=buy-total]')?.getAttribute('data-value') === expected, (unitPrice * 2n).toString());
    orderNo = (await dialog.getByTestId('buy-order-no').textContent())!.trim();
    expect(orderNo).toMatch(/^WEB-\d{14}-[0-9A-Z]{6}$/);
    await snap(member, 'portal-buy-dialog');
    // A double click buys once: the order number is the idempotency key.
    await dialog.getByTestId('buy-confirm').dblclick();

    const codes = member.getByTestId('delivered-codes');
    await see(codes, 'the delivered codes');
    await see(member.getByTestId('buy-success').filter({ hasText: '已发货 2 张卡密' }), 'two codes delivered');
    await expect(codes.getByTestId('code-row').count()).resolves.toBe(2);
    secrets = (await codes.getByTestId('code-secret').allTextContents()).map((s) => s.trim());
    expect(secrets.every((s) => s.length > 0)).toBe(true);
    await see(codes.getByText('每次查看都会记录在审计链中'), 'the note that revealing again is recorded');
    await codes.getByTestId('copy-all-codes').click();
    await see(member.getByText('已复制 2 张卡密'), 'the copy-all confirmation');
    const copied = await member.evaluate(() => navigator.clipboard.readText());
    for (const s of secrets) expect(copied).toContain(s);
    await codes.getByTestId('copy-code').first().click();
    await snap(member, 'portal-buy-delivered');
    await member.getByTestId('buy-done').click();
  });

  it('lists the order DELIVERED with its latency, and the wallet shows the debit', async () => {
    await member.getByRole('menuitem', { name: '我的订单' }).click();
    await waitForPath(member, '/orders');
    const rows = member.locator(`[data-testid=orders-table] tr[data-order-no="${orderNo}"]`);
    await see(rows, 'the order in 我的订单');
    await expect(rows.count()).resolves.toBe(1);
    await see(rows.getByTestId('order-status').filter({ hasText: '已发货' }), 'the order delivered');
    const latency = Number(await rows.getByTestId('order-latency').getAttribute('data-value'));
    expect(latency).toBeGreaterThan(0);
    expect(latency).toBeLessThan(3000);
    await snap(member, 'portal-orders');

    await member.getByRole('menuitem', { name: '钱包' }).click();
    await waitForPath(member, '/wallet');
    const expected = balanceBefore + 100_000n - unitPrice * 2n;
    await member.waitForFunction((v) => document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') === v, expected.toString());
    const debit = member.locator('[data-testid=statement-table] tr[data-type=ORDER]').filter({ hasText: orderNo });
    await see(debit, 'the order debit in the statement');
    expect(await debit.getByTestId('statement-amount').getAttribute('data-value')).toBe((-unitPrice * 2n).toString());
    await snap(member, 'portal-wallet');
  });

  it('reveals the codes again after an explicit confirmation', async () => {
    await member.locator('[data-testid=statement-table] tr[data-type=ORDER]').filter({ hasText: orderNo }).getByTestId('statement-order').click();
    await waitForPath(member, '/orders');
    const drawer = member.getByTestId('order-drawer');
    await see(drawer.getByText(orderNo), 'the order details drawer');
    await drawer.getByTestId('reveal-codes').click();
    await member.getByTestId('reveal-confirm').click();
    const codes = member.locator('.ant-modal').getByTestId('delivered-codes');
    await see(codes, 'the codes shown again');
    const again = (await codes.getByTestId('code-secret').allTextContents()).map((s) => s.trim());
    expect(again.sort()).toEqual([...secrets].sort());
    await snap(member, 'portal-reveal-again');
    await member.getByTestId('reveal-close').click();
    await member.locator('.ant-modal').waitFor({ state: 'hidden' });
    await member.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('a buy beyond the balance is refused with INSUFFICIENT_BALANCE, nothing charged', async () => {
    await member.getByRole('menuitem', { name: '商品目录' }).click();
    await waitForPath(member, '/catalog');
    await catalogTab(member, 'EDU_COURSE');
    const row = member.locator(`[data-testid=catalog-table] tr[data-sku="${DEAR_SKU}"]`);
    await see(row, `${DEAR_SKU} in the catalog`);
    await row.getByTestId('buy-button').click();
    await member.waitForFunction(() => !!document.querySelector('[data-testid=buy-balance]')?.getAttribute('data-value'));
    const balance = BigInt(await dataValue(member, 'buy-balance'));
    const dearPrice = BigInt((await member.getByTestId('buy-total').getAttribute('data-value')) ?? '0');
    const quantity = balance / dearPrice + 1n;
    if (quantity > 100n) throw new Error(`the wallet holds ${balance} fen: 100 × ${DEAR_SKU} no longer exceed it`);
    await member.getByTestId('buy-quantity').fill(quantity.toString());
    await see(member.getByTestId('buy-short'), 'the shortfall warning before buying');
    await member.getByTestId('buy-confirm').click();
    const error = member.locator('[data-testid=buy-error][data-code=INSUFFICIENT_BALANCE]');
    await see(error, 'the INSUFFICIENT_BALANCE refusal');
    await see(error.getByText('余额不足'), 'the refusal in words');
    await snap(member, 'portal-buy-insufficient');
    await member.getByTestId('buy-cancel').click();
    await member.locator('.ant-modal').waitFor({ state: 'hidden' });

    await member.getByRole('menuitem', { name: '钱包' }).click();
    await member.waitForFunction((v) => document.querySelector('[data-testid=wallet-balance]')?.getAttribute('data-value') === v, balance.toString());
  });

  it('the admin sees the order with its routing attempts, and the ledger check is ok', async () => {
    await admin.getByRole('menuitem', { name: '订单' }).click();
    await waitForPath(admin, '/admin/orders');
    const row = admin.locator(`[data-testid=admin-orders-table] tr[data-order-no="${orderNo}"]`);
    await see(row, 'the order among all orders');
    await see(row.getByText(MEMBER), 'the member named');
    await row.getByTestId('order-details').click();
    const attempts = admin.getByTestId('admin-order-drawer').getByTestId('order-attempts');
    await see(attempts.locator('[data-testid=attempt-outcome][data-outcome=DELIVERED]'), 'the delivering attempt');
    await snap(admin, 'admin-order-attempts');
    await admin.locator('.ant-drawer-close').click();
    await admin.getByTestId('admin-order-drawer').waitFor({ state: 'hidden' });

    await admin.getByRole('menuitem', { name: '账本核对' }).click();
    await waitForPath(admin, '/admin/ledger');
    await admin.getByTestId('ledger-check').click();
    await see(admin.getByTestId('ledger-ok'), 'the ledger balanced');
    expect(Number(await admin.getByTestId('ledger-transactions').getAttribute('data-value'))).toBeGreaterThanOrEqual(2);
    await snap(admin, 'admin-ledger-check');
  });
});
