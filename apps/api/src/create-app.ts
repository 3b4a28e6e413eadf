import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { ErrorCode } from '@mengyuan/domain';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { validationFailed } from './common/errors';
import { graphqlOverHttp } from './common/graphql-over-http';
import { HttpErrorFilter } from './common/http-exception.filter';
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
  const log = pino({ level: config.logLevel === 'silent' ? 'silent' : config.logLevel, name: 'bootstrap' });
  let databaseUrl = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'mengyuan', log });
    databaseUrl = embedded.url;
  }
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  const migrated = await runMigrations(dataSource);
  if (migrated.length) log.info({ migrations: migrated }, 'migrations applied');

  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.TRUST_PROXY === 'true',
    // Request ids for log correlation; Fastify's own logging is replaced by pino-http through Nest.
    requestIdHeader: 'x-request-id',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, dataSource, databaseUrl }), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => validationFailed(validationFields(errors)),
    }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: config.files.maxBytes } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time; GraphiQL (development only) loads from a CDN.
        styleSrc: ["'self'", "'unsafe-inline'", ...(config.isProduction ? [] : ['https://unpkg.com'])],
        scriptSrc: ["'self'", ...(config.isProduction ? [] : ["'unsafe-inline'", "'unsafe-eval'", 'https://unpkg.com'])],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  graphqlOverHttp(app.getHttpAdapter().getInstance());
  // Liveness for load balancers (no database): /health says whether the database answers.
  app.getHttpAdapter().getInstance().get('/ping', (_req, reply) => reply.send({ ok: true }));
  await serveApps(app, config);
  app.enableShutdownHooks();

  return {
    app,
    dataSource,
    databaseUrl,
    embedded,
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
