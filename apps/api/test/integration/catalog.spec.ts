import {
  CatalogDocument,
  ChangeOfferStatusDocument,
  CreateOfferDocument,
  CreateSkuDocument,
  OffersDocument,
  ReviewOfferDocument,
  RiskEventsDocument,
  ScheduleUnifiedPriceDocument,
  SkuDetailDocument,
  ThinlySourcedSkusDocument,
  UpdateOfferDocument,
  type CreateSkuInput,
} from '@mengyuan/graphql';
import { APPLY_PRICES_JOB, PAUSE_UNAUTHORISED_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { DOCUMENT_EXPIRY_JOB } from '../../src/modules/qualifications/qualification.jobs';
import { brandId, createSku, skuId } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('catalog, unified prices and offers', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let member: string;
  let supplier: string;
  let supplier2: string;
  const skuOf = (code: string) => skuId(t, admin, code);

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    member = (await t.login('member@mengyuan.demo')).token;
    supplier = (await t.login('supplier@mengyuan.demo')).token;
    supplier2 = (await t.login('supplier2@mengyuan.demo')).token;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('shows members the catalog at unified prices with sources, stock and the 7-day price move', async () => {
    const res = await t.gql(CatalogDocument, { filter: { category: 'GAME_TOPUP' }, page: null }, { token: member });
    const qq = res.body.data?.catalog.items.find((i) => i.code === 'QQ-COIN-100');
    expect(qq).toMatchObject({ unifiedPrice: '9650', liveOfferCount: 2, stockState: 'IN_STOCK', priceMovement7dBp: 158 });
    const iqiyi = (await t.data(CatalogDocument, { filter: { search: 'IQIYI-GOLD-M' }, page: null }, { token: member })).catalog.items[0];
    expect(iqiyi).toMatchObject({ priceMovement7dBp: 553, priceMovementFlagged: true });
    expect(JSON.stringify(res.body)).not.toMatch(/settlement/i);
    // The filter and page are optional: leaving them out (no variables at all) answers the first page of everything.
    expect((await t.data(CatalogDocument, undefined, { token: member })).catalog.totalCount).toBe(13); // the demo's 13 SKUs (优酷 VIP 季卡 sourced only by the suspended 低价影视卡批发部)
    expect((await t.gql(OffersDocument, undefined, { token: supplier })).body.errors).toBeUndefined();
  });

  it('lets admins create SKUs with money as whole fen, and refuses floats, duplicates and other roles', async () => {
    const input: CreateSkuInput = { code: 'TEST-SKU-1', name: '测试商品', brandId: await brandId(t, admin, '腾讯游戏'), category: 'GAME_TOPUP', faceValue: '1000', deliveryMode: 'CARD_CODE', unifiedPrice: '960' };
    expect((await t.data(CreateSkuDocument, { input }, { token: admin })).createSku).toMatchObject({ unifiedPrice: '960', stockState: 'OUT_OF_STOCK' });
    expect(await t.errorCode(CreateSkuDocument, { input }, { token: admin })).toBe('CONFLICT');
    expect(await t.errorCode(CreateSkuDocument, { input: { ...input, code: 'TEST-SKU-2', unifiedPrice: '9.5' } }, { token: admin })).toBe('VALIDATION_FAILED');
    // Hand-written on purpose: money as an Int literal in the document itself (not a variable) must be refused too.
    expect(await t.errorCode(`mutation { createSku(input: { code: "X-1", name: "xx", brandId: "${input.brandId}", category: GAME_TOPUP, faceValue: 100, deliveryMode: CARD_CODE, unifiedPrice: "90" }) { id } }`, {}, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(CreateSkuDocument, { input: { ...input, code: 'TEST-SKU-3' } }, { token: auditor })).toBe('FORBIDDEN');
    expect(await t.errorCode(CreateSkuDocument, { input: { ...input, code: 'TEST-SKU-3' } }, { token: member })).toBe('FORBIDDEN');
  });

  it('schedules unified prices with notice, tells members, and applies them on time', async () => {
    const id = await skuOf('NETEASE-100');
    const soon = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const refused = await t.gql(ScheduleUnifiedPriceDocument, { input: { skuId: id, price: '9800', effectiveAt: soon, reason: '调价' } }, { token: admin });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { effectiveAt: expect.any(Array) } });
    const short = await t.data(ScheduleUnifiedPriceDocument, { input: { skuId: id, price: '9800', effectiveAt: soon, reason: '运营商紧急调价', shortenNotice: true } }, { token: admin });
    expect(short.scheduleUnifiedPrice).toMatchObject({ noticeShortened: true, oldPrice: '9700' });
    const inbox = await t.db.query(`SELECT n.params FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'member@mengyuan.demo' AND n.type = 'PRICE_SCHEDULED'`);
    expect(inbox.map((r: { params: { skuCode: string } }) => r.params.skuCode)).toContain('NETEASE-100');

    const jobs = t.app.get(JobsService);
    expect(await jobs.run(APPLY_PRICES_JOB)).toBe(0);
    t.clock.advance(2 * 3_600_000);
    expect(await jobs.run(APPLY_PRICES_JOB)).toBe(1);
    const later = (await t.login('member@mengyuan.demo')).token; // access tokens live 15 minutes
    expect((await t.data(CatalogDocument, { filter: { search: 'NETEASE-100' }, page: null }, { token: later })).catalog.items[0].unifiedPrice).toBe('9800');
    const { sku } = await t.data(SkuDetailDocument, { id }, { token: later });
    expect(sku.priceHistory[0]).toMatchObject({ status: 'APPLIED', newPrice: '9800' });
    await t.chained();
    const events = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 AND type LIKE 'price.%' ORDER BY seq`, [id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['price.scheduled', 'price.applied']);
  });

  it('needs an approved, unexpired product authorisation before an offer exists', async () => {
    // 聚卡's 爱奇艺 authorisation has expired.
    const res = await t.gql(CreateOfferDocument, { input: { skuId: await skuOf('IQIYI-GOLD-Q'), settlementPrice: '5500' } }, { token: supplier2 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'AUTHORIZATION_REQUIRED', brand: '爱奇艺' });
    expect(await t.errorCode(CreateOfferDocument, { input: { skuId: await skuOf('QQ-COIN-100'), settlementPrice: '9000' } }, { token: supplier })).toBe('CONFLICT');
    expect(await t.errorCode(CreateOfferDocument, { input: { skuId: await skuOf('QQ-COIN-100'), settlementPrice: '9000' } }, { token: member })).toBe('FORBIDDEN');
  });

  it('reviews offers, flags low prices as risk events, and lets suppliers pause and resume', async () => {
    const { id: sku } = await createSku(t, admin, { faceValue: '1000', unifiedPrice: '960' });
    expect(await t.errorCode(CreateOfferDocument, { input: { skuId: sku, settlementPrice: '970' } }, { token: supplier })).toBe('VALIDATION_FAILED');
    const low = (await t.data(CreateOfferDocument, { input: { skuId: sku, settlementPrice: '800' } }, { token: supplier })).createOffer;
    expect(low).toMatchObject({ status: 'PENDING_REVIEW', lowPriceFlag: true });
    const risks = await t.data(RiskEventsDocument, { status: 'OPEN', page: null }, { token: auditor });
    expect(risks.riskEvents.items).toContainEqual(expect.objectContaining({ type: 'LOW_PRICE_OFFER', details: expect.objectContaining({ settlementPrice: '800' }) }));

    const queue = await t.data(OffersDocument, { filter: { status: 'PENDING_REVIEW' }, page: null }, { token: auditor });
    expect(queue.offers.items.map((o) => o.id)).toContain(low.id);
    expect(await t.errorCode(ReviewOfferDocument, { id: low.id, decision: 'REJECT', note: null }, { token: auditor })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(ReviewOfferDocument, { id: low.id, decision: 'APPROVE', note: null }, { token: supplier })).toBe('FORBIDDEN');
    expect((await t.data(ReviewOfferDocument, { id: low.id, decision: 'APPROVE', note: '已核实上游折扣' }, { token: auditor })).reviewOffer.status).toBe('LIVE');

    expect((await t.data(ChangeOfferStatusDocument, { id: low.id, action: 'PAUSE' }, { token: supplier })).changeOfferStatus).toMatchObject({ status: 'PAUSED', pauseReason: 'SUPPLIER' });
    expect(await t.errorCode(ChangeOfferStatusDocument, { id: low.id, action: 'PAUSE' }, { token: supplier })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(ChangeOfferStatusDocument, { id: low.id, action: 'RESUME' }, { token: supplier2 })).toBe('NOT_FOUND');
    expect((await t.data(ChangeOfferStatusDocument, { id: low.id, action: 'RESUME' }, { token: supplier })).changeOfferStatus.status).toBe('LIVE');

    // A price change is recorded; dropping under the floor sends a live offer back to review (applied at once: the
    // supplier gives a reason for the short notice; scheduling with notice is settlement-notice.spec's).
    const now = { settlementEffectiveAt: t.clock.now().toISOString(), settlementPriceReason: '上游成本变化' };
    const moved = (await t.data(UpdateOfferDocument, { id: low.id, input: { settlementPrice: '900', lowStockThreshold: 5, ...now } }, { token: supplier })).updateOffer;
    expect(moved).toMatchObject({ lowPriceFlag: false, status: 'LIVE', lowStockThreshold: 5 });
    const dropped = (await t.data(UpdateOfferDocument, { id: low.id, input: { settlementPrice: '700', ...now } }, { token: supplier })).updateOffer;
    expect(dropped).toMatchObject({ lowPriceFlag: true, status: 'PENDING_REVIEW' });
    const changes = await t.db.query('SELECT old_price, new_price FROM offer_price_changes WHERE offer_id = $1 ORDER BY id', [low.id]);
    expect(changes).toEqual([{ old_price: '800', new_price: '900' }, { old_price: '900', new_price: '700' }]);
  });

  it('pauses live offers by itself when their product authorisation expires', async () => {
    // 腾跃's 网易游戏 authorisation runs out in 20 days.
    t.clock.advance(21 * 86_400_000);
    const jobs = t.app.get(JobsService);
    await jobs.run(DOCUMENT_EXPIRY_JOB);
    const paused = (await jobs.run(PAUSE_UNAUTHORISED_JOB)) as number;
    expect(paused).toBe(2);
    supplier = (await t.login('supplier@mengyuan.demo')).token; // access tokens live 15 minutes
    const mine = await t.data(OffersDocument, { filter: { status: 'PAUSED' }, page: null }, { token: supplier });
    expect(mine.offers.items.map((o) => o.skuCode).sort()).toEqual(['MHXY-50', 'NETEASE-100']);
    const offer = mine.offers.items.find((o) => o.skuCode === 'MHXY-50')!;
    expect(offer.pauseReason).toBe('AUTHORIZATION_EXPIRED');
    expect(await t.errorCode(ChangeOfferStatusDocument, { id: offer.id, action: 'RESUME' }, { token: supplier })).toBe('AUTHORIZATION_REQUIRED');
  });

  it('lists SKUs with fewer than two live offers for the alliance', async () => {
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    member = (await t.login('member@mengyuan.demo')).token;
    const { thinlySourcedSkus } = await t.data(ThinlySourcedSkusDocument, {}, { token: auditor });
    expect(thinlySourcedSkus.map(({ code, liveOfferCount }) => ({ code, liveOfferCount }))).toEqual(expect.arrayContaining([{ code: 'XES-MONTH', liveOfferCount: 0 }, { code: 'XES-COURSE-500', liveOfferCount: 1 }, { code: 'CUCC-100', liveOfferCount: 1 }]));
    expect(thinlySourcedSkus.map((s) => s.code)).not.toContain('QQ-COIN-100');
    expect(await t.errorCode(ThinlySourcedSkusDocument, {}, { token: member })).toBe('FORBIDDEN');
  });
});
