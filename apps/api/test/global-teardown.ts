import type { EmbeddedDatabase } from '../src/database/embedded-postgres';
import { withServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DB;
  if (template) await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  await (globalThis as { __embeddedPg?: EmbeddedDatabase }).__embeddedPg?.stop();
}
