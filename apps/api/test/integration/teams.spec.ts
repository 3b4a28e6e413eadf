import {
  AcceptInvitationDocument,
  InvitationPreviewDocument,
  InvitationsDocument,
  InviteUserDocument,
  MeDocument,
  OrganizationDetailDocument,
  RefreshTokenDocument,
  RevokeInvitationDocument,
  SetUserDisabledDocument,
  SetUserRolesDocument,
  TeamMembersDocument,
  TestPlaceOrderDocument,
  LoginDocument,
} from '@mengyuan/graphql';
import { AuditService } from '../../src/modules/audit/audit.service';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('teams', () => {
  let t: TestApp;
  let owner: string;
  let ownerId: string;
  let supplierOrg: string;
  let otherOwner: string;
  let admin: string;
  const invite = (token: string, email: string, roles: ('OPERATOR' | 'SUPPORT' | 'TECH' | 'OWNER' | 'ADMIN' | 'AUDITOR')[]) => t.gql(InviteUserDocument, { input: { email, roles } }, { token });
  const accept = (token: string, displayName = '新同事', password = 'invited-pass-1') => t.gql(AcceptInvitationDocument, { input: { token, displayName, password } });

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    const o = await t.login('supplier@mengyuan.demo');
    [owner, ownerId, supplierOrg] = [o.token, o.userId, o.organizationId];
    otherOwner = (await t.login('supplier2@mengyuan.demo')).token;
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('invites by e-mail with a one-time link; the invitee sets a password, is signed in and lands on its work', async () => {
    const res = await invite(owner, ' Kefu.Wang@Example.test ', ['SUPPORT']);
    const created = res.body.data!.inviteUser;
    expect(created.invitation).toMatchObject({ email: 'kefu.wang@example.test', roles: ['SUPPORT'], status: 'PENDING' });
    expect(new Date(created.invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(created.acceptPath).toBe(`/invitation#token=${created.token}`);
    // Only the hash is stored.
    expect(await t.db.query(`SELECT 1 FROM user_invitations WHERE token_hash = $1`, [created.token])).toHaveLength(0);

    const preview = (await t.data(InvitationPreviewDocument, { token: created.token })).invitation;
    expect(preview).toMatchObject({ organizationName: '腾跃互娱官方授权分销有限公司', organizationKind: 'SUPPLIER', email: 'kefu.wang@example.test', roles: ['SUPPORT'] });
    const weak = await accept(created.token, '王客服', 'short');
    expect(weak.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { password: expect.any(Array) } });

    const signedIn = (await accept(created.token, '王客服')).body.data!.acceptInvitation;
    expect(signedIn.user).toMatchObject({ email: 'kefu.wang@example.test', roles: ['SUPPORT'], landing: 'TICKETS', organization: { id: supplierOrg } });
    expect((await t.data(MeDocument, {}, { token: signedIn.accessToken })).me.displayName).toBe('王客服');
    // The link works once.
    expect((await accept(created.token)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await t.errorCode(InvitationPreviewDocument, { token: created.token })).toBe('NOT_FOUND');

    const members = (await t.data(TeamMembersDocument, {}, { token: owner })).teamMembers;
    expect(members.find((m) => m.email === 'kefu.wang@example.test')).toMatchObject({ roles: ['SUPPORT'], disabled: false, lastSignInAt: expect.any(String) });
    expect((await t.data(InvitationsDocument, {}, { token: owner })).invitations.find((i) => i.id === created.invitation.id)!.status).toBe('ACCEPTED');
  });

  it('lets invitations expire after 7 days, be withdrawn, and refuses roles the organisation cannot give', async () => {
    const late = (await invite(owner, 'late@example.test', ['OPERATOR'])).body.data!.inviteUser;
    t.clock.advance(7 * 86_400_000 + 60_000);
    expect(await t.errorCode(InvitationPreviewDocument, { token: late.token })).toBe('INVITATION_EXPIRED');
    expect((await accept(late.token)).body.errors?.[0].extensions?.code).toBe('INVITATION_EXPIRED');
    const later = (await t.login('supplier@mengyuan.demo')).token;
    expect((await t.data(InvitationsDocument, {}, { token: later })).invitations.find((i) => i.id === late.invitation.id)!.status).toBe('EXPIRED');
    t.clock.reset();
    owner = (await t.login('supplier@mengyuan.demo')).token;
    // A new invitation to the same address replaces the lapsed one.
    const again = (await invite(owner, 'late@example.test', ['OPERATOR', 'TECH'])).body.data!.inviteUser;
    expect(again.invitation.roles).toEqual(['OPERATOR', 'TECH']);
    expect((await t.data(RevokeInvitationDocument, { id: again.invitation.id }, { token: owner })).revokeInvitation.status).toBe('REVOKED');
    expect((await accept(again.token)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await invite(owner, 'boss@example.test', ['OWNER'])).body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { roles: expect.any(Array) } });
    const member = (await t.login('member@mengyuan.demo')).token;
    expect((await invite(member, 'tech@example.test', ['TECH'])).body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { roles: expect.any(Array) } });
    expect((await invite(owner, 'not-an-address', ['OPERATOR'])).body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { email: expect.any(Array) } });
    expect((await invite(owner, 'member@mengyuan.demo', ['OPERATOR'])).body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { email: expect.any(Array) } });
    // Staff who are not owners cannot manage people.
    const support = (await t.login('support@mengyuan.demo')).token;
    expect((await invite(support, 'x@example.test', ['OPERATOR'])).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('disables a user at once (its sessions end), enables it again, and never touches another organisation’s people', async () => {
    const staff = await t.login('tech@mengyuan.demo');
    expect((await t.data(MeDocument, {}, { token: staff.token })).me.landing).toBe('TICKETS');
    // Another organisation's owner finds nobody.
    expect(await t.errorCode(SetUserDisabledDocument, { userId: staff.userId, disabled: true }, { token: otherOwner })).toBe('NOT_FOUND');
    expect(await t.errorCode(SetUserRolesDocument, { userId: staff.userId, roles: ['OPERATOR'] }, { token: otherOwner })).toBe('NOT_FOUND');
    const mine = (await t.data(InvitationsDocument, {}, { token: owner })).invitations[0];
    expect(await t.errorCode(RevokeInvitationDocument, { id: mine.id }, { token: otherOwner })).toBe('NOT_FOUND');
    expect((await t.data(TeamMembersDocument, {}, { token: otherOwner })).teamMembers.map((m) => m.email)).toEqual(['supplier2@mengyuan.demo']);

    const disabled = (await t.data(SetUserDisabledDocument, { userId: staff.userId, disabled: true }, { token: owner })).setUserDisabled;
    expect(disabled).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
    expect(await t.errorCode(MeDocument, {}, { token: staff.token })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(RefreshTokenDocument, { refreshToken: staff.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.errorCode(LoginDocument, { email: 'tech@mengyuan.demo', password: DEMO_PASSWORD })).toBe('FORBIDDEN');

    expect((await t.data(SetUserDisabledDocument, { userId: staff.userId, disabled: false }, { token: owner })).setUserDisabled.disabled).toBe(false);
    const back = await t.login('tech@mengyuan.demo');
    expect((await t.data(MeDocument, {}, { token: back.token })).me.email).toBe('tech@mengyuan.demo');
  });

  it('keeps the last owner: it cannot be disabled or lose the owner role; a second owner can take over', async () => {
    const self = await t.gql(SetUserDisabledDocument, { userId: ownerId, disabled: true }, { token: owner });
    expect(self.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { userId: ['the organisation’s last owner cannot be disabled'] } });
    const demote = await t.gql(SetUserRolesDocument, { userId: ownerId, roles: ['OPERATOR'] }, { token: owner });
    expect(demote.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { roles: expect.any(Array) } });
    const bad = await t.gql(SetUserRolesDocument, { userId: ownerId, roles: ['ADMIN'] }, { token: owner });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { roles: expect.any(Array) } });

    const ops = await t.login('tech@mengyuan.demo');
    expect((await t.data(SetUserRolesDocument, { userId: ops.userId, roles: ['OWNER', 'TECH'] }, { token: owner })).setUserRoles.roles).toEqual(['OWNER', 'TECH']);
    const second = (await t.login('tech@mengyuan.demo')).token;
    expect((await t.data(MeDocument, {}, { token: second })).me.landing).toBe('SUPPLIER_DASHBOARD');
    expect((await t.data(SetUserDisabledDocument, { userId: ownerId, disabled: true }, { token: second })).setUserDisabled.disabled).toBe(true);
    expect(await t.errorCode(SetUserDisabledDocument, { userId: ops.userId, disabled: true }, { token: second })).toBe('VALIDATION_FAILED');
    await t.data(SetUserDisabledDocument, { userId: ownerId, disabled: false }, { token: second });
    owner = (await t.login('supplier@mengyuan.demo')).token;

    await t.app.get(AuditService).flush();
    await t.chained();
    const trail = (await t.db.query(`SELECT type FROM audit_events WHERE organization_id = $1 AND type LIKE 'user.%' AND type NOT LIKE 'user.sign%' ORDER BY seq`, [supplierOrg])).map((r: { type: string }) => r.type);
    expect(trail).toEqual(expect.arrayContaining(['user.invited', 'user.invitation_accepted', 'user.invitation_revoked', 'user.disabled', 'user.enabled', 'user.roles_changed']));
  });

  it('sends each role to its work and shows alliance staff an organisation’s people, balances, offers and orders', async () => {
    const landing = async (email: string) => (await t.data(MeDocument, {}, { token: (await t.login(email)).token })).me.landing;
    expect(await landing('admin@mengyuan.demo')).toBe('ADMIN_DASHBOARD');
    expect(await landing('auditor@mengyuan.demo')).toBe('REVIEW_QUEUE');
    expect(await landing('member@mengyuan.demo')).toBe('MEMBER_DASHBOARD');
    expect(await landing('operator@mengyuan.demo')).toBe('MEMBER_DASHBOARD');

    const m = await t.login('member@mengyuan.demo');
    await deposit(t, admin, m.organizationId, '50000');
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier: owner, stock: 3 }] });
    const order = (await t.data(TestPlaceOrderDocument, { input: { skuId: sku.id, quantity: 1, clientOrderNo: 'DETAIL-1' } }, { token: m.token })).placeOrder;

    const supplier = (await t.data(OrganizationDetailDocument, { id: supplierOrg }, { token: admin })).organization;
    expect(supplier.users.map((u) => u.email)).toEqual(expect.arrayContaining(['supplier@mengyuan.demo', 'support@mengyuan.demo', 'kefu.wang@example.test']));
    expect(supplier.balances).toEqual({ wallet: '0', hold: '0', payable: String(BigInt(sku.unifiedPrice) - 100n) });
    expect(supplier.offerStock.find((o) => o.skuCode === sku.code)).toMatchObject({ stockAvailable: 2, status: 'LIVE' });
    expect(supplier.recentSales[0]).toMatchObject({ orderId: order.id, skuCode: sku.code });
    expect(supplier.recentOrders).toEqual([]);
    const member = (await t.data(OrganizationDetailDocument, { id: m.organizationId }, { token: admin })).organization;
    expect(member.balances).toEqual({ wallet: String(50000n - BigInt(sku.unifiedPrice)), hold: '0', payable: '0' });
    expect(member.recentOrders[0]).toMatchObject({ id: order.id, clientOrderNo: 'DETAIL-1' });
    // The detail is for alliance staff only.
    const own = await t.gql(OrganizationDetailDocument, { id: m.organizationId }, { token: m.token });
    expect(own.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
