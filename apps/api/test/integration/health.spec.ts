import { startTestApp, type TestApp } from '../test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the database state', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers 503 degraded, with Retry-After, when the database is gone', async () => {
    await t.db.destroy();
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ status: 'degraded', database: { status: 'down' } });
  });
});
