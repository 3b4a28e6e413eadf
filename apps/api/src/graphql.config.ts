import { ErrorCode } from '@mengyuan/domain';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RequestWithActor } from './common/authorize.decorator';
import { AppError } from './common/errors';
import { formatGraphQLError, httpStatusOf } from './common/graphql-errors';
import { documentLimitHooks, type CallerTier } from './common/limits/document-limits';
import { OPERATION_NAME, requestFacts } from './common/request-facts';
import { RETRY_AFTER_SECONDS } from './common/resilience/database-errors';
import type { AppConfig } from './config/app-config';
import type { ActorService } from './modules/auth/services/actor.service';

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

export function graphqlOptions(config: AppConfig, actors: ActorService, log: Pick<Logger, 'error' | 'warn'>): MercuriusDriverConfig {
  const limits = documentLimitHooks(config.graphql, { tierOf: tierResolver(actors) });
  const nameOperation = async (_schema: GraphQLSchema, document: DocumentNode, context: unknown) => {
    const { req } = context as GqlContext;
    const name = getOperationAST(document, (req.body as { operationName?: string } | undefined)?.operationName)?.name?.value;
    if (name) (req.raw as { [OPERATION_NAME]?: string })[OPERATION_NAME] = name;
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
    hooks: { ...limits.hooks, preExecution: [nameOperation, ...limits.hooks.preExecution] },
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
