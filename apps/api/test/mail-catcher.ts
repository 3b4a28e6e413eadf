import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  smtpPort: number;
  messages(): Promise<CaughtMail[]>;
  /** The messages sent to an address, oldest first. */
  to(address: string): Promise<CaughtMail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The same mail catcher `npm start` runs (MailDev, apps/api/scripts/mail-catcher.mjs), on free ports, read through
 * its REST API as a person reads its web page. `smtpPort` reuses a port (a server that comes back after an outage).
 */
export async function startMailCatcher(options: { smtpPort?: number } = {}): Promise<MailCatcher> {
  const smtpPort = options.smtpPort ?? (await freePort());
  const webPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '..', 'scripts', 'mail-catcher.mjs')], {
    env: { ...process.env, MAIL_CATCHER_SMTP_PORT: String(smtpPort), MAIL_CATCHER_WEB_PORT: String(webPort), DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the mail catcher did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('read mail at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`the mail catcher exited with ${code}: ${out}`)));
  });
  const webUrl = `http://127.0.0.1:${webPort}`;
  const messages = async () => ((await (await fetch(`${webUrl}/api/email`)).json()) as CaughtMail[]).sort((a, b) => a.id.localeCompare(b.id));
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    smtpPort,
    messages,
    async to(address) {
      return (await messages()).filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
    },
    async clear() {
      await fetch(`${webUrl}/api/email/all`, { method: 'DELETE' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
