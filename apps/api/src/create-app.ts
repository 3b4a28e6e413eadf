import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import fastifyWebsocket from '@fastify/websocket';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import helmet, { type HelmetOptions } from 'helmet';
import underPressure from '@fastify/under-pressure';
import { ErrorCode } from '@mengyuan/domain';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { validationFailed } from './common/errors';
import { graphqlOverHttp } from './common/graphql-over-http';
import { HttpErrorFilter } from './common/http-exception.filter';
import { InputSafetyPipe } from './common/input-safety.pipe';
import { processLogger } from './common/logging';
import { requestFacts } from './common/request-facts';
import { RETRY_AFTER_SECONDS } from './common/resilience/database-errors';
import type { AppConfig } from './config/app-config';
import { createDataSource, migrateDirect, runMigrations } from './database/data-source';
import { actorKey, ReadDatabase, REPLICA_ROUTE } from './common/database/read-database';
import { READ_FROM } from './graphql.config';
import { Metrics } from './common/metrics';
import type { RequestWithActor } from './common/authorize.decorator';
import { ActorService } from './modules/auth/services/actor.service';
import { preparedStatements } from './common/prepared-statements';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';

export interface RunningApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  databaseUrl: string;
  /** For session-bound connections: DATABASE_DIRECT_URL behind a pooler, else databaseUrl. */
  directUrl: string;
  embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

function validationFields(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) fields[path] = Object.values(e.constraints);
    if (e.children?.length) Object.assign(fields, validationFields(e.children, path));
  }
  return fields;
}

const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss: https://unpkg.com",
  "worker-src 'self'",
].join('; ');

/** Serves the built apps: portal at /, admin at /admin/, with client-side routes falling back to index.html. */
async function serveApps(app: NestFastifyApplication, config: AppConfig) {
  const fastify = app.getHttpAdapter().getInstance();
  const apps = [
    { dir: config.staticApps.adminDir, prefix: '/admin/' },
    { dir: config.staticApps.portalDir, prefix: '/' },
  ].filter((a) => existsSync(join(a.dir, 'index.html')));
  for (const [i, { dir, prefix }] of apps.entries()) {
    // wildcard: false registers one route per built file, so unknown paths reach the fallbacks below. Vite names
    // every file under assets/ by its content's hash: a browser keeps it for good instead of asking again on each
    // page load; anything else (the favicon) it asks about each time.
    const assets = join(dir, 'assets', '/');
    await fastify.register(fastifyStatic, {
      root: dir, prefix, decorateReply: i === 0, index: false, wildcard: false, cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    const fallback = (req: FastifyRequest, reply: FastifyReply) => {
      if (/\.[a-z0-9]+$/i.test(req.url.split('?')[0])) {
        return reply.status(404).send({ errors: [{ message: 'Not found', extensions: { code: ErrorCode.NOT_FOUND } }] });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', dir);
    };
    fastify.get(prefix, fallback);
    fastify.get(`${prefix}*`, fallback);
  }
  if (apps.some((a) => a.prefix === '/admin/')) fastify.get('/admin', (_req, reply) => reply.redirect('/admin/'));
}

/** The headers helmet would set, worked out once. */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: () => undefined,
  };
  helmet(options)({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Read routing over HTTP (DATABASE_READ_URL set): GraphQL and export requests run in a CLS context of their own,
 * in which a read-only operation may be pointed at the replica (graphql.config.ts for GraphQL, here for the
 * exports); a write by anyone outside GraphQL notes the caller's WAL position for read-your-writes.
 */
function readRouting(app: NestFastifyApplication): void {
  const reads = app.get(ReadDatabase);
  if (!reads.configured) return;
  const actors = app.get(ActorService);
  const fastify = app.getHttpAdapter().getInstance();
  type Req = FastifyRequest & RequestWithActor & { [READ_FROM]?: string };
  const resolveActor = async (req: Req) => {
    if (!req.actor && (req.headers.authorization || req.headers['x-api-key'])) req.actor = (await actors.resolve(req).catch(() => null)) ?? undefined;
    return req.actor;
  };
  // Callback style, so the rest of the request runs inside the context (as @fastify/request-context does).
  fastify.addHook('onRequest', (req, _reply, done) => {
    if (req.url.startsWith('/graphql') || REPLICA_ROUTE.test(req.url)) reads.inContext(() => done());
    else done();
  });
  fastify.addHook('preHandler', async (req) => {
    if (req.method !== 'GET' || !REPLICA_ROUTE.test(req.url)) return;
    (req as Req)[READ_FROM] = reads.route(actorKey(await resolveActor(req as Req))) ? 'replica' : 'primary';
  });
  fastify.addHook('onSend', async (req, reply) => {
    const from = (req as Req)[READ_FROM];
    if (from) void reply.header('x-read-from', from);
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && !req.url.startsWith('/graphql') && reply.statusCode < 400 && (req as Req).actor) {
      await reads.noteWrite(actorKey((req as Req).actor)).catch(() => undefined);
    }
  });
}

/** Starts everything but the listener: database (embedded when DATABASE_URL is unset), migrations, Nest. */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const log = processLogger(config, 'bootstrap');
  let databaseUrl = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, portChosen: config.embeddedPgPortChosen, database: 'mengyuan', log });
    databaseUrl = embedded.url;
  }
  const directUrl = config.databaseDirectUrl ?? databaseUrl;
  // Behind a transaction-mode pooler a statement prepared on one server connection is unknown on the next.
  preparedStatements.enabled = !config.database.pooled;
  const dataSource = createDataSource(databaseUrl, { ...config.database, log: log.child({ name: 'database' }) });
  await dataSource.initialize();
  const migrated = config.database.pooled ? await migrateDirect(directUrl) : await runMigrations(dataSource);
  if (migrated.length) log.info({ migrations: migrated }, 'migrations applied');

  const { http } = config;
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.TRUST_PROXY === 'true',
    // Request ids for log correlation, also on the raw request for the application logger; a caller's
    // X-Request-Id is kept when it looks like one. Fastify logs nothing itself: see the request lines below.
    requestIdHeader: false,
    genReqId: (raw: IncomingMessage) => {
      const given = raw.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
      (raw as { id?: string }).id = id;
      return id;
    },
    // A slow client cannot hold a connection: a request must have arrived whole (headers, then body) within
    // its time, however slowly it trickles, checked every second; idle keep-alive sockets close.
    connectionTimeout: http.connectionTimeoutMs,
    requestTimeout: http.requestTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    http: { headersTimeout: http.headersTimeoutMs, connectionsCheckingInterval: Math.min(1000, http.requestTimeoutMs || 1000) },
  });
  // The WebSocket server for subscriptions, registered before Mercurius (which then reuses it): its messages are
  // capped at the signed-in query length, so a subscription document is bounded before Mercurius parses it.
  await adapter.getInstance().register(fastifyWebsocket, { options: { maxPayload: config.graphql.signedIn.maxQueryLength + 4096 } });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, dataSource, directUrl }), adapter, {
    bufferLogs: true,
  });
  if (http.maxConnections) app.getHttpServer().maxConnections = http.maxConnections;
  app.useLogger(app.get(NestPinoLogger));
  app.useGlobalPipes(
    new InputSafetyPipe(config.graphql.maxStringLength),
    new ValidationPipe({
      transform: true,
      whitelist: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => validationFailed(validationFields(errors)),
    }),
  );
  const httpLog = processLogger(config, 'http');
  app.useGlobalFilters(new HttpErrorFilter(httpLog));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  readRouting(app);
  // One line per request: what ran, for whom, how it ended and how long it took. The path only: a GET's
  // query string may carry variables.
  const metrics = app.get(Metrics);
  fastify.addHook('onResponse', async (req, reply) => {
    const { requestId, operationName, organizationId } = requestFacts(req);
    // By route pattern (bounded) and GraphQL operation (bounded: see Metrics.operationLabel).
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.observe({ route, operation: metrics.operationLabel(operationName), status: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
    if (req.url === '/health' || req.url === '/ping' || req.url.startsWith('/health/') || req.url === '/metrics') return;
    const responseTime = Math.round(reply.elapsedTime * 10) / 10;
    httpLog.info({ reqId: requestId, method: req.method, path: req.url.split('?')[0], statusCode: reply.statusCode, responseTime, operationName, organizationId }, 'request completed');
  });
  // Load shedding: a heap near its limit (or, when configured, a stalled event loop) answers 503 rather than
  // the process dying of it.
  await app.register(underPressure, {
    maxEventLoopDelay: config.pressure.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.pressure.maxHeapUsedBytes,
    maxRssBytes: config.pressure.maxRssBytes,
    pressureHandler: (_req, reply, type) => {
      void reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ errors: [{ message: `The server is under load (${type}); please retry in a moment`, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } }] });
    },
  });
  await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: config.files.maxBytes } });
  // Security headers computed once (helmet per request rebuilt its middleware each time: measured, it halved
  // the requests a process could serve), then set on every reply.
  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (inline styles); scripts come only from the app's own files.
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
  if (!config.isProduction) {
    // GraphiQL (outside production only) loads React and itself from a CDN: its pages alone get that policy.
    fastify.addHook('onSend', async (req, reply) => {
      if (req.url === '/graphiql' || req.url.startsWith('/graphiql/')) void reply.header('content-security-policy', GRAPHIQL_CSP);
    });
  }
  graphqlOverHttp(fastify);
  // Liveness for load balancers (no database), as /health/live: /health/ready says whether to send it traffic.
  fastify.get('/ping', (_req, reply) => reply.send({ ok: true }));
  await serveApps(app, config);
  app.enableShutdownHooks();

  return {
    app,
    dataSource,
    databaseUrl,
    directUrl,
    embedded,
    async close() {
      // The embedded database stops even when the app fails to close cleanly.
      try {
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        await embedded?.stop();
      }
    },
  };
}
