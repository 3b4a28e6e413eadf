import { readFile, rm } from 'node:fs/promises';
import { Client } from 'pg';
import { STAFF_SESSIONS_FILE, STATE_FILE, type E2eState } from './env';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(pid: number): Promise<void> {
  // The api was started in its own process group: signal the group so its embedded PostgreSQL goes too.
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 15_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) signal('SIGKILL');
}

/** Stops each api with its mail catcher, and drops its database and files. */
export async function stopAll(states: E2eState[]): Promise<void> {
  await Promise.all(
    states.map(async (state) => {
      await stop(state.pid);
      await rm(STAFF_SESSIONS_FILE(state.baseUrl), { force: true });
      if (state.mail) await stop(state.mail.pid);
      if (state.database) {
        const client = new Client({ connectionString: state.database.adminUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${state.database.name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      }
      await rm(state.dataDir, { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

export default async function globalTeardown(): Promise<void> {
  let states: E2eState[];
  try {
    states = JSON.parse(await readFile(STATE_FILE, 'utf8')) as E2eState[];
  } catch {
    return;
  }
  await stopAll(states);
  await rm(STATE_FILE, { force: true });
}
