import { DecideRiskEventDocument, RiskEventsDocument } from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { NOT_DELIVERING_JOB } from '../../src/modules/orders/orders.jobs';
import { deliveredOrder, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const DAY = 86_400_000;

/** 连续3天无法发卡 (issue 18 §13): a supplier with live offers that delivered nothing for three days running is flagged. */
describe('suppliers that stop delivering', () => {
  let t: TestApp;
  let jobs: JobsService;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    jobs = t.app.get(JobsService);
    for (const e of ['supplier@mengyuan.demo', 'supplier2@mengyuan.demo', 'supplier6@mengyuan.demo']) ids[e] = (await t.login(e)).organizationId;
  });
  afterAll(() => t.close());

  const flagged = async () => {
    const admin = (await t.login('admin@mengyuan.demo')).token; // tokens live 15 minutes; the clock moves by days
    const { items, totalCount } = (await t.data(RiskEventsDocument, { status: null, page: { offset: 0, limit: 100 } }, { token: admin })).riskEvents;
    expect(totalCount).toBeLessThan(100); // all on one page
    return items.filter((e) => e.type === 'SUPPLIER_NOT_DELIVERING');
  };

  it('flags each supplier with live offers and no delivery for three days, once, and not one that delivered', async () => {
    const admin = (await t.login('admin@mengyuan.demo')).token;
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier: (await t.login('supplier@mengyuan.demo')).token, stock: 3 }] });
    expect(await flagged()).toEqual([]);

    t.clock.advance(4 * DAY);
    const deliveredNear = t.clock.now().getTime();
    await deliveredOrder(t, (await t.login('member@mengyuan.demo')).token, sku.id);
    // Two runs at once (a cron tick and a manual run): each supplier is flagged by one of them only.
    const [a, b] = (await Promise.all([jobs.run(NOT_DELIVERING_JOB), jobs.run(NOT_DELIVERING_JOB)])) as number[];
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(Math.min(a, b)).toBe(0);
    let events = await flagged();
    expect(events).toHaveLength(a + b);
    const orgs = events.map((e) => e.organizationId);
    expect(orgs).toContain(ids['supplier2@mengyuan.demo']);
    expect(orgs).not.toContain(ids['supplier@mengyuan.demo']); // delivered today
    expect(orgs).not.toContain(ids['supplier6@mengyuan.demo']); // suspended: not selling
    expect(new Set(orgs).size).toBe(orgs.length);
    const s2 = events.find((e) => e.organizationId === ids['supplier2@mengyuan.demo'])!;
    expect(s2).toMatchObject({ status: 'OPEN', subjectType: 'organization', subjectId: ids['supplier2@mengyuan.demo'] });
    expect(s2.details).toMatchObject({ days: 3, liveOffers: expect.any(Number) });
    expect((s2.details as { liveOffers: number }).liveOffers).toBeGreaterThan(0);

    // The next morning: nothing new (each is flagged once while its flag is open or younger than the window).
    t.clock.advance(DAY);
    expect(await jobs.run(NOT_DELIVERING_JOB)).toBe(0);
    expect(await flagged()).toHaveLength(events.length);

    // Three days after its last delivery, supplier@ is flagged too, with that delivery named.
    t.clock.advance(3 * DAY);
    expect(await jobs.run(NOT_DELIVERING_JOB)).toBe(1);
    events = await flagged();
    const s1 = events.find((e) => e.organizationId === ids['supplier@mengyuan.demo'])!;
    expect(s1.details).toMatchObject({ days: 3, lastDeliveredAt: expect.any(String) });
    expect(Math.abs(Date.parse((s1.details as { lastDeliveredAt: string }).lastDeliveredAt) - deliveredNear)).toBeLessThan(60_000);

    // A dismissed flag stays dismissed until another full window has passed without a delivery.
    await t.data(DecideRiskEventDocument, { id: s1.id, decision: 'DISMISSED', note: '节假日暂停销售' }, { token: (await t.login('admin@mengyuan.demo')).token });
    expect(await jobs.run(NOT_DELIVERING_JOB)).toBe(0);
    t.clock.advance(3 * DAY + 60_000);
    expect(await jobs.run(NOT_DELIVERING_JOB)).toBe(1);
    expect((await flagged()).filter((e) => e.organizationId === ids['supplier@mengyuan.demo']).map((e) => e.status).sort()).toEqual(['DISMISSED', 'OPEN']);
  });
});
