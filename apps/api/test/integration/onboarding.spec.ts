import { createHash } from 'node:crypto';
import { addDays, shanghaiDate } from '@mengyuan/domain';
import {
  CreateBrandDocument,
  DecideOrganizationDocument,
  DocumentsDocument,
  NotificationsDocument,
  OnboardingOrganizationDocument,
  ReviewDocumentDocument,
  ReviewQueueDocument,
  SubmitDocumentDocument,
  SubmitForReviewDocument,
  UnreadNotificationCountDocument,
  VerifyAuditChainDocument,
  type DocumentType,
  type SubmitDocumentInput,
} from '@mengyuan/graphql';
import { DOCUMENT_EXPIRY_JOB } from '../../src/modules/qualifications/qualification.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { registerOrganization } from '../factories';
import { EXE, PDF, PNG, upload } from '../files';
import { startTestApp, type TestApp } from '../test-app';

const inbox = async (t: TestApp, token: string) => ({
  ...(await t.data(NotificationsDocument, { page: null }, { token })).notifications,
  unread: (await t.data(UnreadNotificationCountDocument, {}, { token })).unreadNotificationCount,
});


describe('onboarding and audits', () => {
  let t: TestApp;
  let auditor: string;
  let admin: string;
  const today = () => shanghaiDate(t.clock.now());
  const doc = (type: DocumentType, fileId: string, extra: Partial<SubmitDocumentInput> = {}): SubmitDocumentInput => ({
    type, number: `NO-${type}`, issuer: '深圳市市场监督管理局', validFrom: addDays(today(), -10), validTo: addDays(today(), 400), fileId, ...extra,
  });
  const pdf = async (token: string) => (await upload(t, token, PDF, 'licence.pdf')).body.id;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('takes a supplier from registration through rejection and resubmission to PROBATION', async () => {
    const s = await registerOrganization(t, 'SUPPLIER');
    const licence = await t.gql(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', await pdf(s.token)) }, { token: s.token });
    expect(licence.body.data).toMatchObject({ submitDocument: { status: 'PENDING', expiresInDays: 400, file: { contentType: 'application/pdf' } } });

    // Not yet: the industry licence is missing, and the organisation stays APPLIED.
    const early = await t.gql(SubmitForReviewDocument, {}, { token: s.token });
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'MISSING_DOCUMENTS', missing: ['INDUSTRY_LICENSE'] });
    expect((await t.data(OnboardingOrganizationDocument, { id: s.orgId }, { token: s.token })).organization.status).toBe('APPLIED');

    const industry = await t.data(SubmitDocumentDocument, { input: doc('INDUSTRY_LICENSE', await pdf(s.token)) }, { token: s.token });
    expect((await t.data(SubmitForReviewDocument, {}, { token: s.token })).submitForReview.status).toBe('UNDER_REVIEW');
    expect(await t.errorCode(SubmitForReviewDocument, {}, { token: s.token })).toBe('INVALID_TRANSITION');

    const queue = await t.data(ReviewQueueDocument, {}, { token: auditor });
    expect(queue.reviewQueue.organizations.map((o) => o.id)).toContain(s.orgId);
    expect(queue.reviewQueue.documents.filter((d) => d.organizationId === s.orgId)).toHaveLength(2);

    // No approval before the documents are approved.
    const tooSoon = await t.gql(DecideOrganizationDocument, { input: { id: s.orgId, action: 'APPROVE', reason: '资料齐全' } }, { token: auditor });
    expect(tooSoon.body.errors?.[0].extensions).toMatchObject({ code: 'MISSING_DOCUMENTS', missing: ['BUSINESS_LICENSE', 'INDUSTRY_LICENSE'] });

    const licenceId = licence.body.data!.submitDocument.id;
    expect(await t.errorCode(ReviewDocumentDocument, { input: { id: licenceId, decision: 'APPROVE' } }, { token: auditor })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(ReviewDocumentDocument, { input: { id: licenceId, decision: 'REJECT' } }, { token: auditor })).toBe('VALIDATION_FAILED');
    const approved = await t.gql(ReviewDocumentDocument, { input: { id: licenceId, decision: 'APPROVE', verificationMethod: 'NECIPS_LOOKUP', note: '公示系统查询一致' } }, { token: auditor });
    expect(approved.body.data).toMatchObject({ reviewDocument: { status: 'APPROVED', reviewerEmail: 'auditor@mengyuan.demo', verificationMethod: 'NECIPS_LOOKUP' } });
    expect(await t.errorCode(ReviewDocumentDocument, { input: { id: licenceId, decision: 'REJECT', note: 'again' } }, { token: auditor })).toBe('INVALID_TRANSITION');
    await t.data(ReviewDocumentDocument, { input: { id: industry.submitDocument.id, decision: 'REJECT', note: '许可证已过期，请上传新证' } }, { token: auditor });

    const rejected = await t.data(DecideOrganizationDocument, { input: { id: s.orgId, action: 'REJECT', reason: '行业许可证需更新' } }, { token: auditor });
    expect(rejected.decideOrganization).toMatchObject({ status: 'APPLIED', statusReason: '行业许可证需更新' });

    const notified = await inbox(t, s.token);
    expect(notified.items.map((n) => n.type)).toEqual(['ORGANIZATION_DECIDED', 'DOCUMENT_REVIEWED', 'DOCUMENT_REVIEWED']);
    expect(notified.items[0].params).toMatchObject({ action: 'REJECT', reason: '行业许可证需更新' });
    expect(notified.unread).toBe(3);

    // Fix and resubmit: the new industry licence replaces the rejected one.
    const again = await t.data(SubmitDocumentDocument, { input: doc('INDUSTRY_LICENSE', await pdf(s.token), { replacesId: industry.submitDocument.id, number: 'NO-NEW' }) }, { token: s.token });
    const docs = await t.data(DocumentsDocument, { organizationId: null, includeSuperseded: true }, { token: s.token });
    expect(docs.documents.find((d) => d.id === industry.submitDocument.id)).toMatchObject({ status: 'REJECTED', superseded: true });
    await t.data(SubmitForReviewDocument, {}, { token: s.token });
    await t.data(ReviewDocumentDocument, { input: { id: again.submitDocument.id, decision: 'APPROVE', verificationMethod: 'OFFICIAL_HOTLINE' } }, { token: auditor });
    const probation = await t.data(DecideOrganizationDocument, { input: { id: s.orgId, action: 'APPROVE', reason: '资质核验通过' } }, { token: auditor });
    expect(probation.decideOrganization.status).toBe('PROBATION');
    expect(probation.decideOrganization.possibleActions).toEqual(expect.arrayContaining(['PASS_PROBATION', 'SUSPEND', 'TERMINATE']));

    await t.chained();
    const trail = await t.db.query(`SELECT type, actor_email, payload FROM audit_events WHERE organization_id = $1 ORDER BY seq`, [s.orgId]);
    const decisions = trail.filter((e: { type: string }) => e.type === 'organization.decided');
    expect(decisions.map((e: { payload: { action: string; reason: string } }) => [e.payload.action, e.payload.reason])).toEqual([['REJECT', '行业许可证需更新'], ['APPROVE', '资质核验通过']]);
    expect(decisions.every((e: { actor_email: string }) => e.actor_email === 'auditor@mengyuan.demo')).toBe(true);
    expect(trail.filter((e: { type: string }) => e.type === 'document.reviewed')).toHaveLength(3);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain.ok).toBe(true);
  });

  it('makes an approved member ACTIVE and real-name verified', async () => {
    const m = await registerOrganization(t, 'MEMBER');
    const ids: string[] = [];
    for (const type of ['BUSINESS_LICENSE', 'LEGAL_REP_ID'] as const) {
      const fileId = (await upload(t, m.token, PNG, 'id.png', 'image/png')).body.id;
      ids.push((await t.data(SubmitDocumentDocument, { input: doc(type, fileId) }, { token: m.token })).submitDocument.id);
    }
    await t.data(SubmitForReviewDocument, {}, { token: m.token });
    for (const id of ids) await t.data(ReviewDocumentDocument, { input: { id, decision: 'APPROVE', verificationMethod: 'OFFICIAL_SITE' } }, { token: auditor });
    const d = await t.data(DecideOrganizationDocument, { input: { id: m.orgId, action: 'APPROVE', reason: 'OK' } }, { token: admin });
    expect(d.decideOrganization.status).toBe('ACTIVE');
    expect((await t.data(OnboardingOrganizationDocument, { id: m.orgId }, { token: m.token })).organization.realNameVerified).toBe(true);
  });

  it('refuses transitions the lifecycle does not have, and decisions beyond the role', async () => {
    const s = await registerOrganization(t, 'SUPPLIER');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'APPROVE', reason: 'skip review' } }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'REINSTATE', reason: 'nothing to reinstate' } }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'SUSPEND', reason: 'auditors cannot' } }, { token: auditor })).toBe('FORBIDDEN');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'ELIMINATE', reason: 'quarterly only' } }, { token: admin })).toBe('FORBIDDEN');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'TERMINATE', reason: '' } }, { token: admin })).toBe('VALIDATION_FAILED');
    const alliance = (await t.login('admin@mengyuan.demo')).organizationId;
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: alliance, action: 'SUSPEND', reason: 'no' } }, { token: admin })).toBe('INVALID_TRANSITION');
    const terminated = await t.data(DecideOrganizationDocument, { input: { id: s.orgId, action: 'TERMINATE', reason: '申请材料造假' } }, { token: admin });
    expect(terminated.decideOrganization).toMatchObject({ status: 'TERMINATED', possibleActions: [] });
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: s.orgId, action: 'REINSTATE', reason: 'final' } }, { token: admin })).toBe('INVALID_TRANSITION');
  });

  it('keeps members out of admin operations', async () => {
    const member = (await t.login('member@mengyuan.demo')).token;
    const { reviewQueue } = await t.data(ReviewQueueDocument, {}, { token: auditor });
    const [pending] = reviewQueue.documents;
    const [org] = reviewQueue.organizations;
    expect(await t.errorCode(ReviewDocumentDocument, { input: { id: pending.id, decision: 'APPROVE', verificationMethod: 'OTHER' } }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DecideOrganizationDocument, { input: { id: org.id, action: 'APPROVE', reason: 'me' } }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(ReviewQueueDocument, {}, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DocumentsDocument, { organizationId: org.id, includeSuperseded: false }, { token: member })).toBe('NOT_FOUND');
    expect(await t.errorCode(CreateBrandDocument, { name: 'X' }, { token: auditor })).toBe('FORBIDDEN');
  });

  it('refuses bad document input and changes nothing', async () => {
    const s = await registerOrganization(t, 'SUPPLIER');
    const fileId = await pdf(s.token);
    const before = Number((await t.db.query('SELECT count(*) FROM qualification_documents'))[0].count);
    const cases: [Partial<SubmitDocumentInput>, string][] = [
      [{ validTo: addDays(today(), -1) }, 'validTo'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ validFrom: addDays(today(), 500) }, 'validTo'],
      [{ type: 'PRODUCT_AUTHORIZATION' }, 'brandId'],
      [{ number: 'x' }, 'number'],
    ];
    for (const [over, field] of cases) {
      const res = await t.gql(SubmitDocumentDocument, { input: doc('BUSINESS_LICENSE', fileId, over) }, { token: s.token });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: { [field]: expect.any(Array) } });
    }
    expect(Number((await t.db.query('SELECT count(*) FROM qualification_documents'))[0].count)).toBe(before);
  });
});

describe('files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FILES_MAX_BYTES: String(64 * 1024) });
    await t.seedDemo();
  });
  afterAll(() => t.close());

  it('stores PDF, JPEG and PNG recognised from the bytes, with their SHA-256', async () => {
    const { token } = await t.login('supplier5@mengyuan.demo');
    const res = await upload(t, token, PNG, 'photo.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentType: 'image/png', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') });
    const back = await fetch(`${t.url}/files/${res.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses a renamed executable, an oversized file, and anonymous uploads', async () => {
    const { token } = await t.login('supplier5@mengyuan.demo');
    const files = async () => Number((await t.db.query('SELECT count(*) FROM files'))[0].count);
    const before = await files();
    const exe = await upload(t, token, EXE, 'licence.pdf');
    expect(exe.status).toBe(400);
    expect(exe.body.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const big = await upload(t, token, Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const anon = await upload(t, undefined, PDF, 'a.pdf');
    expect(anon.status).toBe(401);
    expect(await files()).toBe(before);
  });

  it("keeps a file to its organisation and the alliance: another's is not found, to read or to cite", async () => {
    const owner = await t.login('supplier5@mengyuan.demo');
    const other = await t.login('member@mengyuan.demo');
    const admin = await t.login('admin@mengyuan.demo');
    const { id } = (await upload(t, owner.token, PDF, 'mine.pdf')).body;
    expect((await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(404);
    expect((await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(200);
    const cite = await t.gql(SubmitDocumentDocument, { input: { type: 'BUSINESS_LICENSE', number: 'N-1', issuer: '某局', validFrom: '2026-01-01', validTo: '2030-01-01', fileId: id } }, { token: other.token });
    expect(cite.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('document expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('warns 30 days ahead once, then turns the document EXPIRED by itself, in the audit chain', async () => {
    const jobs = t.app.get(JobsService);
    // The demo's 聚卡 industry licence runs out in 25 days; 小象's legal-rep ID in 28.
    const first = (await jobs.run(DOCUMENT_EXPIRY_JOB)) as { warned: number; expired: number };
    expect(first.warned).toBeGreaterThanOrEqual(2);
    expect(((await jobs.run(DOCUMENT_EXPIRY_JOB)) as { warned: number }).warned).toBe(0);
    const member2 = await t.login('member2@mengyuan.demo');
    expect((await inbox(t, member2.token)).items).toEqual([expect.objectContaining({ type: 'DOCUMENT_EXPIRING', params: expect.objectContaining({ documentType: 'LEGAL_REP_ID', days: 28 }) })]);

    t.clock.advance(29 * 24 * 3600 * 1000);
    const later = (await jobs.run(DOCUMENT_EXPIRY_JOB)) as { expired: number };
    expect(later.expired).toBeGreaterThanOrEqual(2);
    await t.chained();
    const events = await t.db.query(`SELECT payload FROM audit_events WHERE type = 'document.expired'`);
    expect(events.length).toBe(later.expired);
    const admin = await t.login('admin@mengyuan.demo');
    const { documents } = await t.data(DocumentsDocument, { organizationId: member2.organizationId, includeSuperseded: false }, { token: admin.token });
    expect(documents.find((d) => d.type === 'LEGAL_REP_ID')?.status).toBe('EXPIRED');
    const status = await t.data(OnboardingOrganizationDocument, { id: member2.organizationId }, { token: admin.token });
    expect(status.organization).toEqual(expect.objectContaining({ realNameVerified: false, missingDocuments: ['LEGAL_REP_ID'] }));
  });
});
