// Runs the api (the arguments: Node flags and the entry file) and starts it again whenever it dies, with a
// backoff that grows while it keeps dying and resets once it has run a minute. Each exit is logged with
// its code or signal; the api's own last words (an uncaught error, V8's "heap out of memory") are on the
// same stderr just above. SIGTERM and SIGINT stop the api gracefully and then the supervisor.
// Containers do not need this: their orchestrator restarts them (see docker/README.md).
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
if (!args.length) {
  process.stderr.write('usage: node scripts/supervise.mjs [node flags] dist/main.js\n');
  process.exit(2);
}
const STABLE_MS = 60_000;
const MAX_DELAY_MS = 30_000;
const GRACE_MS = 15_000;

let child;
let startedAt = 0;
let failures = 0;
let stopping = false;

const log = (level, msg, fields = {}) => process.stderr.write(`${JSON.stringify({ level, time: Date.now(), name: 'supervisor', msg, ...fields })}\n`);

function start() {
  startedAt = Date.now();
  child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, MENGYUAN_SUPERVISED: '1' } });
  child.on('exit', (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    const ranMs = Date.now() - startedAt;
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
