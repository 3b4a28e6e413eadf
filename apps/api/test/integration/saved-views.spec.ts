import { AuditEventsDocument, DeleteSavedViewDocument, SavedViewsDocument, SaveViewDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

describe('saved views', () => {
  let t: TestApp;
  let owner: string;
  let teammate: string;
  let other: string;
  let admin: string;
  const LIST = 'portal.orders';

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    owner = (await t.login('supplier@mengyuan.demo')).token;
    teammate = (await t.login('support@mengyuan.demo')).token;
    other = (await t.login('supplier2@mengyuan.demo')).token;
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  const save = (token: string, input: { id?: string; name: string; shared: boolean; state?: Record<string, unknown>; listKey?: string }) =>
    t.data(SaveViewDocument, { input: { listKey: LIST, state: { status: 'DELIVERED', sort: 'createdAt:desc' }, ...input } }, { token }).then((d) => d.saveView);
  const names = async (token: string, listKey = LIST) => (await t.data(SavedViewsDocument, { listKey }, { token })).savedViews.map((v) => v.name);

  it('a teammate sees a shared view and not a private one; another organisation sees neither', async () => {
    const shared = await save(owner, { name: '已交付', shared: true });
    const mine = await save(owner, { name: '我的待办', shared: false, state: { status: 'PENDING' } });
    expect(shared).toMatchObject({ name: '已交付', shared: true, mine: true, state: { status: 'DELIVERED', sort: 'createdAt:desc' } });

    expect(await names(owner)).toEqual(['已交付', '我的待办']);
    const seen = (await t.data(SavedViewsDocument, { listKey: LIST }, { token: teammate })).savedViews;
    expect(seen).toEqual([expect.objectContaining({ id: shared.id, name: '已交付', mine: false, state: { status: 'DELIVERED', sort: 'createdAt:desc' } })]);
    expect(await names(other)).toEqual([]);
    // Views belong to one list.
    expect(await names(owner, 'portal.tickets')).toEqual([]);

    // Only its owner changes or deletes a view; to anyone else it does not exist.
    expect(await t.errorCode(SaveViewDocument, { input: { id: shared.id, listKey: LIST, name: 'x', state: {}, shared: true } }, { token: teammate })).toBe('NOT_FOUND');
    expect(await t.errorCode(DeleteSavedViewDocument, { id: mine.id }, { token: other })).toBe('NOT_FOUND');

    // Made private, the teammate no longer sees it; deleted, neither does its owner.
    await save(owner, { id: shared.id, name: '已交付', shared: false });
    expect(await names(teammate)).toEqual([]);
    await t.data(DeleteSavedViewDocument, { id: mine.id }, { token: owner });
    expect(await names(owner)).toEqual(['已交付']);
  });

  it('refuses a blank name, a malformed list key and an oversized state', async () => {
    const bad = (input: { listKey: string; name: string; state: Record<string, unknown> }) => t.errorCode(SaveViewDocument, { input: { ...input, shared: false } }, { token: owner });
    expect(await bad({ listKey: LIST, name: '   ', state: {} })).toBe('VALIDATION_FAILED');
    expect(await bad({ listKey: 'Bad Key', name: 'v', state: {} })).toBe('VALIDATION_FAILED');
    expect(await bad({ listKey: LIST, name: 'v', state: { q: 'x'.repeat(5000) } })).toBe('VALIDATION_FAILED');
  });

  it('filters the audit log by actor, subject and day', async () => {
    const all = (await t.data(AuditEventsDocument, { filter: null, page: { offset: 0, limit: 100 } }, { token: admin })).auditEvents;
    expect(all.totalCount).toBeGreaterThan(0);
    const byActor = (await t.data(AuditEventsDocument, { filter: { actor: 'SUPPLIER@mengyuan' }, page: { offset: 0, limit: 100 } }, { token: admin })).auditEvents;
    expect(byActor.totalCount).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorEmail === 'supplier@mengyuan.demo')).toBe(true);
    // A wildcard in the text is taken literally.
    expect((await t.data(AuditEventsDocument, { filter: { actor: '%' }, page: null }, { token: admin })).auditEvents.totalCount).toBe(0);
    const withSubject = all.items.find((e) => e.subjectType && e.subjectId)!;
    const bySubject = (await t.data(AuditEventsDocument, { filter: { subjectType: withSubject.subjectType, subjectId: withSubject.subjectId }, page: { offset: 0, limit: 100 } }, { token: admin })).auditEvents;
    expect(bySubject.items.every((e) => e.subjectId === withSubject.subjectId)).toBe(true);
    expect(bySubject.items.map((e) => e.seq)).toContain(withSubject.seq);
    expect((await t.data(AuditEventsDocument, { filter: { from: '2000-01-01', to: '2000-01-02' }, page: null }, { token: admin })).auditEvents.totalCount).toBe(0);
    expect(await t.errorCode(AuditEventsDocument, { filter: { from: '2026-02-30' }, page: null }, { token: admin })).toBe('VALIDATION_FAILED');
  });
});
