import { APPLY_PRICES_JOB, PAUSE_UNAUTHORISED_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { DOCUMENT_EXPIRY_JOB } from '../../src/modules/qualifications/qualification.jobs';
import { startTestApp, type TestApp } from '../test-app';

const CATALOG = `query($filter: CatalogFilter, $page: PageInput) { catalog(filter: $filter, page: $page) { totalCount items { id code unifiedPrice faceValue liveOfferCount stockAvailable stockState priceMovement7dBp priceMovementFlagged priceHistory { oldPrice newPrice status noticeShortened } } } }`;
const CREATE_SKU = `mutation($input: CreateSkuInput!) { createSku(input: $input) { id code unifiedPrice faceValue status liveOfferCount stockState } }`;
const SCHEDULE = `mutation($input: SchedulePriceInput!) { scheduleUnifiedPrice(input: $input) { id status noticeShortened oldPrice newPrice } }`;
const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id status lowPriceFlag settlementPrice possibleActions } }`;
const UPDATE_OFFER = `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { id status settlementPrice lowPriceFlag lowStockThreshold } }`;
const REVIEW_OFFER = `mutation($id: ID!, $decision: ReviewDecision!, $note: String) { reviewOffer(id: $id, decision: $decision, note: $note) { id status reviewNote } }`;
const OFFER_STATUS = `mutation($id: ID!, $action: OfferAction!) { changeOfferStatus(id: $id, action: $action) { id status pauseReason } }`;
const OFFERS = `query($filter: OfferFilter) { offers(filter: $filter) { totalCount items { id skuCode status supplier { name } stockAvailable lowPriceFlag } } }`;
const THIN = `{ thinlySourcedSkus { code liveOfferCount } }`;
const RISKS = `query($status: RiskEventStatus) { riskEvents(status: $status) { totalCount items { id type status subjectType details } } }`;

describe('catalog, unified prices and offers', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let member: string;
  let supplier: string;
  let supplier2: string;
  const brandId = async (name: string) => (await t.db.query('SELECT id FROM brands WHERE name = $1', [name]))[0].id as string;
  const skuId = async (code: string) => (await t.db.query('SELECT id FROM skus WHERE code = $1', [code]))[0].id as string;

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
    const res = await t.gql(CATALOG, { filter: { category: 'GAME_TOPUP' }, page: null }, { token: member });
    const items = (res.body.data as { catalog: { items: { code: string; unifiedPrice: string; liveOfferCount: number; stockState: string; priceMovement7dBp: number }[] } }).catalog.items;
    const qq = items.find((i) => i.code === 'QQ-COIN-100')!;
    expect(qq).toMatchObject({ unifiedPrice: '9650', liveOfferCount: 2, stockState: 'IN_STOCK', priceMovement7dBp: 158 });
    const iqiyi = ((await t.data(CATALOG as never, { filter: { search: 'IQIYI-GOLD-M' }, page: null } as never, { token: member })) as { catalog: { items: { priceMovementFlagged: boolean; priceMovement7dBp: number }[] } }).catalog.items[0];
    expect(iqiyi).toMatchObject({ priceMovement7dBp: 553, priceMovementFlagged: true });
    expect(JSON.stringify(res.body)).not.toMatch(/settlement/i);
    // The filter and page are optional: leaving them out answers the first page of everything.
    const plain = await t.gql(`{ catalog { totalCount } }`, {}, { token: member });
    expect((plain.body.data as { catalog: { totalCount: number } }).catalog.totalCount).toBe(12);
    expect((await t.gql(`{ offers { totalCount } }`, {}, { token: supplier })).body.errors).toBeUndefined();
  });

  it('lets admins create SKUs with money as whole fen, and refuses floats, duplicates and other roles', async () => {
    const input = { code: 'TEST-SKU-1', name: '测试商品', brandId: await brandId('腾讯游戏'), category: 'GAME_TOPUP', faceValue: '1000', deliveryMode: 'CARD_CODE', unifiedPrice: '960' };
    expect(((await t.data(CREATE_SKU as never, { input } as never, { token: admin })) as { createSku: { unifiedPrice: string; stockState: string } }).createSku).toMatchObject({ unifiedPrice: '960', stockState: 'OUT_OF_STOCK' });
    expect(await t.errorCode(CREATE_SKU, { input }, { token: admin })).toBe('CONFLICT');
    expect(await t.errorCode(CREATE_SKU, { input: { ...input, code: 'TEST-SKU-2', unifiedPrice: '9.5' } }, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(`mutation { createSku(input: { code: "X-1", name: "xx", brandId: "${input.brandId}", category: GAME_TOPUP, faceValue: 100, deliveryMode: CARD_CODE, unifiedPrice: "90" }) { id } }`, {}, { token: admin })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(CREATE_SKU, { input: { ...input, code: 'TEST-SKU-3' } }, { token: auditor })).toBe('FORBIDDEN');
    expect(await t.errorCode(CREATE_SKU, { input: { ...input, code: 'TEST-SKU-3' } }, { token: member })).toBe('FORBIDDEN');
  });

  it('schedules unified prices with notice, tells members, and applies them on time', async () => {
    const id = await skuId('NETEASE-100');
    const soon = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const refused = await t.gql(SCHEDULE, { input: { skuId: id, price: '9800', effectiveAt: soon, reason: '调价' } }, { token: admin });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { effectiveAt: expect.any(Array) } });
    const short = (await t.data(SCHEDULE as never, { input: { skuId: id, price: '9800', effectiveAt: soon, reason: '运营商紧急调价', shortenNotice: true } } as never, { token: admin })) as { scheduleUnifiedPrice: { noticeShortened: boolean; oldPrice: string } };
    expect(short.scheduleUnifiedPrice).toMatchObject({ noticeShortened: true, oldPrice: '9700' });
    const inbox = await t.db.query(`SELECT n.params FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'member@mengyuan.demo' AND n.type = 'PRICE_SCHEDULED'`);
    expect(inbox.map((r: { params: { skuCode: string } }) => r.params.skuCode)).toContain('NETEASE-100');

    const jobs = t.app.get(JobsService);
    expect(await jobs.run(APPLY_PRICES_JOB)).toBe(0);
    t.clock.advance(2 * 3_600_000);
    expect(await jobs.run(APPLY_PRICES_JOB)).toBe(1);
    const later = (await t.login('member@mengyuan.demo')).token; // access tokens live 15 minutes
    const sku = ((await t.data(CATALOG as never, { filter: { search: 'NETEASE-100' }, page: null } as never, { token: later })) as { catalog: { items: { unifiedPrice: string; priceHistory: { status: string; newPrice: string }[] }[] } }).catalog.items[0];
    expect(sku.unifiedPrice).toBe('9800');
    expect(sku.priceHistory[0]).toMatchObject({ status: 'APPLIED', newPrice: '9800' });
    const events = await t.db.query(`SELECT type FROM audit_events WHERE subject_id = $1 AND type LIKE 'price.%' ORDER BY seq`, [id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['price.scheduled', 'price.applied']);
  });

  it('needs an approved, unexpired product authorisation before an offer exists', async () => {
    // 聚卡's 爱奇艺 authorisation has expired.
    const res = await t.gql(CREATE_OFFER, { input: { skuId: await skuId('IQIYI-GOLD-Q'), settlementPrice: '5500' } }, { token: supplier2 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'AUTHORIZATION_REQUIRED', brand: '爱奇艺' });
    expect(await t.errorCode(CREATE_OFFER, { input: { skuId: await skuId('QQ-COIN-100'), settlementPrice: '9000' } }, { token: supplier })).toBe('CONFLICT');
    expect(await t.errorCode(CREATE_OFFER, { input: { skuId: await skuId('QQ-COIN-100'), settlementPrice: '9000' } }, { token: member })).toBe('FORBIDDEN');
  });

  it('reviews offers, flags low prices as risk events, and lets suppliers pause and resume', async () => {
    const sku = await skuId('TEST-SKU-1');
    expect(await t.errorCode(CREATE_OFFER, { input: { skuId: sku, settlementPrice: '970' } }, { token: supplier })).toBe('VALIDATION_FAILED');
    const low = ((await t.data(CREATE_OFFER as never, { input: { skuId: sku, settlementPrice: '800' } } as never, { token: supplier })) as { createOffer: { id: string; status: string; lowPriceFlag: boolean } }).createOffer;
    expect(low).toMatchObject({ status: 'PENDING_REVIEW', lowPriceFlag: true });
    const risks = (await t.data(RISKS as never, { status: 'OPEN' } as never, { token: auditor })) as { riskEvents: { items: { type: string; subjectType: string; details: { settlementPrice: string } }[] } };
    expect(risks.riskEvents.items.find((r) => r.type === 'LOW_PRICE_OFFER' && r.details.settlementPrice === '800')).toBeTruthy();

    const queue = (await t.data(OFFERS as never, { filter: { status: 'PENDING_REVIEW' } } as never, { token: auditor })) as { offers: { items: { id: string }[] } };
    expect(queue.offers.items.map((o) => o.id)).toContain(low.id);
    expect(await t.errorCode(REVIEW_OFFER, { id: low.id, decision: 'REJECT', note: null }, { token: auditor })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(REVIEW_OFFER, { id: low.id, decision: 'APPROVE' }, { token: supplier })).toBe('FORBIDDEN');
    expect(((await t.data(REVIEW_OFFER as never, { id: low.id, decision: 'APPROVE', note: '已核实上游折扣' } as never, { token: auditor })) as { reviewOffer: { status: string } }).reviewOffer.status).toBe('LIVE');

    expect(((await t.data(OFFER_STATUS as never, { id: low.id, action: 'PAUSE' } as never, { token: supplier })) as { changeOfferStatus: { status: string; pauseReason: string } }).changeOfferStatus).toMatchObject({ status: 'PAUSED', pauseReason: 'SUPPLIER' });
    expect(await t.errorCode(OFFER_STATUS, { id: low.id, action: 'PAUSE' }, { token: supplier })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(OFFER_STATUS, { id: low.id, action: 'RESUME' }, { token: supplier2 })).toBe('NOT_FOUND');
    expect(((await t.data(OFFER_STATUS as never, { id: low.id, action: 'RESUME' } as never, { token: supplier })) as { changeOfferStatus: { status: string } }).changeOfferStatus.status).toBe('LIVE');

    // A price change is recorded; dropping under the floor sends a live offer back to review.
    const moved = ((await t.data(UPDATE_OFFER as never, { id: low.id, input: { settlementPrice: '900', lowStockThreshold: 5 } } as never, { token: supplier })) as { updateOffer: { lowPriceFlag: boolean; status: string } }).updateOffer;
    expect(moved).toMatchObject({ lowPriceFlag: false, status: 'LIVE' });
    const dropped = ((await t.data(UPDATE_OFFER as never, { id: low.id, input: { settlementPrice: '700' } } as never, { token: supplier })) as { updateOffer: { lowPriceFlag: boolean; status: string } }).updateOffer;
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
    const mine = (await t.data(OFFERS as never, { filter: { status: 'PAUSED' } } as never, { token: supplier })) as { offers: { items: { skuCode: string }[] } };
    expect(mine.offers.items.map((o) => o.skuCode).sort()).toEqual(['MHXY-50', 'NETEASE-100']);
    const [offer] = await t.db.query(`SELECT o.id, o.pause_reason FROM offers o JOIN skus s ON s.id = o.sku_id JOIN organizations g ON g.id = o.supplier_id WHERE s.code = 'MHXY-50' AND g.name LIKE '腾跃%'`);
    expect(offer.pause_reason).toBe('AUTHORIZATION_EXPIRED');
    expect(await t.errorCode(OFFER_STATUS, { id: offer.id, action: 'RESUME' }, { token: supplier })).toBe('AUTHORIZATION_REQUIRED');
  });

  it('lists SKUs with fewer than two live offers for the alliance', async () => {
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    member = (await t.login('member@mengyuan.demo')).token;
    const { thinlySourcedSkus } = (await t.data(THIN as never, {} as never, { token: auditor })) as { thinlySourcedSkus: { code: string; liveOfferCount: number }[] };
    expect(thinlySourcedSkus).toEqual(expect.arrayContaining([{ code: 'XES-MONTH', liveOfferCount: 0 }, { code: 'XES-COURSE-500', liveOfferCount: 1 }, { code: 'CUCC-100', liveOfferCount: 1 }]));
    expect(thinlySourcedSkus.map((s) => s.code)).not.toContain('QQ-COIN-100');
    expect(await t.errorCode(THIN, {}, { token: member })).toBe('FORBIDDEN');
  });
});
