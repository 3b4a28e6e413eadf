import { createHash } from 'node:crypto';
import { addDays, shanghaiDate } from '@mengyuan/domain';
import { RegisterOrganizationDocument, VerifyAuditChainDocument } from '@mengyuan/graphql';
import { DOCUMENT_EXPIRY_JOB } from '../../src/modules/qualifications/qualification.jobs';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { EXE, PDF, PNG, upload } from '../files';
import { startTestApp, type TestApp } from '../test-app';

const SUBMIT = `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id type status superseded expiresInDays file { id contentType } } }`;
const SUBMIT_FOR_REVIEW = `mutation { submitForReview { id status statusReason } }`;
const REVIEW = `mutation($input: ReviewDocumentInput!) { reviewDocument(input: $input) { id status reviewNote reviewerEmail verificationMethod } }`;
const DECIDE = `mutation($input: DecideOrganizationInput!) { decideOrganization(input: $input) { id status statusReason possibleActions } }`;
const QUEUE = `{ reviewQueue { organizations { id name } documents { id organizationId type } } }`;
const ME_ORG = `query($id: ID!) { organization(id: $id) { status statusReason missingDocuments realNameVerified } }`;
const DOCS = `query($org: ID, $all: Boolean) { documents(organizationId: $org, includeSuperseded: $all) { id type status superseded reviewNote replacesId } }`;
const INBOX = `{ notifications { totalCount items { type params readAt } } unreadNotificationCount }`;

let seq = 0;
async function register(t: TestApp, kind: 'SUPPLIER' | 'MEMBER') {
  seq += 1;
  const { registerOrganization: r } = await t.data(RegisterOrganizationDocument, {
    input: {
      kind,
      name: `测试${kind === 'SUPPLIER' ? '货源商' : '会员'}${seq}`,
      channelType: kind === 'SUPPLIER' ? 'SOURCE_DIRECT' : null,
      unifiedSocialCreditCode: `91440300MA${String(55000000 + seq)}`,
      contactName: '李四',
      contactPhone: '13900139000',
      ownerEmail: `owner${seq}@onboarding.test`,
      ownerPassword: 'onboard-pass-1',
      ownerDisplayName: '李四',
    },
  });
  return { token: r.accessToken, orgId: r.user.organization.id };
}

describe('onboarding and audits', () => {
  let t: TestApp;
  let auditor: string;
  let admin: string;
  const today = () => shanghaiDate(t.clock.now());
  const doc = (type: string, fileId: string, extra: Record<string, unknown> = {}) => ({
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
    const s = await register(t, 'SUPPLIER');
    const licence = await t.gql(SUBMIT, { input: doc('BUSINESS_LICENSE', await pdf(s.token)) }, { token: s.token });
    expect(licence.body.data).toMatchObject({ submitDocument: { status: 'PENDING', expiresInDays: 400, file: { contentType: 'application/pdf' } } });

    // Not yet: the industry licence is missing, and the organisation stays APPLIED.
    const early = await t.gql(SUBMIT_FOR_REVIEW, {}, { token: s.token });
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'MISSING_DOCUMENTS', missing: ['INDUSTRY_LICENSE'] });
    expect((await t.data(ME_ORG as never, { id: s.orgId } as never, { token: s.token }) as { organization: { status: string } }).organization.status).toBe('APPLIED');

    const industry = await t.data(SUBMIT as never, { input: doc('INDUSTRY_LICENSE', await pdf(s.token)) } as never, { token: s.token }) as { submitDocument: { id: string } };
    expect((await t.data(SUBMIT_FOR_REVIEW as never, {} as never, { token: s.token }) as { submitForReview: { status: string } }).submitForReview.status).toBe('UNDER_REVIEW');
    expect(await t.errorCode(SUBMIT_FOR_REVIEW, {}, { token: s.token })).toBe('INVALID_TRANSITION');

    const queue = (await t.data(QUEUE as never, {} as never, { token: auditor })) as { reviewQueue: { organizations: { id: string }[]; documents: { organizationId: string }[] } };
    expect(queue.reviewQueue.organizations.map((o) => o.id)).toContain(s.orgId);
    expect(queue.reviewQueue.documents.filter((d) => d.organizationId === s.orgId)).toHaveLength(2);

    // No approval before the documents are approved.
    const tooSoon = await t.gql(DECIDE, { input: { id: s.orgId, action: 'APPROVE', reason: '资料齐全' } }, { token: auditor });
    expect(tooSoon.body.errors?.[0].extensions).toMatchObject({ code: 'MISSING_DOCUMENTS', missing: ['BUSINESS_LICENSE', 'INDUSTRY_LICENSE'] });

    const licenceId = (licence.body.data as { submitDocument: { id: string } }).submitDocument.id;
    expect(await t.errorCode(REVIEW, { input: { id: licenceId, decision: 'APPROVE' } }, { token: auditor })).toBe('VALIDATION_FAILED');
    expect(await t.errorCode(REVIEW, { input: { id: licenceId, decision: 'REJECT' } }, { token: auditor })).toBe('VALIDATION_FAILED');
    const approved = await t.gql(REVIEW, { input: { id: licenceId, decision: 'APPROVE', verificationMethod: 'NECIPS_LOOKUP', note: '公示系统查询一致' } }, { token: auditor });
    expect(approved.body.data).toMatchObject({ reviewDocument: { status: 'APPROVED', reviewerEmail: 'auditor@mengyuan.demo', verificationMethod: 'NECIPS_LOOKUP' } });
    expect(await t.errorCode(REVIEW, { input: { id: licenceId, decision: 'REJECT', note: 'again' } }, { token: auditor })).toBe('INVALID_TRANSITION');
    await t.data(REVIEW as never, { input: { id: industry.submitDocument.id, decision: 'REJECT', note: '许可证已过期，请上传新证' } } as never, { token: auditor });

    const rejected = (await t.data(DECIDE as never, { input: { id: s.orgId, action: 'REJECT', reason: '行业许可证需更新' } } as never, { token: auditor })) as { decideOrganization: { status: string; statusReason: string } };
    expect(rejected.decideOrganization).toMatchObject({ status: 'APPLIED', statusReason: '行业许可证需更新' });

    const inbox = (await t.data(INBOX as never, {} as never, { token: s.token })) as { notifications: { items: { type: string; params: Record<string, unknown> }[] }; unreadNotificationCount: number };
    expect(inbox.notifications.items.map((n) => n.type)).toEqual(['ORGANIZATION_DECIDED', 'DOCUMENT_REVIEWED', 'DOCUMENT_REVIEWED']);
    expect(inbox.notifications.items[0].params).toMatchObject({ action: 'REJECT', reason: '行业许可证需更新' });
    expect(inbox.unreadNotificationCount).toBe(3);

    // Fix and resubmit: the new industry licence replaces the rejected one.
    const again = (await t.data(SUBMIT as never, { input: doc('INDUSTRY_LICENSE', await pdf(s.token), { replacesId: industry.submitDocument.id, number: 'NO-NEW' }) } as never, { token: s.token })) as { submitDocument: { id: string } };
    const docs = (await t.data(DOCS as never, { org: null, all: true } as never, { token: s.token })) as { documents: { id: string; superseded: boolean; status: string }[] };
    expect(docs.documents.find((d) => d.id === industry.submitDocument.id)).toMatchObject({ status: 'REJECTED', superseded: true });
    await t.data(SUBMIT_FOR_REVIEW as never, {} as never, { token: s.token });
    await t.data(REVIEW as never, { input: { id: again.submitDocument.id, decision: 'APPROVE', verificationMethod: 'OFFICIAL_HOTLINE' } } as never, { token: auditor });
    const probation = (await t.data(DECIDE as never, { input: { id: s.orgId, action: 'APPROVE', reason: '资质核验通过' } } as never, { token: auditor })) as { decideOrganization: { status: string; possibleActions: string[] } };
    expect(probation.decideOrganization.status).toBe('PROBATION');
    expect(probation.decideOrganization.possibleActions).toEqual(expect.arrayContaining(['PASS_PROBATION', 'SUSPEND', 'TERMINATE']));

    const trail = await t.db.query(`SELECT type, actor_email, payload FROM audit_events WHERE organization_id = $1 ORDER BY seq`, [s.orgId]);
    const decisions = trail.filter((e: { type: string }) => e.type === 'organization.decided');
    expect(decisions.map((e: { payload: { action: string; reason: string } }) => [e.payload.action, e.payload.reason])).toEqual([['REJECT', '行业许可证需更新'], ['APPROVE', '资质核验通过']]);
    expect(decisions.every((e: { actor_email: string }) => e.actor_email === 'auditor@mengyuan.demo')).toBe(true);
    expect(trail.filter((e: { type: string }) => e.type === 'document.reviewed')).toHaveLength(3);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain.ok).toBe(true);
  });

  it('makes an approved member ACTIVE and real-name verified', async () => {
    const m = await register(t, 'MEMBER');
    const ids: string[] = [];
    for (const type of ['BUSINESS_LICENSE', 'LEGAL_REP_ID']) {
      const fileId = (await upload(t, m.token, PNG, 'id.png', 'image/png')).body.id;
      ids.push(((await t.data(SUBMIT as never, { input: doc(type, fileId) } as never, { token: m.token })) as { submitDocument: { id: string } }).submitDocument.id);
    }
    await t.data(SUBMIT_FOR_REVIEW as never, {} as never, { token: m.token });
    for (const id of ids) await t.data(REVIEW as never, { input: { id, decision: 'APPROVE', verificationMethod: 'OFFICIAL_SITE' } } as never, { token: auditor });
    const d = (await t.data(DECIDE as never, { input: { id: m.orgId, action: 'APPROVE', reason: 'OK' } } as never, { token: admin })) as { decideOrganization: { status: string } };
    expect(d.decideOrganization.status).toBe('ACTIVE');
    expect(((await t.data(ME_ORG as never, { id: m.orgId } as never, { token: m.token })) as { organization: { realNameVerified: boolean } }).organization.realNameVerified).toBe(true);
  });

  it('refuses transitions the lifecycle does not have, and decisions beyond the role', async () => {
    const s = await register(t, 'SUPPLIER');
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'APPROVE', reason: 'skip review' } }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'REINSTATE', reason: 'nothing to reinstate' } }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'SUSPEND', reason: 'auditors cannot' } }, { token: auditor })).toBe('FORBIDDEN');
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'ELIMINATE', reason: 'quarterly only' } }, { token: admin })).toBe('FORBIDDEN');
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'TERMINATE', reason: '' } }, { token: admin })).toBe('VALIDATION_FAILED');
    const [allianceOrg] = await t.db.query(`SELECT id FROM organizations WHERE kind = 'ALLIANCE'`);
    expect(await t.errorCode(DECIDE, { input: { id: allianceOrg.id, action: 'SUSPEND', reason: 'no' } }, { token: admin })).toBe('INVALID_TRANSITION');
    const terminated = (await t.data(DECIDE as never, { input: { id: s.orgId, action: 'TERMINATE', reason: '申请材料造假' } } as never, { token: admin })) as { decideOrganization: { status: string; possibleActions: string[] } };
    expect(terminated.decideOrganization).toMatchObject({ status: 'TERMINATED', possibleActions: [] });
    expect(await t.errorCode(DECIDE, { input: { id: s.orgId, action: 'REINSTATE', reason: 'final' } }, { token: admin })).toBe('INVALID_TRANSITION');
  });

  it('keeps members out of admin operations', async () => {
    const member = (await t.login('member@mengyuan.demo')).token;
    const [pending] = await t.db.query(`SELECT id FROM qualification_documents WHERE status = 'PENDING' LIMIT 1`);
    const [org] = await t.db.query(`SELECT id FROM organizations WHERE status = 'UNDER_REVIEW' LIMIT 1`);
    expect(await t.errorCode(REVIEW, { input: { id: pending.id, decision: 'APPROVE', verificationMethod: 'OTHER' } }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DECIDE, { input: { id: org.id, action: 'APPROVE', reason: 'me' } }, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(QUEUE, {}, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(DOCS, { org: org.id, all: false }, { token: member })).toBe('NOT_FOUND');
    expect(await t.errorCode(`mutation { createBrand(name: "X") { id } }`, {}, { token: auditor })).toBe('FORBIDDEN');
  });

  it('refuses bad document input and changes nothing', async () => {
    const s = await register(t, 'SUPPLIER');
    const fileId = await pdf(s.token);
    const before = Number((await t.db.query('SELECT count(*) FROM qualification_documents'))[0].count);
    const cases: [Record<string, unknown>, string][] = [
      [{ validTo: addDays(today(), -1) }, 'validTo'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ validFrom: addDays(today(), 500) }, 'validTo'],
      [{ type: 'PRODUCT_AUTHORIZATION' }, 'brandId'],
      [{ number: 'x' }, 'number'],
    ];
    for (const [over, field] of cases) {
      const res = await t.gql(SUBMIT, { input: doc('BUSINESS_LICENSE', fileId, over) }, { token: s.token });
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
    const cite = await t.gql(SUBMIT, { input: { type: 'BUSINESS_LICENSE', number: 'N-1', issuer: '某局', validFrom: '2026-01-01', validTo: '2030-01-01', fileId: id } }, { token: other.token });
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
    const inbox = (await t.data(INBOX as never, {} as never, { token: member2.token })) as { notifications: { items: { type: string; params: { days: number } }[] } };
    expect(inbox.notifications.items).toEqual([expect.objectContaining({ type: 'DOCUMENT_EXPIRING', params: expect.objectContaining({ documentType: 'LEGAL_REP_ID', days: 28 }) })]);

    t.clock.advance(29 * 24 * 3600 * 1000);
    const later = (await jobs.run(DOCUMENT_EXPIRY_JOB)) as { expired: number };
    expect(later.expired).toBeGreaterThanOrEqual(2);
    const [row] = await t.db.query(`SELECT d.status FROM qualification_documents d JOIN organizations o ON o.id = d.organization_id WHERE o.name = '小象虚拟商品店' AND d.type = 'LEGAL_REP_ID'`);
    expect(row.status).toBe('EXPIRED');
    const events = await t.db.query(`SELECT payload FROM audit_events WHERE type = 'document.expired'`);
    expect(events.length).toBe(later.expired);
    const [org] = await t.db.query(`SELECT id FROM organizations WHERE name = '小象虚拟商品店'`);
    const admin = await t.login('admin@mengyuan.demo');
    const status = (await t.data(ME_ORG as never, { id: org.id } as never, { token: admin.token })) as { organization: { realNameVerified: boolean; missingDocuments: string[] } };
    expect(status.organization).toEqual(expect.objectContaining({ realNameVerified: false, missingDocuments: ['LEGAL_REP_ID'] }));
  });
});
