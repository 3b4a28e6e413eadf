import { join } from 'node:path';
import { Client } from 'pg';

/** The PostgreSQL server the tests use: DATABASE_URL's, or the embedded one global-setup started. */
export function serverUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url) throw new Error('global-setup did not run: TEST_PG_SERVER_URL is unset');
  return url;
}

export function databaseUrl(database: string): string {
  const u = new URL(serverUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const EMBEDDED_TEST_DIR = join(__dirname, '..', '..', '..', '.data', 'test');
