// The local mail catcher `npm start` runs beside the api outside production when no SMTP_URL is set: MailDev
// (an SMTP server and a web page to read what arrived). The supervisor starts it; `node scripts/mail-catcher.mjs`
// runs it alone. Ports: MAIL_CATCHER_SMTP_PORT (1025) and MAIL_CATCHER_WEB_PORT (1080), on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Starts MailDev; resolves with its SMTP URL and web address, and a stop function. */
export async function startMailCatcher({ smtpPort = 1025, webPort = 1080, dir } = {}) {
  const { MailDev } = await import('maildev');
  if (dir) mkdirSync(dir, { recursive: true });
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true, ...(dir ? { mailDirectory: dir } : {}), maxEmails: 1000 });
  await maildev.start();
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, webUrl: `http://127.0.0.1:${webPort}`, stop: () => maildev.stop() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT || 1025);
  const webPort = Number(process.env.MAIL_CATCHER_WEB_PORT || 1080);
  const catcher = await startMailCatcher({ smtpPort, webPort, dir: process.env.DATA_DIR ? join(process.env.DATA_DIR, 'mail') : undefined });
  process.stdout.write(`mail catcher: SMTP ${catcher.smtpUrl}, read mail at ${catcher.webUrl}\n`);
  const stop = () => catcher.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
