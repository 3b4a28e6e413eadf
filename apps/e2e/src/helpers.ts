import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { TOTP, Secret } from 'otpauth';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOG_DIR, SCREENSHOT_DIR, STAFF_SESSIONS_FILE } from './env';

let step = 0;

/** Saves a full-page screenshot named after the step, numbered in the order taken. */
export async function snap(page: Page, name: string): Promise<void> {
  step += 1;
  await page.screenshot({ path: join(SCREENSHOT_DIR, `e2e-${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** Waits until a locator is visible; the message names what was expected when it is not. */
export async function see(locator: Locator, what: string, timeout = 20_000): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    // What the page showed instead, for the failure's diagnosis (test-results/, beside the api's log).
    const page = locator.page();
    const shot = join(LOG_DIR, `not-seen-${Date.now()}.png`);
    const saved = await page.screenshot({ path: shot, fullPage: true }).then(() => ` (the page at ${page.url()}: ${shot})`, () => '');
    throw new Error(`expected to see ${what}: ${(error as Error).message.split('\n')[0]}${saved}`);
  }
}

/**
 * Chooses an option of an antd Select and waits for what the choice shows (`chosen`). A click that lands while the
 * dropdown is still sliding in can leave it open with nothing chosen (tickets.e2e in a full run, 2026-12-07): then the
 * option is clicked again (the select reopened first if it closed), up to three times.
 */
export async function choose(select: Locator, option: Locator, chosen: Locator, what: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (!(await option.isVisible())) await select.click();
    await option.click();
    try {
      await chosen.first().waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt < 3) continue;
      await see(chosen, `${what} (chosen three times)`, 1);
      throw error;
    }
  }
}

/**
 * Clicks `button` until `then` shows, up to three times (a click while a dialog zooms in can be lost: provenance.e2e in
 * a full run, 2026-12-07). Only for a click that may safely land twice: the buy dialog's order number is fixed, so a
 * second confirm answers the same order.
 */
export async function clickUntil(button: Locator, then: Locator, what: string, timeout = 20_000): Promise<void> {
  for (let attempt = 1; attempt < 3; attempt++) {
    await button.click();
    if (await then.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return;
    if (!(await button.isVisible())) break;
  }
  if (await button.isVisible()) await button.click();
  await see(then, what, timeout);
}

/**
 * Opens a category tab of the portal's catalog and waits until the table shows that category's answer: until
 * then it shows the previous one (the same SKU may sit elsewhere in it), and a click there lands on another row.
 */
export async function catalogTab(page: Page, category: string): Promise<void> {
  await page.getByTestId(`catalog-tab-${category}`).click();
  await page.waitForFunction(
    (c) => {
      const table = document.querySelector('[data-testid=catalog-table]');
      const rows = [...(table?.querySelectorAll('[data-sku]') ?? [])];
      return table?.getAttribute('data-loading') === 'false' && rows.length > 0 && rows.every((r) => r.getAttribute('data-category') === c);
    },
    category,
    { timeout: 30_000 },
  );
}

export async function waitForPath(page: Page, path: string | RegExp, timeout = 20_000): Promise<void> {
  await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)), { timeout });
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A random 统一社会信用代码 with a correct check character. */
export function randomUscc(): string {
  let body = '91310000';
  for (let i = 0; i < 9; i++) body += USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body[i]) * USCC_WEIGHTS[i];
  return body + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The api globalSetup started (serving both apps). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: globalSetup did not run');
  return url;
}

/** The TOTP code of the demo's alliance secret for a 30-second step (otpauth, as an authenticator app computes it). */
export function demoTotpCode(step: number): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: step * 30_000 + 1 });
}

/**
 * Types the authenticator's code at the two-step page: each code works once, and the step before and after now
 * are accepted too, so a spec signing in often takes the next of them and, if all three are spent, waits for the
 * next step.
 */
export async function enterTotp(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const now = Math.floor(Date.now() / 30_000);
    for (const step of [now, now + 1, now - 1]) {
      await page.getByTestId('login-totp').fill(demoTotpCode(step));
      // The sign-in's own answer says whether this code was taken (a code already used is refused).
      const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('LoginWithCode'), { timeout: 20_000 });
      await page.getByTestId('login-totp-submit').click();
      const body = (await (await answered).json()) as { data?: { login?: unknown } | null };
      if (body.data?.login) return;
    }
    await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200));
  }
  throw new Error('no TOTP code was accepted');
}

/**
 * Signs a demo account in through the login page of an app and waits for where it lands. Alliance staff are asked
 * for a code from their authenticator (two-step sign-in is required for them): the demo's secret gives it.
 */
export async function signIn(page: Page, path: string, email: string, landing: string | RegExp, password = DEMO_PASSWORD): Promise<void> {
  if (await resumeStaffSession(page, path, email, landing)) return;
  await page.goto(`${baseUrl()}${path}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  const asked = await Promise.race([
    page.getByTestId('login-totp').waitFor({ state: 'visible', timeout: 20_000 }).then(() => true),
    waitForPath(page, landing).then(() => false),
  ]);
  if (asked) await enterTotp(page);
  await waitForPath(page, landing);
  if (asked) await keepStaffSession(page, path, email);
}

/**
 * Alliance staff sign in with a one-time code, and each 30-second step's code is accepted once: a run that signed the
 * admin in by typing codes waited about half a minute per sign-in once the first three were spent. So a staff sign-in
 * this run already made is taken up again, as a person opening a second tab would, while its access token has minutes
 * left (no refresh falls inside a test) and the api still answers `me` with it; the sign-in itself (password, code,
 * refusals) is the subject of the specs that type it (reaching-people, csp, onboarding).
 */
const STAFF_SESSION_REUSE_MS = 8 * 60_000;
const storageKeyOf = (path: string) => (path.startsWith('/admin') ? 'mengyuan.admin.auth' : 'mengyuan.portal.auth');
const staffSessionsFile = () => STAFF_SESSIONS_FILE(baseUrl());
type StaffSessions = Record<string, { at: number; value: string }>;
const readStaffSessions = async (): Promise<StaffSessions> =>
  JSON.parse(await readFile(staffSessionsFile(), 'utf8').catch(() => '{}')) as StaffSessions;

async function keepStaffSession(page: Page, path: string, email: string): Promise<void> {
  const key = storageKeyOf(path);
  const value = await page.evaluate((k) => localStorage.getItem(k), key);
  if (!value) return;
  const sessions = await readStaffSessions();
  sessions[`${key} ${email}`] = { at: Date.now(), value };
  await writeFile(staffSessionsFile(), JSON.stringify(sessions));
}

async function resumeStaffSession(page: Page, path: string, email: string, landing: string | RegExp): Promise<boolean> {
  const key = storageKeyOf(path);
  const kept = (await readStaffSessions())[`${key} ${email}`];
  if (!kept || Date.now() - kept.at > STAFF_SESSION_REUSE_MS) return false;
  const { accessToken } = JSON.parse(kept.value) as { accessToken: string };
  const me = await page.request.post(`${baseUrl()}/graphql`, { data: { query: '{ me { id } }' }, headers: { authorization: `Bearer ${accessToken}` } });
  if (!((await me.json().catch(() => null)) as { data?: { me?: unknown } } | null)?.data?.me) return false;
  // A page of the app's origin that is not the app, to hand it the session before the app reads it.
  await page.goto(`${baseUrl()}/health`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, kept.value]);
  await page.goto(`${baseUrl()}${path.startsWith('/admin') ? '/admin/' : '/'}`);
  await waitForPath(page, landing);
  return true;
}

/** The mail catcher the api sends to (MailDev's REST API, as its web page reads it). */
export function mailUrl(): string {
  const url = process.env.E2E_MAIL_URL;
  if (!url) throw new Error('E2E_MAIL_URL is not set: globalSetup did not run');
  return url;
}

export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  time: string;
  to: { address: string }[];
}

/** The e-mails to an address, oldest first, waiting up to `timeout` for one whose subject matches. */
export async function waitForMail(address: string, subject: RegExp, timeout = 30_000, text?: RegExp): Promise<CaughtMail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const all = (await (await fetch(`${mailUrl()}/api/email`)).json()) as CaughtMail[];
    const found = all
      .filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()) && subject.test(m.subject) && (!text || text.test(m.text)))
      .sort((a, b) => a.time.localeCompare(b.time));
    if (found.length) return found[found.length - 1];
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} matching ${subject} within ${timeout / 1000} s (have: ${all.map((m) => m.subject).join(' | ')})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A link of the apps in an e-mail's text (path like /reset-password), as the api wrote it. */
export function linkIn(mail: CaughtMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/\//g, '\\/')}[^\\s]*`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in the e-mail "${mail.subject}"`);
  return match[0];
}

/**
 * What the eye catches and axe does not (issue 22): the page scrolling sideways, tabs squeezed to nothing, and
 * tables wider than the card holding them (at a phone's width their columns are off-screen: lists become cards).
 */
export async function layoutProblems(page: Page, opts: { tablesInCards: boolean }): Promise<string[]> {
  return page.evaluate((o) => {
    const out: string[] = [];
    const wide = document.documentElement.scrollWidth;
    if (wide > window.innerWidth) out.push(`page ${wide} px wide in a ${window.innerWidth} px window`);
    for (const tab of document.querySelectorAll('.ant-tabs-tab')) {
      const nav = tab.closest('.ant-tabs-nav');
      if (nav && nav.getBoundingClientRect().width > 0 && tab.getBoundingClientRect().width < 1) out.push(`zero-width tab “${tab.textContent}”`);
    }
    if (o.tablesInCards) {
      for (const table of document.querySelectorAll('.ant-table table')) {
        const holder = table.closest('.ant-card-body, .ant-pro-card-body, .ant-drawer-body, .ant-modal-body, main');
        const w = table.getBoundingClientRect().width;
        if (holder && w > holder.clientWidth + 1) out.push(`table ${Math.round(w)} px wide in a ${holder.clientWidth} px card`);
      }
    }
    return out;
  }, opts);
}

/** Waits (up to 5 s) until no CSS animation or transition on the page is running. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/**
 * Sets the window's size and waits until the page has laid itself out again: the apps' responsive parts follow the
 * window (antd's breakpoints re-render on the media query's change, charts on their ResizeObserver, the side menu's
 * transition), so a page resized to a width shows what one opened at that width shows.
 */
export async function resizeTo(page: Page, width: number, height = width < 600 ? 844 : 900): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
  await animationsDone(page);
}

/**
 * The critical and serious axe-core violations (WCAG 2.0 and 2.1, A and AA, colour contrast included) on the page as it
 * is now, or inside `include`, each as `rule (impact): where — why`. Not while a dialog or drawer is still fading in or
 * out (its half-transparent text is no contrast failure). axe.run in the page itself (`setLegacyMode`): by default
 * @axe-core/playwright runs each frame apart and finishes in a blank page it opens for every call, 2.4 s against 1.1 s
 * per admin page here; and only the violations come back, not every node that passed (0.55 s).
 */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('[class*="-leave"], [class*="-enter"], [class*="-appear"]'), null, { timeout: 5_000 }).catch(() => undefined);
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n')[1]?.trim() ?? ''}` : ''}`).join(' | ')}`);
}

/** Fails, naming `what` and each problem, when axe-core finds a critical or serious violation on the page (axeProblems). */
export async function accessible(page: Page, what: string): Promise<void> {
  const problems = await axeProblems(page);
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

/**
 * An open drawer or dialog: no critical or serious axe-core violation inside it (axeProblems), nothing wider than
 * the window, and the overlay itself inside the window. Problems are appended, named by `where`.
 */
export async function checkOverlay(page: Page, selector: string, where: string, problems: string[]): Promise<void> {
  await see(page.locator(selector), where);
  // The opening animation over, and the pointer off the overlay (a hovered or half-faded button reads as low contrast).
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await animationsDone(page);
  for (const p of await axeProblems(page, selector)) problems.push(`${where}: ${p}`);
  for (const p of await layoutProblems(page, { tablesInCards: false })) problems.push(`${where}: ${p}`);
  const box = await page.locator(selector).last().boundingBox();
  const width = page.viewportSize()!.width;
  if (box && (box.x < -1 || box.x + box.width > width + 1)) problems.push(`${where}: ${Math.round(box.width)} px wide at x ${Math.round(box.x)} in a ${width} px window`);
}
