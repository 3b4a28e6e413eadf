import { lookup } from 'node:dns/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { see, signIn, snap, waitForPath } from './helpers';

/** A direct top-up SKU only 聚卡 (supplier2) offers, so its task lands in that supplier's queue. */
const TOPUP_SKU = 'CUCC-100';
const stamp = Date.now().toString(36).toUpperCase();
/** A fresh mobile number per run, so this run's task is told apart from any other. */
const ACCOUNT = `1380013${String(Date.now() % 10_000).padStart(4, '0')}`;
const REFERENCE = `CU-E2E-${stamp}`;

/** A GraphQL call from inside the signed-in portal page, with the session's own access token. */
async function gqlAsPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const json = await page.evaluate(
    async ({ query, variables }) => {
      const session = JSON.parse(localStorage.getItem('mengyuan.portal.auth') ?? '{}') as { accessToken?: string };
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` }, body: JSON.stringify({ query, variables }) });
      return res.json();
    },
    { query, variables },
  );
  if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
  return json.data as T;
}

/**
 * The api refuses webhook URLs that do not resolve, and a sandbox may have no DNS: use example.com where it
 * resolves, else a public address literal (TEST-NET-3, never private), which needs no lookup.
 */
async function publicWebhookUrl(): Promise<string> {
  try {
    await lookup('example.com');
    return `https://example.com/hooks/mengyuan-${stamp}`;
  } catch {
    return `https://203.0.113.10/hooks/mengyuan-${stamp}`;
  }
}

describe('webhooks, a direct top-up worked by its supplier, and a held order decided', () => {
  let browser: Browser;
  let member: Page;
  let supplier: Page;
  let admin: Page;
  let orderId = '';

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

  it('the member adds a webhook endpoint: a loopback URL is refused, a public one shows its secret once', async () => {
    await signIn(member, '/login', 'member@mengyuan.demo', '/');
    await member.getByRole('menuitem', { name: 'Webhook 回调' }).click();
    await waitForPath(member, '/webhooks');
    await see(member.getByText('如何校验回调签名'), 'the verification help');

    await member.getByTestId('webhook-create').click();
    await member.getByTestId('webhook-url').fill('http://127.0.0.1:9/hook');
    await member.getByTestId('webhook-description').fill('E2E 订单同步');
    await member.getByTestId('webhook-create-submit').click();
    await see(member.getByText('该地址指向内网或回环地址'), 'the loopback URL refused in words');
    await snap(member, 'portal-webhook-refused');

    const url = await publicWebhookUrl();
    await member.getByTestId('webhook-url').fill(url);
    await member.getByTestId('webhook-create-submit').click();
    const secretBox = member.getByTestId('webhook-secret');
    await see(secretBox, 'the one-time signing secret');
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);
    await see(member.getByText('签名密钥仅显示这一次'), 'the warning that the secret is shown once');
    await snap(member, 'portal-webhook-secret');
    await member.getByTestId('webhook-secret-done').click();
    await secretBox.waitFor({ state: 'detached' });

    const row = member.locator(`[data-testid=webhook-endpoints] tr[data-url="${url}"]`);
    await see(row, 'the new endpoint in the list');
    await see(row.getByText('订单已发货'), 'its events');
    // Shown once: nowhere on the page any more, and not after a reload either.
    expect(await member.content()).not.toContain(secret);
    await member.reload();
    await see(row, 'the endpoint after a reload');
    expect(await member.content()).not.toContain(secret);
  });

  it(`the member places a direct top-up of ${TOPUP_SKU} through the API with its session`, async () => {
    const { catalog } = await gqlAsPage<{ catalog: { items: { id: string; code: string; deliveryMode: string }[] } }>(
      member,
      'query($f: CatalogFilter) { catalog(filter: $f) { items { id code deliveryMode } } }',
      { f: { search: TOPUP_SKU, includeDelisted: false } },
    );
    const sku = catalog.items.find((s) => s.code === TOPUP_SKU);
    if (!sku) throw new Error(`${TOPUP_SKU} is not in the catalog`);
    expect(sku.deliveryMode).toBe('DIRECT_TOPUP');
    const { placeOrder } = await gqlAsPage<{ placeOrder: { id: string; status: string; rechargeAccount: string } }>(
      member,
      'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id status rechargeAccount } }',
      { i: { skuId: sku.id, quantity: 1, clientOrderNo: `E2E-TOPUP-${stamp}`, rechargeAccount: ACCOUNT } },
    );
    expect(placeOrder.status).toBe('PROCESSING');
    expect(placeOrder.rechargeAccount).toBe(ACCOUNT);
    orderId = placeOrder.id;
  });

  it('supplier2 sees the task in 充值任务 with a live countdown, claims it and completes it with a reference', async () => {
    await signIn(supplier, '/login', 'supplier2@mengyuan.demo', '/');
    await supplier.getByRole('menuitem', { name: '充值任务' }).click();
    await waitForPath(supplier, '/topups');
    const queued = supplier.locator(`[data-testid=topup-table] tr[data-account="${ACCOUNT}"][data-status=QUEUED]`);
    await see(queued, 'the queued task with the member’s account');
    await see(queued.locator('[data-sku="CUCC-100"]'), 'the product of the task');
    const countdown = queued.getByTestId('topup-countdown');
    await see(countdown.getByText(/剩余 \d+:\d{2}/), 'the time left');
    const first = Number(await countdown.getAttribute('data-left-ms'));
    expect(first).toBeGreaterThan(60_000);
    expect(first).toBeLessThanOrEqual(600_000);
    await supplier.waitForFunction(
      ([account, before]) => Number(document.querySelector(`tr[data-account="${account}"] [data-testid=topup-countdown]`)?.getAttribute('data-left-ms')) < Number(before) - 1000,
      [ACCOUNT, String(first)] as const,
    );
    await snap(supplier, 'portal-topups-queued');

    await queued.getByTestId('topup-claim').click();
    await see(supplier.getByText('已领取，请尽快完成充值'), 'the claim confirmed');
    await supplier.getByTestId('topup-tab-CLAIMED').click();
    const claimed = supplier.locator(`[data-testid=topup-table] tr[data-account="${ACCOUNT}"][data-status=CLAIMED]`);
    await see(claimed, 'the task in progress');
    await see(claimed.getByTestId('topup-countdown'), 'the countdown still running');

    await claimed.getByTestId('topup-complete').click();
    const modal = supplier.locator('.ant-modal').filter({ has: supplier.getByTestId('topup-reference') });
    await see(modal.getByText(ACCOUNT), 'the account in the completion dialog');
    await modal.getByTestId('topup-action-submit').click();
    await see(modal.getByText('请填写充值凭证号'), 'the reference required');
    await modal.getByTestId('topup-reference').fill(REFERENCE);
    await snap(supplier, 'portal-topup-complete');
    await modal.getByTestId('topup-action-submit').click();
    await see(supplier.getByText('已完成，订单已向会员发货'), 'the completion confirmed');

    await supplier.getByTestId('topup-tab-COMPLETED').click();
    const done = supplier.locator(`[data-testid=topup-table] tr[data-account="${ACCOUNT}"][data-status=COMPLETED]`);
    await see(done, 'the completed task');
    await see(done.getByText(REFERENCE), 'its reference');
    await snap(supplier, 'portal-topups-completed');

    await supplier.getByRole('menuitem', { name: '销售记录' }).click();
    await waitForPath(supplier, '/sales');
    const sale = supplier.locator(`[data-testid=sales-table] tr[data-order-id="${orderId}"]`);
    await see(sale, 'the top-up among the supplier’s sales');
    expect(await sale.getByTestId('sale-settlement').getAttribute('data-value')).toBe('9770');
    await snap(supplier, 'portal-sales');
  });

  it('the member’s order is delivered and its order.delivered delivery is logged for the endpoint', async () => {
    const { order } = await gqlAsPage<{ order: { status: string } }>(member, 'query($id: ID!) { order(id: $id) { status } }', { id: orderId });
    expect(order.status).toBe('DELIVERED');
    await member.reload();
    const delivery = member.locator('[data-testid=deliveries-table] tr[data-event="order.delivered"]');
    await see(delivery, 'the order.delivered delivery', 30_000);
    await delivery.locator('.ant-table-row-expand-icon').first().click();
    await see(member.getByTestId('delivery-payload').filter({ hasText: orderId }), 'the payload naming the order');
    await snap(member, 'portal-webhook-deliveries');
  });

  it('the admin approves DEMO-LARGE-1 in 风控审核 with a note', async () => {
    await signIn(admin, '/admin/login', 'admin@mengyuan.demo', /^\/admin\/(?!login)/);
    await admin.getByRole('menuitem', { name: '风控审核' }).click();
    await waitForPath(admin, '/admin/held-orders');
    const row = admin.locator('[data-testid=held-orders-table] tr[data-order-no="DEMO-LARGE-1"]');
    await see(row, 'the large demo order waiting');
    await see(row.getByTestId('held-member').filter({ hasText: '乐购数字商城' }), 'the member named and linked');
    expect(await row.getByTestId('held-member').getAttribute('href')).toMatch(/^\/admin\/organizations\/[0-9a-f-]{36}$/);
    await see(row.getByTestId('held-waited'), 'how long it has waited');
    await snap(admin, 'admin-held-orders');

    await row.getByTestId('held-approve').click();
    const modal = admin.locator('.ant-modal').filter({ has: admin.getByTestId('held-note') });
    await see(modal.getByTestId('held-note'), 'the decision dialog');
    await modal.getByTestId('held-decide-submit').click();
    await see(modal.getByText('请填写审核意见'), 'the note required');
    await modal.getByTestId('held-note').fill('已电话核实采购需求，同意发货');
    await modal.getByTestId('held-decide-submit').click();
    await see(admin.getByText(/订单已通过/), 'the approval confirmed');
    await row.waitFor({ state: 'detached' });
    await snap(admin, 'admin-held-orders-after');
  });
});
