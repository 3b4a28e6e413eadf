import { createServer, connect, type Server, type Socket } from 'node:net';
import { CN_2026_EXCEPTIONS, type CalendarExceptionKind } from '@mengyuan/domain';
import {
  AddChatRobotDocument,
  ChatRobotsDocument,
  CreateSlaCalendarDocument,
  InvitationPreviewDocument,
  InviteUserDocument,
  NoticeDeliveriesDocument,
  OpenTicketDocument,
  PostTicketMessageDocument,
  RetryNoticeDeliveryDocument,
  ScheduleUnifiedPriceDocument,
  SetMyNoticePreferencesDocument,
  SetOrganizationNoticeSettingsDocument,
  SlaPoliciesDocument,
  TestChatRobotDocument,
  TodosDocument,
  UpdateSlaPolicyDocument,
} from '@mengyuan/graphql';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { runUnitOfWork } from '../../src/common/unit-of-work/unit-of-work';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { NoticeDispatcher } from '../../src/modules/notifications/services/notice-dispatcher';
import { NoticeService } from '../../src/modules/notifications/services/notice.service';
import { ESCALATE_JOB } from '../../src/modules/notifications/services/ticket-watch.service';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { createSku, deliveredOrder, deposit, stockedSku } from '../factories';
import { startMailCatcher, type MailCatcher } from '../mail-catcher';
import { RobotSimulator } from '../robot-simulator';
import { startTestApp, type TestApp } from '../test-app';

/** Shanghai wall time → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

/**
 * An SMTP server the test can break: up (relayed to the mail catcher), down (connections refused at once) or hung
 * (it accepts and never says a word, as an overloaded server does).
 */
class FlakySmtp {
  mode: 'up' | 'down' | 'hung' = 'up';
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: () => number) {}

  async start(): Promise<this> {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      if (this.mode === 'down') return socket.destroy();
      if (this.mode === 'hung') return;
      const upstream = connect(this.target(), '127.0.0.1');
      upstream.on('error', () => socket.destroy());
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** Drops every open connection (pooled SMTP connections too), so the next message meets the new mode. */
  reset(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    this.reset();
    await new Promise((r) => this.server?.close(r));
  }
}

describe('notices: e-mail and robots, sent once, retried, timed by urgency and the business calendar', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let smtp: FlakySmtp;
  let robots: RobotSimulator;
  let admin: string;
  let owner: string;
  let member: string;
  let skuId: string;
  /** A second replica on the same database (started last, closed first: the unit of work's host is the newest app's). */
  let other: TestApp;

  const dispatcher = (app: TestApp = t) => app.app.get(NoticeDispatcher);
  const signIn = async (email: string) => (await t.login(email)).token;
  const settle = () => new Promise((r) => setTimeout(r, 300));
  const deliveriesOf = (where: string, params: unknown[] = []) => t.db.query(`SELECT * FROM notice_deliveries WHERE ${where} ORDER BY created_at`, params) as Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    mail = await startMailCatcher();
    smtp = await new FlakySmtp(() => mail.smtpPort).start();
    robots = await new RobotSimulator().start();
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_TIMEOUT_MS: '1500', NOTICE_TIMEOUT_MS: '1500', NOTICE_RETRY_DELAY_SECONDS: '1', NOTICE_RETRY_LIMIT: '2',
      LOGIN_MAX_FAILURES_PER_IP: '10000', PUBLIC_URL: 'https://mengyuan.example',
    });
    await t.seedDemo();
    admin = await signIn('admin@mengyuan.demo');
    owner = await signIn('supplier@mengyuan.demo');
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    await deposit(t, admin, m.organizationId, '2000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: owner, stock: 40 }] })).sku.id;
    // What was queued while seeding (new-device notices and the like) is not what these tests count.
    await t.db.query(`UPDATE notice_deliveries SET status = 'EXPIRED' WHERE status = 'PENDING'`);
    other = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, NOTICE_RETRY_DELAY_SECONDS: '1', PUBLIC_URL: 'https://mengyuan.example' }, { sameDatabaseAs: t });
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await robots.stop();
    await smtp.stop();
    await mail.stop();
  });
  afterEach(() => t.clock.reset());

  it('e-mails an invitation once, however many replicas send at the same moment, with a link that works', async () => {
    {
      const { inviteUser } = await t.data(InviteUserDocument, { input: { email: 'new.hire@example.com', roles: ['SUPPORT'] } }, { token: owner });
      const rounds = await Promise.all([dispatcher().drain(), dispatcher(other).drain(), dispatcher().drain(), dispatcher(other).drain()]);
      expect(rounds.reduce((n, r) => n + r.sent, 0)).toBe(1);
      await settle();
      const mails = await mail.to('new.hire@example.com');
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('腾跃互娱官方授权分销有限公司');
      const link = /https:\/\/mengyuan\.example(\/invitation#token=[\w-]+)/.exec(mails[0].text)?.[1];
      expect(link).toBe(inviteUser.acceptPath);
      expect((await t.data(InvitationPreviewDocument, { token: link!.split('token=')[1] })).invitation).toMatchObject({ email: 'new.hire@example.com', roles: ['SUPPORT'] });
      // The link never rests in clear: the delivery keeps it encrypted.
      const [row] = await deliveriesOf(`kind = 'INVITATION' AND address = $1`, ['new.hire@example.com']);
      expect(JSON.stringify(row.params)).not.toContain('token');
      expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
    }
  });

  it('sends nothing for a change that rolled back, nor what a savepoint that rolled back had noticed', async () => {
    const notices = t.app.get(NoticeService);
    const notice = { kind: 'PRICE_SCHEDULED' as const, to: { organizationKind: 'MEMBER' as const }, params: { skuName: '回滚的调价', oldPrice: '100', newPrice: '90', effectiveAt: new Date().toISOString() } };
    await expect(runUnitOfWork(async () => {
      await notices.send({ ...notice, key: 'rolled-back' });
      throw new Error('the change failed after its notice');
    })).rejects.toThrow('the change failed');
    await runUnitOfWork(async () => {
      const host = TransactionHost.getInstance();
      await host.withTransaction(Propagation.Nested, async () => {
        await notices.send({ ...notice, key: 'savepoint', subject: 'sku:savepoint' });
        throw new Error('savepoint rolls back');
      }).catch(() => undefined);
      // The savepoint's notice is gone, and so is its claim on the subject: this one is the first.
      await notices.send({ ...notice, key: 'after-savepoint', subject: 'sku:savepoint' });
    });
    expect(await deliveriesOf(`dedupe_key LIKE 'rolled-back|%' OR dedupe_key LIKE 'savepoint|%'`)).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM notifications WHERE dedupe_key IN ('rolled-back', 'savepoint')`)).toEqual([]);
    expect((await t.db.query(`SELECT 1 FROM notifications WHERE dedupe_key = 'after-savepoint'`)).length).toBeGreaterThan(0);
    expect((await deliveriesOf(`dedupe_key LIKE 'after-savepoint|EMAIL|%'`)).length).toBeGreaterThan(0);
  });

  it('retries a hung or refusing SMTP server without slowing the change, and delivers once it is back', async () => {
    smtp.mode = 'hung';
    smtp.reset();
    // The dispatcher is stuck on a hung server with one message while the change that causes another is made.
    await t.data(InviteUserDocument, { input: { email: 'slow.first@example.com', roles: ['OPERATOR'] } }, { token: owner });
    const busy = dispatcher().drain();
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await t.data(InviteUserDocument, { input: { email: 'slow.smtp@example.com', roles: ['OPERATOR'] } }, { token: owner });
    expect(Date.now() - started).toBeLessThan(1000);
    await busy;
    let [row] = await deliveriesOf(`address = 'slow.smtp@example.com'`);
    if (Number(row.attempts) === 0) {
      await dispatcher().drain();
      [row] = await deliveriesOf(`address = 'slow.smtp@example.com'`);
    }
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(String(row.last_error)).toMatch(/time|Greeting|closed/i);
    smtp.mode = 'down';
    smtp.reset();
    t.clock.advance(60_000);
    await dispatcher().drain();
    [row] = await deliveriesOf(`address = 'slow.smtp@example.com'`);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    smtp.mode = 'up';
    smtp.reset();
    t.clock.advance(60_000);
    expect((await dispatcher().drain()).sent).toBeGreaterThanOrEqual(1);
    [row] = await deliveriesOf(`address = 'slow.smtp@example.com'`);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3 });
    await settle();
    expect(await mail.to('slow.smtp@example.com')).toHaveLength(1);
    const attempts = await t.db.query(`SELECT error FROM notice_attempts WHERE $1 = ANY(delivery_ids) ORDER BY id`, [row.id]);
    expect(attempts.map((a: { error: string | null }) => a.error === null)).toEqual([false, false, true]);
  });

  it('signs 钉钉 and 飞书 robot messages as they check them, retries a failing robot, and shows the admin what failed for good', async () => {
    const add = (kind: 'WECOM' | 'DINGTALK' | 'FEISHU', token: string, secret?: string) =>
      t.data(AddChatRobotDocument, { input: { kind, name: `${kind} 值班群`, url: robots.robot(kind, token, secret), secret: secret ?? null, kinds: null } }, { token: owner });
    expect(await t.errorCode(AddChatRobotDocument, { input: { kind: 'DINGTALK', name: '外部', url: 'https://evil.example.com/robot/send?access_token=x', secret: null, kinds: null } }, { token: owner })).toBe('VALIDATION_FAILED');
    const wecom = (await add('WECOM', 'wecom-key-1')).addChatRobot;
    const ding = (await add('DINGTALK', 'ding-token-1', 'SECding-secret')).addChatRobot;
    const feishu = (await add('FEISHU', 'feishu-hook-1', 'feishu-secret')).addChatRobot;
    expect(ding).toMatchObject({ kinds: expect.arrayContaining(['SLA_BREACHED', 'SLA_WARNING']), urlHint: expect.stringContaining('…') });
    expect(JSON.stringify((await t.data(ChatRobotsDocument, {}, { token: owner })).chatRobots)).not.toContain('ding-token-1');

    robots.mode = 'http-500';
    for (const r of [wecom, ding, feishu]) await t.data(TestChatRobotDocument, { id: r.id }, { token: owner });
    await dispatcher().drain();
    const robotRows = async () => (await deliveriesOf(`robot_id = ANY($1)`, [[wecom.id, ding.id, feishu.id]])).map((d) => [d.status, d.attempts]);
    expect(await robotRows()).toEqual([['PENDING', 1], ['PENDING', 1], ['PENDING', 1]]);
    expect((await t.data(ChatRobotsDocument, {}, { token: owner })).chatRobots.every((r) => r.lastError === 'HTTP 500')).toBe(true);
    robots.mode = 'ok';
    t.clock.advance(5_000);
    await dispatcher().drain();
    expect(await robotRows()).toEqual([['SENT', 2], ['SENT', 2], ['SENT', 2]]);
    expect(robots.received.map((m) => m.kind).sort()).toEqual(['DINGTALK', 'FEISHU', 'WECOM']);
    expect(robots.refused).toEqual([]);
    expect(robots.received.find((m) => m.kind === 'WECOM')!.body).toMatchObject({ msgtype: 'markdown', markdown: { content: expect.stringContaining('盟源') } });

    // A robot configured with the wrong secret is refused by 钉钉 every time: after the retries it fails for good.
    const wrong = (await t.data(AddChatRobotDocument, { input: { kind: 'DINGTALK', name: '配错的群', url: robots.robot('DINGTALK', 'ding-token-2', 'SECright'), secret: 'SECwrong', kinds: null } }, { token: owner })).addChatRobot;
    await t.data(TestChatRobotDocument, { id: wrong.id }, { token: owner });
    for (let i = 0; i < 3; i++) {
      await dispatcher().drain();
      t.clock.advance(10_000);
    }
    const failed = (await t.data(NoticeDeliveriesDocument, { status: 'FAILED', page: null }, { token: admin })).noticeDeliveries;
    const mine = failed.items.find((d) => d.recipient === '配错的群')!;
    expect(mine).toMatchObject({ channel: 'ROBOT', attempts: 3, lastError: expect.stringContaining('310000') });
    expect((await t.data(TodosDocument, {}, { token: admin })).todos.find((x) => x.kind === 'NOTICE_FAILED')?.params).toMatchObject({ count: failed.totalCount });
    expect(await t.errorCode(NoticeDeliveriesDocument, { status: 'FAILED', page: null }, { token: owner })).toBe('FORBIDDEN');
    expect((await t.data(RetryNoticeDeliveryDocument, { id: mine.id }, { token: admin })).retryNoticeDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await t.errorCode(RetryNoticeDeliveryDocument, { id: mine.id }, { token: admin })).toBe('INVALID_TRANSITION');
  });

  it('bundles a minute of ordinary notices into one e-mail per person, as each person’s preferences say', async () => {
    await mail.clear();
    const sku = await createSku(t, admin, { name: '网易一卡通 50 元' });
    const sku2 = await createSku(t, admin, { name: '腾讯 Q 币 30 元' });
    const effectiveAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    // The operator turns price e-mails off for herself; the owner keeps the default.
    const operator = await signIn('operator@mengyuan.demo');
    await t.data(SetMyNoticePreferencesDocument, { changes: [{ kind: 'PRICE_SCHEDULED', channel: 'EMAIL', enabled: false }] }, { token: operator });
    await t.data(ScheduleUnifiedPriceDocument, { input: { skuId: sku.id, price: '4900', effectiveAt, reason: '季度调价' } }, { token: admin });
    await t.data(ScheduleUnifiedPriceDocument, { input: { skuId: sku2.id, price: '2950', effectiveAt, reason: '季度调价' } }, { token: admin });
    expect((await dispatcher().drain()).sent).toBe(0);
    t.clock.advance(61_000);
    await dispatcher().drain();
    await settle();
    const mine = await mail.to('member@mengyuan.demo');
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toContain('2 条新通知');
    expect(mine[0].text).toContain('网易一卡通 50 元');
    expect(mine[0].text).toContain('腾讯 Q 币 30 元');
    expect(mine[0].text).toContain('¥49.00');
    expect(await mail.to('operator@mengyuan.demo')).toHaveLength(0);
  });

  describe('on a business-hours calendar', () => {
    beforeAll(async () => {
      const exceptions = CN_2026_EXCEPTIONS.map((e) => ({ date: e.date, kind: e.kind as CalendarExceptionKind, name: e.name ?? null }));
      const calendar = (await t.data(CreateSlaCalendarDocument, { input: { name: '工作日 9:00–18:00', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00', exceptions } }, { token: admin })).createSlaCalendar;
      const l1 = (await t.data(SlaPoliciesDocument, {}, { token: admin })).slaPolicies.find((p) => p.tier === 'L1')!;
      await t.data(UpdateSlaPolicyDocument, { input: { tier: 'L1', firstResponseSeconds: l1.firstResponseSeconds, resolutionSeconds: l1.resolutionSeconds, calendarId: calendar.id, note: '按工作时间' } }, { token: admin });
    });

    it('holds a warning in quiet hours, never sends it after its deadline, and sends a breach at once', async () => {
      await mail.clear();
      const notices = t.app.get(NoticeService);
      const supplierId = (await t.login('supplier@mengyuan.demo')).organizationId;
      const warn = (key: string, deadline: Date) => runUnitOfWork(() => notices.send({ kind: 'SLA_WARNING', to: { organizationId: supplierId, roles: ['OWNER'] }, params: { ticketId: key, number: '1', metric: 'RESOLUTION', dueAt: deadline.toISOString() }, deadline, key, channels: ['EMAIL'] }));
      t.clock.freeze(sh('2026-03-07T23:00:00'));
      await warn('quiet-monday', sh('2026-03-09T09:30:00'));
      await warn('quiet-tonight', sh('2026-03-07T23:40:00'));
      await runUnitOfWork(() => notices.send({ kind: 'SLA_BREACHED', to: { organizationId: supplierId, roles: ['OWNER'] }, params: { ticketId: 'x', number: '2', metric: 'RESOLUTION', dueAt: sh('2026-03-07T22:00:00').toISOString() }, key: 'breach-at-night', channels: ['EMAIL'] }));
      const [monday] = await deliveriesOf(`dedupe_key LIKE 'quiet-monday|%'`);
      expect(new Date(monday.next_attempt_at as string)).toEqual(sh('2026-03-09T09:00:00'));
      expect(await deliveriesOf(`dedupe_key LIKE 'quiet-tonight|%'`)).toEqual([]);
      await dispatcher().drain();
      await settle();
      expect((await mail.to('supplier@mengyuan.demo')).map((m) => m.subject)).toEqual([expect.stringContaining('工单已超时')]);
      // Monday 09:00 the warning goes; had it waited past its deadline it would have expired instead.
      t.clock.freeze(sh('2026-03-09T09:00:30'));
      await dispatcher().drain();
      await settle();
      const subjects = (await mail.to('supplier@mengyuan.demo')).map((m) => m.subject);
      expect(subjects).toHaveLength(2);
      expect(subjects).toEqual(expect.arrayContaining([expect.stringContaining('工单已超时'), expect.stringContaining('工单即将超时')]));
      await warn('late', sh('2026-03-09T09:10:00'));
      t.clock.freeze(sh('2026-03-09T09:10:01'));
      await dispatcher().drain();
      expect(await deliveriesOf(`dedupe_key LIKE 'late|%'`)).toEqual([expect.objectContaining({ status: 'EXPIRED' })]);
      // Quiet hours off: a warning at night goes out at once.
      await t.data(SetOrganizationNoticeSettingsDocument, { defaults: null, quietHours: false }, { token: owner });
      t.clock.freeze(sh('2026-03-07T23:00:00'));
      await warn('loud', sh('2026-03-09T09:30:00'));
      expect(new Date((await deliveriesOf(`dedupe_key LIKE 'loud|%'`))[0].next_attempt_at as string)).toEqual(sh('2026-03-07T23:00:00'));
      await t.data(SetOrganizationNoticeSettingsDocument, { defaults: null, quietHours: true }, { token: owner });
    });

    it('warns the ticket’s assignee before the deadline, the owner at the breach, and the alliance when nobody answers', async () => {
      await mail.clear();
      t.clock.freeze(sh('2026-03-06T17:55:00'));
      member = await signIn('member@mengyuan.demo');
      const { order, codes } = await deliveredOrder(t, member, skuId);
      const tk = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，无法充值', codeIds: [codes[0].id] } }, { token: member })).openTicket;
      // 客服小王 answers first: the ticket is hers from now on (the first-response clock stops).
      t.clock.freeze(sh('2026-03-06T17:56:00'));
      await t.data(PostTicketMessageDocument, { input: { ticketId: tk.id, body: '收到，正在核实' } }, { token: await signIn('support@mengyuan.demo') });
      const sweep = () => t.app.get(JobsService).run(SLA_SWEEP_JOB) as Promise<{ breached: number; warned: number }>;
      // Resolution (2 business hours) is due Monday 10:56; the warning (24 minutes left) comes at 10:32, not on Saturday.
      t.clock.freeze(sh('2026-03-07T12:00:00'));
      expect((await sweep()).warned).toBe(0);
      t.clock.freeze(sh('2026-03-09T10:33:00'));
      expect((await sweep()).warned).toBe(1);
      await dispatcher().drain();
      await settle();
      expect((await mail.to('support@mengyuan.demo')).map((m) => m.subject)).toEqual([expect.stringContaining('工单即将超时')]);
      expect((await mail.to('supplier@mengyuan.demo')).filter((m) => m.subject.includes('即将超时'))).toEqual([]);
      expect((await t.data(TodosDocument, {}, { token: await signIn('support@mengyuan.demo') })).todos.find((x) => x.subjectId === tk.id)).toMatchObject({ kind: 'TICKET_NEAR_BREACH', severity: 'WARNING', link: `/tickets/${tk.id}` });
      t.clock.freeze(sh('2026-03-09T10:57:00'));
      expect((await sweep()).breached).toBe(1);
      await dispatcher().drain();
      await settle();
      expect((await mail.to('supplier@mengyuan.demo')).map((m) => m.subject)).toEqual([expect.stringContaining('工单已超时')]);
      // Half an hour later nobody at the supplier has acted: the alliance's admin hears of it.
      const jobs = (await t.db.query(`SELECT data, start_after FROM pgboss.job WHERE name = $1 AND data->>'ticketId' = $2`, [ESCALATE_JOB, tk.id])) as { data: object; start_after: Date }[];
      expect(jobs).toHaveLength(1);
      expect(new Date(jobs[0].start_after).getTime()).toBe(sh('2026-03-09T10:57:00').getTime() + 30 * 60_000);
      t.clock.freeze(sh('2026-03-09T11:27:00'));
      expect(await t.app.get(JobsService).run(ESCALATE_JOB, jobs[0].data)).toBe('ESCALATED');
      expect(await t.app.get(JobsService).run(ESCALATE_JOB, jobs[0].data)).toBe('ESCALATED');
      await dispatcher().drain();
      await settle();
      expect((await mail.to('admin@mengyuan.demo')).map((m) => m.subject)).toEqual([expect.stringContaining('超时工单无人响应')]);
    });
  });

  it('never writes one notice twice for a person, however many writers ask at once', async () => {
    const notices = t.app.get(NoticeService);
    const supplierId = (await t.login('supplier@mengyuan.demo')).organizationId;
    const once = () => runUnitOfWork(() => notices.send({ kind: 'DOCUMENT_EXPIRED', to: { organizationId: supplierId }, params: { documentType: 'BUSINESS_LICENSE', number: 'X', validTo: '2026-01-01' }, key: 'twice' }));
    await Promise.all([once(), once(), once()]);
    // Three people at the supplier: one inbox row and one e-mail each, not three.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key = 'twice'`)).toEqual([{ n: 3 }]);
    expect((await deliveriesOf(`dedupe_key LIKE 'twice|EMAIL|%'`)).length).toBe(3);
  });
});
