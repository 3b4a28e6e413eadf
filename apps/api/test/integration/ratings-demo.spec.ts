import { startTestApp, type TestApp } from '../test-app';

describe('the demo seed’s ratings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
  });
  afterAll(() => t.close());

  it('has ratings in every state: sealed, revealed, replied, removal requested, hidden, excluded, flagged', async () => {
    const [r] = await t.db.query(`
      SELECT count(*) FILTER (WHERE status = 'SEALED')::int AS sealed, count(*) FILTER (WHERE status = 'REVEALED')::int AS revealed,
             count(*) FILTER (WHERE reply IS NOT NULL)::int AS replied, count(*) FILTER (WHERE status = 'HIDDEN')::int AS hidden,
             count(*) FILTER (WHERE excluded_reason IS NOT NULL)::int AS excluded, count(*) FILTER (WHERE retaliation_flag)::int AS flagged,
             (SELECT count(*)::int FROM rating_removal_requests WHERE status = 'PENDING') AS pending
        FROM ratings`);
    for (const k of ['sealed', 'revealed', 'replied', 'hidden', 'excluded', 'flagged', 'pending']) expect({ [k]: r[k] > 0 }).toEqual({ [k]: true });
  });
});
