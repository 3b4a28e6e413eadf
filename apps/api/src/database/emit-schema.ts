import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { FEATURE_MODULES } from '../app.module';
import { REPO_ROOT } from '../config/app-config';

export const SCHEMA_FILE = join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql');
const HEADER = '# Emitted by the api (npm run schema:emit -w @mengyuan/api). Do not edit: CI fails when it drifts.\n\n';

/** The resolver classes of a module tree: providers that carry @Resolver metadata. */
function resolversOf(modules: unknown[], seen = new Set<unknown>()): Type[] {
  const found: Type[] = [];
  for (const m of modules) {
    if (!m || seen.has(m)) continue;
    seen.add(m);
    const providers = (Reflect.getMetadata('providers', m as object) ?? []) as unknown[];
    for (const p of providers) {
      const isResolver = typeof p === 'function' && ['graphql:resolver_type', 'graphql:resolver_name'].some((k) => Reflect.hasOwnMetadata(k, p));
      if (isResolver) found.push(p as Type);
    }
    found.push(...resolversOf((Reflect.getMetadata('imports', m as object) ?? []) as unknown[], seen));
  }
  return found;
}

export function printCanonicalSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the schema from the resolvers alone: no database, no server. */
export async function buildSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await app.get(GraphQLSchemaFactory).create(resolversOf(FEATURE_MODULES));
  } finally {
    await app.close();
  }
}

async function main() {
  const sdl = printCanonicalSchema(await buildSchema());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      process.stderr.write(`${SCHEMA_FILE} differs from the schema the api emits: run npm run schema:emit -w @mengyuan/api and commit it\n`);
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date\n');
  } else {
    writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  }
}

if (require.main === module) void main();
