import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'screenshots');
export const LOG_DIR = join(REPO_ROOT, 'test-results');
/** Where globalSetup leaves what the tests and teardown need (they may not share memory with it). */
export const STATE_FILE = join(tmpdir(), `mengyuan-e2e-state-${process.ppid}-${process.pid}.json`);
export const STATE_FILE_ENV = 'MENGYUAN_E2E_STATE';
/** The staff sign-ins a run keeps to take up again (helpers.signIn), one file per api. */
export const STAFF_SESSIONS_FILE = (baseUrl: string) => join(tmpdir(), `mengyuan-e2e-staff-sessions-${new URL(baseUrl).port}.json`);

export interface E2eState {
  baseUrl: string;
  pid: number;
  dataDir: string;
  /** Set when we created a database on an external server, to drop it afterwards. */
  database?: { adminUrl: string; name: string };
  logFile: string;
  /** The mail catcher (MailDev) the api sends to: its pid and web address. */
  mail?: { pid: number; url: string };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export const DEMO_PASSWORD = 'Mengyuan#2026';
/** The demo's alliance staff sign in with two-step verification on this TOTP secret (printed at start). */
export const DEMO_TOTP_SECRET = 'MENGYUANDEMOTOTPSECRETFORTHEDEMO';
