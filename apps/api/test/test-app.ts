import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LoginDocument, LoginWithCodeDocument } from '@mengyuan/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { print, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DemoSeedService } from '../src/database/seed/demo-seed';
import { totpCodeAt } from '../src/modules/auth/services/two-factor.service';
import { runUnitOfWork } from '../src/common/unit-of-work/unit-of-work';
import { AuditService } from '../src/modules/audit/audit.service';
import { databaseUrl, withServer } from './test-database';

export interface Auth {
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[] };
}

export const TEST_JWT_SECRET = 'a'.repeat(64);

export interface TestApp {
  url: string;
  config: AppConfig;
  app: NestFastifyApplication;
  db: DataSource;
  clock: Clock;
  /** The database this app runs on (another app may share it: see `sameDatabaseAs`). */
  database: string;
  /** Sends an operation over HTTP, as any client would. */
  gql<T, V>(doc: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, auth?: Auth): Promise<GqlResponse<T>>;
  /** The operation's data; fails the test on any error. */
  data<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, auth?: Auth): Promise<T>;
  /** The operation's first error code; fails the test when it succeeds. */
  errorCode<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V, auth?: Auth): Promise<string>;
  login(email: string, password?: string): Promise<{ token: string; refreshToken: string; userId: string; organizationId: string }>;
  /** The demo alliance; its catalog (SKUs, offers, encrypted stock) only when asked, as it takes longer. */
  seedDemo(options?: { catalog?: boolean }): Promise<void>;
  /** Chains what waits in the audit outbox (writers never chain; the appender does, every 200 ms). */
  chained(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * A code for the demo's TOTP secret that this user has not used yet: each code works once, and one step either side
 * of now is accepted, so a spec signing in several times a minute takes the next unused step of the three.
 */
async function nextTotpCode(t: TestApp, email: string): Promise<string> {
  const now = t.clock.now().getTime();
  const step = Math.floor(now / 30_000);
  const used = new Set(((await t.db.query(`SELECT s.step::text FROM totp_used_steps s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email])) as { step: string }[]).map((r) => Number(r.step)));
  const free = [step, step + 1, step - 1].find((s) => !used.has(s));
  if (free === undefined) throw new Error(`every TOTP code near now is used for ${email}; move the test clock`);
  return totpCodeAt(DEMO_TOTP_SECRET, new Date(free * 30_000 + 1));
}

/**
 * The tests' HTTP client: at most 64 connections to the api, reused, as a load balancer in front of it would
 * hold them (a thousand concurrent requests then queue here rather than as a thousand sockets).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
        resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The whole api on a fresh database copied from the migrated template, listening on a random port.
 * `env` overrides configuration, e.g. { NODE_ENV: 'production' } or { JOBS_ENABLED: 'true' }.
 * `sameDatabaseAs` starts a second instance on another app's database (two replicas of one deployment);
 * the first app's close drops the database.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    sameDatabaseAs?: TestApp;
    /** The database URLs (DATABASE_URL, DATABASE_DIRECT_URL, DATABASE_READ_URL) for this run's own database, e.g. through a pooler. */
    urls?: (database: string) => Record<string, string>;
    /** A database of the caller's on another server: neither created from the template nor dropped. */
    external?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const template = process.env.TEST_TEMPLATE_DB;
  if (!template) throw new Error('global-setup did not run: TEST_TEMPLATE_DB is unset');
  const shared = options.sameDatabaseAs ?? (options.external ? ({ database: new URL(options.external.DATABASE_URL).pathname.slice(1) } as TestApp) : undefined);
  const database = shared?.database ?? `mengyuan_t_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  if (!shared) await withServer((c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  const config = loadConfig({
    NODE_ENV: 'test',
    JOBS_ENABLED: 'false',
    SEED_DEMO: 'false',
    JWT_SECRET: TEST_JWT_SECRET,
    CODE_ENCRYPTION_KEY: 'c'.repeat(64),
    FINGERPRINT_KEY: 'f'.repeat(64),
    AUDIT_SIGNING_KEY: 'a'.repeat(64),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'mengyuan-test-')),
    PORTAL_DIST: '/nonexistent',
    ADMIN_DIST: '/nonexistent',
    // Alliance staff need two-step sign-in in the product; the specs that test it turn it on (DEMO_TOTP_SECRET).
    TWO_FACTOR_REQUIRED_FOR_ALLIANCE: 'false',
    ...env,
    DATABASE_URL: databaseUrl(database),
    ...options.urls?.(database),
    ...options.external,
  });
  const running = await createApp(config);
  await running.app.listen({ port: 0, host: '127.0.0.1' });
  const address = running.app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const clock = running.app.get(Clock);

  async function gql<T, V>(doc: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, auth: Auth = {}): Promise<GqlResponse<T>> {
    const query = typeof doc === 'string' ? doc : print(doc);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...auth.headers };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.apiKey) headers['x-api-key'] = auth.apiKey;
    const res = await post(`${url}/graphql`, headers, JSON.stringify({ query, variables }));
    return { status: res.status, headers: res.headers, body: JSON.parse(res.text) as GqlResponse<T>['body'] };
  }

  const testApp: TestApp = {
    url,
    config,
    app: running.app,
    db: running.dataSource,
    clock,
    database,
    gql,
    async data<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, auth?: Auth): Promise<T> {
      const res = await gql(doc, variables, auth);
      if (res.body.errors?.length || res.body.data == null) throw new Error(`unexpected GraphQL answer: ${JSON.stringify(res.body)}`);
      return res.body.data;
    },
    async errorCode(doc, variables, auth) {
      const res = await gql(doc, variables, auth);
      const code = res.body.errors?.[0]?.extensions?.code;
      if (typeof code !== 'string') throw new Error(`expected an error, got ${JSON.stringify(res.body)}`);
      return code;
    },
    async login(email, password = DEMO_PASSWORD) {
      const first = await gql(LoginDocument, { email, password });
      // Two-step sign-in on (the demo's alliance staff, when required): the code an authenticator shows now.
      const needsCode = first.body.errors?.[0]?.extensions?.code === 'TWO_FACTOR_REQUIRED';
      if (!needsCode && first.body.errors?.length) throw new Error(`login ${email}: ${JSON.stringify(first.body.errors)}`);
      const { login } = needsCode ? await testApp.data(LoginWithCodeDocument, { email, password, totpCode: await nextTotpCode(testApp, email) }) : first.body.data!;
      return { token: login.accessToken, refreshToken: login.refreshToken, userId: login.user.id, organizationId: login.user.organization.id };
    },
    async seedDemo(options = {}) {
      await running.app.get(DemoSeedService).seedIfEmpty({ catalog: false, ...options });
    },
    async chained() {
      const audit = running.app.get(AuditService);
      while ((await runUnitOfWork(() => audit.flush())) > 0);
    },
    async close() {
      await running.close();
      if (!shared) await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
  return testApp;
}
