import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { validationFailed } from './errors';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 20;
/** @nestjs/graphql's GqlParamtype.ARGS (its enum is not exported): a resolver's arguments. */
const GRAPHQL_ARGS = 3;
/** The arguments that carry a caller's input: a route's body, query and params, and a resolver's GraphQL arguments. */
const CALLER_INPUT = new Set<unknown>(['body', 'query', 'param', GRAPHQL_ARGS]);

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Every string that reaches a resolver or a route is text PostgreSQL can store and a person can read: no NUL
 * character (PostgreSQL refuses it, error 22021), no lone UTF-16 surrogate (not Unicode), and no longer than
 * `maxLength` unless a tighter @MaxLength applies. Runs before the ValidationPipe, on inline values and
 * variables alike, and names each bad field.
 */
export class InputSafetyPipe implements PipeTransform {
  constructor(private readonly maxLength: number) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // What a caller sent (GraphQL arguments, a route's body, query and params); not what the server built itself (the
    // GraphQL context and info, a custom decorator's value): walking those cost every request (measured, issue 24).
    if (!CALLER_INPUT.has(metadata.type as unknown)) return value;
    const fields: Record<string, string[]> = {};
    this.check(value, metadata.data ?? '', fields, 0);
    if (Object.keys(fields).length) throw validationFailed(fields);
    return value;
  }

  private check(value: unknown, path: string, fields: Record<string, string[]>, depth: number): void {
    if (typeof value === 'string') {
      const problems: string[] = [];
      if (value.includes('\u0000')) problems.push('must not contain a NUL character');
      if (LONE_SURROGATE.test(value)) problems.push('must be valid Unicode text (it contains a lone surrogate)');
      if (value.length > this.maxLength) problems.push(`must be at most ${this.maxLength} characters`);
      if (problems.length) fields[path || 'value'] = problems;
      return;
    }
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.check(item, `${path}[${i}]`, fields, depth + 1));
    } else if (isPlain(value)) {
      for (const [key, item] of Object.entries(value)) this.check(item, path ? `${path}.${key}` : key, fields, depth + 1);
    }
  }
}
