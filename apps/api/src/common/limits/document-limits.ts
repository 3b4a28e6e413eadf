import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode } from '@mengyuan/domain';
import { BREAK, GraphQLError, Lexer, Source, TokenKind, TypeInfo, validate, visit, visitWithTypeInfo, type ASTNode, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { DocumentLimits, GraphqlLimitsConfig } from '../../config/app-config';
import { AppError } from '../errors';

export type CallerTier = 'anonymous' | 'signedIn';
export const CALLER_TIERS: CallerTier[] = ['anonymous', 'signedIn'];

/** Which limits a limit error names, so clients and logs can tell them apart. */
export type LimitName = 'queryLength' | 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost' | 'complexity';

export const limitExceeded = (limit: LimitName, message: string, max: number) =>
  Object.assign(new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit, max }), { statusCode: 400 });

/**
 * GraphQL Armor's structural rules for one tier. They are linear in the document and run before graphql's
 * own validation, whose field-merging rule is the expensive part of a large document.
 */
function armorRules(limits: DocumentLimits): { limit: LimitName; rule: ValidationRule }[] {
  return [
    { limit: 'aliases', rule: maxAliasesRule({ n: limits.maxAliases }) },
    { limit: 'directives', rule: maxDirectivesRule({ n: limits.maxDirectives }) },
    // Introspection counts too: its nested type references are a classic way to make a document deep.
    { limit: 'depth', rule: maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true }) },
    { limit: 'cost', rule: costLimitRule({ maxCost: limits.maxCost }) },
  ];
}

/** The first limit a document breaks for a tier, or null. */
function structuralProblem(schema: GraphQLSchema, document: DocumentNode, rules: { limit: LimitName; rule: ValidationRule }[], limits: DocumentLimits): AppError | null {
  for (const { limit, rule } of rules) {
    try {
      validate(schema, document, [rule]);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      const max = { aliases: limits.maxAliases, directives: limits.maxDirectives, depth: limits.maxDepth, cost: limits.maxCost }[limit as 'aliases'];
      return limitExceeded(limit, `Query refused: ${err.message.replace(/^Syntax Error: /, '')}`, max);
    }
  }
  return null;
}

/** Counts tokens with graphql's own lexer, stopping one past the limit: the cost is bounded by the limit, not the text. */
function exceedsTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // A syntax error: the parser will say so, within its own token limit.
  }
  return false;
}

const usesVariable = (node: ASTNode) => {
  let found = false;
  visit(node, {
    Variable() {
      found = true;
      return BREAK;
    },
  });
  return found;
};

/**
 * Whether a document's complexity can change with its variables: a variable in a directive (@skip, @include),
 * or in the arguments of a field whose complexity is computed from them (the pages' `first`). A mutation's
 * input is neither: its complexity is the document's own.
 */
function complexityReadsVariables(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let reads = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Directive(node) {
        if (!usesVariable(node)) return undefined;
        reads = true;
        return BREAK;
      },
      Field(node) {
        if (typeof typeInfo.getFieldDef()?.extensions?.complexity !== 'function' || !node.arguments?.some(usesVariable)) return undefined;
        reads = true;
        return BREAK;
      },
    }),
  );
  return reads;
}

/** Query texts whose token verdict is remembered for the anonymous tier. */
const TOKEN_VERDICTS = 500;

export interface LimitContext {
  /** The caller's tier, settled once per request (a signed-in caller's credential is checked for it). */
  tierOf(context: unknown): Promise<CallerTier>;
}

/**
 * Mercurius hooks that bound what a document may cost before any work is done on it:
 * - preParsing (every request, cached or not): the query's length, then its tokens for the caller's tier;
 * - Mercurius parses with `maxTokens` at the highest tier's limit (see `parseOptions`), so no parse runs long;
 * - preValidation (new documents only): aliases, directives, depth and structural cost, for every tier at
 *   once, remembered per document; graphql's own validation runs only on a document within its limits;
 * - preExecution (every request): the remembered verdict for this caller's tier (a cached document skips
 *   the hooks above), then the execution complexity with the request's variables.
 * Mercurius caches parsed and validated documents per query text, so a repeated query costs a lookup.
 */
export function documentLimitHooks(config: GraphqlLimitsConfig, ctx: LimitContext) {
  const rules = { anonymous: armorRules(config.anonymous), signedIn: armorRules(config.signedIn) };
  const verdicts = new WeakMap<DocumentNode, Record<CallerTier, AppError | null>>();
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  // A document whose complexity does not read its variables has one complexity whatever the request: computed
  // once (measured: getComplexity was a twentieth of the api's CPU per order in npm run bench).
  const readsVariables = new WeakMap<DocumentNode, boolean>();
  const constantComplexity = new WeakMap<DocumentNode, number>();

  const verdictOf = (schema: GraphQLSchema, document: DocumentNode) => {
    let verdict = verdicts.get(document);
    if (!verdict) {
      verdict = {
        anonymous: structuralProblem(schema, document, rules.anonymous, config.anonymous),
        signedIn: structuralProblem(schema, document, rules.signedIn, config.signedIn),
      };
      verdicts.set(document, verdict);
    }
    return verdict;
  };

  // The verdict on a query text the anonymous tier sent before (most are the sign-in pages' few documents), so
  // a repeated text is not lexed again; a bounded map, emptied when full.
  const tokenVerdicts = new Map<string, boolean>();
  const tokensExceeded = (source: string, max: number) => {
    let verdict = tokenVerdicts.get(source);
    if (verdict === undefined) {
      if (tokenVerdicts.size >= TOKEN_VERDICTS) tokenVerdicts.clear();
      tokenVerdicts.set(source, (verdict = exceedsTokens(source, max)));
    }
    return verdict;
  };

  return {
    parseOptions: { maxTokens: Math.max(config.anonymous.maxTokens, config.signedIn.maxTokens) },
    hooks: {
      preParsing: [
        async (_schema: GraphQLSchema, source: string, context: unknown) => {
          const limits = config[await ctx.tierOf(context)];
          if (source.length > limits.maxQueryLength) {
            throw limitExceeded('queryLength', `Query refused: ${source.length} characters exceed the maximum of ${limits.maxQueryLength}`, limits.maxQueryLength);
          }
          if (limits.maxTokens < config.signedIn.maxTokens && tokensExceeded(source, limits.maxTokens)) {
            throw limitExceeded('tokens', `Query refused: more than ${limits.maxTokens} tokens`, limits.maxTokens);
          }
        },
      ],
      preValidation: [
        async (schema: GraphQLSchema, document: DocumentNode, context: unknown) => {
          const problem = verdictOf(schema, document)[await ctx.tierOf(context)];
          if (problem) throw problem;
        },
      ],
      preExecution: [
        async (schema: GraphQLSchema, document: DocumentNode, context: unknown, variables: Record<string, unknown> | undefined) => {
          const tier = await ctx.tierOf(context);
          const problem = verdictOf(schema, document)[tier];
          if (problem) throw problem;
          let variable = readsVariables.get(document);
          if (variable === undefined) readsVariables.set(document, (variable = complexityReadsVariables(schema, document)));
          let complexity = variable ? undefined : constantComplexity.get(document);
          if (complexity === undefined) {
            complexity = getComplexity({ schema, query: document, variables: variables ?? {}, estimators });
            if (!variable) constantComplexity.set(document, complexity);
          }
          const max = config[tier].maxComplexity;
          if (complexity > max) throw limitExceeded('complexity', `Query is too complex: ${complexity} exceeds the maximum of ${max}`, max);
        },
      ],
    },
  };
}
