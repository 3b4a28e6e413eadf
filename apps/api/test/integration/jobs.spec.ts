import { PURGE_CREDENTIALS_JOB } from '../../src/modules/auth/auth.jobs';
import { APPLY_PRICES_JOB } from '../../src/modules/catalog/catalog.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { DOCUMENT_EXPIRY_JOB } from '../../src/modules/qualifications/qualification.jobs';
import { startTestApp, type TestApp } from '../test-app';

describe('job queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'true' });
    await t.seedDemo();
  });
  afterAll(() => t.close());

  it('starts with the api and schedules the daily jobs', async () => {
    expect(t.app.get(JobsService).started).toBe(true);
    const schedules = await t.db.query('SELECT name, cron FROM pgboss.schedule ORDER BY name');
    expect(schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: PURGE_CREDENTIALS_JOB, cron: '17 3 * * *' }),
        expect.objectContaining({ name: DOCUMENT_EXPIRY_JOB, cron: '5 0 * * *' }),
        expect.objectContaining({ name: APPLY_PRICES_JOB, cron: '* * * * *' }),
      ]),
    );
  });

  it('runs jobs sent to the queue', async () => {
    await t.login('member@mengyuan.demo');
    const jobs = t.app.get(JobsService);
    const id = await jobs.send(PURGE_CREDENTIALS_JOB);
    expect(id).toBeTruthy();
    for (let i = 0; i < 60; i++) {
      const [job] = await t.db.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
      if (job?.state === 'completed') return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the job did not complete within 30 s');
  });

  it('deletes expired refresh tokens and keeps live ones', async () => {
    await t.login('member2@mengyuan.demo');
    const before = Number((await t.db.query('SELECT count(*) FROM refresh_tokens'))[0].count);
    expect(before).toBeGreaterThan(0);
    t.clock.advance(31 * 24 * 3600 * 1000);
    try {
      const live = await t.login('admin@mengyuan.demo');
      const result = await t.app.get(JobsService).run(PURGE_CREDENTIALS_JOB);
      expect(result).toMatchObject({ refreshTokens: before });
      const left = await t.db.query('SELECT user_id FROM refresh_tokens');
      expect(left.map((r: { user_id: string }) => r.user_id)).toEqual([live.userId]);
    } finally {
      t.clock.reset();
    }
  });
});
