import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { PDF, upload } from '../files';
import { startTestApp, type TestApp } from '../test-app';

/** FILES_STORAGE=s3 against a real S3 API on loopback (s3rver), as a MinIO or OSS bucket would be. */
describe('files in S3-compatible object storage', () => {
  let s3: S3rver;
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mengyuan-s3-'));
    s3 = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true, configureBuckets: [{ name: 'mengyuan-test' }] });
    const { port } = (await s3.run()) as { port: number };
    t = await startTestApp({
      FILES_STORAGE: 's3',
      S3_BUCKET: 'mengyuan-test',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'documents/',
    });
    await t.seedDemo();
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('stores uploads in the bucket and reads them back', async () => {
    const { token } = await t.login('supplier5@mengyuan.demo');
    const res = await upload(t, token, PDF, 'licence.pdf');
    expect(res.status).toBe(201);
    const back = await fetch(`${t.url}/files/${res.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await back.arrayBuffer()).equals(PDF)).toBe(true);
    expect(readdirSync(join(dir, 'mengyuan-test'), { recursive: true }).join('\n')).toContain(res.body.id);
  });
});
