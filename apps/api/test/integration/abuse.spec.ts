import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LoginDocument, MeDocument } from '@mengyuan/graphql';
import { print } from 'graphql';
import { startTestApp, type TestApp } from '../test-app';

const CONCURRENCY = 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

interface Shot {
  status: number;
  code?: string;
  limit?: string;
  ms: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Worst-case requests an attacker would send, each kind 20 at once, then: the api still answers /health and
 * a normal query promptly, its memory came back, and a refused document cost about what a trivial query does.
 */
describe('the api survives abuse', () => {
  let t: TestApp;
  let token: string;

  const shoot = async (body: string, auth: boolean): Promise<Shot> => {
    const started = performance.now();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let first: { message?: string; extensions?: { code?: string; limit?: string } } | undefined;
    try {
      first = (JSON.parse(text) as { errors?: (typeof first)[] }).errors?.[0];
    } catch {
      first = undefined;
    }
    return { status: res.status, code: first?.extensions?.code, limit: first?.extensions?.limit, ms };
  };
  const volley = (body: string, auth: boolean) => Promise.all(Array.from({ length: CONCURRENCY }, () => shoot(body, auth)));
  /** One at a time: the latency of one request on an otherwise idle api, the fair measure of its cost. */
  const series = async (body: string, auth: boolean) => {
    const shots: Shot[] = [];
    for (let i = 0; i < CONCURRENCY; i++) shots.push(await shoot(body, auth));
    return shots;
  };
  /** A body of `bytes` streamed in 64 KiB chunks, so the client never holds it whole. */
  /**
   * A chunked upload of `bytes` (no Content-Length) over node:http, which reads the answer as soon as it comes even
   * while it is still writing (fetch gives up the whole request on the write's EPIPE once the server has answered).
   */
  const stream = async (bytes: number): Promise<Shot> => {
    const { request } = await import('node:http');
    const url = new URL(`${t.url}/graphql`);
    const started = performance.now();
    return new Promise<Shot>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          const first = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0];
          resolve({ status: res.statusCode!, code: first?.extensions?.code, ms: performance.now() - started });
        });
      });
      req.on('error', (err) => resolve({ status: 0, code: (err as NodeJS.ErrnoException).code ?? err.message, ms: performance.now() - started }));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      req.write('{"query":"{ __typename }","variables":{"pad":"');
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end('"}}');
      };
      pump();
    });
  };
  const query = (q: string, variables?: object) => JSON.stringify({ query: q, variables });

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000' });
    await t.seedDemo();
    token = (await t.login('member@mengyuan.demo')).token;
  });
  afterAll(() => t?.close());

  it('refuses every worst-case document in about the time of a trivial query, and stays up with its memory back', async () => {
    const trivial = query('{ __typename }');
    // Warm both paths, then measure them side by side in this run.
    await volley(trivial, true);
    const memoryBefore = heapUsed();

    const kinds: { name: string; body: string; auth: boolean; limit: string }[] = [
      { name: '80,000 × __typename (880 KB), anonymous', body: query(`{ ${'__typename '.repeat(80_000)}}`), auth: false, limit: 'queryLength' },
      { name: '80,000 × __typename (880 KB), signed in', body: query(`{ ${'__typename '.repeat(80_000)}}`), auth: true, limit: 'queryLength' },
      { name: '50,000 × me { id }, signed in', body: query(`{ ${'me { id } '.repeat(50_000)}}`), auth: true, limit: 'queryLength' },
      { name: '4,000 × __typename within the length limit, signed in', body: query(`{${'__typename '.repeat(4_000)}}`), auth: true, limit: 'tokens' },
      { name: '1,000 aliases of brands { id }, signed in', body: query(`{ ${Array.from({ length: 1000 }, (_, i) => `b${i}: brands { id }`).join(' ')} }`), auth: true, limit: 'tokens' },
      { name: '300 aliases of brands { id }, signed in', body: query(`{${Array.from({ length: 300 }, (_, i) => `b${i}:brands{id}`).join(' ')}}`), auth: true, limit: 'aliases' },
      { name: 'nesting 40 deep', body: query(`{ __schema { types { ${'fields { type { '.repeat(20)}name${' } }'.repeat(20)} } } }`), auth: true, limit: 'depth' },
      { name: '250 directives on one field', body: query(`{ __typename${' @include(if: true)'.repeat(250)} }`), auth: true, limit: 'directives' },
    ];
    const report: string[] = [];
    const ms = (shots: Shot[]) => median(shots.map((s) => s.ms));
    for (const kind of kinds) {
      const expected = { kind: kind.name, status: 400, code: 'QUERY_TOO_COMPLEX', limit: kind.limit };
      // The control: a trivial query in a body of the same size, so uploading and reading it cost the same.
      const control = await volley(query('{ __typename }', { pad: 'x'.repeat(kind.body.length) }), kind.auth);
      const shots = await volley(kind.body, kind.auth);
      for (const s of shots) expect({ kind: kind.name, status: s.status, code: s.code, limit: s.limit }).toEqual(expected);
      // Twenty documents that each cost seconds of parsing and validation would take a minute here; the
      // bound leaves room for a machine busy with other work.
      expect(ms(shots)).toBeLessThan(Math.max(10_000, 10 * ms(control)));
      const baseline = await series(trivial, true);
      const alone = await series(kind.body, kind.auth);
      for (const s of alone) expect({ kind: kind.name, status: s.status, code: s.code, limit: s.limit }).toEqual(expected);
      // A refused document costs its upload and a lookup: a few times a trivial query (measured 1.2–3.4×),
      // bounded generously for a machine shared with other work.
      expect(ms(alone)).toBeLessThan(Math.max(20 * ms(baseline), 100));
      report.push(
        `${kind.name}: ${ms(alone).toFixed(2)} ms vs ${ms(baseline).toFixed(2)} ms for { __typename } (×${(ms(alone) / ms(baseline)).toFixed(1)}); ` +
          `${CONCURRENCY} at once ${ms(shots).toFixed(0)} ms vs ${ms(control).toFixed(0)} ms for { __typename } padded to the same size`,
      );
    }
    process.stdout.write(`\nrefused worst-case documents, median latency one at a time:\n  ${report.join('\n  ')}\n`);

    // Strings past any limit, as variables: refused by the input check, typed, without touching the database.
    const login = print(LoginDocument);
    const huge = await volley(query(login, { email: 'x'.repeat(900_000), password: 'y' }), false);
    for (const s of huge) expect([s.status, s.code]).toEqual([200, 'VALIDATION_FAILED']);

    // 20 MB bodies are cut off at the body limit.
    const big = await Promise.all(Array.from({ length: CONCURRENCY }, () => stream(20 * 1024 * 1024)));
    for (const s of big) expect([s.status, s.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    // Still up, promptly: /health, and a normal signed-in query.
    const started = performance.now();
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    const me = await t.gql(MeDocument, {}, { token });
    expect(me.body.errors).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3000);
    // The memory the volleys used came back (a generous bound: caches, JIT and pools may keep a little).
    expect(heapUsed() - memoryBefore).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);

  it('closes connections whose request trickles in, 20 at once, and keeps serving', async () => {
    // Its own app, with a short request timeout: the volleys above must not race one on a busy machine.
    const strict = await startTestApp({ HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_HEADERS_TIMEOUT_MS: '2000' });
    try {
      const { port } = new URL(strict.url);
      const trickle = (headersOnly: boolean) =>
        new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
          const started = performance.now();
          const socket = connect(Number(port), '127.0.0.1');
          let answer = '';
          const head = 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n';
          let sent = 0;
          const timer = setInterval(() => {
            // One byte at a time: headers (slow-loris) or, after complete headers, the body.
            if (headersOnly) socket.write(head[sent++ % head.length]);
            else socket.write(sent++ === 0 ? `${head}\r\n{` : ' ');
          }, 200);
          socket.on('data', (d) => (answer += d.toString()));
          socket.on('error', () => undefined);
          socket.on('close', () => {
            clearInterval(timer);
            resolve({ closedAfterMs: performance.now() - started, answer });
          });
        });
      const slow = await Promise.all([...Array.from({ length: CONCURRENCY / 2 }, () => trickle(false)), ...Array.from({ length: CONCURRENCY / 2 }, () => trickle(true))]);
      for (const s of slow) {
        // The request timeout (2 s here) plus the server's once-a-second check, with room for a busy machine.
        expect(s.closedAfterMs).toBeLessThan(8000);
        expect(s.answer).toMatch(/^(HTTP\/1\.1 408|)/);
      }
      const res = await strict.gql('{ __typename }');
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await strict.close();
    }
  }, 60_000);
});
