import {
  CancelOfferPriceChangeDocument,
  NotificationsDocument,
  OfferDocument,
  RecomputeScorecardsDocument,
  ScheduleUnifiedPriceDocument,
  ScorecardDocument,
  SkuDetailDocument,
  UpdateOfferDocument,
} from '@mengyuan/graphql';
import { ScoreDimension } from '@mengyuan/domain';
import { APPLY_OFFER_PRICE_JOB, APPLY_OFFER_PRICES_JOB, APPLY_PRICES_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const HOUR = 3_600_000;

/** Issue 18 §11: settlement-price changes are announced like unified prices (24 h), shorter only with a reason. */
describe('settlement-price changes with notice', () => {
  let t: TestApp;
  const tok = { admin: '', s1: '', s2: '', m1: '', m2: '' };
  const id = { s1: '', m1: '', m2: '' };
  let skuId = '';
  let skuCode = '';
  let offer = '';
  let jobs: JobsService;

  /** Access tokens live 15 minutes: after moving the clock, sign in again. */
  const login = async () => {
    for (const [k, email] of [['admin', 'admin@mengyuan.demo'], ['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['m1', 'member@mengyuan.demo'], ['m2', 'member2@mengyuan.demo']] as const) {
      const l = await t.login(email);
      tok[k] = l.token;
      if (k === 's1' || k === 'm1' || k === 'm2') id[k] = l.organizationId;
    }
  };
  const offerNow = async () => (await t.data(OfferDocument, { id: offer }, { token: tok.s1 })).offer;
  const update = (settlementPrice: string, extra: { settlementEffectiveAt?: string; settlementPriceReason?: string } = {}, token = tok.s1) =>
    t.gql(UpdateOfferDocument, { id: offer, input: { settlementPrice, ...extra } }, { token });
  /** Price stability's evidence for the supplier: changes and changes announced with the full notice. */
  const stability = async () => {
    await t.data(RecomputeScorecardsDocument, {}, { token: tok.admin });
    const card = (await t.data(ScorecardDocument, { organizationId: id.s1 }, { token: tok.admin })).scorecard;
    const dim = card.dimensions.find((d) => d.dimension === ScoreDimension.PRICE_STABILITY)!;
    const of = (m: string) => dim.evidence.find((e) => e.measure === m)?.value ?? 0;
    return { changes: of('PRICE_CHANGES'), announced: of('PRICE_CHANGES_WITH_NOTICE') };
  };
  const rows = async () => (await t.db.query(`SELECT status, new_price::text AS price FROM offer_price_changes WHERE offer_id = $1 ORDER BY id`, [offer])) as { status: string; price: string }[];

  beforeAll(async () => {
    t = await startTestApp({ ORDER_VELOCITY_PER_MINUTE: '1000' });
    await t.seedDemo({ catalog: false });
    await login();
    jobs = t.app.get(JobsService);
    const stocked = await stockedSku(t, { admin: tok.admin, offers: [{ supplier: tok.s1, stock: 5 }] });
    ({ id: skuId, code: skuCode } = stocked.sku);
    offer = stocked.offers[0];
    // member@ bought the SKU; member2@ never did.
    await deposit(t, tok.admin, id.m1, '100000');
    await deliveredOrder(t, tok.m1, skuId);
  });
  afterAll(() => t.close());

  it('schedules a new price after the full notice: not applied before, applied by its job after, announced in price stability', async () => {
    const before = await stability();
    const at = t.clock.now().getTime();
    const res = await update('9500');
    expect(res.body.errors).toBeUndefined();
    const scheduled = res.body.data!.updateOffer;
    expect(scheduled.settlementPrice).toBe('9550'); // unchanged until its time
    expect(scheduled.pendingPriceChange).toMatchObject({ oldPrice: '9550', newPrice: '9500', noticeShortened: false, status: 'SCHEDULED', reason: null });
    const effectiveAt = new Date(scheduled.pendingPriceChange!.effectiveAt).getTime();
    expect(effectiveAt - at).toBeGreaterThanOrEqual(24 * HOUR);
    expect(effectiveAt - at).toBeLessThan(24 * HOUR + 60_000);

    // The SKU's buyers are told at once that a source's price changes and when: no supplier, no price.
    const inbox = (await t.data(NotificationsDocument, { unreadOnly: false, page: null }, { token: tok.m1 })).notifications.items.filter((n) => n.type === 'SETTLEMENT_PRICE_SCHEDULED');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].params).toMatchObject({ skuId, skuCode, noticeShortened: false, effectiveAt: new Date(effectiveAt).toISOString() });
    expect(JSON.stringify(inbox[0].params)).not.toMatch(/9500|9550|supplier/i);
    const other = (await t.data(NotificationsDocument, { unreadOnly: false, page: null }, { token: tok.m2 })).notifications.items;
    expect(other.filter((n) => n.type === 'SETTLEMENT_PRICE_SCHEDULED')).toHaveLength(0);
    // Members see that a change is coming on the SKU, not whose nor what.
    const detail = await t.gql(SkuDetailDocument, { id: skuId }, { token: tok.m1 });
    expect(detail.body.data!.sku).toMatchObject({ sourcePriceChangesScheduled: 1, nextSourcePriceChangeAt: new Date(effectiveAt).toISOString() });
    expect(JSON.stringify(detail.body)).not.toMatch(/9500|9550/);

    // Its own job was queued in the same transaction, to start at the effective time.
    const changeId = scheduled.pendingPriceChange!.id;
    const queued = (await t.db.query(`SELECT start_after FROM pgboss.job WHERE name = $1 AND data->>'changeId' = $2`, [APPLY_OFFER_PRICE_JOB, changeId])) as { start_after: Date }[];
    expect(queued.map((j) => new Date(j.start_after).getTime())).toEqual([effectiveAt]);

    // Not before its time: neither its own job nor the sweep applies it.
    t.clock.advance(23 * HOUR);
    expect(await jobs.run(APPLY_OFFER_PRICE_JOB, { changeId })).toBe(false);
    expect(await jobs.run(APPLY_OFFER_PRICES_JOB)).toBe(0);
    await login();
    expect((await offerNow()).settlementPrice).toBe('9550');

    t.clock.advance(HOUR + 1000);
    expect(await jobs.run(APPLY_OFFER_PRICE_JOB, { changeId })).toBe(true);
    expect(await jobs.run(APPLY_OFFER_PRICE_JOB, { changeId })).toBe(false); // once
    await login();
    expect(await offerNow()).toMatchObject({ settlementPrice: '9500', pendingPriceChange: null });
    expect((await t.data(SkuDetailDocument, { id: skuId }, { token: tok.m1 })).sku.sourcePriceChangesScheduled).toBe(0);
    expect(await stability()).toEqual({ changes: before.changes + 1, announced: before.announced + 1 });
    await t.chained();
    const audit = (await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 AND type LIKE 'offer.price_%' ORDER BY seq`, [offer])) as { type: string }[];
    expect(audit.map((a) => a.type)).toEqual(['offer.price_scheduled', 'offer.price_changed']);
  });

  it('refuses a shorter notice without a reason (typed), and with one applies it, unannounced in price stability', async () => {
    const before = await stability();
    const soon = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
    for (const extra of [{ settlementEffectiveAt: soon }, { settlementEffectiveAt: t.clock.now().toISOString() }, { settlementEffectiveAt: soon, settlementPriceReason: ' ' }]) {
      const refused = await update('9400', extra);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { settlementPriceReason: [expect.stringMatching(/notice/)] } });
    }
    expect(await t.errorCode(UpdateOfferDocument, { id: offer, input: { settlementPrice: '9400', settlementEffectiveAt: new Date(t.clock.now().getTime() - 2 * HOUR).toISOString(), settlementPriceReason: '补录' } }, { token: tok.s1 })).toBe('VALIDATION_FAILED');
    expect(await rows()).toEqual([{ status: 'APPLIED', price: '9500' }]); // nothing recorded by the refusals

    // Immediate, with a reason: applied at once, and the full cost in price stability.
    const now = await update('9400', { settlementEffectiveAt: t.clock.now().toISOString(), settlementPriceReason: '运营商临时调价，上游成本即时上调' });
    expect(now.body.data!.updateOffer).toMatchObject({ settlementPrice: '9400', pendingPriceChange: null });
    const [last] = (await t.db.query(`SELECT notice_shortened, reason FROM offer_price_changes WHERE offer_id = $1 ORDER BY id DESC LIMIT 1`, [offer])) as { notice_shortened: boolean; reason: string }[];
    expect(last).toEqual({ notice_shortened: true, reason: '运营商临时调价，上游成本即时上调' });
    expect(await stability()).toEqual({ changes: before.changes + 1, announced: before.announced });
    // Buyers were told of this one too, as at short notice.
    const inbox = (await t.data(NotificationsDocument, { unreadOnly: false, page: null }, { token: tok.m1 })).notifications.items.filter((n) => n.type === 'SETTLEMENT_PRICE_SCHEDULED');
    expect(inbox.map((n) => (n.params as { noticeShortened: boolean }).noticeShortened).sort()).toEqual([false, true]);

    // In two hours with a reason: scheduled (not applied now), still unannounced when it applies.
    const short = await update('9450', { settlementEffectiveAt: soon, settlementPriceReason: '上游通知两小时后调价' });
    expect(short.body.data!.updateOffer).toMatchObject({ settlementPrice: '9400', pendingPriceChange: { newPrice: '9450', noticeShortened: true } });
    t.clock.advance(2 * HOUR + 1000);
    expect(await jobs.run(APPLY_OFFER_PRICES_JOB)).toBe(1);
    await login();
    expect((await offerNow()).settlementPrice).toBe('9450');
    expect(await stability()).toEqual({ changes: before.changes + 2, announced: before.announced });
  });

  it('lets the supplier cancel a pending change before it applies; no one else can', async () => {
    const scheduled = (await update('9300')).body.data!.updateOffer;
    expect(scheduled.pendingPriceChange).toMatchObject({ newPrice: '9300' });
    expect(await t.errorCode(CancelOfferPriceChangeDocument, { offerId: offer }, { token: tok.s2 })).toBe('NOT_FOUND');
    expect(await t.errorCode(CancelOfferPriceChangeDocument, { offerId: offer }, { token: tok.m1 })).toBe('FORBIDDEN');
    const cancelled = (await t.data(CancelOfferPriceChangeDocument, { offerId: offer }, { token: tok.s1 })).cancelOfferPriceChange;
    expect(cancelled).toMatchObject({ settlementPrice: '9450', pendingPriceChange: null });
    expect(await t.errorCode(CancelOfferPriceChangeDocument, { offerId: offer }, { token: tok.s1 })).toBe('NOT_FOUND');
    t.clock.advance(25 * HOUR);
    expect(await jobs.run(APPLY_OFFER_PRICE_JOB, { changeId: scheduled.pendingPriceChange!.id })).toBe(false);
    await login();
    expect((await offerNow()).settlementPrice).toBe('9450');
    await t.chained();
    const audit = (await t.db.query(`SELECT type, payload->>'reason' AS reason FROM audit_events WHERE subject_id = $1 AND type = 'offer.price_cancelled' ORDER BY seq`, [offer])) as { type: string; reason: string }[];
    expect(audit.at(-1)).toEqual({ type: 'offer.price_cancelled', reason: 'WITHDRAWN' });
  });

  it('keeps one pending change per offer: a new price replaces it, two updates at once leave one', async () => {
    await update('9310');
    const replaced = (await update('9320')).body.data!.updateOffer;
    expect(replaced.pendingPriceChange).toMatchObject({ newPrice: '9320' });
    // Back to the current price withdraws it.
    expect((await update('9450')).body.data!.updateOffer.pendingPriceChange).toBeNull();

    for (let round = 0; round < 3; round++) {
      const [a, b] = await Promise.all([update(`93${round}1`), update(`93${round}2`)]);
      expect(a.body.errors).toBeUndefined();
      expect(b.body.errors).toBeUndefined();
      const pending = (await rows()).filter((r) => r.status === 'SCHEDULED');
      expect(pending).toHaveLength(1);
      expect((await offerNow()).pendingPriceChange?.newPrice).toBe(pending[0].price);
    }
  });

  it('cancelling while the job applies: exactly one wins, and the price agrees with the record', async () => {
    for (let round = 0; round < 4; round++) {
      await login();
      const current = (await offerNow()).settlementPrice;
      const target = String(BigInt(current) - 10n);
      const { pendingPriceChange } = (await update(target)).body.data!.updateOffer;
      t.clock.advance(24 * HOUR + 1000);
      await login();
      const [cancel, applied] = await Promise.all([
        t.gql(CancelOfferPriceChangeDocument, { offerId: offer }, { token: tok.s1 }),
        round % 2 ? jobs.run(APPLY_OFFER_PRICE_JOB, { changeId: pendingPriceChange!.id }) : jobs.run(APPLY_OFFER_PRICES_JOB).then((n) => n === 1),
      ]);
      const cancelled = !cancel.body.errors;
      expect(cancelled).toBe(!applied);
      if (!cancelled) expect(cancel.body.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|INVALID_TRANSITION/);
      const [row] = (await t.db.query(`SELECT status FROM offer_price_changes WHERE id = $1`, [pendingPriceChange!.id])) as { status: string }[];
      expect(row.status).toBe(applied ? 'APPLIED' : 'CANCELLED');
      expect((await offerNow()).settlementPrice).toBe(applied ? target : current);
    }
  });

  it('cancels, not applies, a change above a unified price lowered since it was scheduled', async () => {
    await login();
    const current = (await offerNow()).settlementPrice;
    const target = String(BigInt(current) + 20n);
    const { pendingPriceChange } = (await update(target)).body.data!.updateOffer;
    expect(pendingPriceChange).toMatchObject({ newPrice: target });
    const lower = String(BigInt(current) + 10n);
    await t.data(ScheduleUnifiedPriceDocument, { input: { skuId, price: lower, effectiveAt: new Date(t.clock.now().getTime() + HOUR).toISOString(), reason: '运营商下调面额折扣', shortenNotice: true } }, { token: tok.admin });
    t.clock.advance(HOUR + 1000);
    expect(await jobs.run(APPLY_PRICES_JOB)).toBe(1);
    t.clock.advance(24 * HOUR);
    expect(await jobs.run(APPLY_OFFER_PRICE_JOB, { changeId: pendingPriceChange!.id })).toBe(false);
    await login();
    expect(await offerNow()).toMatchObject({ settlementPrice: current, unifiedPrice: lower, pendingPriceChange: null });
    await t.chained();
    const [audit] = (await t.db.query(`SELECT payload->>'reason' AS reason FROM audit_events WHERE subject_id = $1 AND type = 'offer.price_cancelled' ORDER BY seq DESC LIMIT 1`, [offer])) as { reason: string }[];
    expect(audit.reason).toBe('ABOVE_UNIFIED_PRICE');
  });
});
