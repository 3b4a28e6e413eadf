import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { accessible, catalogTab, clickUntil, see, signIn, snap, waitForPath } from './helpers';

/** A card-code SKU two demo suppliers stock; routing decides which one sells, and the rating says who. */
const SKU = 'QQ-COIN-100';
const SUPPLIER_LOGINS: Record<string, string> = {
  腾跃互娱官方授权分销有限公司: 'supplier@mengyuan.demo',
  聚卡数字商品聚合平台: 'supplier2@mengyuan.demo',
};

/** Scores every dimension of the open rating form (the nth star of each antd Rate) and submits it. */
async function fillRating(page: Page, dims: [string, number][], comment: string): Promise<void> {
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('rate-comment') });
  await see(dialog, 'the rating form');
  for (const [dim, stars] of dims) await dialog.locator(`[data-testid=rate-${dim}] li.ant-rate-star`).nth(stars - 1).locator('[role=radio]').click();
  await dialog.getByTestId('rate-comment').fill(comment);
  await accessible(page, 'the rating form');
  await page.getByTestId('rate-submit').click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('mutual ratings: the member rates, sees it sealed; the supplier rates; both see them revealed', () => {
  let browser: Browser;
  let member: Page;
  let supplier: Page;
  let orderNo = '';
  let orderId = '';
  let supplierName = '';

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const options = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
    member = await (await browser.newContext(options)).newPage();
    supplier = await (await browser.newContext(options)).newPage();
    for (const [name, page] of [['member', member], ['supplier', supplier]] as const) page.on('pageerror', (e) => console.error(`${name} pageerror:`, e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const memberItem = (): Locator => member.locator('[data-testid=rateable-order]').filter({ hasText: orderNo });

  it(`the member buys a ${SKU} card, rates the delivered order and sees its rating sealed`, async () => {
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
    await clickUntil(dialog.getByTestId('buy-confirm'), member.getByTestId('delivered-codes'), 'the delivered code');
    await member.getByTestId('buy-done').click();

    await member.getByRole('menuitem', { name: '评价' }).click();
    await waitForPath(member, '/ratings');
    await see(member.getByRole('heading', { level: 1, name: '评价' }), 'the ratings page');
    const item = memberItem();
    await see(item.getByTestId('rate-order'), `the 评价 action on ${orderNo}`);
    orderId = (await item.getAttribute('data-order-id'))!;
    await accessible(member, 'the member’s ratings page');
    await item.getByTestId('rate-order').click();
    await fillRating(member, [['authenticity', 5], ['afterSales', 4], ['speed', 5], ['overall', 5]], '卡密秒到，充值成功。');

    const mine = memberItem().locator('[data-testid=rating-card][data-side=MEMBER_TO_SUPPLIER]');
    await see(mine.locator('[data-testid=rating-status]').filter({ hasText: '密封中' }), 'its rating sealed');
    const sealed = mine.getByTestId('rating-sealed');
    await see(sealed, 'the reveal time');
    expect(await sealed.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}（Asia\/Shanghai）/);
    const text = (await mine.textContent()) ?? '';
    supplierName = Object.keys(SUPPLIER_LOGINS).find((n) => text.includes(n)) ?? '';
    expect(SUPPLIER_LOGINS[supplierName]).toBeDefined();
    await see(memberItem().getByText('对方尚未评价'), 'the other side not rated yet');
    await snap(member, 'portal-rating-sealed');
  });

  it('the supplier sees the member’s rating sealed, rates the member, and both are revealed', async () => {
    await signIn(supplier, '/login', SUPPLIER_LOGINS[supplierName], '/');
    await supplier.getByRole('menuitem', { name: '评价' }).click();
    await waitForPath(supplier, '/ratings');
    const item = supplier.locator(`[data-testid=rateable-order][data-order-id="${orderId}"]`);
    await see(item, 'the sale to rate');
    const theirs = item.locator('[data-testid=rating-card][data-side=MEMBER_TO_SUPPLIER][data-status=SEALED]');
    await see(theirs, 'the member’s rating, sealed');
    expect(await theirs.getByTestId('rating-scores').count()).toBe(0);
    await accessible(supplier, 'the supplier’s ratings page');
    await item.getByTestId('rate-order').click();
    await fillRating(supplier, [['conduct', 5], ['fairness', 4], ['overall', 5]], '付款及时，沟通顺畅。');
    await see(item.locator('[data-testid=rating-card][data-side=SUPPLIER_TO_MEMBER][data-status=REVEALED]'), 'its own rating revealed');
    const revealed = item.locator('[data-testid=rating-card][data-side=MEMBER_TO_SUPPLIER][data-status=REVEALED]');
    await see(revealed.getByText('卡密秒到，充值成功。'), 'the member’s rating revealed');
    await snap(supplier, 'portal-rating-revealed-supplier');
  });

  it('the member then sees both ratings revealed', async () => {
    // Rated orders leave 待评价 (issue 22): the supplier's rating is under 收到的评价, the member's own under 我给出的评价.
    await member.reload();
    await see(member.getByText('暂无可评价的订单').or(member.locator('[data-testid=rateable-order]').first()), 'the to-rate list');
    expect(await memberItem().count()).toBe(0);
    await member.getByRole('tab', { name: '收到的评价' }).click();
    const received = member.locator('[data-testid=ratings-received] [data-testid=rating-card][data-side=SUPPLIER_TO_MEMBER][data-status=REVEALED]').filter({ hasText: orderNo });
    await see(received.getByText('付款及时，沟通顺畅。'), 'the supplier’s rating revealed');
    await see(received.getByTestId('rating-parties').filter({ hasText: supplierName }), 'who rated (the supplier)');
    await member.getByRole('tab', { name: '我给出的评价' }).click();
    await see(member.locator('[data-testid=ratings-given] [data-testid=rating-card][data-side=MEMBER_TO_SUPPLIER][data-status=REVEALED]').filter({ hasText: orderNo }), 'its own rating revealed');
    await accessible(member, 'the member’s ratings page with both revealed');
    await snap(member, 'portal-rating-revealed-member');
  });
});
