import {
  AcceptInvitationDocument,
  CompleteRequiredTwoFactorSetupDocument,
  DisableTwoFactorDocument,
  EnableTwoFactorDocument,
  EndSessionDocument,
  InviteUserDocument,
  LoginDocument,
  LoginWithCodeDocument,
  MeDocument,
  MySessionsDocument,
  PasswordResetLinkDocument,
  RefreshTokenDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  StartRequiredTwoFactorSetupDocument,
  StartTwoFactorSetupDocument,
  TwoFactorStatusDocument,
} from '@mengyuan/graphql';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { totpCodeAt } from '../../src/modules/auth/services/two-factor.service';
import { NoticeDispatcher } from '../../src/modules/notifications/services/notice-dispatcher';
import { startMailCatcher, type MailCatcher } from '../mail-catcher';
import { startTestApp, type TestApp } from '../test-app';

const STEP = 30_000;

/** Accounts that can be recovered: reset links by e-mail, two-step sign-in, sessions people can see and end. */
describe('accounts', () => {
  let t: TestApp;
  let mail: MailCatcher;

  const drain = async () => {
    await t.app.get(NoticeDispatcher).drain();
    await new Promise((r) => setTimeout(r, 300));
  };
  const device = (id: string) => ({ headers: { 'x-device-id': id, 'user-agent': `Spec browser ${id}` } });
  const code = (secret: string, offsetSteps = 0) => totpCodeAt(secret, new Date(t.clock.now().getTime() + offsetSteps * STEP));
  const linkIn = (text: string, path: string) => new RegExp(`https?://[^\\s]+(${path}#token=[\\w-]+)`).exec(text)?.[1] ?? null;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.smtpUrl, TWO_FACTOR_REQUIRED_FOR_ALLIANCE: 'true', LOGIN_MAX_FAILURES_PER_IP: '10000', PASSWORD_RESET_MAX_PER_IP: '1000' });
    await t.seedDemo();
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });
  afterEach(() => t.clock.reset());

  describe('a forgotten password', () => {
    it('answers the same whether or not the address has an account, and e-mails a one-time link only to a real one', async () => {
      const before = await t.login('member2@mengyuan.demo');
      const real = await t.gql(RequestPasswordResetDocument, { email: 'Member2@Mengyuan.demo ' });
      const unknown = await t.gql(RequestPasswordResetDocument, { email: 'nobody@example.com' });
      expect(real.body).toEqual(unknown.body);
      expect(real.body).toEqual({ data: { requestPasswordReset: true } });
      await drain();
      expect(await mail.to('nobody@example.com')).toEqual([]);
      const [message] = await mail.to('member2@mengyuan.demo');
      expect(message.subject).toContain('重置密码');
      const path = linkIn(message.text, '/reset-password')!;
      const token = path.split('token=')[1];
      expect((await t.data(PasswordResetLinkDocument, { token })).passwordResetLink.email).toBe('member2@mengyuan.demo');
      expect(await t.errorCode(ResetPasswordDocument, { token, newPassword: 'short' })).toBe('VALIDATION_FAILED');
      expect((await t.data(ResetPasswordDocument, { token, newPassword: 'Forgotten#2027' })).resetPassword).toBe(true);
      // The link worked once; the old password and every session of the account are gone.
      expect(await t.errorCode(ResetPasswordDocument, { token, newPassword: 'Another#2027' })).toBe('RESET_LINK_INVALID');
      expect(await t.errorCode(LoginDocument, { email: 'member2@mengyuan.demo', password: DEMO_PASSWORD })).toBe('INVALID_CREDENTIALS');
      expect(await t.errorCode(MeDocument, {}, { token: before.token })).toBe('UNAUTHENTICATED');
      expect((await t.login('member2@mengyuan.demo', 'Forgotten#2027')).token).toBeTruthy();
    });

    it('lets a link expire, and a newer link replace an older one', async () => {
      await mail.clear();
      await t.data(RequestPasswordResetDocument, { email: 'member3@mengyuan.demo' });
      await t.data(RequestPasswordResetDocument, { email: 'member3@mengyuan.demo' });
      await drain();
      const tokens = (await mail.to('member3@mengyuan.demo')).map((m) => linkIn(m.text, '/reset-password')!.split('token=')[1]);
      expect(tokens).toHaveLength(2);
      const previews = await Promise.all(tokens.map((token) => t.gql(PasswordResetLinkDocument, { token })));
      // Only the newer link works.
      expect(previews.map((p) => p.body.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['OK', 'RESET_LINK_INVALID']);
      const second = tokens[previews.findIndex((p) => !p.body.errors)];
      t.clock.advance(31 * 60_000);
      expect(await t.errorCode(ResetPasswordDocument, { token: second, newPassword: 'TooLate#2027' })).toBe('RESET_LINK_INVALID');
    });

    it('is rate limited per address, whether or not it has an account', async () => {
      for (const email of ['ratelimit@example.com', 'member4@mengyuan.demo']) {
        for (let i = 0; i < 3; i++) await t.data(RequestPasswordResetDocument, { email });
        const refused = await t.gql(RequestPasswordResetDocument, { email });
        expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
      }
    });

    it('resets once when the same link is used twice at the same moment (two writers on one reset)', async () => {
      await mail.clear();
      await t.data(RequestPasswordResetDocument, { email: 'operator@mengyuan.demo' });
      await drain();
      const token = linkIn((await mail.to('operator@mengyuan.demo'))[0].text, '/reset-password')!.split('token=')[1];
      const outcomes = await Promise.all([t.gql(ResetPasswordDocument, { token, newPassword: 'RaceOne#2027' }), t.gql(ResetPasswordDocument, { token, newPassword: 'RaceTwo#2027' })]);
      const ok = outcomes.filter((o) => o.body.data?.resetPassword === true);
      expect(ok).toHaveLength(1);
      expect(outcomes.find((o) => !o.body.data)?.body.errors?.[0].extensions?.code).toBe('RESET_LINK_INVALID');
      const winner = outcomes.indexOf(ok[0]) === 0 ? 'RaceOne#2027' : 'RaceTwo#2027';
      expect((await t.login('operator@mengyuan.demo', winner)).token).toBeTruthy();
    });
  });

  describe('two-step sign-in', () => {
    it('is optional for a member: on with a first code, then every sign-in needs a fresh code or a recovery code', async () => {
      const { token } = await t.login('member@mengyuan.demo');
      const { startTwoFactorSetup } = await t.data(StartTwoFactorSetupDocument, {}, { token });
      expect(startTwoFactorSetup.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
      expect(await t.errorCode(EnableTwoFactorDocument, { code: '000000' }, { token })).toBe('INVALID_TWO_FACTOR_CODE');
      const recovery = (await t.data(EnableTwoFactorDocument, { code: code(startTwoFactorSetup.secret) }, { token })).enableTwoFactor;
      expect(recovery).toHaveLength(10);
      expect((await t.data(TwoFactorStatusDocument, {}, { token })).twoFactorStatus).toMatchObject({ enabled: true, required: false, recoveryCodesLeft: 10 });
      expect((await t.data(MeDocument, {}, { token })).me.twoFactorEnabled).toBe(true);

      const creds = { email: 'member@mengyuan.demo', password: DEMO_PASSWORD };
      expect(await t.errorCode(LoginDocument, creds)).toBe('TWO_FACTOR_REQUIRED');
      expect(await t.errorCode(LoginWithCodeDocument, { ...creds, totpCode: '123456' })).toBe('INVALID_TWO_FACTOR_CODE');
      const now = code(startTwoFactorSetup.secret, 1);
      // Two sign-ins with the same code at the same moment: one gets in (two writers on one time step).
      const both = await Promise.all([t.gql(LoginWithCodeDocument, { ...creds, totpCode: now }), t.gql(LoginWithCodeDocument, { ...creds, totpCode: now })]);
      expect(both.filter((b) => b.body.data?.login).length).toBe(1);
      expect(both.find((b) => !b.body.data)?.body.errors?.[0].extensions?.code).toBe('INVALID_TWO_FACTOR_CODE');
      // A recovery code works once.
      expect((await t.data(LoginWithCodeDocument, { ...creds, totpCode: recovery[0].toUpperCase() })).login.user.email).toBe('member@mengyuan.demo');
      expect(await t.errorCode(LoginWithCodeDocument, { ...creds, totpCode: recovery[0] })).toBe('INVALID_TWO_FACTOR_CODE');
      await drain();
      expect((await mail.to('member@mengyuan.demo')).some((m) => m.subject.includes('账号安全变更'))).toBe(true);
      // Turning it off takes the password and a code.
      const fresh = (await t.data(LoginWithCodeDocument, { ...creds, totpCode: recovery[1] })).login.accessToken;
      expect(await t.errorCode(DisableTwoFactorDocument, { password: 'wrong-password-1', code: code(startTwoFactorSetup.secret, -1) }, { token: fresh })).toBe('INVALID_CREDENTIALS');
      expect((await t.data(DisableTwoFactorDocument, { password: DEMO_PASSWORD, code: recovery[2] }, { token: fresh })).disableTwoFactor).toBe(true);
      expect((await t.data(LoginDocument, creds)).login.user.twoFactorEnabled).toBe(false);
    });

    it('is required for alliance staff: the demo admin signs in with its code, a new auditor sets it up before any session', async () => {
      expect(await t.errorCode(LoginDocument, { email: 'admin@mengyuan.demo', password: DEMO_PASSWORD })).toBe('TWO_FACTOR_REQUIRED');
      const admin = (await t.login('admin@mengyuan.demo')).token;
      expect(await t.errorCode(DisableTwoFactorDocument, { password: DEMO_PASSWORD, code: '000000' }, { token: admin })).toBe('FORBIDDEN');
      const { inviteUser } = await t.data(InviteUserDocument, { input: { email: 'auditor2@mengyuan.demo', roles: ['AUDITOR'] } }, { token: admin });
      const accepted = await t.gql(AcceptInvitationDocument, { input: { token: inviteUser.token, displayName: '审核员 二号', password: 'Auditor#2027' } });
      expect(accepted.body.errors?.[0].extensions?.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
      // Signing in with the password alone says the same, with a setup token.
      const login = await t.gql(LoginDocument, { email: 'auditor2@mengyuan.demo', password: 'Auditor#2027' });
      const setupToken = login.body.errors?.[0].extensions?.setupToken as string;
      expect(login.body.errors?.[0].extensions?.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
      expect(await t.errorCode(StartRequiredTwoFactorSetupDocument, { setupToken: 'nonsense' })).toBe('UNAUTHENTICATED');
      const { secret } = (await t.data(StartRequiredTwoFactorSetupDocument, { setupToken })).startRequiredTwoFactorSetup;
      const done = (await t.data(CompleteRequiredTwoFactorSetupDocument, { setupToken, code: code(secret) })).completeRequiredTwoFactorSetup;
      expect(done.recoveryCodes).toHaveLength(10);
      expect(done.session.user).toMatchObject({ email: 'auditor2@mengyuan.demo', twoFactorEnabled: true });
      expect(await t.errorCode(LoginDocument, { email: 'auditor2@mengyuan.demo', password: 'Auditor#2027' })).toBe('TWO_FACTOR_REQUIRED');
    });
  });

  describe('sessions', () => {
    it('lists a person’s sessions and signs a stolen one out at once; a new device is announced by e-mail', async () => {
      await mail.clear();
      const signIn = async (id: string) => (await t.gql(LoginDocument, { email: 'supplier2@mengyuan.demo', password: DEMO_PASSWORD }, device(id))).body.data!.login;
      const mine = await signIn('laptop');
      await drain();
      expect(await mail.to('supplier2@mengyuan.demo')).toEqual([]); // the first device is simply remembered
      const thief = await signIn('somewhere-else');
      await signIn('laptop');
      await drain();
      const told = await mail.to('supplier2@mengyuan.demo');
      expect(told).toHaveLength(1);
      expect(told[0].subject).toContain('新设备登录');
      expect(told[0].text).toContain('Spec browser somewhere-else');

      const { mySessions } = await t.data(MySessionsDocument, {}, { token: mine.accessToken });
      expect(mySessions).toHaveLength(3);
      expect(mySessions.filter((s) => s.current)).toHaveLength(1);
      const stolen = (await t.data(MySessionsDocument, {}, { token: thief.accessToken })).mySessions.find((s) => s.current)!;
      expect(stolen.userAgent).toBe('Spec browser somewhere-else');
      expect((await t.data(EndSessionDocument, { id: stolen.id }, { token: mine.accessToken })).endSession).toBe(true);
      expect(await t.errorCode(MeDocument, {}, { token: thief.accessToken })).toBe('UNAUTHENTICATED');
      expect(await t.errorCode(RefreshTokenDocument, { refreshToken: thief.refreshToken })).toBe('UNAUTHENTICATED');
      expect((await t.data(MeDocument, {}, { token: mine.accessToken })).me.email).toBe('supplier2@mengyuan.demo');
      expect((await t.data(MySessionsDocument, {}, { token: mine.accessToken })).mySessions).toHaveLength(2);
      // Someone else's session is not found.
      const other = await t.login('supplier@mengyuan.demo');
      const mineAgain = (await t.data(MySessionsDocument, {}, { token: mine.accessToken })).mySessions[0];
      expect(await t.errorCode(EndSessionDocument, { id: mineAgain.id }, { token: other.token })).toBe('NOT_FOUND');
    });
  });
});
