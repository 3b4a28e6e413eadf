import {
  AcceptInvitationDocument,
  CreateApiKeyDocument,
  InviteUserDocument,
  OpenTicketDocument,
  PostTicketMessageDocument,
  RateOrderDocument,
  ResolveTicketDocument,
  SetUserDisabledDocument,
  SetUserRolesDocument,
  SlaBreachesDocument,
  TeamMembersDocument,
  TicketDocument,
} from '@mengyuan/graphql';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Client } from 'pg';
import { AuditedChange } from '../../src/common/events/domain-event';
import { EventBus } from '../../src/common/events/event-bus';
import { runUnitOfWork } from '../../src/common/unit-of-work/unit-of-work';
import { AuditService } from '../../src/modules/audit/audit.service';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { RATINGS_REVEAL_JOB } from '../../src/modules/ratings/ratings.jobs';
import { SLA_SWEEP_JOB } from '../../src/modules/tickets/tickets.jobs';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { databaseUrl } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';

const MIN = 60_000;
const DAY = 86_400_000;

type Errors = { extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code as string | undefined;

/**
 * One lock order for every aggregate (issue 17): each defect two writers on one aggregate used to cause, run
 * with both writers at once over HTTP against a real PostgreSQL. Every case failed on main before the change.
 */
describe('two writers on one aggregate (the lock order)', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let supplier: string;
  let memberOrg: string;
  let skuId: string;

  async function signIn() {
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    [member, memberOrg] = [m.token, m.organizationId];
    supplier = (await t.login('supplier@mengyuan.demo')).token;
  }

  beforeAll(async () => {
    // A pool that lets 30 answers and the sweep all hold a connection at once.
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', DB_POOL_SIZE: '40' });
    await t.seedDemo();
    await signIn();
    await deposit(t, admin, memberOrg, '5000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier, stock: 80 }] })).sku.id;
  });
  afterAll(() => t.close());
  afterEach(async () => {
    t.clock.reset();
    await signIn();
  });

  it('answers 30 overdue tickets while the breach sweep and their due-instant jobs run: no error, no answer lost, each breach once', async () => {
    t.clock.freeze();
    const tickets: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { order, codes } = await deliveredOrder(t, member, skuId);
      const input = { orderId: order.id, category: 'INVALID_CODE' as const, description: '卡密无效，提示已被使用', codeIds: codes.map((c) => c.id) };
      tickets.push((await t.data(OpenTicketDocument, { input }, { token: member })).openTicket.id);
    }
    t.clock.advance(10 * MIN + 2000);
    await signIn();
    const jobs = t.app.get(JobsService);
    const clockIds = (await t.db.query(`SELECT id FROM sla_clocks WHERE ticket_id = ANY($1) AND metric = 'FIRST_RESPONSE'`, [tickets])) as { id: string }[];
    // Everyone arrives at the same moment: the tickets are held by another connection until all are waiting.
    const gate = new Client({ connectionString: databaseUrl(t.database) });
    await gate.connect();
    await gate.query('BEGIN');
    await gate.query('SELECT id FROM tickets WHERE id = ANY($1) FOR UPDATE', [tickets]);
    const answers = tickets.map((ticketId) => t.gql(PostTicketMessageDocument, { input: { ticketId, body: '您好，我们正在核查这张卡密' } }, { token: supplier }));
    const sweeping = jobs.run(SLA_SWEEP_JOB);
    // Until the 30 answers wait on their tickets (the sweep takes its locks as it may).
    for (let i = 0; i < 400; i++) {
      const { rows } = await gate.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FROM "tickets"%FOR UPDATE%'`,
      );
      if ((rows[0] as { n: number }).n >= 30) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await gate.query('COMMIT');
    await gate.end();
    const [answered, swept] = await Promise.all([Promise.all(answers), Promise.allSettled([sweeping])]);
    // Then each clock's own job at its due instant, and the sweep again: nothing is recorded twice.
    const worked = [...swept, ...(await Promise.allSettled([...clockIds.map((c) => jobs.run('tickets.sla-check', { clockId: c.id })), jobs.run(SLA_SWEEP_JOB)]))];

    expect(answered.map((r) => codeOf(r.body.errors) ?? 'ok')).toEqual(tickets.map(() => 'ok'));
    expect(worked.filter((w) => w.status === 'rejected')).toEqual([]);
    for (const id of tickets) {
      const tk = (await t.data(TicketDocument, { id }, { token: member })).ticket;
      expect(tk.status).toBe('IN_PROGRESS');
      expect(tk.firstRespondedAt).not.toBeNull();
    }
    for (const ticketId of tickets.slice(0, 3)) {
      const { slaBreaches } = await t.data(SlaBreachesDocument, { filter: { ticketId }, page: null }, { token: admin });
      expect(slaBreaches.items.map((b) => b.metric)).toEqual(['FIRST_RESPONSE']);
    }
    const breaches = (await t.db.query(`SELECT ticket_id, metric FROM sla_breaches WHERE ticket_id = ANY($1)`, [tickets])) as { ticket_id: string; metric: string }[];
    expect(breaches.filter((b) => b.metric === 'FIRST_RESPONSE')).toHaveLength(30);
    expect(new Set(breaches.map((b) => b.ticket_id)).size).toBe(30);
  }, 120_000);

  it('keeps one enabled admin when two admins disable each other at once, and one owner when two owners demote each other', async () => {
    // A second alliance admin, invited and signed in.
    const inv = (await t.data(InviteUserDocument, { input: { email: 'admin2@mengyuan.test', roles: ['ADMIN'] } }, { token: admin })).inviteUser;
    const second = (await t.data(AcceptInvitationDocument, { input: { token: inv.token, displayName: '第二管理员', password: 'admin2-pass-1' } })).acceptInvitation;
    const first = await t.login('admin@mengyuan.demo');
    const [a, b] = await Promise.all([
      t.gql(SetUserDisabledDocument, { userId: second.user.id, disabled: true }, { token: first.token }),
      t.gql(SetUserDisabledDocument, { userId: first.userId, disabled: true }, { token: second.accessToken }),
    ]);
    expect([a, b].filter((r) => !r.body.errors)).toHaveLength(1);
    expect([a, b].map((r) => codeOf(r.body.errors)).filter(Boolean)).toEqual([expect.stringMatching(/^(VALIDATION_FAILED|UNAUTHENTICATED)$/)]);
    const enabledAdmins = (await t.db.query(
      `SELECT count(*)::int AS n FROM users u JOIN organizations o ON o.id = u.organization_id WHERE o.kind = 'ALLIANCE' AND u.disabled_at IS NULL AND 'ADMIN' = ANY(u.roles)`,
    )) as { n: number }[];
    expect(enabledAdmins[0].n).toBe(1);
    // Put the demo admin back for the cases below (whoever won the race).
    const winner = a.body.errors ? second.accessToken : first.token;
    if (!a.body.errors) await t.data(SetUserDisabledDocument, { userId: second.user.id, disabled: false }, { token: winner });
    else await t.data(SetUserDisabledDocument, { userId: first.userId, disabled: false }, { token: winner });

    // Two owners of one supplier demoting each other.
    const owner = await t.login('supplier@mengyuan.demo');
    const tech = await t.login('tech@mengyuan.demo');
    await t.data(SetUserRolesDocument, { userId: tech.userId, roles: ['OWNER', 'TECH'] }, { token: owner.token });
    const owner2 = await t.login('tech@mengyuan.demo');
    const [x, y] = await Promise.all([
      t.gql(SetUserRolesDocument, { userId: owner2.userId, roles: ['TECH'] }, { token: owner.token }),
      t.gql(SetUserRolesDocument, { userId: owner.userId, roles: ['OPERATOR'] }, { token: owner2.token }),
    ]);
    expect([x, y].filter((r) => !r.body.errors)).toHaveLength(1);
    const remaining = (await t.login(x.body.errors ? 'tech@mengyuan.demo' : 'supplier@mengyuan.demo')).token;
    const team = (await t.data(TeamMembersDocument, {}, { token: remaining })).teamMembers;
    expect(team.filter((m) => m.roles.includes('OWNER') && !m.disabled)).toHaveLength(1);
    // The demo's roles again: supplier@ the owner, tech@ its engineer.
    await t.data(SetUserRolesDocument, { userId: owner.userId, roles: ['OWNER'] }, { token: remaining });
    await t.data(SetUserRolesDocument, { userId: tech.userId, roles: ['TECH'] }, { token: (await t.login('supplier@mengyuan.demo')).token });
  });

  it('withdraws the invitations of a user who is disabled: an admin invited by a disabled admin cannot join', async () => {
    const inv = (await t.data(InviteUserDocument, { input: { email: 'admin3@mengyuan.test', roles: ['ADMIN'] } }, { token: admin })).inviteUser;
    const third = (await t.data(AcceptInvitationDocument, { input: { token: inv.token, displayName: '第三管理员', password: 'admin3-pass-1' } })).acceptInvitation;
    const auditorInv = (await t.data(InviteUserDocument, { input: { email: 'auditor3@mengyuan.test', roles: ['AUDITOR'] } }, { token: third.accessToken })).inviteUser;
    await t.data(SetUserDisabledDocument, { userId: third.user.id, disabled: true }, { token: admin });
    const accepted = await t.gql(AcceptInvitationDocument, { input: { token: auditorInv.token, displayName: '审计员', password: 'auditor3-pass-1' } });
    expect(codeOf(accepted.body.errors)).toBe('NOT_FOUND');
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'auditor3@mengyuan.test'`)).toHaveLength(0);
  });

  it('refuses a member’s rating filed while the reveal job reveals the supplier’s, whichever runs first (every time, over 12 orders)', async () => {
    t.clock.freeze();
    const orders: string[] = [];
    for (let i = 0; i < 12; i++) orders.push((await deliveredOrder(t, member, skuId)).order.id);
    for (const orderId of orders) await t.data(RateOrderDocument, { input: { orderId, scores: { conduct: 5, fairness: 4, overall: 5 }, comment: null } }, { token: supplier });
    t.clock.advance(14 * DAY + MIN);
    await signIn();
    const jobs = t.app.get(JobsService);
    const scores = { authenticity: 5, afterSales: 4, speed: 5, overall: 4 };
    const [rated] = await Promise.all([
      Promise.all(orders.map((orderId) => t.gql(RateOrderDocument, { input: { orderId, scores, comment: '发货很快' } }, { token: member }))),
      jobs.run(RATINGS_REVEAL_JOB),
      jobs.run(RATINGS_REVEAL_JOB),
    ]);
    // The supplier's seal ran out: rating closed for the member (issue 18), no error but the typed one, and each
    // supplier rating revealed once.
    expect(rated.map((r) => codeOf(r.body.errors) ?? r.body.data!.rateOrder.status)).toEqual(orders.map(() => 'RATING_CLOSED_REVEALED'));
    const statuses = (await t.db.query(`SELECT status, count(*)::int AS n FROM ratings WHERE order_id = ANY($1) GROUP BY status`, [orders])) as { status: string; n: number }[];
    expect(statuses).toEqual([{ status: 'REVEALED', n: 12 }]);
  }, 120_000);

  it('reissues a code named by two tickets once: the other resolution is a typed CONFLICT and nothing moves twice', async () => {
    const { order, codes } = await deliveredOrder(t, member, skuId);
    const open = async (description: string) =>
      (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'QUESTION', description, codeIds: codes.map((c) => c.id) } }, { token: member })).openTicket.id;
    const [one, two] = [await open('第一次反馈：卡密无法使用'), await open('第二次反馈：同一张卡密')];
    const resolve = (ticketId: string) => t.gql(ResolveTicketDocument, { input: { ticketId, kind: 'REISSUE', codeIds: [codes[0].id] } }, { token: supplier });
    const outcomes = await Promise.all([resolve(one), resolve(two)]);
    expect(outcomes.map((r) => codeOf(r.body.errors) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const replaced = (await t.db.query(`SELECT status FROM card_codes WHERE id = $1`, [codes[0].id])) as { status: string }[];
    expect(replaced[0].status).toBe('REPLACED');
    const sold = (await t.db.query(`SELECT count(*)::int AS n FROM card_codes c JOIN order_lines l ON l.id = c.order_line_id WHERE l.order_id = $1 AND c.status = 'SOLD'`, [order.id])) as { n: number }[];
    expect(sold[0].n).toBe(1);
  });

  it('keeps savepoints whole: a rolled-back savepoint leaves no audit record, a released one keeps its after-commit work', async () => {
    const host = t.app.get(TransactionHost<TransactionalAdapterTypeOrm>);
    const bus = t.app.get(EventBus);
    const ran: string[] = [];
    await runUnitOfWork(async () => {
      await host.withTransaction(Propagation.Nested, async () => {
        bus.whenCommitted(() => ran.push('released'));
        await bus.publish(new AuditedChange(null, 'test.kept', { organizationId: null, subjectType: 'alliance_setting', subjectId: 'kept' }));
      });
      await host
        .withTransaction(Propagation.Nested, async () => {
          bus.whenCommitted(() => ran.push('rolled back'));
          await bus.publish(new AuditedChange(null, 'test.dropped', { organizationId: null, subjectType: 'alliance_setting', subjectId: 'dropped' }));
          throw new Error('roll this savepoint back');
        })
        .catch(() => undefined);
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toEqual(['released']);
    await runUnitOfWork(() => t.app.get(AuditService).flush());
    const types = ((await t.db.query(`SELECT type FROM audit_events WHERE type LIKE 'test.%'`)) as { type: string }[]).map((r) => r.type);
    expect(types).toEqual(['test.kept']);
  });

  it('lets an audited write finish while the audit chain’s lock is held elsewhere (it waits on nobody else’s audit)', async () => {
    const other = new Client({ connectionString: databaseUrl(t.database) });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(727100)');
      const started = Date.now();
      const created = await t.gql(CreateApiKeyDocument, { input: { name: '对接测试', scopes: ['ORDERS_READ'] } }, { token: member });
      const ms = Date.now() - started;
      expect(codeOf(created.body.errors)).toBeUndefined();
      expect(ms).toBeLessThan(1000);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
  });

  it('runs a unit of work again when PostgreSQL breaks a deadlock: neither writer fails', async () => {
    await t.db.query(`CREATE TABLE IF NOT EXISTS uow_probe (id int PRIMARY KEY, n int NOT NULL)`);
    await t.db.query(`INSERT INTO uow_probe VALUES (1, 0), (2, 0) ON CONFLICT DO NOTHING`);
    const host = t.app.get(TransactionHost<TransactionalAdapterTypeOrm>);
    let attempts = 0;
    const writer = (first: number, second: number) =>
      runUnitOfWork(async () => {
        attempts += 1;
        await host.tx.query(`UPDATE uow_probe SET n = n + 1 WHERE id = $1`, [first]);
        await new Promise((r) => setTimeout(r, 150));
        await host.tx.query(`UPDATE uow_probe SET n = n + 1 WHERE id = $1`, [second]);
      });
    await Promise.all([writer(1, 2), writer(2, 1)]);
    expect(attempts).toBe(3);
    expect(await t.db.query(`SELECT n FROM uow_probe ORDER BY id`)).toEqual([{ n: 2 }, { n: 2 }]);
  });
});
