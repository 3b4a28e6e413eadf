// One benchmark target per process: `node dist/server.mjs <target>`.
// Listens on 127.0.0.1:<random port> and tells the parent the port over IPC.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Body, Controller, HttpCode, Module, Post, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLModule } from '@nestjs/graphql';
import Fastify from 'fastify';
import { ITEMS, ITEMS_QUERY, PING_QUERY } from './fixtures.mjs';
import { BenchResolver } from './resolver.mjs';

type Target = 'raw' | 'nest-rest' | 'apollo' | 'mercurius' | 'mercurius-jit';

// Baselines answer POST /graphql with the JSON a GraphQL server would send,
// choosing by the query text, without parsing or executing GraphQL.
function answer(body: unknown): unknown {
  const query = (body as { query?: string } | undefined)?.query;
  if (query === ITEMS_QUERY) return { data: { items: ITEMS } };
  if (query === PING_QUERY) return { data: { ping: 'pong' } };
  return { errors: [{ message: 'unknown query' }] };
}

@Controller()
class RestController {
  @Post('graphql')
  @HttpCode(200)
  graphql(@Body() body: unknown): unknown {
    return answer(body);
  }
}

async function graphqlModule(target: Target): Promise<DynamicModule> {
  if (target === 'apollo') {
    const { ApolloDriver } = await import('@nestjs/apollo');
    return GraphQLModule.forRoot({
      driver: ApolloDriver,
      autoSchemaFile: true,
      graphiql: false,
      subscriptions: { 'graphql-ws': true },
    });
  }
  const { MercuriusDriver } = await import('@nestjs/mercurius');
  return GraphQLModule.forRoot({
    driver: MercuriusDriver,
    autoSchemaFile: true,
    graphiql: false,
    subscription: true,
    // Mercurius compiles a query with graphql-jit after it has been seen `jit` times.
    ...(target === 'mercurius-jit' ? { jit: 1 } : {}),
  });
}

async function startNest(target: Target): Promise<{ port: number; close: () => Promise<void> }> {
  const imports = target === 'nest-rest' ? [] : [await graphqlModule(target)];
  const controllers = target === 'nest-rest' ? [RestController] : [];
  const providers = target === 'nest-rest' ? [] : [BenchResolver];
  class BenchModule {}
  Module({ imports, controllers, providers })(BenchModule);

  const app = await NestFactory.create<NestFastifyApplication>(BenchModule, new FastifyAdapter({ logger: false }), {
    logger: ['error'],
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { port, close: () => app.close() };
}

async function startRaw(): Promise<{ port: number; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.post('/graphql', async (req) => answer(req.body));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { port, close: () => app.close() };
}

const target = process.argv[2] as Target;
const known: Target[] = ['raw', 'nest-rest', 'apollo', 'mercurius', 'mercurius-jit'];
if (!known.includes(target)) {
  console.error(`usage: server.mjs <${known.join('|')}>`);
  process.exit(2);
}

const server = target === 'raw' ? await startRaw() : await startNest(target);
process.on('message', async (msg: { type: string }) => {
  if (msg.type === 'mem') process.send!({ type: 'mem', rss: process.memoryUsage().rss });
  // CPU time (all threads, user + system, µs): per request it moves far less than req/s when other
  // work on the machine takes cores away.
  if (msg.type === 'cpu') process.send!({ type: 'cpu', ...process.cpuUsage() });
  if (msg.type === 'stop') {
    await server.close();
    process.exit(0);
  }
});
process.send!({ type: 'ready', port: server.port, pid: process.pid });
