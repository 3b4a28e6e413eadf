import { OnboardingOrganizationDocument, OpenTicketDocument, RecomputeScorecardsDocument, ScorecardDocument, SupplierScorecardsDocument, TicketDocument } from '@mengyuan/graphql';
import { deliveredOrder, deposit, registerOrganization, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** What the consoles need to offer the right actions (issue 22): the code a ticket names, approval's blockers, rank of N. */
describe('console affordances', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('shows the supplier which code the member reported (card number, the secret’s last 4), and no one else’s', async () => {
    const m = await t.login('member@mengyuan.demo');
    await deposit(t, admin, m.organizationId, '100000');
    const supplier = (await t.login('supplier@mengyuan.demo')).token;
    const { sku } = await stockedSku(t, { admin, offers: [{ supplier, stock: 3 }] });
    const { order, codes } = await deliveredOrder(t, m.token, sku.id);
    const ticket = (await t.data(OpenTicketDocument, { input: { orderId: order.id, category: 'INVALID_CODE', description: '卡密无效，提示不存在', codeIds: [codes[0].id] } }, { token: m.token })).openTicket;
    const seen = (await t.data(TicketDocument, { id: ticket.id }, { token: supplier })).ticket.reportedCodes;
    expect(seen).toEqual([{ id: codes[0].id, cardNumber: codes[0].cardNumber, secretTail: codes[0].secret!.slice(-4), status: 'SOLD' }]);
    expect((await t.data(TicketDocument, { id: ticket.id }, { token: admin })).ticket.reportedCodes).toHaveLength(1);
    const other = (await t.login('supplier2@mengyuan.demo')).token;
    expect(await t.errorCode(TicketDocument, { id: ticket.id }, { token: other })).toBe('NOT_FOUND');
  });

  it('names the required documents an approval still waits for', async () => {
    const { orgId } = await registerOrganization(t, 'SUPPLIER');
    const { organization } = await t.data(OnboardingOrganizationDocument, { id: orgId }, { token: admin });
    expect(organization.unapprovedDocuments.length).toBeGreaterThan(0);
    expect(organization.unapprovedDocuments).toEqual(expect.arrayContaining(organization.missingDocuments));
  });

  it('says how many suppliers a rank is out of, the same N on every card', async () => {
    await t.data(RecomputeScorecardsDocument, {}, { token: admin });
    const items = (await t.data(SupplierScorecardsDocument, { filter: null, page: { offset: 0, limit: 20 } }, { token: admin })).supplierScorecards.items;
    const ranked = items.filter((c) => c.rank !== null);
    expect(ranked.length).toBeGreaterThan(1);
    const cards = await Promise.all(ranked.map(async (c) => (await t.data(ScorecardDocument, { organizationId: c.organizationId }, { token: admin })).scorecard));
    const n = cards[0].rankOf!;
    expect(n).toBeGreaterThanOrEqual(ranked.length);
    for (const c of cards) {
      expect(c.rankOf).toBe(n);
      expect(c.rank!).toBeLessThanOrEqual(n);
    }
  });
});
