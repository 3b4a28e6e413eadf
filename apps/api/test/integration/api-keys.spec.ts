import { ApiKeysDocument, CreateApiKeyDocument, MeDocument, OrganizationDocument, RevokeApiKeyDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

describe('API keys', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<TestApp['login']>>;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    owner = await t.login('member@mengyuan.demo');
  });
  afterAll(() => t.close());

  it('shows the secret once, stores only its hash, and accepts it in X-Api-Key', async () => {
    const { createApiKey } = await t.data(CreateApiKeyDocument, { input: { name: '自有系统下单', scopes: ['ORDERS_WRITE', 'CATALOG_READ'] } }, { token: owner.token });
    expect(createApiKey.secret).toMatch(/^mk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const secretPart = createApiKey.secret.split('_').slice(2).join('_');
    const dump = JSON.stringify(await t.db.query('SELECT * FROM api_keys'));
    expect(dump).not.toContain(secretPart);
    expect(dump).toContain(createApiKey.apiKey.prefix);

    const { apiKeys } = await t.data(ApiKeysDocument, {}, { token: owner.token });
    expect(apiKeys).toHaveLength(1);
    expect(JSON.stringify(apiKeys)).not.toContain(secretPart);

    const viaKey = await t.data(OrganizationDocument, { id: owner.organizationId }, { apiKey: createApiKey.secret });
    expect(viaKey.organization.name).toBe('乐购数字商城');
    // The use is recorded without holding the request up (a write after the answer): wait for it.
    let lastUsed: Date | null = null;
    for (let i = 0; i < 50 && !lastUsed; i++) {
      [{ last_used_at: lastUsed }] = await t.db.query('SELECT last_used_at FROM api_keys');
      if (!lastUsed) await new Promise((r) => setTimeout(r, 50));
    }
    expect(lastUsed).not.toBeNull();
  });

  it('refuses a key where a person is needed, and a key for another organisation', async () => {
    const { createApiKey } = await t.data(CreateApiKeyDocument, { input: { name: 'reader', scopes: ['CATALOG_READ'] } }, { token: owner.token });
    expect(await t.errorCode(MeDocument, {}, { apiKey: createApiKey.secret })).toBe('FORBIDDEN');
    expect(await t.errorCode(ApiKeysDocument, {}, { apiKey: createApiKey.secret })).toBe('FORBIDDEN');
    const other = await t.login('member2@mengyuan.demo');
    expect(await t.errorCode(OrganizationDocument, { id: other.organizationId }, { apiKey: createApiKey.secret })).toBe('NOT_FOUND');
  });

  it('stops accepting a revoked key, and refuses garbage keys', async () => {
    const { createApiKey } = await t.data(CreateApiKeyDocument, { input: { name: 'temp', scopes: ['ORDERS_READ'] } }, { token: owner.token });
    const { revokeApiKey } = await t.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id }, { token: owner.token });
    expect(revokeApiKey.revokedAt).not.toBeNull();
    expect(await t.errorCode(OrganizationDocument, { id: owner.organizationId }, { apiKey: createApiKey.secret })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(OrganizationDocument, { id: owner.organizationId }, { apiKey: 'mk_nothing' })).toBe('UNAUTHENTICATED');
    const tampered = createApiKey.secret.slice(0, -2) + (createApiKey.secret.endsWith('AA') ? 'BB' : 'AA');
    expect(await t.errorCode(OrganizationDocument, { id: owner.organizationId }, { apiKey: tampered })).toBe('UNAUTHENTICATED');
    await t.chained();
    const events = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [createApiKey.apiKey.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('lets only the owner manage keys, and keeps each organisation to its own', async () => {
    const operator = await t.login('operator@mengyuan.demo');
    expect(await t.errorCode(CreateApiKeyDocument, { input: { name: 'x', scopes: ['ORDERS_READ'] } }, { token: operator.token })).toBe('FORBIDDEN');
    const other = await t.login('member2@mengyuan.demo');
    const { apiKeys } = await t.data(ApiKeysDocument, {}, { token: owner.token });
    expect(await t.errorCode(RevokeApiKeyDocument, { id: apiKeys[0].id }, { token: other.token })).toBe('NOT_FOUND');
    expect(await t.errorCode(RevokeApiKeyDocument, { id: 'not-a-uuid' }, { token: other.token })).toBe('NOT_FOUND');
    expect((await t.data(ApiKeysDocument, {}, { token: other.token })).apiKeys).toEqual([]);
  });

  it('refuses a key without scopes or without a name', async () => {
    expect(await t.errorCode(CreateApiKeyDocument, { input: { name: 'x', scopes: [] } }, { token: owner.token })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(CreateApiKeyDocument, { input: { name: '', scopes: ['ORDERS_READ'] } }, { token: owner.token })).toBe('VALIDATION_FAILED');
  });
});
