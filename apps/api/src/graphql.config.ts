import { ErrorCode } from '@mengyuan/domain';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import type { AppConfig } from './config/app-config';
import { formatGraphQLError, httpStatusOf } from './common/graphql-errors';

type Execution = { data?: unknown; errors: readonly GraphQLError[]; statusCode?: number };

/** Flattens Mercurius' wrapped validation errors into the GraphQL errors inside them. */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
  });
}

export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  const complexityRule = (ctx: ValidationContext) =>
    createComplexityRule({
      maximumComplexity: config.graphql.maxComplexity,
      // Validation results are cached per document, so variables are not known here: page sizes count
      // at their default, and PageInput caps them at 100.
      variables: {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      createError: (max, actual) =>
        new GraphQLError(`Query is too complex: ${actual} exceeds the maximum of ${max}`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }),
    })(ctx);

  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !config.isProduction,
    queryDepth: config.graphql.maxDepth,
    allowBatchedQueries: false,
    // Production hides the schema: no introspection, no IDE.
    validationRules: config.isProduction ? [complexityRule, NoSchemaIntrospectionCustomRule] : [complexityRule],
    context: (req: unknown) => ({ req }),
    errorFormatter: (execution: Execution, ctx: { reply?: { log: { error: (...a: unknown[]) => void } } }) => {
      const flat = flatten(execution.errors);
      const errors = flat.map((e) => formatGraphQLError(e, ctx.reply?.log as never));
      // Execution errors answer 200 with partial data; a request refused before execution keeps its 4xx.
      const statusCode = execution.data ? 200 : (execution.statusCode ?? httpStatusOf(execution.errors[0]) ?? 200);
      const response = execution.data === undefined && statusCode >= 400 ? { errors } : { data: execution.data ?? null, errors };
      return { statusCode, response };
    },
  } as unknown as MercuriusDriverConfig;
}
