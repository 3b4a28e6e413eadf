import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env';
import { axeProblems, baseUrl, checkOverlay, layoutProblems, resizeTo, see, signIn, snap } from './helpers';

/**
 * The admin console as its people use it (issue 13): the admin lands on the dashboard with figures, the
 * auditor on the review queue without the finance form, organisations by name, orders searched and exported,
 * and every admin page free of critical and serious axe-core violations — colour contrast included — in
 * zh-CN and en, each with an h1 and a main landmark.
 */
const LAYOUT_PATHS = ['/dashboard', '/review', '/organizations', '/brands', '/skus', '/offer-review', '/sample-check', '/thin-skus', '/held-orders', '/risk', '/orders', '/tickets', '/sla',
  '/rating-removals', '/scorecards', '/evaluations', '/probation', '/finance', '/finance/topups', '/finance/withdrawals', '/finance/channels', '/finance/reconciliation', '/ledger',
  '/ledger-entries', '/statements', '/audit', '/notifications', '/notices', '/account'];

describe('admin consoles', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  const language = async (lang: 'zh-CN' | 'en') => {
    await page.evaluate((l) => localStorage.setItem('mengyuan.lang', l), lang);
  };

  it('lands the admin on the dashboard with figures and charts', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await see(page.getByTestId('admin-dashboard'), 'the dashboard');
    await see(page.getByTestId('kpi-gmv-value'), 'the GMV figure');
    expect(await page.getByTestId('kpi-gmv-value').innerText()).toMatch(/^¥[\d,]+\.\d{2}$/);
    expect(Number((await page.getByTestId('kpi-orders-value').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
    await see(page.locator('[data-testid=chart-trend] svg'), 'the daily trend chart');
    await see(page.getByTestId('supplier-score-ranking').locator('tbody tr.ant-table-row').first(), 'suppliers ranked by score');
    expect(await page.getByTestId('hot-skus').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    // The 30-day preset widens the range.
    await page.getByTestId('dashboard-preset').getByText('近 30 天').click();
    await page.waitForURL((u) => u.searchParams.has('from'));
    await see(page.getByTestId('kpi-gmv-value'), 'the GMV figure over 30 days');
    await snap(page, 'admin-dashboard-zh');
  });

  it('lands the auditor on the review queue and does not hand it the finance form', async () => {
    await signIn(page, '/admin/login', 'auditor@mengyuan.demo', '/admin/review');
    await page.goto(`${baseUrl()}/admin/finance`);
    await see(page.getByTestId('finance-admin-only'), 'the note that recording money is the admin’s');
    expect(await page.getByTestId('deposit-amount').count()).toBe(0);
    expect(await page.getByTestId('tab-deposit').count()).toBe(0);
  });

  it('shows an organisation’s people, balances and activity by name', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await page.goto(`${baseUrl()}/admin/organizations`);
    await page.getByText('乐购数字商城').first().click();
    await see(page.getByTestId('organization-users'), 'the organisation’s people');
    await see(page.getByTestId('organization-balances'), 'the balances');
    await page.getByRole('tab', { name: /最近订单/ }).click();
    const orders = page.getByTestId('organization-orders');
    await see(orders.locator('tbody tr.ant-table-row'), 'recent orders');
    const text = await orders.innerText();
    // Products by name, no id fragments (8 hex digits) on screen.
    expect(text).not.toMatch(/\b[0-9a-f]{8}\b/);
    await see(page.getByTestId('organization-score-slot'), 'the score slot');
  });

  it('exports orders as an Excel workbook with the caller’s token', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('mengyuan.admin.auth') ?? '{}') as { accessToken?: string }).accessToken);
    const res = await page.request.get(`${baseUrl()}/exports/orders.xlsx?lang=zh-CN`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const body = await res.body();
    expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect((await page.request.get(`${baseUrl()}/exports/orders.xlsx`)).status()).toBe(401);
  });

  const rowCount = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr.ant-table-row').count();
  const totalOf = async (page: Page) => Number(((await page.locator('.ant-pagination-total-text').first().innerText().catch(() => '')) || '').replace(/\D/g, '')) || null;

  it('narrows orders by merchant order number, and by status', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    // Every order search the page sends and what came back, in order (printed if the rows disagree with the answer).
    const searches: string[] = [];
    const t0 = Date.now();
    page.on('requestfinished', (r) => {
      const body = r.postData() ?? '';
      if (!r.url().includes('/graphql') || !body.includes('SearchOrders')) return;
      void r.response().then(async (res) => {
        const json = (await res?.json().catch(() => null)) as { data?: { orders?: { items: unknown[] } } } | null;
        searches.push(`${Date.now() - t0} ms ${/"clientOrderNo":("[^"]*"|null)/.exec(body)?.[0] ?? '?'} → ${json?.data?.orders?.items.length ?? 'no data'} rows`);
      });
    });
    await page.goto(`${baseUrl()}/admin/orders`, { waitUntil: 'networkidle' });
    const table = page.getByTestId('admin-orders-table');
    await see(table.locator('tbody tr.ant-table-row'), 'orders');
    const before = (await totalOf(page)) ?? (await rowCount(page, 'admin-orders-table'));
    const no = (await table.locator('tbody tr.ant-table-row').first().getAttribute('data-order-no'))!;
    await page.getByTestId('orders-client-search').locator('input').fill(no);
    // The filtered answer itself (a loaded machine may take long): then the rows it brings.
    const answered = page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes(`"clientOrderNo":"${no}"`), { timeout: 90_000 });
    await page.getByTestId('orders-client-search').locator('input').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('clientOrderNo') === no);
    const answer = await answered;
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { errors?: unknown[] }).errors ?? []).toEqual([]);
    // The table shows the last answer until the filtered one arrives: wait for the rows to change, not for the network.
    const shown = () => table.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order-no') ?? ''));
    await page.waitForFunction(
      (wanted) => {
        const rows = [...document.querySelectorAll('[data-testid=admin-orders-table] tbody tr.ant-table-row')];
        return rows.length > 0 && rows.every((r) => (r.getAttribute('data-order-no') ?? '').includes(wanted));
      },
      no,
      { timeout: 60_000 },
    ).catch(() => undefined);
    const nos = await shown();
    if (nos.some((n) => !n.includes(no))) {
      console.warn('the orders search kept rows other than its answer:', JSON.stringify(await answer.json()).slice(0, 2000), page.url(), nos.slice(0, 5), 'searches sent:', searches);
    }
    expect(nos.length).toBeGreaterThan(0);
    expect(nos.length).toBeLessThan(before);
    for (const n of nos) expect(n).toContain(no);
    await snap(page, 'admin-orders-search-zh');
    await page.goto(`${baseUrl()}/admin/orders?status=FAILED`, { waitUntil: 'networkidle' });
    const statuses = await table.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(statuses.length ? ['FAILED'] : []));
  });

  it('downloads the tickets export as a valid workbook from the 导出 Excel button', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await page.goto(`${baseUrl()}/admin/tickets`, { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-tickets').click()]);
    expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { readFile } = await import('node:fs/promises');
    const body = await readFile((await download.path())!);
    expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(body.length).toBeGreaterThan(2000);
  });

  it('names audit subjects and organisations, not id fragments', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    await page.goto(`${baseUrl()}/admin/audit`, { waitUntil: 'networkidle' });
    const subjects = page.getByTestId('audit-subject');
    await see(subjects, 'audit subjects');
    const texts = await subjects.allInnerTexts();
    expect(texts.some((x) => /\S/.test(x) && !/[0-9a-f]{8}/.test(x))).toBe(true);
    for (const x of texts) expect(x).not.toMatch(/\b[0-9a-f]{8}\b/);
    const orgs = await page.getByTestId('audit-org').allInnerTexts();
    for (const x of orgs) expect(x).not.toMatch(/[0-9a-f]{8}/);
    await snap(page, 'admin-audit-zh');
  });

  it('offers the auditor no edit or decide actions', async () => {
    await signIn(page, '/admin/login', 'auditor@mengyuan.demo', '/admin/review');
    const none = async (path: string, testIds: string[]) => {
      await page.goto(`${baseUrl()}/admin${path}`, { waitUntil: 'networkidle' });
      await see(page.locator('h1'), `the h1 of ${path}`);
      for (const id of testIds) expect([path, id, await page.getByTestId(id).count()]).toEqual([path, id, 0]);
    };
    await none('/risk', ['risk-confirm', 'risk-dismiss']);
    await none('/skus', ['sku-create', 'sku-edit', 'sku-schedule']);
    await none('/brands', ['brand-create']);
    await none('/held-orders', ['held-approve', 'held-reject']);
    await none('/sla', ['policy-edit']);
    await none('/finance', ['deposit-amount']);
  });

  it('has an h1, a main landmark and no critical or serious axe violations on every admin page, in zh-CN and en', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    const orgId = await page.evaluate(async () => {
      const s = JSON.parse(localStorage.getItem('mengyuan.admin.auth') ?? '{}') as { accessToken: string };
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` }, body: JSON.stringify({ query: '{organizations(page:{offset:0,limit:50}){items{id kind}}}' }) });
      return ((await r.json()) as { data: { organizations: { items: { id: string; kind: string }[] } } }).data.organizations.items.find((o) => o.kind === 'SUPPLIER')!.id;
    });
    const paths = ['/dashboard', '/review', `/review/${orgId}`, '/organizations', `/organizations/${orgId}`, '/brands', '/skus', '/offer-review', '/sample-check', '/thin-skus', '/held-orders', '/risk', '/orders', '/tickets', '/sla', '/finance', '/ledger', '/ledger-entries', '/statements', `/statements?kind=SUPPLIER&org=${orgId}`, '/audit', '/notifications'];
    const problems: string[] = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      await language(lang);
      for (const path of paths) {
        await page.goto(`${baseUrl()}/admin${path}`, { waitUntil: 'networkidle' });
        await see(page.locator('h1'), `the h1 of ${path}`);
        if ((await page.locator('main').count()) !== 1) problems.push(`${lang} ${path}: ${await page.locator('main').count()} main landmarks`);
        for (const p of await axeProblems(page)) problems.push(`${lang} ${path}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    // The new pages at 1440 px in English, for a person to look at.
    await page.goto(`${baseUrl()}/admin/orders`, { waitUntil: 'networkidle' });
    await snap(page, 'admin-orders-en');
    await page.goto(`${baseUrl()}/admin/audit`, { waitUntil: 'networkidle' });
    await snap(page, 'admin-audit-en');
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/orders', '/skus', '/held-orders']) {
        await page.goto(`${baseUrl()}/admin${path}`, { waitUntil: 'networkidle' });
        await snap(page, `admin${path.replace('/', '-')}-${width}`);
      }
    }
  }, 600_000);

  /**
   * The admin app at 390 px, in both languages: every page fits the width, no tab is squeezed to nothing, and lists
   * are cards rather than tables wider than their card.
   */
  it('the main flows’ drawers and dialogs (order, offer review, top-up confirm, documents bulk approve) pass axe and fit the window at 1440, 768 and 390 px, in zh-CN and en', async () => {
    await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
    const problems: string[] = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      await language(lang);
      for (const width of [1440, 768, 390]) {
        await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
        const at = `${lang} ${width}`;
        // An order's drawer (attempts, failover, codes).
        await page.goto(`${baseUrl()}/admin/orders`, { waitUntil: 'networkidle' });
        await page.getByTestId('order-details').first().click();
        await checkOverlay(page, '.ant-drawer-content-wrapper', `${at} order drawer`, problems);
        if (width === 390) await snap(page, `admin-order-drawer-390-${lang}`);
        await page.keyboard.press('Escape');
        // Approving one offer, and approving the selection.
        await page.goto(`${baseUrl()}/admin/offer-review`, { waitUntil: 'networkidle' });
        await page.getByTestId('offer-approve').first().click();
        await checkOverlay(page, '.ant-modal-container', `${at} approve dialog`, problems);
        await page.keyboard.press('Escape');
        await page.locator('[data-testid=offer-review-table] .ant-checkbox-input').last().check();
        await page.getByTestId('offer-bulk-approve').click();
        await checkOverlay(page, '.ant-modal-container:has([data-testid=bulk-row])', `${at} bulk approve dialog`, problems);
        if (width === 390) await snap(page, `admin-bulk-approve-390-${lang}`);
        await page.keyboard.press('Escape');
        // Finance confirming a member's bank-transfer top-up (the demo's pending one), and rejecting it.
        await page.goto(`${baseUrl()}/admin/finance/topups`, { waitUntil: 'networkidle' });
        await page.getByTestId('confirm-topup').click();
        await checkOverlay(page, '.ant-modal-confirm .ant-modal-container', `${at} top-up confirm dialog`, problems);
        if (width !== 768) await snap(page, `admin-topup-confirm-${width}-${lang}`);
        await page.keyboard.press('Escape');
        await page.locator('.ant-modal-confirm').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
        await page.getByTestId('reject-topup').click();
        await checkOverlay(page, '.ant-modal-container:has([data-testid=reject-reason])', `${at} top-up reject dialog`, problems);
        await page.keyboard.press('Escape');
        // Approving the selected qualification documents at once.
        await page.goto(`${baseUrl()}/admin/review`, { waitUntil: 'networkidle' });
        const docs = page.locator('[data-testid=review-docs-table] [data-testid=review-doc-row]');
        if (await docs.count()) {
          await docs.first().locator('.ant-checkbox-input').check();
          await page.getByTestId('doc-bulk-approve').click();
          await checkOverlay(page, '.ant-modal-container:has([data-testid=doc-bulk-method])', `${at} documents bulk approve dialog`, problems);
          if (width !== 768) await snap(page, `admin-doc-bulk-approve-${width}-${lang}`);
          await page.keyboard.press('Escape');
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  /**
   * The admin app at 768 px (a tablet: a wide table may scroll inside its card, the page itself must not) and 390 px (a
   * phone: lists are cards, not tables wider than their card), in both languages: no page wider than the window, no tab
   * squeezed to nothing. Half the pages are opened at each width and then resized to the other, so both widths are
   * seen freshly loaded and resized to.
   */
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`lays the admin pages out for a tablet (768 px) and a phone (390 px) in ${lang}`, async () => {
      await page.setViewportSize({ width: 768, height: 900 });
      await signIn(page, '/admin/login', 'admin@mengyuan.demo', '/admin/dashboard');
      await language(lang);
      const problems: string[] = [];
      const check = async (path: string, width: number) => {
        for (const p of await layoutProblems(page, { tablesInCards: width < 600 })) problems.push(`${lang} ${width} ${path}: ${p}`);
      };
      for (const [i, path] of LAYOUT_PATHS.entries()) {
        const [first, then] = i % 2 ? [390, 768] : [768, 390];
        await page.setViewportSize({ width: first, height: first < 600 ? 844 : 900 });
        await page.goto(`${baseUrl()}/admin${path}`, { waitUntil: 'networkidle' });
        await see(page.locator('h1'), `the h1 of ${path}`);
        await check(path, first);
        await resizeTo(page, then);
        await check(path, then);
      }
      expect(problems).toEqual([]);
      if (lang === 'en') {
        await resizeTo(page, 390);
        await page.goto(`${baseUrl()}/admin/organizations`, { waitUntil: 'networkidle' });
        await snap(page, 'admin-phone-organizations-en');
      }
    }, 300_000);
  }
});
