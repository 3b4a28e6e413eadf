import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INVITATION_TTL_HOURS, RISK_DEFAULTS, TOPUP_DEADLINE_SECONDS } from '@mengyuan/domain';

/** Everything the api reads from its environment, typed and defaulted in one place. */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: string;
  seedDemo: boolean;
  jobsEnabled: boolean;
  jwt: { secret: Uint8Array; issuer: string; audience: string; accessTtlSeconds: number };
  refreshTtlSeconds: number;
  /** How long a team invitation can be accepted. */
  invitationTtlHours: number;
  /** Exports stop after this many rows (narrow the filter for more). */
  exportMaxRows: number;
  bodyLimitBytes: number;
  graphql: { maxDepth: number; maxComplexity: number };
  loginLimits: { windowSeconds: number; perAccount: number; perIp: number };
  files: {
    dir: string;
    maxBytes: number;
    /** local (under dir) or s3 (S3 or an S3-compatible object store). */
    storage: 'local' | 's3';
    s3: { bucket: string; region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; prefix?: string };
  };
  /** Webhook delivery: private and loopback targets are refused unless allowed (tests allow loopback). */
  webhooks: {
    allowPrivate: boolean;
    retryLimit: number;
    retryDelaySeconds: number;
    timeoutMs: number;
    /** Deliveries in flight at once per process, and per endpoint across the cluster. */
    concurrency: number;
    endpointConcurrency: number;
    /** After this many failures in a row an endpoint's circuit opens for breakerSeconds (doubling while it keeps failing). */
    breakerFailures: number;
    breakerSeconds: number;
  };
  /** Order-time risk thresholds (DESIGN.md §2.9). */
  topupDeadlineSeconds: number;
  risk: { reviewAboveFen: bigint; velocityPerMinute: number; deviceSharedMembers: number; unverifiedOrderCapFen: bigint };
  /** AES-256-GCM key for card codes at rest, and the HMAC key of their alliance-wide fingerprints. */
  codes: { encryptionKey: Uint8Array; fingerprintKey: Uint8Array };
  /** Where the built apps are served from; absent folders are skipped. */
  staticApps: { portalDir: string; adminDir: string };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The repository root: apps/api/{src,dist}/config → ../../../.. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/**
 * A secret from the environment, or — outside production — one generated once and kept under dataDir, so a
 * bare machine works and restarts keep sessions. Production refuses to start without it.
 */
export function secretFromEnvOrFile(env: NodeJS.ProcessEnv, name: string, dataDir: string, production: boolean): Uint8Array {
  const raw = env[name];
  if (raw) {
    const buf = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'utf8');
    if (buf.length < 32) throw new Error(`${name} must be at least 32 bytes (or 64 hex characters)`);
    return new Uint8Array(buf);
  }
  if (production) throw new Error(`${name} must be set when NODE_ENV=production`);
  const dir = join(dataDir, 'secrets');
  const file = join(dir, `${name.toLowerCase()}.hex`);
  if (!existsSync(file)) {
    // The data dir stays traversable (the embedded PostgreSQL runs as its own user); secrets/ does not.
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development') as AppConfig['nodeEnv'];
  const isProduction = nodeEnv === 'production';
  const dataDir = resolve(env.DATA_DIR || join(REPO_ROOT, '.data'));
  return {
    nodeEnv,
    isProduction,
    port: int(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54320),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: bool(env, 'SEED_DEMO', !isProduction),
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    jwt: {
      secret: secretFromEnvOrFile(env, 'JWT_SECRET', dataDir, isProduction),
      issuer: env.JWT_ISSUER || 'mengyuan',
      audience: env.JWT_AUDIENCE || 'mengyuan-api',
      accessTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    },
    refreshTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', INVITATION_TTL_HOURS),
    exportMaxRows: int(env, 'EXPORT_MAX_ROWS', 100_000),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    graphql: { maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10), maxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 2000) },
    loginLimits: {
      windowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 15 * 60),
      perAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
      perIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 30),
    },
    codes: {
      encryptionKey: secretFromEnvOrFile(env, 'CODE_ENCRYPTION_KEY', dataDir, isProduction),
      fingerprintKey: secretFromEnvOrFile(env, 'FINGERPRINT_KEY', dataDir, isProduction),
    },
    webhooks: {
      allowPrivate: bool(env, 'WEBHOOKS_ALLOW_PRIVATE', false),
      retryLimit: int(env, 'WEBHOOK_RETRY_LIMIT', 8),
      retryDelaySeconds: int(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 10),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000),
      concurrency: int(env, 'WEBHOOK_CONCURRENCY', 32),
      endpointConcurrency: int(env, 'WEBHOOK_ENDPOINT_CONCURRENCY', 4),
      breakerFailures: int(env, 'WEBHOOK_BREAKER_FAILURES', 5),
      breakerSeconds: int(env, 'WEBHOOK_BREAKER_SECONDS', 30),
    },
    topupDeadlineSeconds: int(env, 'TOPUP_DEADLINE_SECONDS', TOPUP_DEADLINE_SECONDS),
    risk: {
      reviewAboveFen: BigInt(int(env, 'RISK_REVIEW_ABOVE_FEN', Number(RISK_DEFAULTS.reviewAboveFen))),
      velocityPerMinute: int(env, 'ORDER_VELOCITY_PER_MINUTE', RISK_DEFAULTS.velocityPerMinute),
      deviceSharedMembers: int(env, 'DEVICE_SHARED_MEMBERS', RISK_DEFAULTS.deviceSharedMembers),
      unverifiedOrderCapFen: BigInt(int(env, 'UNVERIFIED_ORDER_CAP_FEN', Number(RISK_DEFAULTS.unverifiedOrderCapFen))),
    },
    files: {
      dir: resolve(env.FILES_DIR || join(dataDir, 'files')),
      maxBytes: int(env, 'FILES_MAX_BYTES', 10 * 1024 * 1024),
      storage: env.FILES_STORAGE === 's3' ? 's3' : 'local',
      s3: {
        bucket: env.S3_BUCKET || 'mengyuan-files',
        region: env.S3_REGION || 'us-east-1',
        endpoint: env.S3_ENDPOINT || undefined,
        accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
        prefix: env.S3_PREFIX || undefined,
      },
    },
    staticApps: {
      portalDir: env.PORTAL_DIST || join(REPO_ROOT, 'apps', 'portal', 'dist'),
      adminDir: env.ADMIN_DIST || join(REPO_ROOT, 'apps', 'admin', 'dist'),
    },
  };
}
