import { ClientPlaceOrderDocument, MengyuanClient, MengyuanError } from './index';

/** A fetch that records what it was sent and answers with `answer`. */
function fakeFetch(answer: { status?: number; body: unknown }) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), { status: answer.status ?? 200 });
  }) as unknown as typeof fetch;
  return { fn, sent };
}

describe('MengyuanClient', () => {
  it('sends a generated operation with the API key and answers its typed data', async () => {
    const order = { id: 'o1', clientOrderNo: 'A-1', status: 'DELIVERED', codes: [{ id: 'c1', cardNumber: 'N', secret: 'S', expiresAt: null }] };
    const f = fakeFetch({ body: { data: { placeOrder: order } } });
    const client = new MengyuanClient({ url: 'https://api.example/graphql', apiKey: 'mk_x_y', fetch: f.fn });
    const placed = await client.placeOrder({ skuId: 's', quantity: 1, clientOrderNo: 'A-1' });
    expect(placed.codes?.[0].secret).toBe('S');
    expect(f.sent[0].url).toBe('https://api.example/graphql');
    expect((f.sent[0].init.headers as Record<string, string>)['x-api-key']).toBe('mk_x_y');
    const body = JSON.parse(String(f.sent[0].init.body)) as { query: string; variables: unknown };
    expect(body.query).toBe(String(ClientPlaceOrderDocument));
    expect(body.query).toContain('mutation ClientPlaceOrder');
    expect(body.variables).toEqual({ input: { skuId: 's', quantity: 1, clientOrderNo: 'A-1' } });
  });

  it('throws the api’s refusal as a MengyuanError with its code and the saved order', async () => {
    const f = fakeFetch({ body: { data: null, errors: [{ message: 'Sold out', extensions: { code: 'SOLD_OUT', orderId: 'o9' } }] } });
    const client = new MengyuanClient({ url: 'u', accessToken: 't', fetch: f.fn });
    const err = await client.order('o9').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MengyuanError);
    expect(err).toMatchObject({ code: 'SOLD_OUT', orderId: 'o9', message: 'Sold out' });
    expect((f.sent[0].init.headers as Record<string, string>).authorization).toBe('Bearer t');
  });

  it('names a non-JSON answer (load shedding) instead of failing to parse it', async () => {
    const f = fakeFetch({ status: 503, body: 'Service Unavailable' });
    const err = await new MengyuanClient({ url: 'u', apiKey: 'k', fetch: f.fn }).catalog().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
  });

  it('needs a credential', () => {
    expect(() => new MengyuanClient({ url: 'u' })).toThrow(/apiKey or an accessToken/);
  });
});
