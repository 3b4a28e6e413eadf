import { ErrorCode } from '@mengyuan/domain';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { RequestWithActor } from './common/authorize.decorator';
import { AppError } from './common/errors';
import { formatGraphQLError, httpStatusOf } from './common/graphql-errors';
import { documentLimitHooks, type CallerTier } from './common/limits/document-limits';
import { OPERATION_NAME, requestFacts } from './common/request-facts';
import { RETRY_AFTER_SECONDS } from './common/resilience/database-errors';
import type { AppConfig } from './config/app-config';
import type { ActorService } from './modules/auth/services/actor.service';
import { subscriptionVariables } from './modules/live/services/live.service';
import { actorKey, REPLICA_QUERY_FIELDS, type ReadDatabase } from './common/database/read-database';

type Execution = { data?: unknown; errors: readonly GraphQLError[]; statusCode?: number };
type GqlContext = { req: FastifyRequest & RequestWithActor; reply?: FastifyReply };

const TIER = Symbol('callerTier');

/**
 * Mercurius wraps request errors (GraphQL validation, query depth, body schema) in one "Graphql validation
 * error"; unwrap them so each keeps its own message and, for non-GraphQL errors, its HTTP status.
 */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const outer = e.originalError as { errors?: unknown; code?: unknown } | undefined;
    if (outer?.code === 'MER_ERR_METHOD_NOT_ALLOWED') {
      return [Object.assign(new AppError(ErrorCode.METHOD_NOT_ALLOWED, 'Only queries may be sent with GET; send mutations with POST'), { statusCode: 405 })];
    }
    const inner = outer?.errors;
    if (!Array.isArray(inner) || !inner.every((x) => x instanceof Error)) return [e];
    return inner.map((x: Error) => (x instanceof GraphQLError ? x : new GraphQLError(x.message, { originalError: x })));
  });
}

/**
 * The caller's tier for the document limits, settled once per request. A credential is checked for it (and
 * the actor kept for the guard, which would resolve it anyway); a wrong one counts as anonymous here and is
 * refused by the guard as before.
 */
function tierResolver(actors: ActorService) {
  const resolve = async (req: RequestWithActor): Promise<CallerTier> => {
    if (!req.headers.authorization && !req.headers['x-api-key']) return 'anonymous';
    try {
      req.actor ??= (await actors.resolve(req)) ?? undefined;
    } catch {
      // Bad credentials, or the database is away: the guard answers for either.
    }
    return req.actor ? 'signedIn' : 'anonymous';
  };
  return (context: unknown): Promise<CallerTier> => {
    const req = (context as GqlContext).req as GqlContext['req'] & { [TIER]?: Promise<CallerTier> };
    return (req[TIER] ??= resolve(req));
  };
}

/** Whether an operation only asks for root fields the read replica may answer. */
function replicaEligible(op: OperationDefinitionNode | null | undefined): boolean {
  if (op?.operation !== 'query') return false;
  const fields = op.selectionSet.selections;
  return fields.length > 0 && fields.every((f) => f.kind === Kind.FIELD && (f.name.value === '__typename' || REPLICA_QUERY_FIELDS.has(f.name.value)));
}

/** Where a request's reads went, for the X-Read-From header. */
export const READ_FROM = Symbol('readFrom');

/**
 * Read routing (DATABASE_READ_URL): a query of only replica-eligible fields reads the replica when the caller
 * may (see ReadDatabase); a mutation notes the caller's write so its next reads see it.
 */
function readRoutingHooks(reads: ReadDatabase | undefined, actors: ActorService) {
  if (!reads?.configured) return { preExecution: [], onResolution: [] };
  const actorOf = async (req: GqlContext['req']) => {
    if (!req.actor && (req.headers.authorization || req.headers['x-api-key'])) req.actor = (await actors.resolve(req).catch(() => null)) ?? undefined;
    return req.actor;
  };
  const operationOf = (document: DocumentNode, req: GqlContext['req']) => getOperationAST(document, (req.body as { operationName?: string } | undefined)?.operationName);
  return {
    preExecution: [
      async (_schema: GraphQLSchema, document: DocumentNode, context: unknown) => {
        const { req } = context as GqlContext;
        if (!replicaEligible(operationOf(document, req))) return;
        const routed = reads.route(actorKey(await actorOf(req)));
        (req as { [READ_FROM]?: string })[READ_FROM] = routed ? 'replica' : 'primary';
      },
    ],
    onResolution: [
      async (_execution: unknown, context: unknown) => {
        const { req } = context as GqlContext;
        const document = (req as unknown as { [DOCUMENT]?: DocumentNode })[DOCUMENT];
        if (document && operationOf(document, req)?.operation === 'mutation' && req.actor) await reads.noteWrite(actorKey(req.actor)).catch(() => undefined);
      },
    ],
  };
}

const DOCUMENT = Symbol('document');

export function graphqlOptions(config: AppConfig, actors: ActorService, log: Pick<Logger, 'error' | 'warn'>, reads?: ReadDatabase): MercuriusDriverConfig {
  const routing = readRoutingHooks(reads, actors);
  const limits = documentLimitHooks(config.graphql, { tierOf: tierResolver(actors) });
  const nameOperation = async (_schema: GraphQLSchema, document: DocumentNode, context: unknown) => {
    const { req } = context as GqlContext;
    const name = getOperationAST(document, (req.body as { operationName?: string } | undefined)?.operationName)?.name?.value;
    if (name) (req.raw as { [OPERATION_NAME]?: string })[OPERATION_NAME] = name;
    (req as unknown as { [DOCUMENT]?: DocumentNode })[DOCUMENT] = document;
  };

  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !config.isProduction,
    allowBatchedQueries: false,
    cache: config.graphql.documentCacheSize,
    graphql: { parseOptions: limits.parseOptions },
    // Production hides the schema: no introspection, no IDE.
    validationRules: config.isProduction ? [NoSchemaIntrospectionCustomRule] : [],
    // Subscriptions over graphql-ws meet the same limits (their messages are capped in create-app.ts first).
    hooks: {
      ...limits.hooks,
      preExecution: [nameOperation, ...limits.hooks.preExecution, ...routing.preExecution],
      onResolution: routing.onResolution,
      preSubscriptionParsing: limits.hooks.preParsing,
      // Mercurius does not pass a subscription's variables to this hook (mercurius-js/mercurius#1196): the live
      // module keeps each subscribe message's, so complexity counts them as for a query and a required
      // variable is there to be counted.
      preSubscriptionExecution: limits.hooks.preExecution.map(
        (hook) => (schema: GraphQLSchema, document: DocumentNode, context: unknown, id: unknown) => hook(schema, document, context, subscriptionVariables(context, id)),
      ),
    },
    context: (req: unknown) => ({ req }),
    errorFormatter: (execution: Execution, ctx: Partial<GqlContext>) => {
      const facts = requestFacts(ctx.req ?? ctx.reply?.request);
      const errors = flatten(execution.errors).map((e) => formatGraphQLError(e, { ...facts, log }));
      // Execution errors answer 200 with partial data; a request refused before execution keeps its 4xx; an
      // outage is 503 with Retry-After, data or not, so clients and proxies retry.
      let statusCode = execution.data ? 200 : (execution.statusCode ?? httpStatusOf(execution.errors[0]) ?? 200);
      if (errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
        statusCode = 503;
        void ctx.reply?.header('retry-after', String(RETRY_AFTER_SECONDS));
      }
      if (statusCode === 405) void ctx.reply?.header('allow', 'GET, POST');
      const response = execution.data === undefined && statusCode >= 400 ? { errors } : { data: execution.data ?? null, errors };
      return { statusCode, response };
    },
  } as unknown as MercuriusDriverConfig;
}
