import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import {
  CatalogDocument,
  LoginDocument,
  MeDocument,
  OrganizationsDocument,
  PlaceOrderDocument,
} from '@mengyuan/graphql';
import { print } from 'graphql';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are inspected loosely here
const json = (res: Response): Promise<any> => res.json();
/** Raw HTTP bodies: the cases below probe the transport with documents and payloads no typed operation can express. */
const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP and hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
  });
  afterAll(() => t.close());

  it('passes every MUST and SHOULD of the GraphQL over HTTP audit suite', async () => {
    const results = await auditServer({ url: `${t.url}/graphql` });
    const failures = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    expect(failures).toEqual([]);
    const passed = (level: string) => results.filter((r) => r.status === 'ok' && r.name.startsWith(level)).length;
    expect({ must: passed('MUST'), should: passed('SHOULD') }).toEqual({ must: 13, should: 23 });
  });

  it('answers graphql-response+json clients in that media type, with 400 for invalid documents', async () => {
    // A deliberately invalid document (an unknown field), which no typed operation can be.
    const res = await post(t, JSON.stringify({ query: '{ nope }' }), { accept: 'application/graphql-response+json' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect((await json(res)).errors[0].extensions.code).toBe('VALIDATION_FAILED');
    const legacy = await post(t, JSON.stringify({ query: '{ nope }' }), { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('content-type')).toContain('application/json');
  });

  it('refuses a too-deep query before running it', async () => {
    // Hand-written: nesting deeper than the limit, which no operation of the apps has.
    const deep = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
    const res = await post(t, JSON.stringify({ query: deep }), { accept: 'application/graphql-response+json' });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.data).toBeUndefined();
  });

  it('refuses an oversized body with 413', async () => {
    // The smallest document, padded past the body limit: the size is the point, not the operation.
    const res = await post(t, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect((await json(res)).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a 20 MB chunked body (no Content-Length) with its 413, not a broken pipe', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${t.url}/graphql`);
    const send = (path = url.pathname, headers: Record<string, string> = { 'content-type': 'application/json' }, head = '{"query":"{ __typename }","variables":{"pad":"', tail = '"}}') => new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', (err) => resolve({ error: (err as NodeJS.ErrnoException).code ?? err.message }));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      req.write(head);
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(tail);
      };
      pump();
    });
    // Five in a row: the refusal must reach the client every time, however the upload and the answer interleave.
    for (let i = 0; i < 5; i++) {
      const outcome = await send();
      expect(outcome).toMatchObject({ status: 413 });
      expect(JSON.parse((outcome as { body: string }).body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
    // An upload that is not multipart at all: a clear 400, never INTERNAL.
    const token = (await t.login('supplier@mengyuan.demo')).token;
    const garbled = await send('/files', { 'content-type': 'multipart/form-data; boundary=xyz', authorization: `Bearer ${token}` });
    expect(garbled).toMatchObject({ status: 400 });
    expect(JSON.parse((garbled as { body: string }).body).errors[0].extensions.code).toBe('BAD_REQUEST');
    // A well-formed upload twice the file limit, chunked: its 413.
    const part = '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n';
    const big = await send('/files', { 'content-type': 'multipart/form-data; boundary=xyz', authorization: `Bearer ${token}` }, part, '\r\n--xyz--\r\n');
    expect(big).toMatchObject({ status: 413 });
    expect(JSON.parse((big as { body: string }).body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched requests and malformed JSON with 400', async () => {
    // A batch and broken JSON are malformed requests on purpose.
    const batch = await post(t, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    expect((await json(batch)).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringContaining('Batched') });
    const bad = await post(t, '{"query": ');
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('masks unexpected failures: INTERNAL, no stack, no SQL', async () => {
    const { token } = await t.login('member@mengyuan.demo');
    await t.db.query('ALTER TABLE organizations RENAME TO organizations_gone');
    try {
      const res = await t.gql(MeDocument, {}, { token });
      const text = JSON.stringify(res.body);
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Internal error', extensions: { code: expect.stringMatching(/INTERNAL|UNAUTHENTICATED/) } });
      expect(text).not.toMatch(/organizations_gone|relation|at .*\.js|stack/i);
    } finally {
      await t.db.query('ALTER TABLE organizations_gone RENAME TO organizations');
    }
  });

  it('limits complexity with the page size asked for', async () => {
    const small = await startTestApp({ GRAPHQL_MAX_COMPLEXITY: '200' });
    try {
      await small.seedDemo();
      const { token } = await small.login('admin@mengyuan.demo');
      const ok = await small.gql(OrganizationsDocument, { filter: null, page: { offset: 0, limit: 5 } }, { token });
      expect(ok.body.errors).toBeUndefined();
      const res = await small.gql(OrganizationsDocument, { filter: null, page: { offset: 0, limit: 100 } }, { token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity' });
    } finally {
      await small.close();
    }
  });
});

/** One app with the demo alliance, and its member signed in, for the refusals at the edge below. */
describe('at the edge', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    token = (await t.login('member@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  describe('CSRF and methods', () => {
    it.each([
      ['application/x-www-form-urlencoded', (q: string) => `query=${encodeURIComponent(q)}`],
      ['text/plain', (q: string) => JSON.stringify({ query: q })],
      ['multipart/form-data; boundary=x', (q: string) => `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--x--\r\n`],
      ['application/graphql', (q: string) => q],
    ])('refuses a POST of %s with 415 before any resolver runs', async (type, encode) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${token}` },
        body: encode('mutation { logout(everywhere: true) }'),
      });
      expect(res.status).toBe(415);
      expect((await json(res)).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      // Had the mutation run, every session of the member would have ended.
      expect((await t.gql(MeDocument, {}, { token })).body.errors).toBeUndefined();
    });

    it('takes application/graphql-response+json bodies like application/json', async () => {
      const res = await post(t, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/graphql-response+json' });
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a mutation over GET with 405 and a typed code', async () => {
      const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { accept: 'application/graphql-response+json' } });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toContain('POST');
      expect((await json(res)).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    });
  });

  describe('bad input gets a typed answer naming the field', () => {
    const skuId = '00000000-0000-4000-8000-000000000000';
    it.each([
      ['1.5', { skuId, quantity: 1.5, clientOrderNo: 'X-1' }, 'input.quantity'],
      ['2147483648', { skuId, quantity: 2147483648, clientOrderNo: 'X-1' }, 'input.quantity'],
      ['"abc"', { skuId, quantity: 'abc', clientOrderNo: 'X-1' }, 'input.quantity'],
      ['a missing field', { skuId, clientOrderNo: 'X-1' }, 'input.quantity'],
      ['an unknown field', { skuId, quantity: 1, clientOrderNo: 'X-1', price: '1' }, 'input.price'],
      ['null for the input', null, 'input'],
    ])('answers VALIDATION_FAILED for %s as a variable', async (_name, input, field) => {
      // The typed document, with variables its types forbid: sent raw, as a client in another language could.
      const res = await post(t, JSON.stringify({ query: print(PlaceOrderDocument), variables: { input } }), { authorization: `Bearer ${token}` });
      const error = (await json(res)).errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { [field]: [expect.any(String)] } });
      expect(error?.message).toContain(field);
    });

    it.each([
      ['a NUL byte', 'a\u0000b@example.com', /NUL/],
      ['a lone surrogate', 'a\uD800b@example.com', /surrogate/],
      ['an overlong string', `${'a'.repeat(20_000)}@example.com`, /at most/],
    ])('answers VALIDATION_FAILED for %s in a login e-mail', async (_name, email, why) => {
      const res = await t.gql(LoginDocument, { email, password: 'x' });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { email: [expect.stringMatching(why)] } });
    });

    it('answers VALIDATION_FAILED for a NUL byte written inline, and for a lone surrogate escape (a syntax error)', async () => {
      const nul = await t.gql('mutation { login(email: "a\\u0000b@example.com", password: "x") { accessToken } }');
      expect(nul.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { email: [expect.stringMatching(/NUL/)] } });
      const surrogate = await t.gql('mutation { login(email: "a\\uD800b@example.com", password: "x") { accessToken } }');
      expect(surrogate.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('answers VALIDATION_FAILED for a NUL byte in a search, naming filter.search', async () => {
      const res = await t.gql(CatalogDocument, { filter: { search: 'Q\u0000', includeDelisted: false }, page: null }, { token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { 'filter.search': [expect.stringMatching(/NUL/)] } });
    });
  });

  describe('document limits', () => {
    const send = (query: string, signedIn: boolean) => t.gql(query, undefined, signedIn ? { token } : {});
    const refusal = async (query: string, signedIn: boolean) => (await send(query, signedIn)).body.errors?.[0]?.extensions;
    // GraphQL Armor lets aliases of __typename through (they cost nothing): these alias a real field.
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

    it.each([
      ['queryLength', `{ __typename ${' '.repeat(60_000)}}`],
      ['tokens', `{ ${'__typename '.repeat(2_500)}}`],
      ['aliases', aliases(31)],
      ['directives', `{ __typename${' @include(if: true)'.repeat(21)} }`],
      ['depth', '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }'],
    ])('refuses a document over the %s limit with QUERY_TOO_COMPLEX naming it', async (limit, query) => {
      expect(await refusal(query, true)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    });

    it('refuses a document over the structural cost limit', async () => {
      const cheap = await startTestApp({ GRAPHQL_MAX_COST: '100' });
      try {
        await cheap.seedDemo();
        const { token: member } = await cheap.login('member@mengyuan.demo');
        expect((await cheap.gql(MeDocument, {}, { token: member })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
        expect((await cheap.gql('{ __typename }', undefined, { token: member })).body.errors).toBeUndefined();
      } finally {
        await cheap.close();
      }
    });

    it('gives anonymous callers tighter limits than signed-in ones, even for a document already cached', async () => {
      const six = aliases(6);
      expect((await send(six, true)).body.errors).toBeUndefined();
      // Parsed, validated and cached by the signed-in request: the anonymous one is still held to its own limits.
      expect(await refusal(six, false)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
      const tokens = `{${'me{id}'.repeat(130)}}`;
      expect((await send(tokens, true)).body.errors).toBeUndefined();
      expect(await refusal(tokens, false)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
      // A credential that does not check out counts as anonymous.
      expect((await t.gql(six, undefined, { token: 'not-a-token' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    });

    it('lets every operation the apps send through the signed-in limits', async () => {
      const { readdirSync } = await import('node:fs');
      const { parse } = await import('graphql');
      const dir = join(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'operations');
      const refused: string[] = [];
      for (const file of readdirSync(dir)) {
        const doc = parse(readFileSync(join(dir, file), 'utf8'));
        const fragments = doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => print(d));
        for (const op of doc.definitions.filter((d) => d.kind === 'OperationDefinition')) {
          const query = [print(op), ...fragments].join('\n');
          const error = (await send(query, true)).body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' || e.message.includes('Fragment'));
          if (error && error.extensions?.code === 'QUERY_TOO_COMPLEX') refused.push(`${op.name?.value}: ${error.message}`);
        }
      }
      expect(refused).toEqual([]);
    });
  });
});

describe('operators see failures', () => {
  let t: TestApp;
  let logFile: string;
  beforeAll(async () => {
    logFile = join(mkdtempSync(join(tmpdir(), 'mengyuan-log-')), 'api.log');
    t = await startTestApp({ LOG_LEVEL: 'info', LOG_FILE: logFile });
    await t.seedDemo();
  });
  afterAll(() => t.close());

  const lines = () =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('logs an INTERNAL once with request id, operation, organisation and stack, and answers with the request id only', async () => {
    const { token, organizationId } = await t.login('member@mengyuan.demo');
    await t.db.query('ALTER TABLE organizations RENAME TO organizations_gone');
    let res;
    try {
      res = await t.gql(`query WhoAmI { me { id } }`, undefined, { token: token, headers: { 'x-request-id': 'support-ticket-4711' } });
    } finally {
      await t.db.query('ALTER TABLE organizations_gone RENAME TO organizations');
    }
    const error = res.body.errors?.[0];
    expect(error?.extensions).toEqual({ code: expect.stringMatching(/INTERNAL|UNAUTHENTICATED/), requestId: 'support-ticket-4711' });
    expect(res.headers.get('x-request-id')).toBe('support-ticket-4711');
    const logged = lines().filter((l) => l.reqId === 'support-ticket-4711' && l.level === 50);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ operationName: 'WhoAmI', error: { type: 'QueryFailedError', stack: expect.stringContaining('organizations') } });
    expect([organizationId, undefined]).toContain(logged[0].organizationId);
    const request = lines().find((l) => l.msg === 'request completed' && l.reqId === 'support-ticket-4711');
    expect(request).toMatchObject({ operationName: 'WhoAmI', path: '/graphql', statusCode: 200, responseTime: expect.any(Number) });
  });

  it('never logs variables: passwords and codes stay out of the log', async () => {
    await t.gql(LoginDocument, { email: 'member@mengyuan.demo', password: 'secret-password-in-a-variable' });
    expect(readFileSync(logFile, 'utf8')).not.toContain('secret-password-in-a-variable');
  });
});

describe('content security policy', () => {
  it('allows scripts from the app only, and GraphiQL (outside production) its CDN on its own pages', async () => {
    const t = await startTestApp();
    try {
      const csp = (await fetch(`${t.url}/health`)).headers.get('content-security-policy') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc).toBe("'self'");
      expect(csp).not.toMatch(/unsafe-eval|https?:\/\//);
      const ide = (await fetch(`${t.url}/graphiql`)).headers.get('content-security-policy');
      expect(ide).toContain('https://unpkg.com');
    } finally {
      await t.close();
    }
  });
});

describe('load shedding', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the event loop is saturated, and recovers', async () => {
    const t = await startTestApp({ PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '200' });
    try {
      // Saturate the event loop, as a CPU-bound flood would, across two of the monitor's samples.
      for (let i = 0; i < 2; i++) {
        const busyUntil = Date.now() + 1200;
        while (Date.now() < busyUntil);
        await new Promise((r) => setTimeout(r, 30));
      }
      const shed = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBeTruthy();
      expect((await json(shed)).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      await new Promise((r) => setTimeout(r, 2200));
      expect((await fetch(`${t.url}/ping`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' });
  });
  afterAll(() => t.close());

  it('turns introspection and the IDE off', async () => {
    // An introspection probe, which no typed operation sends.
    const res = await post(t, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(JSON.stringify(await json(res))).toMatch(/introspection/i);
    const ide = await fetch(`${t.url}/graphiql`);
    expect(ide.status).toBe(404);
  });

  it('still serves ordinary operations', async () => {
    // Raw, to see the whole response body; no demo data here, so the one query that needs no sign-in.
    const res = await post(t, JSON.stringify({ query: '{ __typename }' }));
    expect(await json(res)).toEqual({ data: { __typename: 'Query' } });
  });
});
