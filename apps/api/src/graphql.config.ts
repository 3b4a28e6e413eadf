import { ErrorCode } from '@mengyuan/domain';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from './common/errors';
import type { AppConfig } from './config/app-config';
import { formatGraphQLError, httpStatusOf } from './common/graphql-errors';

type Execution = { data?: unknown; errors: readonly GraphQLError[]; statusCode?: number };

/**
 * Mercurius wraps request errors (GraphQL validation, query depth, body schema) in one "Graphql validation
 * error"; unwrap them so each keeps its own message and, for non-GraphQL errors, its HTTP status.
 */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(inner) || !inner.every((x) => x instanceof Error)) return [e];
    return inner.map((x: Error) => (x instanceof GraphQLError ? x : new GraphQLError(x.message, { originalError: x })));
  });
}

export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  // After validation, with the request's variables, so page sizes count as asked (validation results are
  // cached per document and never see variables).
  // Mercurius reuses one parsed document per query text, so a query without variables has one complexity.
  const constant = new WeakMap<DocumentNode, number>();
  const limitComplexity = (schema: GraphQLSchema, document: DocumentNode, _ctx: unknown, variables: Record<string, unknown>) => {
    const hasVariables = document.definitions.some((d) => d.kind === 'OperationDefinition' && (d.variableDefinitions?.length ?? 0) > 0);
    let complexity = hasVariables ? undefined : constant.get(document);
    if (complexity === undefined) {
      complexity = getComplexity({ schema, query: document, variables: variables ?? {}, estimators });
      if (!hasVariables) constant.set(document, complexity);
    }
    if (complexity > config.graphql.maxComplexity) {
      throw Object.assign(
        new AppError(ErrorCode.QUERY_TOO_COMPLEX, `Query is too complex: ${complexity} exceeds the maximum of ${config.graphql.maxComplexity}`),
        { statusCode: 400 },
      );
    }
  };

  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !config.isProduction,
    queryDepth: config.graphql.maxDepth,
    allowBatchedQueries: false,
    // Production hides the schema: no introspection, no IDE.
    validationRules: config.isProduction ? [NoSchemaIntrospectionCustomRule] : [],
    hooks: { preExecution: [limitComplexity] },
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
