import { variableProblem } from './graphql-errors';

describe('variableProblem', () => {
  it.each([
    ['Variable "$input" got invalid value 1.5 at "input.quantity"; Int cannot represent non-integer value: 1.5', 'input.quantity', /non-integer/],
    ['Variable "$input" got invalid value { skuId: "x" }; Field "quantity" of required type "Int!" was not provided.', 'input.quantity', /not provided/],
    ['Variable "$input" got invalid value { price: "1" }; Field "price" is not defined by type "PlaceOrderInput".', 'input.price', /not defined/],
    ['Variable "$input" got invalid value "a; b" at "input.codes[0].secret"; String cannot represent a non string value: 1', 'input.codes[0].secret', /non string/],
    ['Variable "$input" got invalid value { a: "x; y at \\"z\\"" }; Field "a" is not defined by type "T".', 'input.a', /not defined/],
    ['Variable "$input" of non-null type "PlaceOrderInput!" must not be null.', 'input', /must not be null/],
    ['Variable "$email" of required type "String!" was not provided.', 'email', /was not provided/],
  ])('names the field of %s', (message, path, reason) => {
    expect(variableProblem(message)).toEqual({ path, reason: expect.stringMatching(reason) });
  });

  it('keeps a reason that echoes a huge value short', () => {
    const message = `Variable "$q" got invalid value 1; Int cannot represent non-integer value: "${'x'.repeat(100_000)}"`;
    expect(variableProblem(message)!.reason.length).toBeLessThan(400);
  });

  it('leaves other messages alone', () => {
    expect(variableProblem('Cannot query field "nope" on type "Query".')).toBeNull();
  });
});
