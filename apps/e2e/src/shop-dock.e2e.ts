import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD, SCREENSHOT_DIR } from './env';
import { baseUrl, see, waitForPath } from './helpers';

const LANG_KEY = 'mengyuan.lang';

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

/**
 * The API guide's shop-docking section (issue 19 §5): a member's owner sees each API key as dujiao-next and
 * acg-faka dock credentials with the two addresses, in both languages, on a wide screen and a phone.
 */
describe('the API guide lists the member’s shop dock credentials', () => {
  let browser: Browser;
  let keyId = '';

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const login = await gql<{ login: { accessToken: string } }>('mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken}}', { e: 'member@mengyuan.demo', p: DEMO_PASSWORD });
    const created = await gql<{ createApiKey: { apiKey: { prefix: string } } }>(
      'mutation($i:CreateApiKeyInput!){createApiKey(input:$i){apiKey{prefix}}}',
      { i: { name: '店铺对接 e2e', scopes: ['ORDERS_WRITE', 'CATALOG_READ'] } },
      login.login.accessToken,
    );
    keyId = `mk_${created.createApiKey.apiKey.prefix}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: 'zh-CN' | 'en', width: number): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
    await ctx.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LANG_KEY, lang] as const);
    const page = await ctx.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-email').fill('member@mengyuan.demo');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => u.pathname !== '/login', { timeout: 20_000 });
    await page.goto(`${baseUrl()}/api-guide`);
    await waitForPath(page, '/api-guide');
    return page;
  }

  for (const [lang, title] of [['zh-CN', '店铺对接'], ['en', 'Dock your shop']] as const) {
    for (const width of [1440, 390]) {
      it(`${lang} at ${width} px: the key id and both dock addresses`, async () => {
        const page = await open(lang, width);
        const section = page.getByTestId('api-guide-shop-dock');
        await see(section.getByText(title), `the shop dock section (${lang})`);
        await see(section.getByText(keyId), 'the new key’s id');
        await see(section.getByText(`${baseUrl()}/dock/dujiao`), 'the dujiao-next address');
        await see(section.getByText(`${baseUrl()}/dock/acg`), 'the acg-faka address');
        await section.screenshot({ path: join(SCREENSHOT_DIR, `e2e-shop-dock-${lang}-${width}.png`) });
        await page.context().close();
      });
    }
  }
});
