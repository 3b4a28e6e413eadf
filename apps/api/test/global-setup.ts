import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { createDataSource, runMigrations } from '../src/database/data-source';
import { databaseUrl, EMBEDDED_TEST_DIR, withServer } from './test-database';

const quiet = { info: () => undefined, debug: () => undefined };

/**
 * One migrated template database per run; each test file then gets its own copy (CREATE DATABASE …
 * TEMPLATE), so files are isolated and start in milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_SERVER_URL = process.env.DATABASE_URL;
  } else {
    const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_TEST_DIR, port: 54330, database: 'postgres', log: quiet });
    (globalThis as { __embeddedPg?: typeof embedded }).__embeddedPg = embedded;
    process.env.TEST_PG_SERVER_URL = embedded.url;
  }
  const template = `mengyuan_tpl_${process.pid}`;
  process.env.TEST_TEMPLATE_DB = template;
  await withServer(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  const ds = createDataSource(databaseUrl(template), { poolSize: 2 });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  // The job queue's schema too, so every copy opens its queue at once.
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: databaseUrl(template), schema: 'pgboss', supervise: false, schedule: false, max: 1 });
  await boss.start();
  await boss.stop({ graceful: false });
}
