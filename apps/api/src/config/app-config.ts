import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { APPEAL_WINDOW_DAYS, DEFAULT_PRIOR_WEIGHTS, ELIMINATION_THRESHOLD, INVITATION_TTL_HOURS, PRICE_NOTICE_HOURS, RISK_DEFAULTS, RoutingRule, TOPUP_DEADLINE_SECONDS } from '@mengyuan/domain';

/** Everything the api reads from its environment, typed and defaulted in one place. */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started under dataDir. Request traffic; may be a transaction-mode pooler. */
  databaseUrl: string | undefined;
  /**
   * The same database without a pooler, for the few session-bound connections (LISTEN, the job queue, migrations'
   * and the seed's advisory locks). Set means DATABASE_URL is a transaction-mode pooler (PgBouncer): no named
   * prepared statements and no session settings go through it. Unset: DATABASE_URL serves both.
   */
  databaseDirectUrl: string | undefined;
  /** A streaming replica for dashboards, searches, exports, statements and scorecard pages; unset: the primary. */
  databaseReadUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  /** EMBEDDED_PG_PORT was set: if that port is taken, stop (rather than move to a free one). */
  embeddedPgPortChosen: boolean;
  logLevel: string;
  /** Unset: standard output. */
  logFile: string | undefined;
  seedDemo: boolean;
  /** The demo's docked supplier (its own system: the supplier simulator); off in tests unless asked (the browser tests ask). */
  seedDockingDemo: boolean;
  jobsEnabled: boolean;
  jwt: { secret: Uint8Array; issuer: string; audience: string; accessTtlSeconds: number };
  refreshTtlSeconds: number;
  /** How long a team invitation can be accepted. */
  invitationTtlHours: number;
  /** Exports stop after this many rows (narrow the filter for more). */
  exportMaxRows: number;
  bodyLimitBytes: number;
  /** The api's PostgreSQL pool: its size, and how long a request waits for a connection or a statement. */
  database: {
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /** DATABASE_URL is a transaction-mode pooler (DATABASE_DIRECT_URL is set). */
    pooled: boolean;
    /** The read replica's pool, and how far behind the primary it may be and still serve reads. */
    readPoolSize: number;
    readMaxLagMs: number;
  };
  /** The job queue: heartbeats of running jobs, how often a pass looks for dead workers' jobs, idle polling. */
  jobs: { heartbeatSeconds: number; superviseSeconds: number; idlePollSeconds: number };
  /** GET /metrics: a bearer token it asks for when set. */
  metrics: { token: string | undefined };
  graphql: GraphqlLimitsConfig;
  /** Live updates (GraphQL subscriptions): how many one socket may hold at once (0: no cap). */
  live: { maxSubscriptionsPerSocket: number };
  /** Slow clients: how long a request may take to arrive, an idle connection may stay open, and so on. */
  http: { connectionTimeoutMs: number; requestTimeoutMs: number; headersTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number };
  /** Load shedding: past these, requests answer 503 SERVICE_UNAVAILABLE instead of running out of memory. */
  pressure: { maxEventLoopDelayMs: number; maxHeapUsedBytes: number; maxRssBytes: number };
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
    /** A delivery being sent is leased to its replica this long, renewed every second while it is in flight. */
    leaseSeconds: number;
    /** After this many failures in a row an endpoint's circuit opens for breakerSeconds (doubling while it keeps failing). */
    breakerFailures: number;
    breakerSeconds: number;
  };
  /** Order-time risk thresholds (DESIGN.md §2.9). */
  topupDeadlineSeconds: number;
  /** Default notice (hours) before a unified price change applies (PRICE_NOTICE_HOURS); the console's setting overrides it. */
  priceNoticeHours: number;
  risk: { reviewAboveFen: bigint; velocityPerMinute: number; deviceSharedMembers: number; unverifiedOrderCapFen: bigint };
  /** Scorecards and quarterly evaluation (DESIGN.md §2.7). */
  scores: {
    /** m of the reputation's Bayesian average (SCORE_REPUTATION_PRIOR_WEIGHT, default 20 ratings). */
    reputationPriorWeight: number;
    /** A total below this in a quarterly run makes an elimination candidate (EVALUATION_THRESHOLD, default 60). */
    eliminationThreshold: number;
    /** Days a candidate may appeal (EVALUATION_APPEAL_DAYS, default 7). */
    appealDays: number;
    /**
     * Elimination holdback: the share of the payable held for the complaint window is the larger of a floor
     * (ELIMINATION_HOLDBACK_MIN_PERCENT, default 10) and the supplier's refund rate of the last 90 days times
     * ELIMINATION_HOLDBACK_MULTIPLIER (default 2), at most all of it; released after ELIMINATION_HOLDBACK_DAYS (default 30).
     */
    holdbackMinPercent: number;
    holdbackMultiplier: number;
    holdbackDays: number;
  };
  /** Score-based routing (DESIGN.md §2.6–2.7). */
  routing: {
    /** STRICT (by score, then fulfilment rate) or WEIGHTED (first pick ∝ max(floor, score)^exponent): ROUTING_RULE. */
    rule: RoutingRule;
    /** ROUTING_SCORE_EXPONENT (default 2) and ROUTING_SCORE_FLOOR (default 10). */
    exponent: number;
    floor: number;
    /** Share of orders a probation supplier may be tried first for, 0–1 (ROUTING_PROBATION_SHARE, default 0.2). */
    probationShare: number;
    /** How long routing reuses the scores it read (ROUTING_SCORE_CACHE_MS, default 30 s). */
    scoreCacheMs: number;
  };
  /** AES-256-GCM key for card codes at rest, and the HMAC key of their alliance-wide fingerprints. */
  codes: { encryptionKey: Uint8Array; fingerprintKey: Uint8Array };
  /**
   * The alliance's Ed25519 key that signs the audit log's checkpoints and the ledger's (AUDIT_SIGNING_KEY: the
   * 32-byte seed, 64 hex), and the log's name in them (AUDIT_LOG_ORIGIN); checkpoints every N minutes.
   */
  audit: { signingSeed: Uint8Array; origin: string; checkpointMinutes: number };
  /** Where the built apps are served from; absent folders are skipped. */
  staticApps: { portalDir: string; adminDir: string };
  /** Money in and out (issue 20). */
  payments: {
    /** AES-256-GCM key of the channels' keys and certificates at rest (PAYMENT_SECRETS_KEY). */
    secretsKey: Uint8Array;
    /** Serve the channels' sandbox gateways under /sim (PAYMENT_SIMULATORS; default on outside production). */
    simulators: boolean;
    /** Where the simulators keep their generated keys and trades (PAYMENT_SIM_DIR, default DATA_DIR/payment-sim; tests: in memory). */
    simulatorDir: string | undefined;
  };
  /** PUBLIC_URL: the address people and gateways reach the apps at (links in e-mail, payment notifies); unset: where it listens (PublicUrl). */
  publicUrl: string | undefined;
  /** E-mail over SMTP: unset smtpUrl leaves e-mail undeliverable (retried, then shown to the admin as failed). */
  mail: { smtpUrl: string | undefined; from: string; timeoutMs: number };
  /** Delivery of e-mail and robot messages (DESIGN.md §2.11). */
  notices: {
    retryLimit: number;
    retryDelaySeconds: number;
    /** Per send: an SMTP server or robot slower than this counts as failed and is retried. */
    timeoutMs: number;
    /** Messages in flight at once per process. */
    concurrency: number;
    /** Notices of NORMAL urgency wait this long to be bundled into one message per person and channel. */
    digestSeconds: number;
    /** A breach nobody at the supplier answered within this goes to the alliance. */
    escalateAfterMinutes: number;
    /** Robot URLs on loopback or private addresses (the repo's robot simulator); off in production. */
    robotsAllowPrivate: boolean;
  };
  passwordReset: { ttlMinutes: number; windowSeconds: number; perAccount: number; perIp: number };
  /** Two-step sign-in (TOTP): required for alliance staff unless turned off (the integration specs do). */
  twoFactor: { requiredForAlliance: boolean; issuer: string };
}

/** What one GraphQL document may cost, checked before it is parsed, validated or run. */
export interface DocumentLimits {
  /** Characters of the query text (checked first, at no cost). */
  maxQueryLength: number;
  /** Lexical tokens: the parser stops at this count. */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Structural cost of the document (GraphQL Armor's cost-limit: fields weighted by depth), before validation. */
  maxCost: number;
  /** Execution complexity with the request's variables (page sizes count as asked), before execution. */
  maxComplexity: number;
}

export interface GraphqlLimitsConfig {
  /** Callers without a valid credential. */
  anonymous: DocumentLimits;
  /** Signed-in users and API keys. */
  signedIn: DocumentLimits;
  /** Parsed and validated documents kept per query text, so a repeated query is neither parsed nor validated again. */
  documentCacheSize: number;
  /** Characters of any one string argument that has no tighter limit of its own. */
  maxStringLength: number;
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

/** One caller tier's document limits: `${prefix}MAX_TOKENS` and so on, each with its default. */
function documentLimits(env: NodeJS.ProcessEnv, prefix: string, defaults: DocumentLimits): DocumentLimits {
  const name = (key: string) => `${prefix}${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
  return Object.fromEntries(Object.entries(defaults).map(([key, fallback]) => [key, int(env, name(key), fallback)])) as unknown as DocumentLimits;
}

function num(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number ${min}–${max}, got "${raw}"`);
  return n;
}

function routingRule(env: NodeJS.ProcessEnv): RoutingRule {
  const raw = (env.ROUTING_RULE || RoutingRule.STRICT).toUpperCase();
  if (raw !== RoutingRule.STRICT && raw !== RoutingRule.WEIGHTED) throw new Error(`ROUTING_RULE must be STRICT or WEIGHTED, got "${env.ROUTING_RULE}"`);
  return raw;
}

/** The audit log's name in its signed checkpoints: one word without '+' (the signed-note key name). */
function logOrigin(env: NodeJS.ProcessEnv): string {
  const origin = env.AUDIT_LOG_ORIGIN || 'mengyuan/audit';
  if (!/^[^\s+]{1,100}$/.test(origin)) throw new Error(`AUDIT_LOG_ORIGIN must be one word without '+', got "${origin}"`);
  return origin;
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
    databaseDirectUrl: (env.DATABASE_URL && env.DATABASE_DIRECT_URL) || undefined,
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || undefined,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54320),
    embeddedPgPortChosen: Boolean(env.EMBEDDED_PG_PORT),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    logFile: env.LOG_FILE || undefined,
    seedDemo: bool(env, 'SEED_DEMO', !isProduction),
    seedDockingDemo: bool(env, 'SEED_DOCKING_DEMO', nodeEnv !== 'test'),
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
    database: {
      poolSize: int(env, 'DB_POOL_SIZE', 20),
      // Also the longest a request queues for a free connection: a burst of orders waits its turn rather than
      // answering 503; an unreachable database (no answer at all) is a 503 after this.
      connectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 30_000),
      statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 30_000),
      pooled: Boolean(env.DATABASE_URL && env.DATABASE_DIRECT_URL),
      readPoolSize: int(env, 'DB_READ_POOL_SIZE', 10),
      readMaxLagMs: int(env, 'DATABASE_READ_MAX_LAG_MS', 10_000),
    },
    jobs: {
      // pg-boss's minimum; the worker refreshes it every half of it.
      heartbeatSeconds: Math.max(10, int(env, 'JOB_HEARTBEAT_SECONDS', 10)),
      superviseSeconds: Math.max(1, int(env, 'JOB_SUPERVISE_SECONDS', 5)),
      idlePollSeconds: Math.max(1, int(env, 'JOB_IDLE_POLL_SECONDS', 5)),
    },
    metrics: { token: env.METRICS_TOKEN || undefined },
    graphql: {
      anonymous: documentLimits(env, 'GRAPHQL_ANON_', { maxQueryLength: 5_000, maxTokens: 500, maxDepth: 8, maxAliases: 5, maxDirectives: 5, maxCost: 1_000, maxComplexity: 300 }),
      signedIn: documentLimits(env, 'GRAPHQL_', {
        maxQueryLength: 50_000,
        maxTokens: 2_000,
        maxDepth: 10,
        maxAliases: 30,
        maxDirectives: 20,
        maxCost: 3_000,
        maxComplexity: 2_000,
      }),
      documentCacheSize: int(env, 'GRAPHQL_DOCUMENT_CACHE_SIZE', 1024),
      maxStringLength: int(env, 'GRAPHQL_MAX_STRING_LENGTH', 10_000),
    },
    live: {
      maxSubscriptionsPerSocket: int(env, 'LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET', 50),
    },
    http: {
      // Off by default: it cuts a socket silent both ways even while its request waits its turn under load.
      // Slow senders are cut by the header and request timeouts, idle keep-alive sockets by its own.
      connectionTimeoutMs: int(env, 'HTTP_CONNECTION_TIMEOUT_MS', 0),
      requestTimeoutMs: int(env, 'HTTP_REQUEST_TIMEOUT_MS', 120_000),
      // Counted from the connection's start: a burst of new connections on a busy api must fit in it.
      headersTimeoutMs: int(env, 'HTTP_HEADERS_TIMEOUT_MS', 30_000),
      // Fastify's default, above the idle timeout of common load balancers (60 s); a short one races clients
      // that reuse a socket just as the server closes it (ECONNRESET).
      keepAliveTimeoutMs: int(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 72_000),
      maxConnections: int(env, 'HTTP_MAX_CONNECTIONS', 10_000),
    },
    pressure: {
      // Opt-in: the first sample after start-up counts the start-up itself, and a machine busy with other work
      // would shed requests the api could serve. The heap guard below is what keeps the process alive.
      maxEventLoopDelayMs: int(env, 'PRESSURE_MAX_EVENT_LOOP_DELAY_MS', 0),
      maxHeapUsedBytes: int(env, 'PRESSURE_MAX_HEAP_USED_BYTES', Math.floor(getHeapStatistics().heap_size_limit * 0.85)),
      maxRssBytes: int(env, 'PRESSURE_MAX_RSS_BYTES', 0),
    },
    loginLimits: {
      windowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 15 * 60),
      perAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
      perIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 30),
    },
    codes: {
      encryptionKey: secretFromEnvOrFile(env, 'CODE_ENCRYPTION_KEY', dataDir, isProduction),
      fingerprintKey: secretFromEnvOrFile(env, 'FINGERPRINT_KEY', dataDir, isProduction),
    },
    audit: {
      signingSeed: secretFromEnvOrFile(env, 'AUDIT_SIGNING_KEY', dataDir, isProduction),
      origin: logOrigin(env),
      checkpointMinutes: int(env, 'AUDIT_CHECKPOINT_MINUTES', 10),
    },
    webhooks: {
      allowPrivate: bool(env, 'WEBHOOKS_ALLOW_PRIVATE', false),
      retryLimit: int(env, 'WEBHOOK_RETRY_LIMIT', 8),
      retryDelaySeconds: int(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 10),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000),
      concurrency: int(env, 'WEBHOOK_CONCURRENCY', 32),
      endpointConcurrency: int(env, 'WEBHOOK_ENDPOINT_CONCURRENCY', 4),
      leaseSeconds: Math.max(2, int(env, 'WEBHOOK_LEASE_SECONDS', 5)),
      breakerFailures: int(env, 'WEBHOOK_BREAKER_FAILURES', 5),
      breakerSeconds: int(env, 'WEBHOOK_BREAKER_SECONDS', 30),
    },
    topupDeadlineSeconds: int(env, 'TOPUP_DEADLINE_SECONDS', TOPUP_DEADLINE_SECONDS),
    priceNoticeHours: int(env, 'PRICE_NOTICE_HOURS', PRICE_NOTICE_HOURS),
    scores: {
      reputationPriorWeight: num(env, 'SCORE_REPUTATION_PRIOR_WEIGHT', DEFAULT_PRIOR_WEIGHTS.REPUTATION, 0.1, 10_000),
      eliminationThreshold: num(env, 'EVALUATION_THRESHOLD', ELIMINATION_THRESHOLD, 0, 100),
      appealDays: int(env, 'EVALUATION_APPEAL_DAYS', APPEAL_WINDOW_DAYS),
      holdbackMinPercent: num(env, 'ELIMINATION_HOLDBACK_MIN_PERCENT', 10, 0, 100),
      holdbackMultiplier: num(env, 'ELIMINATION_HOLDBACK_MULTIPLIER', 2, 0, 100),
      holdbackDays: int(env, 'ELIMINATION_HOLDBACK_DAYS', 30),
    },
    routing: {
      rule: routingRule(env),
      exponent: num(env, 'ROUTING_SCORE_EXPONENT', 2, 0, 10),
      floor: num(env, 'ROUTING_SCORE_FLOOR', 10, 0, 100),
      probationShare: num(env, 'ROUTING_PROBATION_SHARE', 0.2, 0, 1),
      scoreCacheMs: int(env, 'ROUTING_SCORE_CACHE_MS', 30_000),
    },
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
    payments: {
      // Its own key when given; otherwise one derived from the card codes' key, so production needs no new secret.
      secretsKey: env.PAYMENT_SECRETS_KEY
        ? secretFromEnvOrFile(env, 'PAYMENT_SECRETS_KEY', dataDir, isProduction)
        : new Uint8Array(hkdfSync('sha256', secretFromEnvOrFile(env, 'CODE_ENCRYPTION_KEY', dataDir, isProduction), 'mengyuan', 'payment-channel-secrets', 32)),
      simulators: bool(env, 'PAYMENT_SIMULATORS', !isProduction),
      simulatorDir: env.PAYMENT_SIM_DIR || (nodeEnv === 'test' ? undefined : join(dataDir, 'payment-sim')),
    },
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    mail: { smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || '盟源 Mengyuan <no-reply@mengyuan.local>', timeoutMs: int(env, 'SMTP_TIMEOUT_MS', 10_000) },
    notices: {
      retryLimit: int(env, 'NOTICE_RETRY_LIMIT', 6),
      retryDelaySeconds: int(env, 'NOTICE_RETRY_DELAY_SECONDS', 30),
      timeoutMs: int(env, 'NOTICE_TIMEOUT_MS', 10_000),
      concurrency: int(env, 'NOTICE_CONCURRENCY', 8),
      digestSeconds: int(env, 'NOTICE_DIGEST_SECONDS', 60),
      escalateAfterMinutes: int(env, 'NOTICE_ESCALATE_AFTER_MINUTES', 30),
      robotsAllowPrivate: bool(env, 'ROBOTS_ALLOW_PRIVATE', !isProduction),
    },
    passwordReset: {
      ttlMinutes: int(env, 'PASSWORD_RESET_TTL_MINUTES', 30),
      windowSeconds: int(env, 'PASSWORD_RESET_WINDOW_SECONDS', 3600),
      perAccount: int(env, 'PASSWORD_RESET_MAX_PER_ACCOUNT', 3),
      perIp: int(env, 'PASSWORD_RESET_MAX_PER_IP', 20),
    },
    twoFactor: { requiredForAlliance: bool(env, 'TWO_FACTOR_REQUIRED_FOR_ALLIANCE', true), issuer: env.TWO_FACTOR_ISSUER || '盟源 Mengyuan' },
  };
}
