import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from './env';
import { baseUrl, see, signIn, snap } from './helpers';

/**
 * Lists as people know them from Ant Design Pro (issue 22): filters in the URL survive a reload and the back button,
 * a saved view shared with the organisation reaches a teammate (and a private one does not), the selection exports,
 * column settings are the person's own; on a phone (390 px) the catalogue, sources, orders and tickets are cards with
 * the price and the primary action on screen, in zh-CN and en.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedIn(email: string, lang: 'zh-CN' | 'en', width: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: lang, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  contexts.push(ctx);
  await ctx.addInitScript((l) => window.localStorage.setItem('mengyuan.lang', l), lang);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`${email} pageerror:`, e.message));
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => u.pathname !== '/login', { timeout: 20_000 });
  return page;
}

/** Nothing wider than the window: the page does not scroll sideways. */
async function fitsWidth(page: Page, width: number, what: string): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scroll > width) throw new Error(`${what}: the page is ${scroll} px wide at ${width} px`);
}

/** The element is on screen, wholly inside the window's width. */
async function onScreen(page: Page, selector: string, what: string): Promise<void> {
  const el = page.locator(selector).first();
  await see(el, what);
  const box = (await el.boundingBox())!;
  const width = page.viewportSize()!.width;
  if (box.x < 0 || box.x + box.width > width + 0.5 || box.width === 0) throw new Error(`${what}: at x ${box.x}–${box.x + box.width} in a ${width} px window`);
}

/** The selected tab of the page's tab bar reads this. */
async function activeTab(page: Page, label: string): Promise<void> {
  await page.waitForFunction((l) => document.querySelector('.ant-tabs-tab-active')?.textContent === l, label, { timeout: 10_000 }).catch(async () => {
    throw new Error(`the selected tab is ${await page.locator('.ant-tabs-tab-active').first().textContent()}, not ${label}`);
  });
}

/** A GraphQL call from inside a signed-in page (portal or admin), with its session's own access token. */
async function gql<T>(page: Page, app: 'portal' | 'admin', query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return page.evaluate(
    async ({ key, query, variables }) => {
      const session = JSON.parse(localStorage.getItem(key) ?? '{}') as { accessToken?: string };
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` }, body: JSON.stringify({ query, variables }) });
      return res.json();
    },
    { key: `mengyuan.${app}.auth`, query, variables },
  );
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

describe('lists', () => {
  it('filters live in the URL (reload, back button); a shared view reaches a teammate, a private one does not', async () => {
    const member = await signedIn('member@mengyuan.demo', 'zh-CN', 1440);
    await member.goto(`${baseUrl()}/catalog`);
    await see(member.locator('[data-testid=catalog-table] tr[data-sku]'), 'the catalogue');
    await member.getByTestId('catalog-tab-VIDEO_MEMBERSHIP').click();
    await member.waitForURL((u) => u.searchParams.get('category') === 'VIDEO_MEMBERSHIP');
    await member.locator('input[data-testid=catalog-search], [data-testid=catalog-search] input').first().fill('爱奇艺');
    await member.locator('input[data-testid=catalog-search], [data-testid=catalog-search] input').first().press('Enter');
    await member.waitForURL((u) => u.searchParams.get('q') === '爱奇艺');
    await member.waitForFunction(() => document.querySelectorAll('[data-testid=catalog-table] tr[data-sku]:not([data-sku^="IQIYI"])').length === 0, undefined, { timeout: 10_000 });
    await see(member.locator('[data-testid=catalog-table] tr[data-sku^="IQIYI"]'), 'the filtered catalogue');

    // Saved as a view shared with the organisation, and one private view.
    const saveView = async (name: string, shared: boolean) => {
      await member.getByTestId('saved-views').click();
      await member.getByTestId('save-view').click();
      await member.getByTestId('view-name').fill(name);
      await member.getByTestId('view-shared').setChecked(shared);
      await member.getByTestId('save-view-ok').click();
      await member.waitForURL((u) => u.searchParams.has('view'));
      await see(member.getByTestId('saved-views').getByText(name), `the view ${name} applied`);
    };
    await saveView('爱奇艺会员', true);
    await member.reload();
    await see(member.locator('[data-testid=catalog-table] tr[data-sku^="IQIYI"]'), 'the filtered catalogue after a reload');
    await activeTab(member, '视频会员');
    expect(new URL(member.url()).searchParams.get('category')).toBe('VIDEO_MEMBERSHIP');
    expect(await member.locator('input[data-testid=catalog-search], [data-testid=catalog-search] input').first().inputValue()).toBe('爱奇艺');
    await see(member.getByTestId('saved-views').getByText('爱奇艺会员'), 'the view named after the reload');
    await snap(member, 'lists-saved-view-zh');

    // The back button walks back through the filters.
    await member.getByRole('tab', { name: '全部' }).click();
    await member.waitForURL((u) => !u.searchParams.has('category'));
    await member.goBack();
    await member.waitForURL((u) => u.searchParams.get('category') === 'VIDEO_MEMBERSHIP');
    await activeTab(member, '视频会员');

    await member.getByRole('tab', { name: '游戏充值' }).click();
    await member.waitForURL((u) => u.searchParams.get('category') === 'GAME_TOPUP');
    await saveView('只给我看', false);

    // A teammate (operator of the same member, in English) sees the shared view and not the private one.
    const operator = await signedIn('operator@mengyuan.demo', 'en', 1440);
    await operator.goto(`${baseUrl()}/catalog`);
    await see(operator.locator('[data-testid=catalog-table] tr[data-sku]'), 'the catalogue for the teammate');
    await operator.getByTestId('saved-views').click();
    await see(operator.locator('[data-testid=saved-view][data-view-name="爱奇艺会员"]'), 'the shared view');
    expect(await operator.locator('[data-testid=saved-view][data-view-name="只给我看"]').count()).toBe(0);
    await operator.locator('[data-testid=saved-view][data-view-name="爱奇艺会员"]').click();
    await operator.waitForURL((u) => u.searchParams.get('category') === 'VIDEO_MEMBERSHIP' && u.searchParams.get('q') === '爱奇艺');
    await see(operator.locator('[data-testid=catalog-table] tr[data-sku^="IQIYI"]'), 'the teammate’s filtered catalogue');
    await operator.waitForFunction(() => document.querySelectorAll('[data-testid=catalog-table] tr[data-sku]:not([data-sku^="IQIYI"])').length === 0, undefined, { timeout: 10_000 });
    await snap(operator, 'lists-shared-view-en');
  });

  it('exports the selected rows, and the column settings are the person’s own', async () => {
    const supplier = await signedIn('supplier@mengyuan.demo', 'zh-CN', 1440);
    await supplier.goto(`${baseUrl()}/offers`);
    const rows = supplier.locator('[data-testid=offers-table] tr[data-sku]');
    await see(rows, 'the offers');
    const skus = [await rows.nth(0).getAttribute('data-sku'), await rows.nth(1).getAttribute('data-sku')];
    await rows.nth(0).locator('.ant-checkbox-input').check();
    await rows.nth(1).locator('.ant-checkbox-input').check();
    await see(supplier.getByTestId('list-selection').getByText('已选 2 项'), 'two selected');
    const download = supplier.waitForEvent('download');
    await supplier.getByTestId('export-selection').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('offers.csv');
    const csv = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(csv).toHaveLength(3);
    expect(csv[0]).toContain('商品');
    for (const sku of skus) expect(csv.some((line) => line.includes(sku!))).toBe(true);

    // Hiding a column is remembered for this person on this browser (after a reload), keyed by the user.
    await supplier.locator('[data-testid=offers-table] .anticon-setting').click();
    await supplier.locator('.ant-tree-treenode').filter({ hasText: '创建时间' }).locator('.ant-tree-checkbox').click();
    await supplier.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('my.columns.')));
    await supplier.reload();
    await see(rows, 'the offers after a reload');
    expect(await supplier.locator('[data-testid=offers-table] th').filter({ hasText: '创建时间' }).count()).toBe(0);
    const keys = await supplier.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('my.columns.')));
    expect(keys).toEqual([expect.stringMatching(/^my\.columns\.[0-9a-f-]{36}\.portal\.offers$/)]);

    // Notices marked read in bulk: the two selected, and no other.
    await supplier.goto(`${baseUrl()}/notifications`);
    const unread = supplier.locator('[data-testid=notification-item][data-read=false]');
    await see(unread, 'unread notices');
    const before = await unread.count();
    await unread.nth(0).getByTestId('notification-select').check();
    await unread.nth(1).getByTestId('notification-select').check();
    await supplier.getByTestId('notifications-mark-selected').click();
    await supplier.waitForFunction((n) => document.querySelectorAll('[data-testid=notification-item][data-read=false]').length === n, before - 2);
  });

  it('on a phone the catalogue, sources, orders and tickets are cards with the price and the primary action on screen', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const member = await signedIn('member@mengyuan.demo', lang, 390);
      await member.goto(`${baseUrl()}/catalog`);
      await see(member.locator('[data-testid=catalog-table][data-layout=cards] [data-testid=list-card]'), 'catalogue cards');
      const tab = (await member.locator('.ant-tabs-tab').first().boundingBox())!;
      expect(tab.width).toBeGreaterThan(8);
      await onScreen(member, '[data-testid=list-card] [data-testid=buy-button]', `${lang} 购买 on the first card`);
      await onScreen(member, '[data-testid=list-card] dd:has-text("¥")', `${lang} the price on the first card`);
      await fitsWidth(member, 390, `${lang} catalogue`);
      await snap(member, `lists-phone-catalogue-${lang}`);
      if (lang === 'zh-CN') {
        await member.goto(`${baseUrl()}/orders`);
        await see(member.locator('[data-testid=order-card]'), 'order cards');
        await fitsWidth(member, 390, `${lang} orders`);
        await member.goto(`${baseUrl()}/tickets`);
        await see(member.locator('[data-testid=ticket-row]'), 'ticket cards');
        await fitsWidth(member, 390, `${lang} tickets`);
      }

      const supplier = await signedIn('supplier@mengyuan.demo', lang, 390);
      await supplier.goto(`${baseUrl()}/offers`);
      await see(supplier.locator('[data-testid=offers-table][data-layout=cards] [data-testid=list-card]'), 'offer cards');
      await onScreen(supplier, '[data-testid=list-card] [data-testid=offer-stock]', `${lang} stock on the first card`);
      await onScreen(supplier, '[data-testid=list-card] [data-testid=offer-import]', `${lang} 导入卡密 on the first card`);
      await fitsWidth(supplier, 390, `${lang} offers`);
      await snap(supplier, `lists-phone-offers-${lang}`);
    }
  });

  it('the admin’s audit log filters by actor in the URL and is cards on a phone', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(ctx);
    const admin = await ctx.newPage();
    await signIn(admin, '/admin/login', 'admin@mengyuan.demo', /\/admin\/dashboard/);
    await admin.goto(`${baseUrl()}/admin/audit?actor=member%40mengyuan.demo`);
    await see(admin.locator('[data-testid=audit-table][data-layout=cards] [data-testid=audit-row]'), 'audit cards');
    const actors = (await admin.locator('[data-testid=audit-row] dd').allInnerTexts()).filter((text) => /^[^\s<>]+@[^\s<>]+$/.test(text.trim()));
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a === 'member@mengyuan.demo')).toBe(true);
    await fitsWidth(admin, 390, 'admin audit');
    await admin.getByTestId('nav-menu-button').click();
    await see(admin.locator('.my-nav-drawer').getByRole('menuitem', { name: '审计链' }), 'the grouped menu in the drawer');
    await snap(admin, 'lists-phone-admin-audit');
  });
  it('bulk approve: one confirmation, each offer approved and audited on its own, a failure reported on its row', async () => {
    // Two of the probation supplier's live offers priced under the low-price line at once (with a reason: a
    // settlement price otherwise waits out the alliance's notice) go back to review.
    const supplier = await signedIn('supplier3@mengyuan.demo', 'zh-CN', 1440);
    const OFFERS = 'query($f:OfferFilter){offers(filter:$f,page:{offset:0,limit:50}){items{id skuCode settlementPrice faceValue status}}}';
    const UPDATE = 'mutation($id:ID!,$input:UpdateOfferInput!){updateOffer(id:$id,input:$input){id status settlementPrice}}';
    type Offer = { id: string; skuCode: string; settlementPrice: string; faceValue: string; status: string };
    const mine = (await gql<{ offers: { items: Offer[] } }>(supplier, 'portal', OFFERS, { f: { status: 'LIVE' } })).data!.offers.items;
    const picked = ['IQIYI-GOLD-M', 'IQIYI-GOLD-Q'].map((code) => mine.find((o) => o.skuCode === code)!);
    expect(picked.every(Boolean)).toBe(true);
    for (const o of picked) {
      const low = ((BigInt(o.faceValue) * 80n) / 100n).toString();
      const r = await gql<{ updateOffer: { status: string } }>(supplier, 'portal', UPDATE, { id: o.id, input: { settlementPrice: low, settlementEffectiveAt: new Date().toISOString(), settlementPriceReason: '压测低价（立即生效）' } });
      expect(r.data?.updateOffer.status).toBe('PENDING_REVIEW');
    }
    try {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      contexts.push(ctx);
      const admin = await ctx.newPage();
      await signIn(admin, '/admin/login', 'admin@mengyuan.demo', /\/admin\/dashboard/);
      const AUDIT = 'query($f:AuditEventFilter){auditEvents(filter:$f,page:{offset:0,limit:50}){items{type}}}';
      const reviews = async (id: string) => (await gql<{ auditEvents: { items: { type: string }[] } }>(admin, 'admin', AUDIT, { f: { subjectId: id, type: 'offer.reviewed' } })).data!.auditEvents.items.length;
      const reviewedBefore = [await reviews(picked[0].id), await reviews(picked[1].id)];
      await admin.goto(`${baseUrl()}/admin/offer-review`);
      const rows = picked.map((o) => admin.locator(`[data-testid=offer-review-table] tr[data-offer="${o.id}"]`));
      for (const r of rows) await see(r, 'the offer waiting for review');
      for (const r of rows) await r.locator('.ant-checkbox-input').check();
      await see(admin.getByTestId('list-selection'), 'the selection bar');
      await admin.getByTestId('offer-bulk-approve').click();
      const dialog = admin.getByTestId('offer-bulk-dialog');
      await see(dialog.getByTestId('bulk-row'), 'the offers to approve');
      expect(await dialog.getByTestId('bulk-row').count()).toBe(2);
      await snap(admin, 'offer-bulk-approve-confirm-zh');
      // Meanwhile another reviewer approves the second one: its bulk approval must fail on its row, the first succeed.
      const REVIEW = 'mutation($id:ID!){reviewOffer(id:$id,decision:APPROVE,note:null){id status}}';
      expect((await gql<{ reviewOffer: { status: string } }>(admin, 'admin', REVIEW, { id: picked[1].id })).data?.reviewOffer.status).toBe('LIVE');
      await dialog.getByTestId('bulk-confirm').click();
      await see(dialog.getByTestId('bulk-summary'), 'the outcome');
      await see(dialog.locator(`[data-testid=bulk-row][data-key="${picked[0].id}"][data-outcome=ok]`), 'the first approved');
      const failed = dialog.locator(`[data-testid=bulk-row][data-key="${picked[1].id}"][data-outcome=failed]`);
      await see(failed, 'the second reported as failed');
      expect((await failed.getByTestId('bulk-row-error').innerText()).trim().length).toBeGreaterThan(2);
      await snap(admin, 'offer-bulk-approve-result-zh');
      await dialog.getByTestId('bulk-close').click();
      await admin.waitForFunction((id) => !document.querySelector(`[data-testid=offer-review-table] tr[data-offer="${id}"]`), picked[0].id, { timeout: 15_000 });
      // Each approval is its own audited review: one more for each offer (the bulk one, the other reviewer's), none for the failure.
      expect(await reviews(picked[0].id)).toBe(reviewedBefore[0] + 1);
      expect(await reviews(picked[1].id)).toBe(reviewedBefore[1] + 1);
      const after = (await gql<{ offers: { items: Offer[] } }>(supplier, 'portal', OFFERS, { f: null })).data!.offers.items;
      for (const o of picked) expect(after.find((a) => a.id === o.id)?.status).toBe('LIVE');
    } finally {
      // Their prices as the demo had them.
      for (const o of picked) await gql(supplier, 'portal', UPDATE, { id: o.id, input: { settlementPrice: o.settlementPrice, settlementEffectiveAt: new Date().toISOString(), settlementPriceReason: '恢复原价（立即生效）' } });
    }
  });
});
