// Runs the api (the arguments: Node flags and the entry file) and starts it again whenever it dies, with a
// backoff that grows while it keeps dying and resets once it has run a minute. Each exit is logged with
// its code or signal; the api's own last words (an uncaught error, V8's "heap out of memory") are on the
// same stderr just above. SIGTERM and SIGINT stop the api gracefully and then the supervisor. An api that exits
// with EX_CONFIG (78: a setting is wrong, or a port it was told to use is taken) is not restarted: it would fail
// the same way every time, so the supervisor says so and stops with the same code.
// Containers do not need this: their orchestrator restarts them (see docker/README.md).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startMailCatcher } from './mail-catcher.mjs';

const args = process.argv.slice(2);
if (!args.length) {
  process.stderr.write('usage: node scripts/supervise.mjs [node flags] dist/main.js\n');
  process.exit(2);
}
const STABLE_MS = 60_000;
const MAX_DELAY_MS = 30_000;
const GRACE_MS = 15_000;
const EX_CONFIG = 78;

const log = (level, msg, fields = {}) => process.stderr.write(`${JSON.stringify({ level, time: Date.now(), name: 'supervisor', msg, ...fields })}\n`);

// Outside production with no SMTP server configured, a local mail catcher (MailDev) receives the demo's e-mail and
// shows it on a web page; the api sends to it. MAIL_CATCHER=off turns it off.
const env = { ...process.env, MENGYUAN_SUPERVISED: '1' };
let catcher = null;
if (env.NODE_ENV !== 'production' && !env.SMTP_URL && env.MAIL_CATCHER !== 'off') {
  try {
    const dataDir = resolve(env.DATA_DIR || join(import.meta.dirname, '..', '..', '..', '.data'));
    catcher = await startMailCatcher({ smtpPort: Number(env.MAIL_CATCHER_SMTP_PORT || 1025), webPort: Number(env.MAIL_CATCHER_WEB_PORT || 1080), dir: join(dataDir, 'mail') });
    env.SMTP_URL = catcher.smtpUrl;
    env.MAIL_CATCHER_URL = catcher.webUrl;
  } catch (err) {
    log(40, `mail catcher not started (${err.message}); e-mail will wait for an SMTP server`);
  }
}

let child;
let startedAt = 0;
let failures = 0;
let stopping = false;


function start() {
  startedAt = Date.now();
  child = spawn(process.execPath, args, { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (stopping) {
      void Promise.resolve(catcher?.stop()).finally(() => process.exit(code ?? 0));
      return;
    }
    const ranMs = Date.now() - startedAt;
    if (code === EX_CONFIG) {
      log(50, `api exited with a configuration error (code ${code}) after ${Math.round(ranMs / 1000)} s; not restarting: fix what it says above`, { code, ranMs });
      process.exit(EX_CONFIG);
    }
    failures = ranMs >= STABLE_MS ? 1 : failures + 1;
    const delayMs = Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - 1));
    log(50, `api exited (${signal ?? `code ${code}`}) after ${Math.round(ranMs / 1000)} s; restarting in ${delayMs / 1000} s`, { code, signal, ranMs, restartInMs: delayMs, failures });
    setTimeout(start, delayMs);
  });
}

function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
  // Ctrl+C reaches the whole process group, the api included; any other signal is passed on.
  if (signal !== 'SIGINT') child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
}

process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
start();
