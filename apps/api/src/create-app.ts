import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
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
import { createDataSource, runMigrations } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';

export interface RunningApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  databaseUrl: string;
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
    // wildcard: false registers one route per built file, so unknown paths reach the fallbacks below.
    await fastify.register(fastifyStatic, { root: dir, prefix, decorateReply: i === 0, index: false, wildcard: false });
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

/** Starts everything but the listener: database (embedded when DATABASE_URL is unset), migrations, Nest. */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const log = processLogger(config, 'bootstrap');
  let databaseUrl = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'mengyuan', log });
    databaseUrl = embedded.url;
  }
  const dataSource = createDataSource(databaseUrl, { ...config.database, log: log.child({ name: 'database' }) });
  await dataSource.initialize();
  const migrated = await runMigrations(dataSource);
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
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, dataSource, databaseUrl }), adapter, {
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
  // One line per request: what ran, for whom, how it ended and how long it took. The path only: a GET's
  // query string may carry variables.
  fastify.addHook('onResponse', async (req, reply) => {
    if (req.url === '/health' || req.url === '/ping') return;
    const { requestId, operationName, organizationId } = requestFacts(req);
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
  await app.register(helmet, {
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
  if (!config.isProduction) {
    // GraphiQL (outside production only) loads React and itself from a CDN: its pages alone get that policy.
    fastify.addHook('onSend', async (req, reply) => {
      if (req.url === '/graphiql' || req.url.startsWith('/graphiql/')) void reply.header('content-security-policy', GRAPHIQL_CSP);
    });
  }
  graphqlOverHttp(fastify);
  // Liveness for load balancers (no database): /health says whether the database answers.
  fastify.get('/ping', (_req, reply) => reply.send({ ok: true }));
  await serveApps(app, config);
  app.enableShutdownHooks();

  return {
    app,
    dataSource,
    databaseUrl,
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
