import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const FEN = /^(0|[1-9]\d{0,17})$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !FEN.test(value)) {
    throw new GraphQLError('Money is a string of whole fen (分), e.g. "9500" for ¥95.00', { extensions: { code: 'VALIDATION_FAILED' } });
  }
  return value;
}

/**
 * Money on the wire: a decimal string of integer fen. Never a number, so it never passes through a float
 * in any client; the apps format it with formatFen.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount in whole fen (分) as a decimal string: "9500" is ¥95.00',
  serialize: (v) => {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'string' && /^-?\d+$/.test(v)) return v;
    throw new GraphQLError('Money must be an integer number of fen');
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
