import {
  CreateApiKeyDocument,
  LogoutDocument,
  OrderUpdatedDocument,
  RevokeApiKeyDocument,
  SetUserDisabledDocument,
  SetUserRolesDocument,
  TeamMembersDocument,
  TicketUpdatedDocument,
} from '@mengyuan/graphql';
import type { DocumentNode } from 'graphql';
import { liveSocket, within, type LiveSocketClient } from '../live-client';
import { startTestApp, type TestApp } from '../test-app';

/**
 * A revoked credential stops receiving at once, on every replica: the revocation commits on one instance, its
 * notice names whose credential it was, and every instance closes that person's (or key's) sockets.
 */
describe('live sockets close when their credential is revoked, on every replica', () => {
  let a: TestApp;
  let b: TestApp;
  const opened: LiveSocketClient[] = [];

  /** A socket on `app` with one subscription, open and registered. */
  async function openSocket(app: TestApp, auth: Record<string, string>, doc: DocumentNode = TicketUpdatedDocument): Promise<LiveSocketClient> {
    const socket = liveSocket(app, auth);
    opened.push(socket);
    await socket.ready;
    socket.subscribe(doc, {});
    await new Promise((r) => setTimeout(r, 150));
    expect(socket.closed).toBeNull();
    return socket;
  }

  /** Runs the revocation on A and answers how long B took to close the socket after it started (ms). */
  async function closedWithin(socket: LiveSocketClient, revoke: () => Promise<unknown>): Promise<number> {
    const started = Date.now();
    await revoke();
    const closed = await within(2000, () => socket.closed ?? undefined);
    expect(closed).toBeDefined();
    return closed!.at - started;
  }

  const idOf = async (app: TestApp, owner: string, email: string) => (await app.data(TeamMembersDocument, {}, { token: owner })).teamMembers.find((u) => u.email === email)!.id;

  beforeAll(async () => {
    a = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await a.seedDemo();
    b = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' }, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.dispose()));
    await b.close();
    await a.close();
  });

  it('a revoked API key: its socket on the other replica closes within a second, and it cannot connect again', async () => {
    const owner = (await a.login('member@mengyuan.demo')).token;
    const { createApiKey } = await a.data(CreateApiKeyDocument, { input: { name: '商城对接', scopes: ['ORDERS_READ'] } }, { token: owner });
    const keySocket = await openSocket(b, { 'x-api-key': createApiKey.secret }, OrderUpdatedDocument);
    const bystander = await openSocket(b, { authorization: `Bearer ${owner}` });

    const ms = await closedWithin(keySocket, () => a.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id }, { token: owner }));
    expect(ms).toBeLessThan(1000);
    expect(keySocket.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/API key was revoked/) });
    await new Promise((r) => setTimeout(r, 200));
    expect(bystander.closed).toBeNull();

    const again = liveSocket(b, { 'x-api-key': createApiKey.secret });
    opened.push(again);
    again.subscribe(OrderUpdatedDocument, {});
    expect(await within(2000, () => again.closed ?? undefined)).toBeDefined();
  });

  it('a signed-out session: that session’s socket closes within a second, the person’s other session stays until they sign out everywhere', async () => {
    const one = await a.login('member2@mengyuan.demo');
    const two = await a.login('member2@mengyuan.demo');
    const first = await openSocket(b, { authorization: `Bearer ${one.token}` });
    const second = await openSocket(b, { authorization: `Bearer ${two.token}` });

    const ms = await closedWithin(first, () => a.data(LogoutDocument, { refreshToken: one.refreshToken, everywhere: false }, { token: one.token }));
    expect(ms).toBeLessThan(1000);
    expect(first.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/signed out/) });
    await new Promise((r) => setTimeout(r, 200));
    expect(second.closed).toBeNull();

    expect(await closedWithin(second, () => a.data(LogoutDocument, { refreshToken: null, everywhere: true }, { token: two.token }))).toBeLessThan(1000);
  });

  it('a disabled user: their socket on the other replica closes within a second; their colleague’s stays', async () => {
    const owner = (await a.login('member@mengyuan.demo')).token;
    const operator = (await a.login('operator@mengyuan.demo')).token;
    const theirs = await openSocket(b, { authorization: `Bearer ${operator}` });
    const colleague = await openSocket(b, { authorization: `Bearer ${owner}` });
    const userId = await idOf(a, owner, 'operator@mengyuan.demo');

    const ms = await closedWithin(theirs, () => a.data(SetUserDisabledDocument, { userId, disabled: true }, { token: owner }));
    expect(ms).toBeLessThan(1000);
    expect(theirs.closed?.code).toBe(4403);
    await new Promise((r) => setTimeout(r, 200));
    expect(colleague.closed).toBeNull();
  });

  it('a role change: the person’s socket closes within a second, to reconnect with what they may now see', async () => {
    const owner = (await a.login('supplier@mengyuan.demo')).token;
    const support = (await a.login('support@mengyuan.demo')).token;
    const theirs = await openSocket(b, { authorization: `Bearer ${support}` });
    const userId = await idOf(a, owner, 'support@mengyuan.demo');

    const ms = await closedWithin(theirs, () => a.data(SetUserRolesDocument, { userId, roles: ['TECH'] }, { token: owner }));
    expect(ms).toBeLessThan(1000);
    expect(theirs.closed?.code).toBe(4403);
    // The same token still signs in (roles are read per request): a new socket carries the new roles.
    const fresh = await openSocket(b, { authorization: `Bearer ${support}` });
    expect(fresh.closed).toBeNull();
  });
});
