import { SUBJECT_TYPES } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AuditEventsDocument } from '@mengyuan/graphql';
import { SubjectNames } from '../../src/common/subject-names';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Issue 18 §7: the audit log names every subject that exists. Writers are typed with SUBJECT_TYPES (packages/domain),
 * so a new kind of subject is added there first; this fails until its module registers how to name it.
 */
describe('audit subject names', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('every kind of subject an audit event may name has a namer', () => {
    const named = new Set(t.app.get(SubjectNames).kinds());
    expect(SUBJECT_TYPES.filter((kind) => !named.has(kind))).toEqual([]);
  });

  it('names every subject of the demo that still exists, never by a raw id', async () => {
    const rows = (await t.db.query(`SELECT DISTINCT subject_type AS kind, subject_id AS id FROM audit_events WHERE subject_type IS NOT NULL AND subject_id IS NOT NULL`)) as { kind: string; id: string }[];
    const kinds = [...new Set(rows.map((r) => r.kind))];
    expect(kinds.length).toBeGreaterThanOrEqual(15);
    const names = t.app.get(SubjectNames);
    const unnamed: string[] = [];
    await t.app.get(TransactionHost).withTransaction(async () => {
      for (const kind of kinds) {
        const ids = rows.filter((r) => r.kind === kind).map((r) => r.id);
        const got = await names.of(kind, ids);
        for (const id of ids) {
          const name = got.get(id);
          if (!name) unnamed.push(`${kind}:${id}`);
          else expect({ kind, name: name.includes(id) || /[0-9a-f]{8}-[0-9a-f]{4}/.test(name) }).toEqual({ kind, name: false });
        }
      }
    });
    expect(unnamed).toEqual([]);
  });

  it('gives the admin a label for every event of the log that names a subject', async () => {
    const items = [];
    for (let offset = 0; offset < 500; offset += 100) items.push(...(await t.data(AuditEventsDocument, { filter: null, page: { offset, limit: 100 } }, { token: admin })).auditEvents.items);
    expect(items.filter((e) => e.subjectType && e.subjectId && !e.subjectLabel).map((e) => `${e.type} ${e.subjectType}`)).toEqual([]);
  });
});
