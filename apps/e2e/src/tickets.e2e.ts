import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { accessible, catalogTab, choose, enterTotp, see, snap, waitForPath } from './helpers';

const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
};

/** A card-code SKU two demo suppliers stock; routing decides which one sells, and the ticket says who. */
const SKU = 'QQ-COIN-100';
const SUPPLIER_LOGINS: Record<string, string> = {
  腾跃互娱官方授权分销有限公司: 'supplier@mengyuan.demo',
  聚卡数字商品聚合平台: 'supplier2@mengyuan.demo',
};

async function signIn(page: Page, path: string, email: string, landing: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  if (/^(admin|auditor)@/.test(email)) await enterTotp(page);
  await waitForPath(page, landing);
}

async function attr(page: Page, selector: string, name: string): Promise<string> {
  const el = page.locator(selector).first();
  await el.waitFor({ state: 'attached' });
  return (await el.getAttribute(name)) ?? '';
}

describe('after-sales: an invalid code is reissued and the member sees the new code live', () => {
  let browser: Browser;
  let member: Page;
  let supplier: Page;
  let orderNo = '';
  let oldSecret = '';
  let ticketNo = '';
  let ticketPath = '';
  let supplierName = '';
  /** The member page's graphql-ws frames, both ways (the subscriptions it starts, and what the api sends). */
  const memberFrames: { sent: boolean; message: { id?: string; type?: string; payload?: unknown } }[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const options = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
    member = await (await browser.newContext(options)).newPage();
    supplier = await (await browser.newContext(options)).newPage();
    for (const [name, page] of [['member', member], ['supplier', supplier]] as const) {
      page.on('pageerror', (e) => console.error(`${name} pageerror:`, e.message));
    }
    member.on('websocket', (ws) => {
      const record = (sent: boolean) => (frame: { payload: string | Buffer }) => {
        try {
          memberFrames.push({ sent, message: JSON.parse(String(frame.payload)) as (typeof memberFrames)[number]['message'] });
        } catch {
          // not a graphql-ws message
        }
      };
      ws.on('framesent', record(true));
      ws.on('framereceived', record(false));
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`the member buys a ${SKU} card and gets its code`, async () => {
    await signIn(member, '/login', 'member@mengyuan.demo', '/');
    await member.getByRole('menuitem', { name: '商品目录' }).click();
    await waitForPath(member, '/catalog');
    await catalogTab(member, 'GAME_TOPUP');
    const row = member.locator(`[data-testid=catalog-table] tr[data-sku="${SKU}"]`);
    await see(row, `${SKU} in the catalog`);
    await row.getByTestId('buy-button').click();
    const dialog = member.locator('.ant-modal').filter({ has: member.getByTestId('buy-confirm') });
    await see(dialog, 'the buy dialog');
    orderNo = (await dialog.getByTestId('buy-order-no').textContent())!.trim();
    await dialog.getByTestId('buy-confirm').click();
    const codes = member.getByTestId('delivered-codes');
    await see(codes, 'the delivered code');
    oldSecret = (await codes.getByTestId('code-secret').first().textContent())!.trim();
    expect(oldSecret.length).toBeGreaterThan(0);
    await member.getByTestId('buy-done').click();
  });

  it('files an INVALID_CODE ticket from the order drawer, naming the code', async () => {
    await member.getByRole('menuitem', { name: '我的订单' }).click();
    await waitForPath(member, '/orders');
    await member.locator(`[data-testid=orders-table] tr[data-order-no="${orderNo}"]`).getByTestId('order-details').click();
    const drawer = member.getByTestId('order-drawer');
    await see(drawer.getByText(orderNo), 'the order drawer');
    await drawer.getByTestId('file-ticket').click();
    const form = member.getByTestId('file-ticket-form');
    await see(form, 'the ticket form');
    await choose(
      form.getByTestId('file-ticket-category'),
      member.locator('.ant-select-item-option').filter({ has: member.getByTestId('category-INVALID_CODE') }),
      form.getByText('L1 客服：首次响应 10 分钟内'),
      'the tier and its first-response target',
    );
    await form.getByTestId('file-ticket-reveal').click();
    await member.getByTestId('file-ticket-reveal-confirm').click();
    const code = form.getByTestId('file-ticket-code').filter({ hasText: oldSecret });
    await see(code, 'the order’s code to choose');
    await code.click();
    await form.getByTestId('file-ticket-description').fill('充值时提示“卡密无效”，请核实并补发。');
    await snap(member, 'portal-ticket-file');
    await member.getByTestId('file-ticket-submit').click();

    await waitForPath(member, /^\/tickets\/[0-9a-f-]{36}$/);
    ticketPath = new URL(member.url()).pathname;
    const detail = member.locator('[data-testid=ticket-detail][data-status=OPEN]');
    await see(detail, 'the new ticket, OPEN');
    ticketNo = await attr(member, '[data-testid=ticket-detail]', 'data-ticket');
    supplierName = await attr(member, '[data-testid=ticket-detail]', 'data-supplier');
    expect(ticketNo).toMatch(/^TK\d+$/);
    expect(SUPPLIER_LOGINS[supplierName]).toBeDefined();
    await see(member.locator('[data-testid=ticket-code][data-status=SOLD]').filter({ hasText: oldSecret }), 'the code concerned, still in use');
    await see(member.locator('[data-testid=ticket-clock][data-metric=FIRST_RESPONSE] [data-testid=sla-countdown][data-state=RUNNING]'), 'the first-response clock running');
    await accessible(member, 'the member’s ticket page');
  });

  it('the supplier sees it in its queue with a running countdown, and hears of the member’s reply live', async () => {
    await signIn(supplier, '/login', SUPPLIER_LOGINS[supplierName], '/');
    await supplier.getByRole('menuitem', { name: '售后工单' }).click();
    await waitForPath(supplier, '/tickets');
    const row = supplier.locator(`[data-testid=ticket-row][data-ticket="${ticketNo}"]`);
    await see(row, `${ticketNo} in the supplier’s queue`);
    await see(row.getByTestId('ticket-status').filter({ hasText: '待响应' }), 'the ticket open');
    const countdown = row.getByTestId('sla-countdown');
    expect(await countdown.getAttribute('data-state')).toBe('RUNNING');
    const first = Number(await countdown.getAttribute('data-seconds'));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(600);
    await supplier.waitForFunction(
      ([no, before]) => Number(document.querySelector(`[data-testid=ticket-row][data-ticket="${no}"] [data-testid=sla-countdown]`)?.getAttribute('data-seconds')) < before,
      [ticketNo, first] as const,
    );
    await snap(supplier, 'portal-ticket-queue');
    await accessible(supplier, 'the supplier’s queue');

    // The bell counts up without a reload when the member writes.
    const bell = supplier.getByTestId('notification-bell');
    const before = Number(await bell.getAttribute('data-count'));
    await member.getByTestId('composer-body').fill('补充：兑换页面提示“卡密不存在”。');
    await member.getByTestId('composer-send').click();
    await see(member.locator('[data-testid=ticket-message][data-author=MEMBER]').filter({ hasText: '卡密不存在' }), 'the member’s reply in the thread');
    await supplier.waitForFunction((n) => Number(document.querySelector('[data-testid=notification-bell]')?.getAttribute('data-count')) > n, before, { timeout: 15_000 });
  });

  it('the supplier answers on the ticket page; the member’s open thread shows it live, carried by ticketMessageAdded', async () => {
    await supplier.locator(`[data-testid=ticket-row][data-ticket="${ticketNo}"]`).getByTestId('ticket-link').click();
    await waitForPath(supplier, ticketPath);
    await see(supplier.locator('[data-testid=ticket-message][data-author=MEMBER]').filter({ hasText: '卡密不存在' }), 'the member’s reply');
    await supplier.getByTestId('composer-body').fill('已收到，正在核对该批次卡密。');
    await supplier.getByTestId('composer-send').click();
    await see(member.locator('[data-testid=ticket-message][data-author=SUPPLIER]').filter({ hasText: '正在核对该批次卡密' }), 'the supplier’s answer in the member’s thread, without a reload', 15_000);

    // The thread's own subscription (with its required $ticketId) was taken and brought the message.
    const started = memberFrames.filter((f) => f.sent && f.message.type === 'subscribe' && JSON.stringify(f.message.payload).includes('ticketMessageAdded'));
    expect(started.length).toBeGreaterThan(0);
    const ids = new Set(started.map((f) => f.message.id));
    const answers = memberFrames.filter((f) => !f.sent && ids.has(f.message.id));
    expect(answers.filter((f) => f.message.type === 'error')).toEqual([]);
    expect(answers.some((f) => f.message.type === 'next' && JSON.stringify(f.message.payload).includes('正在核对该批次卡密'))).toBe(true);
  });

  it('the supplier reissues after confirming the effect; the member sees the new code and the resolution live', async () => {
    await supplier.getByTestId('ticket-resolve').click();
    await see(supplier.getByTestId('resolve-form'), 'the resolution form');
    expect(await supplier.getByTestId('resolve-kind-REISSUE').isChecked()).toBe(true);
    await supplier.getByTestId('resolve-next').click();
    await see(supplier.getByTestId('resolve-effect').getByText('为会员补发 1 张新卡密'), 'the effect stated before confirming');
    await snap(supplier, 'portal-ticket-resolve-confirm');
    await supplier.getByTestId('resolve-confirm').click();
    await see(supplier.locator('[data-testid=ticket-detail][data-status=RESOLVED]'), 'the ticket resolved for the supplier');

    // The member's page was not reloaded: the subscription brings the resolution and the new code.
    await see(member.locator('[data-testid=ticket-detail][data-status=RESOLVED]'), 'the ticket resolved for the member, live', 15_000);
    await see(member.locator('[data-testid=ticket-resolution][data-kind=REISSUE]'), 'the reissue shown');
    const fresh = member.locator('[data-testid=ticket-code][data-replacement=true][data-status=SOLD]');
    await see(fresh, 'the replacement code, live', 15_000);
    const newSecret = (await fresh.getByTestId('ticket-code-secret').textContent())!.trim();
    expect(newSecret).not.toContain(oldSecret);
    await see(member.locator('[data-testid=ticket-code][data-status=REPLACED]').filter({ hasText: oldSecret }), 'the old code marked replaced');
    await snap(member, 'portal-ticket-reissued');
  });

  it('the member accepts the resolution and the ticket closes', async () => {
    await member.getByTestId('ticket-accept').click();
    await member.getByTestId('ticket-accept-confirm').click();
    await see(member.locator('[data-testid=ticket-detail][data-status=CLOSED]'), 'the ticket closed');
    await see(member.getByText('工单已关闭，不能再回复'), 'no more replies');
    await see(supplier.locator('[data-testid=ticket-detail][data-status=CLOSED]'), 'the supplier’s page closed too, live', 15_000);
    await snap(member, 'portal-ticket-closed');
  });
});
