import { addDays, shanghaiDate } from '@mengyuan/domain';
import { SubmitDocumentDocument, type DocumentType, type SubmitDocumentInput } from '@mengyuan/graphql';
import { registerOrganization } from '../factories';
import { PDF, upload } from '../files';
import { startTestApp, type TestApp } from '../test-app';

/** 注册资本超千万 (issue 18 §13): an official channel's business licence states a registered capital of at least ¥10,000,000. */
describe('registered capital of an official channel', () => {
  let t: TestApp;
  const today = () => shanghaiDate(t.clock.now());
  const doc = (type: DocumentType, fileId: string, extra: Partial<SubmitDocumentInput> = {}): SubmitDocumentInput => ({
    type, number: `NO-${type}`, issuer: '深圳市市场监督管理局', validFrom: addDays(today(), -10), validTo: addDays(today(), 400), fileId, ...extra,
  });
  const pdf = async (token: string) => (await upload(t, token, PDF, 'licence.pdf')).body.id;
  const count = async () => Number((await t.db.query('SELECT count(*) FROM qualification_documents'))[0].count);

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
  });
  afterAll(() => t.close());

  it('refuses an official channel’s business licence without ¥10,000,000 of registered capital, and takes one with it', async () => {
    const s = await registerOrganization(t, 'SUPPLIER', { channelType: 'OFFICIAL_AUTHORIZED' });
    const fileId = await pdf(s.token);
    const before = await count();
    const refused: Partial<SubmitDocumentInput>[] = [{}, { registeredCapital: null }, { registeredCapital: '999999999' }, { registeredCapital: '0' }];
    for (const over of refused) {
      const res = await t.gql(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', fileId, over) }, { token: s.token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { registeredCapital: [expect.any(String)] } });
    }
    // Only a business licence states it.
    const industry = await t.gql(SubmitDocumentDocument, { input: doc('INDUSTRY_LICENSE', fileId, { registeredCapital: '1000000000' }) }, { token: s.token });
    expect(industry.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { registeredCapital: [expect.any(String)] } });
    expect(await count()).toBe(before);

    const ok = (await t.data(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', fileId, { registeredCapital: '1000000000' }) }, { token: s.token })).submitDocument;
    expect(ok).toMatchObject({ type: 'BUSINESS_LICENSE', status: 'PENDING', registeredCapital: '1000000000' });
    const other = (await t.data(SubmitDocumentDocument, { input: doc('INDUSTRY_LICENSE', await pdf(s.token)) }, { token: s.token })).submitDocument;
    expect(other.registeredCapital).toBeNull();
  });

  it('asks nothing of the other channels, and keeps what they state', async () => {
    const s = await registerOrganization(t, 'SUPPLIER', { channelType: 'SOURCE_DIRECT' });
    const none = (await t.data(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', await pdf(s.token)) }, { token: s.token })).submitDocument;
    expect(none.registeredCapital).toBeNull();
    const small = (await t.data(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', await pdf(s.token), { registeredCapital: '50000000' }) }, { token: s.token })).submitDocument;
    expect(small.registeredCapital).toBe('50000000');
    const m = await registerOrganization(t, 'MEMBER');
    expect((await t.data(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', await pdf(m.token)) }, { token: m.token })).submitDocument.status).toBe('PENDING');
  });
});
