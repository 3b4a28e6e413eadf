import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LedgerCheckDocument, VerifyAuditChainDocument } from '@mengyuan/graphql';
import { CodeCipher } from '../../src/common/crypto/code-cipher';
import { pgTool, type Manifest } from '../../src/database/backup';
import { FileService } from '../../src/modules/files/services/file.service';
import { deliveredOrder, deposit } from '../factories';
import { databaseUrl, withServer } from '../test-database';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../test-app';

const run = promisify(execFile);
const BACKUP_JS = join(__dirname, '..', '..', 'dist', 'database', 'backup.js');

/** Whether this machine has a pg_dump for the test server (CI's PostgreSQL 15 has; the embedded 17 may not). */
async function haveTools(): Promise<boolean> {
  const { rows } = await withServer((c) => c.query(`SELECT current_setting('server_version_num')::int / 10000 AS major`));
  return pgTool('pg_dump', rows[0].major as number).then(() => true, () => false);
}

/**
 * The backup drill: back up the demo alliance (`npm run backup`: database, stored files, manifest, the secrets
 * it needs), restore it into a fresh database and files directory (`npm run restore`), start the api on it with
 * the same secrets, and find it whole: the ledger balances, the audit chain verifies, every stored file reads
 * back with its checksum, every card code decrypts to what it was.
 */
describe('backup and restore drill', () => {
  let t: TestApp;
  let restored: TestApp | undefined;
  const work = mkdtempSync(join(tmpdir(), 'mengyuan-backup-'));
  const restoredDb = `mengyuan_restored_${process.pid}_${Date.now()}`;
  const secrets = { JWT_SECRET: TEST_JWT_SECRET, CODE_ENCRYPTION_KEY: 'c'.repeat(64), FINGERPRINT_KEY: 'f'.repeat(64) };
  const cli = (args: string[], env: Record<string, string>) =>
    run(process.execPath, [BACKUP_JS, ...args], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...secrets, ...env }, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    if (!(await haveTools()) && !process.env.CI) {
      console.warn('backup drill skipped: no pg_dump as new as the test server here (install postgresql-client-<major>; CI has it)');
      return;
    }
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    await deposit(t, admin, m.organizationId, '100000');
    // A code sold and revealed, so the drill covers codes in every state the demo has.
    const [sku] = (await t.db.query(`SELECT o.sku_id AS id FROM offers o JOIN skus s ON s.id = o.sku_id WHERE o.status = 'LIVE' AND o.stock_available > 5 AND s.delivery_mode = 'CARD_CODE' ORDER BY o.stock_available DESC LIMIT 1`)) as { id: string }[];
    await deliveredOrder(t, m.token, sku.id);
  }, 180_000);

  afterAll(async () => {
    await restored?.close();
    await t?.close();
    await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`)).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it('backs up the demo, restores it into a fresh database, and the restored alliance is whole', async () => {
    if (!t) return;
    const out = join(work, 'backup');
    const t0 = Date.now();
    const backedUp = await cli(['backup', '--out', out], { DATABASE_URL: databaseUrl(t.database), DATA_DIR: t.config.dataDir, FILES_DIR: t.config.files.dir });
    expect(backedUp.stdout).toContain(`Backup written to ${out}`);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    const [{ files }] = (await t.db.query(`SELECT count(*)::int AS files FROM files`)) as { files: number }[];
    expect(files).toBeGreaterThan(0);
    expect(manifest.files).toMatchObject({ storage: 'local', count: files, missing: [] });
    expect(existsSync(join(out, 'database.dump'))).toBe(true);
    const secretsNote = readFileSync(join(out, 'SECRETS.md'), 'utf8');
    for (const name of ['CODE_ENCRYPTION_KEY', 'FINGERPRINT_KEY', 'JWT_SECRET']) expect(secretsNote).toContain(name);
    expect(secretsNote).not.toContain('c'.repeat(64));

    // Restore into a database that does not exist yet, and an empty files directory.
    const filesDir = join(work, 'restored-files');
    const restoreEnv = { DATABASE_URL: databaseUrl(restoredDb), DATA_DIR: join(work, 'restored-data'), FILES_DIR: filesDir };
    const t1 = Date.now();
    const done = await cli(['restore', out], restoreEnv);
    const t2 = Date.now();
    expect(done.stdout).toContain(`and ${files} files`);
    expect(done.stderr).not.toContain('warning');
    // A second restore into the now non-empty database is refused.
    await expect(cli(['restore', out], restoreEnv)).rejects.toMatchObject({ stderr: expect.stringContaining('is not empty') });
    // Another key is named as the loss it is.
    const wrongKey = await cli(['restore', out], { ...restoreEnv, DATABASE_URL: databaseUrl(`${restoredDb}_k`), CODE_ENCRYPTION_KEY: 'd'.repeat(64) }).finally(() =>
      withServer((c) => c.query(`DROP DATABASE IF EXISTS ${restoredDb}_k WITH (FORCE)`)),
    );
    expect(wrongKey.stderr).toContain('warning: CODE_ENCRYPTION_KEY is not the one this backup was taken with');

    restored = await startTestApp({ FILES_DIR: filesDir }, { external: { DATABASE_URL: databaseUrl(restoredDb) } });
    const admin = (await restored.login('admin@mengyuan.demo')).token;
    expect((await restored.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck).toMatchObject({ ok: true, unbalancedTransactions: [], drift: [] });
    const chain = (await restored.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain;
    expect(chain).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(chain.checked).toBeGreaterThan(0);

    // Every stored file reads back, byte for byte.
    const rows = (await restored.db.query(`SELECT id, sha256 FROM files ORDER BY id`)) as { id: string; sha256: string }[];
    expect(rows).toHaveLength(files);
    for (const row of rows) {
      const { data } = await restored.app.get(FileService).readShared(row.id);
      expect(createHash('sha256').update(data).digest('hex')).toBe(row.sha256);
    }

    // Every card code decrypts with the same key, to what it was.
    const codes = async (app: TestApp) => {
      const all = (await app.db.query(`SELECT id, ciphertext, nonce FROM card_codes ORDER BY id`)) as { id: string; ciphertext: Buffer; nonce: Buffer }[];
      const cipher = app.app.get(CodeCipher);
      return all.map((c) => [c.id, JSON.stringify(cipher.decrypt(c.id, c.ciphertext, c.nonce))]);
    };
    const before = await codes(t);
    expect(before.length).toBeGreaterThan(10);
    expect(await codes(restored)).toEqual(before);
    console.warn(
      `backup drill: database ${(manifest.database.bytes / 1024).toFixed(0)} KB dump and ${files} files backed up in ${t1 - t0} ms, restored in ${t2 - t1} ms; ` +
        `${rows.length} files and ${before.length} codes checked, ${chain.checked} audit events verified`,
    );
  }, 240_000);
});
