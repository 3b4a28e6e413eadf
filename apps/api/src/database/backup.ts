/* eslint-disable no-console -- a command-line tool: it talks to the operator on the terminal */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { loadConfig, REPO_ROOT, type AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

const run = promisify(execFile);

/** The secrets a restore needs, and what is lost without each. Their values never enter a backup. */
export const BACKUP_SECRETS: { name: string; without: string }[] = [
  { name: 'CODE_ENCRYPTION_KEY', without: 'every card code (and every webhook signing secret) stays ciphertext: the codes cannot be revealed or delivered again' },
  { name: 'FINGERPRINT_KEY', without: 'new imports can no longer be checked against the codes already held (duplicate and black-card detection breaks)' },
  { name: 'JWT_SECRET', without: 'every session ends (people sign in again); nothing else is lost' },
];

export interface Manifest {
  format: 1;
  createdAt: string;
  database: { name: string; serverVersion: string; pgDump: string; dumpFile: 'database.dump'; sha256: string; bytes: number; migrations: string[] };
  files: { storage: 'local' | 's3'; count: number; bytes: number; missing: string[]; entries: { key: string; sha256: string; bytes: number }[]; note?: string };
  /** SHA-256 of each secret's bytes, first 16 hex characters: enough to tell whether a restore has the same key. */
  secrets: Record<string, string>;
}

/** A URL's password goes to the tool in PGPASSWORD, not on its command line (where `ps` shows it). */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

const fingerprint = (key: Uint8Array) => createHash('sha256').update(key).digest('hex').slice(0, 16);

function secretFingerprints(config: AppConfig): Record<string, string> {
  return { CODE_ENCRYPTION_KEY: fingerprint(config.codes.encryptionKey), FINGERPRINT_KEY: fingerprint(config.codes.fingerprintKey), JWT_SECRET: fingerprint(config.jwt.secret) };
}

async function sha256File(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/**
 * A PostgreSQL client tool (pg_dump, pg_restore) at least as new as the server: PG_BIN's, then the PATH's, then
 * Debian's under /usr/lib/postgresql (newest first). An older pg_dump refuses a newer server, so say which to install.
 */
export async function pgTool(tool: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<{ path: string; version: string }> {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(join(process.env.PG_BIN, tool));
  candidates.push(tool);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const major of (await readdir(debian)).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a))) candidates.push(join(debian, major, 'bin', tool));
  }
  const seen: string[] = [];
  for (const path of candidates) {
    const version = await run(path, ['--version']).then((r) => r.stdout.trim(), () => null);
    if (!version) continue;
    // "pg_dump (PostgreSQL) 15.19 (Debian 15.19-0+deb12u1)"
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1]);
    seen.push(`${path} (${version})`);
    if (major >= serverMajor) return { path, version };
  }
  throw new Error(
    `${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server; found ${seen.length ? seen.join(', ') : 'none'}. ` +
      `Install the client tools of version ${serverMajor} (Debian: postgresql-client-${serverMajor}) and point PG_BIN at their bin directory.`,
  );
}

/** The database to back up or restore into: DATABASE_DIRECT_URL (never a pooler), DATABASE_URL, or the embedded one. */
async function database(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseDirectUrl ?? config.databaseUrl) return { url: (config.databaseDirectUrl ?? config.databaseUrl)! };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, portChosen: config.embeddedPgPortChosen, database: 'mengyuan', log: { info: () => undefined, debug: () => undefined } });
  return { url: embedded.url, embedded };
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && !entry.name.endsWith('.part')) out.push(path);
  }
  return out;
}

/**
 * `npm run backup`: the database (pg_dump, custom format: restorable table by table, compressed), then the stored
 * files (local storage; an S3 bucket is backed up by its own versioning), a manifest with checksums and the
 * secrets' fingerprints, and SECRETS.md saying which secrets a restore needs. The database first: a file is
 * written before its row commits, so every row in the dump finds its file.
 */
export async function backup(config: AppConfig, outDir: string): Promise<Manifest> {
  const { url, embedded } = await database(config);
  try {
    const client = new Client({ connectionString: url });
    await client.connect();
    const [{ server_version: serverVersion, server_version_num: num, db }] = (await client.query(`SELECT current_setting('server_version') AS server_version, current_setting('server_version_num')::int AS server_version_num, current_database() AS db`)).rows as { server_version: string; server_version_num: number; db: string }[];
    const migrations = ((await client.query(`SELECT name FROM migrations ORDER BY id`).catch(() => ({ rows: [] }))).rows as { name: string }[]).map((r) => r.name);
    const fileRows = ((await client.query(`SELECT storage_key, sha256 FROM files ORDER BY storage_key`).catch(() => ({ rows: [] }))).rows as { storage_key: string; sha256: string }[]);
    await client.end();

    await mkdir(outDir, { recursive: true });
    const pgDump = await pgTool('pg_dump', Math.floor(num / 10_000));
    const dumpFile = join(outDir, 'database.dump');
    const conn = toolConnection(url);
    await run(pgDump.path, ['--format=custom', '--no-owner', '--no-privileges', `--file=${dumpFile}`, `--dbname=${conn.dbname}`], { maxBuffer: 64 * 1024 * 1024, env: conn.env });

    const files: Manifest['files'] = { storage: config.files.storage, count: 0, bytes: 0, missing: [], entries: [] };
    if (config.files.storage === 'local') {
      const stored = new Set((await walk(config.files.dir)).map((p) => relative(config.files.dir, p)));
      for (const row of fileRows) if (!stored.has(row.storage_key)) files.missing.push(row.storage_key);
      for (const key of stored) {
        const target = join(outDir, 'files', key);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(config.files.dir, key), target);
        const bytes = (await stat(target)).size;
        files.entries.push({ key, sha256: await sha256File(target), bytes });
        files.count++;
        files.bytes += bytes;
      }
    } else {
      files.note = `files are in the S3 bucket ${config.files.s3.bucket}${config.files.s3.prefix ? ` under ${config.files.s3.prefix}` : ''}: keep it versioned (or replicated); this backup holds only their rows`;
    }

    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: { name: db, serverVersion, pgDump: pgDump.version, dumpFile: 'database.dump', sha256: await sha256File(dumpFile), bytes: (await stat(dumpFile)).size, migrations },
      files,
      secrets: secretFingerprints(config),
    };
    await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await writeFile(
      join(outDir, 'SECRETS.md'),
      [
        '# Secrets this backup needs (not in it)',
        '',
        `Backup of database \`${db}\` taken ${manifest.createdAt}. Restore it with the same values of:`,
        '',
        ...BACKUP_SECRETS.map((s) => `- \`${s.name}\` (fingerprint \`${manifest.secrets[s.name]}\`): without it ${s.without}.`),
        '',
        'Keep them apart from the backup (a secrets manager, or a sealed copy), never beside it. The fingerprint is the',
        'first 16 hex characters of SHA-256 of the key: `npm run restore` compares it with the keys it is given.',
        ...(files.note ? ['', `Files: ${files.note}.`] : []),
        '',
      ].join('\n'),
    );
    return manifest;
  } finally {
    await embedded?.stop();
  }
}

/**
 * `npm run restore <dir>`: into an empty database (created when it does not exist; refused when it has tables),
 * pg_restore in one transaction, then the files into FILES_DIR, each checked against its checksum. Warns when
 * the secrets given are not the backup's.
 */
export async function restore(config: AppConfig, fromDir: string): Promise<{ manifest: Manifest; warnings: string[] }> {
  const manifest = JSON.parse(await readFile(join(fromDir, 'manifest.json'), 'utf8')) as Manifest;
  const dumpFile = join(fromDir, manifest.database.dumpFile);
  if ((await sha256File(dumpFile)) !== manifest.database.sha256) throw new Error(`${dumpFile} does not match its checksum in manifest.json: the backup is damaged`);
  const warnings: string[] = [];
  const given = secretFingerprints(config);
  for (const s of BACKUP_SECRETS) {
    if (given[s.name] !== manifest.secrets[s.name]) warnings.push(`${s.name} is not the one this backup was taken with (fingerprint ${given[s.name]}, backup ${manifest.secrets[s.name]}): ${s.without}`);
  }
  const { url, embedded } = await database(config);
  try {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const server = new Client({ connectionString: admin.toString() });
    await server.connect();
    const num = Number((await server.query(`SELECT current_setting('server_version_num') AS n`)).rows[0].n);
    if (!(await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) await server.query(`CREATE DATABASE ${server.escapeIdentifier(name)}`);
    await server.end();
    const client = new Client({ connectionString: url });
    await client.connect();
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows as { n: number }[];
    await client.end();
    if (n > 0) throw new Error(`database ${name} is not empty (${n} tables): restore into a new database (set DATABASE_URL to one that does not exist yet)`);
    const pgRestore = await pgTool('pg_restore', Math.floor(num / 10_000));
    const conn = toolConnection(url);
    await run(pgRestore.path, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${conn.dbname}`, dumpFile], { maxBuffer: 64 * 1024 * 1024, env: conn.env });

    if (manifest.files.storage === 'local' && config.files.storage === 'local') {
      for (const e of manifest.files.entries) {
        const from = join(fromDir, 'files', e.key);
        const to = join(config.files.dir, e.key);
        if ((await sha256File(from)) !== e.sha256) throw new Error(`${from} does not match its checksum: the backup is damaged`);
        if (existsSync(to)) {
          if ((await sha256File(to)) !== e.sha256) throw new Error(`${to} exists with other contents: restore the files into an empty FILES_DIR`);
          continue;
        }
        await mkdir(dirname(to), { recursive: true });
        await copyFile(from, to);
      }
    } else if (manifest.files.note) warnings.push(`files: ${manifest.files.note}`);
    if (manifest.files.missing.length) warnings.push(`${manifest.files.missing.length} files had rows but no bytes when the backup was taken: ${manifest.files.missing.slice(0, 5).join(', ')}`);
    return { manifest, warnings };
  } finally {
    await embedded?.stop();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const arg = (flag: string) => {
    const i = rest.indexOf(flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command === 'backup') {
    const out = resolve(arg('--out') ?? join(REPO_ROOT, 'backups', `mengyuan-${new Date().toISOString().replace(/[:.]/g, '-')}`));
    const m = await backup(config, out);
    console.log(`Backup written to ${out}`);
    console.log(`  database ${m.database.name}: ${(m.database.bytes / 1024 / 1024).toFixed(1)} MB (${m.database.pgDump}), ${m.database.migrations.length} migrations`);
    console.log(`  files: ${m.files.storage === 'local' ? `${m.files.count} (${(m.files.bytes / 1024 / 1024).toFixed(1)} MB)` : m.files.note}${m.files.missing.length ? `; ${m.files.missing.length} rows without bytes` : ''}`);
    console.log(`  secrets it needs (not in it): ${BACKUP_SECRETS.map((s) => s.name).join(', ')}: see ${join(out, 'SECRETS.md')}`);
  } else if (command === 'restore') {
    const from = rest.find((a) => !a.startsWith('--'));
    if (!from) throw new Error('usage: npm run restore -- <backup directory>   (into DATABASE_URL, which must be empty or not exist yet)');
    const { manifest, warnings } = await restore(config, resolve(from));
    console.log(`Restored ${manifest.database.name} of ${manifest.createdAt} and ${manifest.files.count} files.`);
    for (const w of warnings) console.warn(`  warning: ${w}`);
    console.log('  Next: start the api with the same secrets, then check ledgerCheck and verifyAuditChain (admin console, or GraphQL).');
  } else {
    throw new Error('usage: backup.js backup [--out DIR] | restore DIR');
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`${process.argv[2] ?? 'backup'} failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
