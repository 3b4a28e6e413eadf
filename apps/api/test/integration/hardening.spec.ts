import { auditServer } from 'graphql-http';
import { MeDocument, OrganizationsDocument } from '@mengyuan/graphql';
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
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(40);
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
      expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    } finally {
      await small.close();
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
