import { AdminDashboardDocument, AppealEvaluationDocument, NotificationsDocument, OpenTicketDocument, RevealOrderCodesDocument, SetTicketAutoRuleDocument, AuditEventsDocument, MyEvaluationCandidacyDocument, ReopenTicketDocument, ResolveTicketDocument, TicketDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

/** Issue 18 §7: one number, one source — the demo's figures agree across screens and the audit log names what exists. */
describe('numbers agree', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('dates every demo ledger line, routing ranking and attempt with its order, so a month’s statement holds that month’s orders', async () => {
    const rows = (await t.db.query(
      `SELECT o.client_order_no AS no, o.placed_at AS placed, x.created_at AS posted, (SELECT min(a.at) FROM order_attempts a WHERE a.order_id = o.id) AS attempted,
              (SELECT r.at FROM order_rankings r WHERE r.order_id = o.id) AS ranked
         FROM orders o JOIN ledger_transactions x ON x.order_id = o.id AND x.type = 'ORDER'
        WHERE o.client_order_no LIKE 'DEMO-0%'`,
    )) as { no: string; placed: Date; posted: Date; attempted: Date; ranked: Date }[];
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect([r.no, r.posted.getTime(), r.attempted.getTime(), r.ranked.getTime()]).toEqual([r.no, r.placed.getTime(), r.placed.getTime(), r.placed.getTime()]);
    // Spread over two weeks, not all at the seed's moment.
    const days = new Set(rows.map((r) => r.placed.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(10);
  });

  it('names an existing appeal and an existing rating reply in the audit log', async () => {
    const s6 = await t.login('supplier6@mengyuan.demo');
    const candidacy = (await t.data(MyEvaluationCandidacyDocument, {}, { token: s6.token })).myEvaluationCandidacy!;
    const row = candidacy.dimensions.flatMap((d) => d.evidence).find((e) => e.id)!;
    await t.data(AppealEvaluationDocument, { input: { candidateId: candidacy.id, reason: '工单数据有误，申请复核', evidenceRowIds: [row.id!] } }, { token: s6.token });
    // The candidate was told (with its total and appeal deadline), and the alliance's admins hear of the appeal (issue 18 §12).
    const told = (await t.data(NotificationsDocument, { unreadOnly: false, page: { offset: 0, limit: 50 } }, { token: s6.token })).notifications.items.find((n) => n.type === 'ELIMINATION_CANDIDATE');
    expect(told?.params).toMatchObject({ candidateId: candidacy.id, appealDeadline: expect.any(String) });
    expect(Number((told!.params as { total: string }).total)).toBe(candidacy.total);
    const heard = (await t.data(NotificationsDocument, { unreadOnly: false, page: { offset: 0, limit: 50 } }, { token: admin })).notifications.items.filter((n) => n.type === 'APPEAL_FILED');
    expect(heard.map((n) => (n.params as { organizationName: string }).organizationName)).toContain('低价影视卡批发部');
    const events = (await t.data(AuditEventsDocument, { filter: { organizationId: s6.organizationId }, page: { offset: 0, limit: 100 } }, { token: admin })).auditEvents.items;
    const appealed = events.filter((e) => e.subjectType === 'evaluation_appeal' || e.subjectType === 'evaluation_candidate');
    expect(appealed.length).toBeGreaterThan(0);
    for (const e of appealed) expect(e.subjectLabel).toMatch(/^低价影视卡批发部 · \d{4}Q\d$/);

    const s1 = await t.login('supplier@mengyuan.demo');
    const replies = (await t.data(AuditEventsDocument, { filter: { organizationId: s1.organizationId, type: 'rating.replied' }, page: { offset: 0, limit: 10 } }, { token: admin })).auditEvents.items;
    expect(replies.length).toBeGreaterThan(0);
    for (const e of replies) {
      const [{ no }] = (await t.db.query(`SELECT o.client_order_no AS no FROM ratings r JOIN orders o ON o.id = r.order_id WHERE r.id = $1`, [e.subjectId])) as { no: string }[];
      expect(e.subjectLabel).toBe(no);
    }
  });

  it('counts upheld tickets, not resolution cycles: a ticket upheld, reopened and upheld again is one', async () => {
    const s1 = await t.login('supplier@mengyuan.demo');
    const upheldFacts = async () => {
      const [{ n }] = (await t.db.query(`SELECT coalesce(sum(value), 0)::int AS n FROM score_fact_daily WHERE organization_id = $1 AND measure = 'UPHELD_INVALID_CODE'`, [s1.organizationId])) as { n: number }[];
      return n;
    };
    const upheldTickets = async () => {
      const [{ n }] = (await t.db.query(
        `SELECT count(DISTINCT t.id)::int AS n FROM tickets t JOIN ticket_resolutions r ON r.ticket_id = t.id
          WHERE t.supplier_id = $1 AND t.category IN ('INVALID_CODE', 'CODE_ALREADY_USED') AND r.upheld`,
        [s1.organizationId],
      )) as { n: number }[];
      return n;
    };
    const before = await upheldFacts();
    expect(before).toBe(await upheldTickets());
    const [ticket] = (await t.db.query(`SELECT id FROM tickets WHERE supplier_id = $1 AND category = 'INVALID_CODE' AND status = 'RESOLVED' LIMIT 1`, [s1.organizationId])) as { id: string }[];
    const member = await t.login('member@mengyuan.demo');
    const support = await t.login('support@mengyuan.demo');
    await t.data(ReopenTicketDocument, { ticketId: ticket.id, reason: '补发的卡密也无法使用' }, { token: member.token });
    await t.data(ResolveTicketDocument, { input: { ticketId: ticket.id, kind: 'REFUND', reason: '补发批次同样异常，退款' } }, { token: support.token });
    expect(await upheldFacts()).toBe(before);
    expect(await upheldFacts()).toBe(await upheldTickets());
  });

  it('lists an escalated ticket’s clocks of its level, not the lower level’s unanswered first response it superseded', async () => {
    const [{ id }] = (await t.db.query(`SELECT id FROM tickets WHERE status = 'ESCALATED' AND category = 'LOST_ORDER' LIMIT 1`)) as { id: string }[];
    const ticket = (await t.data(TicketDocument, { id }, { token: admin })).ticket!;
    expect(ticket.level).toBe('L3');
    // The superseded clock exists (and breached: the ticket says so), but is not current.
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM sla_clocks WHERE ticket_id = $1 AND level <> 'L3' AND metric = 'FIRST_RESPONSE' AND state = 'RUNNING'`, [id])) as { n: number }[];
    expect(n).toBe(1);
    expect(ticket.breached).toBe(true);
    const listed = ticket.clocks.map((c) => `${c.level}:${c.metric}`).sort();
    expect(listed).toContain('L3:FIRST_RESPONSE');
    expect(listed).toContain('L3:RESOLUTION');
    expect(ticket.clocks.filter((c) => c.level !== 'L3' && c.metric === 'FIRST_RESPONSE' && c.state === 'RUNNING')).toEqual([]);
  });

  it('shows on the admin dashboard the share of tickets resolved without a person, each ticket once', async () => {
    const figure = async () => (await t.data(AdminDashboardDocument, { range: null, hotSkuLimit: null }, { token: admin })).adminDashboard.ticketsResolvedWithoutPerson;
    const before = await figure();
    const member = await t.login('member@mengyuan.demo');
    const s1 = await t.login('supplier@mengyuan.demo');
    const [order] = (await t.db.query(
      `SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.member_id = $1 AND l.supplier_id = $2 AND o.status = 'DELIVERED'
          AND NOT EXISTS (SELECT 1 FROM tickets k WHERE k.order_id = o.id) ORDER BY o.placed_at DESC LIMIT 1`,
      [member.organizationId, s1.organizationId],
    )) as { id: string }[];
    await t.data(SetTicketAutoRuleDocument, { input: { category: 'INVALID_CODE', resolution: 'REFUND', dailyLimit: 5, enabled: true } }, { token: s1.token });
    try {
      const codes = (await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member.token })).revealOrderCodes;
      const ticket = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密提示无效', codeIds: codes.map((c) => c.id) } }, { token: member.token })).openTicket;
      expect(ticket.status).toBe('RESOLVED');
    } finally {
      await t.data(SetTicketAutoRuleDocument, { input: { category: 'INVALID_CODE', resolution: 'REFUND', dailyLimit: 5, enabled: false } }, { token: s1.token });
    }
    const after = await figure();
    expect([after.numerator - before.numerator, after.denominator - before.denominator]).toEqual([1, 1]);
    expect(after.value).toBeCloseTo(after.numerator / after.denominator, 9);
  });
});
