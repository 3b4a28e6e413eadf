import { ErrorCode } from '@mengyuan/domain';
import type { ArgumentsHost } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { runInNewContext } from 'node:vm';
import { formatGraphQLError } from './graphql-errors';
import { HttpErrorFilter } from './http-exception.filter';

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

/** What GraphQL makes of a resolver whose exception filter answered `value` (graphql-js: an Error is thrown, anything else is data). */
function answered(value: unknown) {
  if (!(value instanceof Error)) return { data: value };
  return { error: formatGraphQLError(new GraphQLError(value.message, { originalError: value, path: ['placeOrder'] })) };
}

describe('HttpErrorFilter in a GraphQL resolver', () => {
  const filter = new HttpErrorFilter();

  it('hands back an Error of this realm for a socket error made in another (node’s own, under a VM context), and it answers SERVICE_UNAVAILABLE', () => {
    const foreign = runInNewContext(`Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })`) as Error;
    expect(foreign instanceof Error).toBe(false);
    expect(answered(filter.catch(foreign, graphqlHost))).toEqual({ error: expect.objectContaining({ extensions: expect.objectContaining({ code: ErrorCode.SERVICE_UNAVAILABLE }) }) });
  });

  it('wraps a thrown string or object, so it is never answered as the field’s data', () => {
    for (const thrown of ['boom', { reason: 'x' }, null]) {
      const result = answered(filter.catch(thrown, graphqlHost));
      expect(result).toEqual({ error: expect.objectContaining({ extensions: expect.objectContaining({ code: ErrorCode.INTERNAL }) }) });
    }
  });

  it('passes an Error of this realm through as it is', () => {
    const error = new Error('x');
    expect(filter.catch(error, graphqlHost)).toBe(error);
  });
});
