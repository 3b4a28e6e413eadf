import {
  ArbitrateTicketDocument,
  AuditEventsDocument,
  DecideRatingRemovalDocument,
  EscalateTicketDocument,
  OpenTicketDocument,
  OrderRatingDocument,
  OrderRatingsDocument,
  RateOrderDocument,
  RatingRemovalRequestsDocument,
  RatingsGivenDocument,
  RatingsReceivedDocument,
  RatingSummaryDocument,
  ReplyToRatingDocument,
  RequestRatingRemovalDocument,
  SaleRatingsDocument,
  TestPlaceOrderDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { RATINGS_REVEAL_JOB } from '../../src/modules/ratings/ratings.jobs';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const S = 1000;
const H = 3600 * S;
const DAY = 24 * H;

const MEMBER_SCORES = { authenticity: 5, afterSales: 4, speed: 5, overall: 4 };
const SUPPLIER_SCORES = { conduct: 5, fairness: 3, overall: 4 };

describe('mutual ratings (互评): sealed, revealed, replied, removed, excluded', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let member2: string;
  let s1: string;
  let s2: string;
  let memberOrg: string;
  let s1Org: string;
  let skuId: string;

  async function signIn() {
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    [member, memberOrg] = [m.token, m.organizationId];
    member2 = (await t.login('member2@mengyuan.demo')).token;
    const a = await t.login('supplier@mengyuan.demo');
    [s1, s1Org] = [a.token, a.organizationId];
    s2 = (await t.login('supplier2@mengyuan.demo')).token;
  }

  const rate = (token: string, orderId: string, scores: Record<string, number>, comment: string | null = null) => t.gql(RateOrderDocument, { input: { orderId, scores, comment } }, { token });
  const rateOk = async (token: string, orderId: string, scores: Record<string, number>, comment: string | null = null) =>
    (await t.data(RateOrderDocument, { input: { orderId, scores, comment } }, { token })).rateOrder;
  const ofOrder = async (token: string, orderId: string) => (await t.data(OrderRatingsDocument, { orderId }, { token })).orderRatings;
  const order = async () => (await deliveredOrder(t, member, skuId)).order;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    await signIn();
    await deposit(t, admin, memberOrg, '5000000');
    const m2 = await t.login('member2@mengyuan.demo');
    await deposit(t, admin, m2.organizationId, '1000000');
    // Only supplier@'s offer: every order is its.
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 60 }] })).sku.id;
  });
  afterAll(() => t.close());
  afterEach(async () => {
    t.clock.reset();
    await signIn();
  });

  it('keeps a rating sealed from the other side until both have rated, then reveals both', async () => {
    t.clock.freeze();
    const o = await order();
    const viewed = (await t.data(OrderRatingDocument, { id: o.id }, { token: member })).order;
    const window = viewed.rating;
    expect(window).toMatchObject({ side: 'MEMBER_TO_SUPPLIER', canRate: true, reason: null, mine: null, theirs: null });
    expect(new Date(window.rateUntil!).getTime() - new Date(viewed.deliveredAt!).getTime()).toBe(30 * DAY);

    const mine = await rateOk(member, o.id, MEMBER_SCORES, '卡密秒到，客服响应快');
    expect(mine).toMatchObject({ status: 'SEALED', side: 'MEMBER_TO_SUPPLIER', raterId: memberOrg, ratedId: s1Org, contentVisible: true, comment: '卡密秒到，客服响应快' });
    expect(mine.scores).toEqual({ ...MEMBER_SCORES, conduct: null, fairness: null });
    expect(new Date(mine.revealsAt).getTime() - t.clock.now().getTime()).toBe(14 * DAY);

    // The supplier knows it was rated, not how; a third organisation does not see the order at all.
    const [sealed] = await ofOrder(s1, o.id);
    expect(sealed).toMatchObject({ id: mine.id, status: 'SEALED', contentVisible: false, scores: null, comment: null, revealsAt: mine.revealsAt });
    const received = (await t.data(RatingsReceivedDocument, { filter: null, page: null }, { token: s1 })).ratingsReceived.items.find((r) => r.id === mine.id)!;
    expect(received).toMatchObject({ status: 'SEALED', scores: null, comment: null, canReply: false, canRequestRemoval: false });
    expect(await t.errorCode(OrderRatingsDocument, { orderId: o.id }, { token: member2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(OrderRatingsDocument, { orderId: o.id }, { token: s2 })).toBe('NOT_FOUND');
    expect((await t.data(RatingsReceivedDocument, { filter: null, page: null }, { token: s2 })).ratingsReceived.items.some((r) => r.orderId === o.id)).toBe(false);

    // One per side.
    const again = await rate(member, o.id, MEMBER_SCORES);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The supplier rates the member from its sale: both are revealed at once.
    const sale = (await t.data(SaleRatingsDocument, { page: { offset: 0, limit: 20 } }, { token: s1 })).sales.items.find((s) => s.orderId === o.id)!;
    expect(sale.rating).toMatchObject({ side: 'SUPPLIER_TO_MEMBER', canRate: true, mine: null, theirs: { id: mine.id, status: 'SEALED', scores: null } });
    const theirs = await rateOk(s1, o.id, SUPPLIER_SCORES, '付款及时，沟通顺畅');
    expect(theirs).toMatchObject({ status: 'REVEALED', ratedId: memberOrg });
    const both = await ofOrder(member, o.id);
    expect(both.map((r) => [r.side, r.status, r.contentVisible])).toEqual([['MEMBER_TO_SUPPLIER', 'REVEALED', true], ['SUPPLIER_TO_MEMBER', 'REVEALED', true]]);
    expect(both[1].scores).toMatchObject(SUPPLIER_SCORES);
    expect((await ofOrder(s1, o.id))[0].scores).toMatchObject(MEMBER_SCORES);
    const after = (await t.data(OrderRatingDocument, { id: o.id }, { token: member })).order.rating;
    expect(after).toMatchObject({ canRate: false, reason: 'ALREADY_RATED', mine: { id: mine.id }, theirs: { id: theirs.id, comment: '付款及时，沟通顺畅' } });

    // In the chain: submitted without scores while sealed, revealed with them.
    const { auditEvents } = await t.data(AuditEventsDocument, { filter: { type: 'rating.submitted', organizationId: memberOrg }, page: null }, { token: admin });
    expect(auditEvents.items.find((e) => e.subjectId === mine.id)!.payload).not.toHaveProperty('scores');
    const revealed = await t.data(AuditEventsDocument, { filter: { type: 'rating.revealed', organizationId: memberOrg }, page: null }, { token: admin });
    expect(revealed.auditEvents.items.find((e) => e.subjectId === mine.id)!.payload).toMatchObject({ scores: MEMBER_SCORES });
  });

  it('reveals a lone rating 14 days after it was filed (the job, and lazily on read)', async () => {
    t.clock.freeze();
    const a = await order();
    const b = await order();
    const ra = await rateOk(member, a.id, MEMBER_SCORES);
    const rb = await rateOk(s1, b.id, SUPPLIER_SCORES);
    t.clock.advance(14 * DAY - S);
    await t.app.get(JobsService).run(RATINGS_REVEAL_JOB);
    await signIn();
    expect((await ofOrder(s1, a.id))[0]).toMatchObject({ status: 'SEALED', scores: null });
    t.clock.advance(S);
    await signIn();
    // Read first: due ratings are revealed on the way out, without waiting for the job.
    expect((await ofOrder(member, b.id))[0]).toMatchObject({ id: rb.id, status: 'REVEALED', scores: SUPPLIER_SCORES });
    await t.app.get(JobsService).run(RATINGS_REVEAL_JOB);
    const [revealed] = await ofOrder(s1, a.id);
    expect(revealed).toMatchObject({ id: ra.id, status: 'REVEALED', scores: MEMBER_SCORES, canReply: true });
    expect(new Date(revealed.revealedAt!).getTime()).toBe(t.clock.now().getTime());
    // Rating has closed for the other side: it has read the revealed score (refused, typed, and the window says why).
    expect((await rate(s1, a.id, SUPPLIER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('RATING_CLOSED_REVEALED');
    expect((await rate(member, b.id, MEMBER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('RATING_CLOSED_REVEALED');
    expect((await t.data(OrderRatingDocument, { id: b.id }, { token: member })).order.rating).toMatchObject({ canRate: false, reason: 'OTHER_REVEALED' });
    expect((await ofOrder(s1, a.id)).map((r) => r.side)).toEqual(['MEMBER_TO_SUPPLIER']);
  });

  it('concurrency: a late rating racing the reveal job is refused whichever runs first, and the revealed rating counts once', async () => {
    t.clock.freeze();
    const orders = [await order(), await order(), await order()];
    for (const o of orders) await rateOk(member, o.id, MEMBER_SCORES);
    t.clock.advance(14 * DAY);
    await signIn();
    const results = await Promise.all([
      t.app.get(JobsService).run(RATINGS_REVEAL_JOB),
      ...orders.map((o) => rate(s1, o.id, SUPPLIER_SCORES)),
      t.app.get(JobsService).run(RATINGS_REVEAL_JOB),
    ]);
    for (const r of results.slice(1, -1)) expect((r as Awaited<ReturnType<typeof rate>>).body.errors?.[0]?.extensions?.code).toBe('RATING_CLOSED_REVEALED');
    for (const o of orders) expect((await ofOrder(member, o.id)).map((r) => [r.side, r.status])).toEqual([['MEMBER_TO_SUPPLIER', 'REVEALED']]);
    const ids = (await Promise.all(orders.map((o) => ofOrder(member, o.id)))).map((rs) => rs[0].id);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM score_rating_facts WHERE rating_id = ANY($1::uuid[]) AND counted`, [ids])) as { n: number }[];
    expect(n).toBe(3);
  });

  it('refuses ratings before delivery, after 30 days, from the wrong side, and with bad scores', async () => {
    // A sold-out SKU: the order fails, nothing was delivered.
    const empty = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 0 }] })).sku.id;
    const failed = await t.gql(TestPlaceOrderDocument, { input: { skuId: empty, quantity: 1, clientOrderNo: `RT-${Date.now()}` } }, { token: member });
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('SOLD_OUT');
    const failedId = failed.body.errors?.[0]?.extensions?.orderId as string;
    expect((await rate(member, failedId, MEMBER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    t.clock.freeze();
    const o = await order();
    expect((await rate(member, o.id, { ...MEMBER_SCORES, speed: 6 })).body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { speed: ['must be a whole number from 1 to 5'] } });
    expect((await rate(member, o.id, SUPPLIER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((await rate(member, o.id, { ...MEMBER_SCORES }, 'x'.repeat(501))).body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((await rate(member2, o.id, MEMBER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await rate(s2, o.id, SUPPLIER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await rate(admin, o.id, SUPPLIER_SCORES)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    t.clock.advance(30 * DAY + S);
    await signIn();
    const late = await rate(member, o.id, MEMBER_SCORES);
    expect(late.body.errors?.[0]?.extensions?.code).toBe('RATING_WINDOW_CLOSED');
    expect((await t.data(OrderRatingDocument, { id: o.id }, { token: member })).order.rating).toMatchObject({ canRate: false, reason: 'WINDOW_CLOSED' });
  });

  it('lets the rated side reply once to a revealed rating, and nobody else', async () => {
    const o = await order();
    const sealed = await rateOk(member, o.id, { authenticity: 2, afterSales: 1, speed: 2, overall: 1 }, '客服态度差');
    expect(await t.errorCode(ReplyToRatingDocument, { ratingId: sealed.id, body: '抱歉' }, { token: s1 })).toBe('INVALID_TRANSITION');
    await rateOk(s1, o.id, SUPPLIER_SCORES);
    expect(await t.errorCode(ReplyToRatingDocument, { ratingId: sealed.id, body: '自我回复' }, { token: member })).toBe('FORBIDDEN');
    const replied = (await t.data(ReplyToRatingDocument, { ratingId: sealed.id, body: '已核查客服记录，已对相关人员培训，感谢反馈。' }, { token: s1 })).replyToRating;
    expect(replied).toMatchObject({ reply: '已核查客服记录，已对相关人员培训，感谢反馈。', canReply: false });
    expect(await t.errorCode(ReplyToRatingDocument, { ratingId: sealed.id, body: '再补充一句' }, { token: s1 })).toBe('CONFLICT');
    expect((await ofOrder(member, o.id)).find((r) => r.id === sealed.id)!.reply).toBe('已核查客服记录，已对相关人员培训，感谢反馈。');
    expect(await t.errorCode(ReplyToRatingDocument, { ratingId: sealed.id, body: '第三方' }, { token: s2 })).toBe('NOT_FOUND');
  });

  it('hides a rating the alliance removes, with its reason in the audit chain, and keeps the row', async () => {
    const o = await order();
    const abusive = await rateOk(member, o.id, { authenticity: 1, afterSales: 1, speed: 1, overall: 1 }, '骗子商家！！！');
    await rateOk(s1, o.id, SUPPLIER_SCORES);
    expect(await t.errorCode(RequestRatingRemovalDocument, { ratingId: abusive.id, reason: '对方评价带有辱骂' }, { token: member })).toBe('FORBIDDEN');
    const request = (await t.data(RequestRatingRemovalDocument, { ratingId: abusive.id, reason: '评价含人身攻击，且订单已正常交付' }, { token: s1 })).requestRatingRemoval;
    expect(request).toMatchObject({ status: 'PENDING', rating: { id: abusive.id, removalPending: true, canRequestRemoval: false } });
    expect(await t.errorCode(RequestRatingRemovalDocument, { ratingId: abusive.id, reason: '再次申请删除' }, { token: s1 })).toBe('CONFLICT');
    expect(await t.errorCode(RatingRemovalRequestsDocument, { filter: null, page: null }, { token: s1 })).toBe('FORBIDDEN');

    const pending = (await t.data(RatingRemovalRequestsDocument, { filter: { status: 'PENDING' }, page: null }, { token: admin })).ratingRemovalRequests;
    expect(pending.items.map((r) => r.id)).toContain(request.id);
    const decided = (await t.data(DecideRatingRemovalDocument, { input: { requestId: request.id, approve: true, note: '含侮辱性言辞，依规隐藏' } }, { token: admin })).decideRatingRemoval;
    expect(decided).toMatchObject({ status: 'APPROVED', decisionNote: '含侮辱性言辞，依规隐藏', rating: { status: 'HIDDEN', hiddenReason: 'REMOVED_ABUSIVE' } });
    expect(await t.errorCode(DecideRatingRemovalDocument, { input: { requestId: request.id, approve: false, note: '重复处理' } }, { token: admin })).toBe('INVALID_TRANSITION');

    // Hidden, not deleted: the rated side sees that it was removed, not what it said; the row is all there.
    const seen = (await ofOrder(s1, o.id)).find((r) => r.id === abusive.id)!;
    expect(seen).toMatchObject({ status: 'HIDDEN', hiddenReason: 'REMOVED_ABUSIVE', scores: null, comment: null });
    const [row] = await t.db.query(`SELECT status, comment, scores FROM ratings WHERE id = $1`, [abusive.id]);
    expect(row).toMatchObject({ status: 'HIDDEN', comment: '骗子商家！！！', scores: { overall: 1 } });
    const hidden = (await t.data(AuditEventsDocument, { filter: { type: 'rating.hidden', organizationId: memberOrg }, page: null }, { token: admin })).auditEvents.items;
    expect(hidden.find((e) => e.subjectId === abusive.id)).toMatchObject({ payload: { reason: 'REMOVED_ABUSIVE', note: '含侮辱性言辞，依规隐藏' } });
    const decisions = (await t.data(AuditEventsDocument, { filter: { type: 'rating.removal_decided', organizationId: null }, page: null }, { token: admin })).auditEvents.items;
    expect(decisions.find((e) => e.subjectId === abusive.id)).toMatchObject({ payload: { decision: 'APPROVED', requestId: request.id } });

    // A rejected request leaves the rating as it was, and is recorded too.
    const o2 = await order();
    const fair = await rateOk(member, o2.id, { authenticity: 3, afterSales: 2, speed: 3, overall: 3 }, '售后回复偏慢');
    await rateOk(s1, o2.id, SUPPLIER_SCORES);
    const r2 = (await t.data(RequestRatingRemovalDocument, { ratingId: fair.id, reason: '我们认为评价不客观' }, { token: s1 })).requestRatingRemoval;
    const rejected = (await t.data(DecideRatingRemovalDocument, { input: { requestId: r2.id, approve: false, note: '评价基于事实，不予删除' } }, { token: admin })).decideRatingRemoval;
    expect(rejected).toMatchObject({ status: 'REJECTED', rating: { status: 'REVEALED' } });
    const again = (await t.data(AuditEventsDocument, { filter: { type: 'rating.removal_decided', organizationId: null }, page: null }, { token: admin })).auditEvents.items;
    expect(again.find((e) => e.subjectId === fair.id)).toMatchObject({ payload: { decision: 'REJECTED', note: '评价基于事实，不予删除' } });
  });

  it('excludes ratings contradicted by a ruling against the rater, and flags one filed within 48 h of it', async () => {
    t.clock.freeze();
    // The member rated first; then an L3 ruling on that order goes against it.
    const { order: o, codes } = await deliveredOrder(t, member, skuId);
    const early = await rateOk(member, o.id, { authenticity: 1, afterSales: 1, speed: 1, overall: 1 });
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: o.id, category: 'INVALID_CODE', description: '卡密无效，要求退款', codeIds: [codes[0].id] } }, { token: member })).openTicket;
    await t.data(EscalateTicketDocument, { ticketId: ticket.id, reason: '货源商不处理，申请仲裁' }, { token: member });
    await t.data(ArbitrateTicketDocument, { input: { ticketId: ticket.id, against: 'MEMBER', kind: 'REJECTED', reason: '经核查卡密已由会员本人使用，驳回' } }, { token: admin });
    const [excluded] = await ofOrder(member, o.id);
    expect(excluded).toMatchObject({ id: early.id, excludedReason: 'MEMBER_CAUSED_REFUND', retaliationFlag: false });
    const hidden = (await t.data(AuditEventsDocument, { filter: { type: 'rating.hidden', organizationId: memberOrg }, page: null }, { token: admin })).auditEvents.items;
    expect(hidden.find((e) => e.subjectId === early.id)).toMatchObject({ payload: { reason: 'MEMBER_CAUSED_REFUND' } });
    // The supplier's rating of the same order counts.
    expect(await rateOk(s1, o.id, SUPPLIER_SCORES)).toMatchObject({ excludedReason: null, retaliationFlag: false });

    // Another order of the same supplier, rated an hour after the ruling: counts, but flagged.
    const other = await order();
    t.clock.advance(H);
    await signIn();
    expect(await rateOk(member, other.id, { authenticity: 1, afterSales: 1, speed: 1, overall: 1 })).toMatchObject({ excludedReason: null, retaliationFlag: true });
    // Past 48 h: no flag.
    const later = await order();
    t.clock.advance(48 * H);
    await signIn();
    expect(await rateOk(member, later.id, MEMBER_SCORES)).toMatchObject({ excludedReason: null, retaliationFlag: false });

    // A ruling against the supplier excludes its rating of that order (RULING_AGAINST_RATER).
    const { order: o3, codes: c3 } = await deliveredOrder(t, member, skuId);
    const ticket3 = (await t.data(OpenTicketDocument, { input: { orderId: o3.id, category: 'INVALID_CODE', description: '卡密无效，请补发', codeIds: [c3[0].id] } }, { token: member })).openTicket;
    await t.data(EscalateTicketDocument, { ticketId: ticket3.id, reason: '长时间未处理，申请仲裁' }, { token: member });
    await t.data(ArbitrateTicketDocument, { input: { ticketId: ticket3.id, against: 'SUPPLIER', kind: 'COMPENSATION', amount: '100', reason: '货源商卡密无效，判赔' } }, { token: admin });
    expect(await rateOk(s1, o3.id, { conduct: 1, fairness: 1, overall: 1 })).toMatchObject({ excludedReason: 'RULING_AGAINST_RATER', retaliationFlag: true });
  });

  it('summarises a member’s ratings for suppliers and the alliance, counting only those that count', async () => {
    const summary = (await t.data(RatingSummaryDocument, { organizationId: memberOrg }, { token: s1 })).ratingSummary;
    const [{ count, excluded }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE excluded_reason IS NULL)::int AS count, count(*) FILTER (WHERE excluded_reason IS NOT NULL)::int AS excluded FROM ratings WHERE rated_id = $1 AND status = 'REVEALED'`,
      [memberOrg],
    );
    expect(summary).toMatchObject({ organizationId: memberOrg, count, excludedCount: excluded, authenticity: null });
    expect(count).toBeGreaterThan(0);
    expect(summary.overall).toBeGreaterThanOrEqual(1);
    expect((await t.data(RatingSummaryDocument, { organizationId: memberOrg }, { token: admin })).ratingSummary.count).toBe(count);
    expect(await t.errorCode(RatingSummaryDocument, { organizationId: memberOrg }, { token: member2 })).toBe('FORBIDDEN');
    // Given and received are each side's own.
    const given = (await t.data(RatingsGivenDocument, { filter: null, page: { offset: 0, limit: 50 } }, { token: member })).ratingsGiven;
    expect(given.items.every((r) => r.raterId === memberOrg)).toBe(true);
    expect((await t.data(RatingsGivenDocument, { filter: null, page: null }, { token: member2 })).ratingsGiven.totalCount).toBe(0);
  });
});
