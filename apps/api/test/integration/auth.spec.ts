import { createHmac } from 'node:crypto';
import {
  ChangePasswordDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  RegisterOrganizationDocument,
  type RegisterOrganizationInput,
} from '@mengyuan/graphql';
import { AuditService } from '../../src/modules/audit/audit.service';
import { organizationInput } from '../factories';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../test-app';

const supplier = (over: Partial<RegisterOrganizationInput> = {}) =>
  organizationInput('SUPPLIER', {
    name: '测试货源商有限公司',
    channelType: 'AGGREGATOR',
    unifiedSocialCreditCode: '91110000MA01234567',
    ownerEmail: 'Owner@Supplier.test',
    ownerPassword: 'correct-horse-42',
    ...over,
  });

const count = async (t: TestApp, table: string) => Number((await t.db.query(`SELECT count(*) FROM ${table}`))[0].count);

function signHs256(payload: object, secret: string | Buffer, header: object = { alg: 'HS256', typ: 'JWT' }) {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc(header)}.${enc(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('registration and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('registers a supplier in APPLIED with its owner signed in', async () => {
    const { registerOrganization: r } = await t.data(RegisterOrganizationDocument, { input: supplier() });
    expect(r.user.email).toBe('owner@supplier.test');
    expect(r.user.roles).toEqual(['OWNER']);
    expect(r.user.organization).toMatchObject({ kind: 'SUPPLIER', status: 'APPLIED', channelType: 'AGGREGATOR' });
    const { me } = await t.data(MeDocument, {}, { token: r.accessToken });
    expect(me.organization.name).toBe('测试货源商有限公司');
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'owner@supplier.test'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses bad input with the fields named, and creates nothing', async () => {
    const before = await count(t, 'organizations');
    const res = await t.gql(RegisterOrganizationDocument, {
      input: supplier({ unifiedSocialCreditCode: 'nope', contactPhone: '123', ownerEmail: 'not-mail', channelType: null }),
    });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const fields = res.body.errors?.[0].extensions?.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(['channelType', 'contactPhone', 'ownerEmail', 'unifiedSocialCreditCode']);
    const weak = await t.gql(RegisterOrganizationDocument, { input: supplier({ ownerEmail: 'x@y.test', unifiedSocialCreditCode: '91110000MA01234568', ownerPassword: 'short' }) });
    expect(weak.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { ownerPassword: expect.any(Array) } });
    expect(await count(t, 'organizations')).toBe(before);
  });

  it('refuses a second registration of the same e-mail or credit code, recording nothing', async () => {
    // The first registration's events reach the chain after its commit, from the outbox: all in before counting.
    while ((await t.app.get(AuditService).flush()) > 0);
    const events = await count(t, 'audit_events');
    const res = await t.gql(RegisterOrganizationDocument, { input: supplier({ ownerEmail: 'OWNER@supplier.test' }) });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { ownerEmail: ['is already registered'], unifiedSocialCreditCode: ['is already registered'] } });
    expect(await count(t, 'audit_events')).toBe(events);
  });

  it('signs in, and answers a wrong password with INVALID_CREDENTIALS recorded in the audit chain', async () => {
    const ok = await t.login('owner@supplier.test', 'correct-horse-42');
    expect(ok.token).toBeTruthy();
    expect(await t.errorCode(LoginDocument, { email: 'owner@supplier.test', password: 'wrong-password-1' })).toBe('INVALID_CREDENTIALS');
    expect(await t.errorCode(LoginDocument, { email: 'nobody@supplier.test', password: 'wrong-password-1' })).toBe('INVALID_CREDENTIALS');
    await t.chained();
    const failed = await t.db.query(`SELECT payload FROM audit_events WHERE type = 'user.sign_in_failed' ORDER BY seq`);
    expect(failed.map((r: { payload: { reason: string } }) => r.payload.reason)).toEqual(['wrong_password', 'unknown_account']);
  });

  it('rate-limits an account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 4; i++) await t.gql(LoginDocument, { email: 'owner@supplier.test', password: `bad-guess-${i}` });
    const res = await t.gql(LoginDocument, { email: 'owner@supplier.test', password: 'correct-horse-42' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    t.clock.advance(16 * 60_000);
    expect((await t.login('owner@supplier.test', 'correct-horse-42')).token).toBeTruthy();
  });
});

describe('tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('refuses a request with no token, a garbage token, or a malformed header', async () => {
    expect(await t.errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(MeDocument, {}, { token: 'garbage' })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(MeDocument, {}, { headers: { authorization: 'Basic abc' } })).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired access token', async () => {
    const { token } = await t.login('member@mengyuan.demo');
    expect((await t.data(MeDocument, {}, { token })).me.email).toBe('member@mengyuan.demo');
    t.clock.advance(16 * 60_000);
    expect(await t.errorCode(MeDocument, {}, { token })).toBe('UNAUTHENTICATED');
  });

  it('refuses forged tokens: alg none, a wrong secret, another audience', async () => {
    const { token } = await t.login('member@mengyuan.demo');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${token.split('.')[1]}.`;
    expect(await t.errorCode(MeDocument, {}, { token: none })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(MeDocument, {}, { token: signHs256(claims, 'b'.repeat(64)) })).toBe('UNAUTHENTICATED');
    const secret = Buffer.from(TEST_JWT_SECRET, 'hex');
    expect(await t.errorCode(MeDocument, {}, { token: signHs256({ ...claims, aud: 'someone-else' }, secret) })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(MeDocument, {}, { token: signHs256(claims, secret, { alg: 'HS512', typ: 'JWT' }) })).toBe('UNAUTHENTICATED');
    // The same claims signed properly do work: the refusals above are about the forgery, not the claims.
    expect((await t.data(MeDocument, {}, { token: signHs256(claims, secret) })).me.email).toBe('member@mengyuan.demo');
  });

  it('rotates refresh tokens, and a reused one ends the whole session family', async () => {
    const first = await t.login('member@mengyuan.demo');
    const { refreshToken: second } = await t.data(RefreshTokenDocument, { refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.data(MeDocument, {}, { token: second.accessToken })).me.email).toBe('member@mengyuan.demo');

    // Someone replays the first token: refused, and the legitimate holder's session ends too.
    expect(await t.errorCode(RefreshTokenDocument, { refreshToken: first.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(RefreshTokenDocument, { refreshToken: second.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(MeDocument, {}, { token: second.accessToken })).toBe('UNAUTHENTICATED');
    await t.chained();
    const [reuse] = await t.db.query(`SELECT actor_email FROM audit_events WHERE type = 'user.refresh_token_reused'`);
    expect(reuse.actor_email).toBe('member@mengyuan.demo');
  });

  it('signs out one session at once, or every session with everywhere', async () => {
    const a = await t.login('member2@mengyuan.demo');
    const b = await t.login('member2@mengyuan.demo');
    expect((await t.data(LogoutDocument, { refreshToken: a.refreshToken, everywhere: false }, { token: a.token })).logout).toBe(true);
    expect(await t.errorCode(MeDocument, {}, { token: a.token })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(RefreshTokenDocument, { refreshToken: a.refreshToken })).toBe('UNAUTHENTICATED');
    expect((await t.data(MeDocument, {}, { token: b.token })).me.email).toBe('member2@mengyuan.demo');

    const c = await t.login('member2@mengyuan.demo');
    await t.data(LogoutDocument, { refreshToken: null, everywhere: true }, { token: c.token });
    expect(await t.errorCode(MeDocument, {}, { token: b.token })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(RefreshTokenDocument, { refreshToken: b.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('changes the password, ending every session; the old password stops working', async () => {
    const s = await t.login('operator@mengyuan.demo');
    expect(await t.errorCode(ChangePasswordDocument, { currentPassword: 'not-it-123', newPassword: 'brand-new-pass-9' }, { token: s.token })).toBe('INVALID_CREDENTIALS');
    expect(await t.errorCode(ChangePasswordDocument, { currentPassword: 'Mengyuan#2026', newPassword: 'short' }, { token: s.token })).toBe('VALIDATION_FAILED');
    await t.data(ChangePasswordDocument, { currentPassword: 'Mengyuan#2026', newPassword: 'brand-new-pass-9' }, { token: s.token });
    expect(await t.errorCode(MeDocument, {}, { token: s.token })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(LoginDocument, { email: 'operator@mengyuan.demo', password: 'Mengyuan#2026' })).toBe('INVALID_CREDENTIALS');
    expect((await t.login('operator@mengyuan.demo', 'brand-new-pass-9')).token).toBeTruthy();
  });

  it('refuses sign-in to a terminated organisation', async () => {
    await t.db.query(`UPDATE organizations SET status = 'TERMINATED' WHERE name = '新手试水小店'`);
    expect(await t.errorCode(LoginDocument, { email: 'member4@mengyuan.demo', password: 'Mengyuan#2026' })).toBe('FORBIDDEN');
  });
});
