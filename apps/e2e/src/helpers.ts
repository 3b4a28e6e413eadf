import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, SCREENSHOT_DIR } from './env';

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
    throw new Error(`expected to see ${what}: ${(error as Error).message.split('\n')[0]}`);
  }
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

/** Signs a demo account in through the login page of an app and waits for where it lands. */
export async function signIn(page: Page, path: string, email: string, landing: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await waitForPath(page, landing);
}
