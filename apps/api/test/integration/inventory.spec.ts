import {
  CardBatchesDocument,
  ImportCardBatchDocument,
  OfferDocument,
  QuarantineBatchDocument,
  RecordSampleResultDocument,
  RevealSampleCodeDocument,
  SampleCodesDocument,
  TestRecordSampleResultsDocument,
  TestRevealSampleCodesDocument,
  type CardBatchFieldsFragment,
} from '@mengyuan/graphql';
import { importCodes, offerId } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('card codes', () => {
  let t: TestApp;
  let supplier: string;
  let supplier2: string;
  let probation: string;
  let auditor: string;
  let admin: string;
  const stock = async (id: string, token: string) => (await t.data(OfferDocument, { id }, { token })).offer.stockAvailable;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo({ catalog: true });
    supplier = (await t.login('supplier@mengyuan.demo')).token;
    supplier2 = (await t.login('supplier2@mengyuan.demo')).token;
    probation = (await t.login('supplier3@mengyuan.demo')).token;
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    admin = (await t.login('admin@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('imports codes, refusing duplicates by reason, and adds the accepted ones to stock', async () => {
    const offer = await offerId(t, supplier, 'WZRY-60');
    const before = await stock(offer, supplier);
    const batch = await importCodes(t, supplier, offer, [
      { cardNumber: 'WZ-NEW-1', secret: 'AAAA-1111' },
      { cardNumber: 'wz new 1', secret: 'aaaa1111' }, // the same code, written differently
      { cardNumber: 'WZ-NEW-2', secret: 'BBBB-2222', expiresAt: '2030-01-01T00:00:00Z' },
      { cardNumber: 'WZ-OLD', secret: 'CCCC', expiresAt: '2020-01-01T00:00:00Z' }, // already expired
      { cardNumber: '', secret: '' },
    ]);
    expect(batch).toMatchObject({ status: 'SELLABLE', processed: 5, accepted: 2, refused: { invalid: 2, duplicateInBatch: 1, duplicateExisting: 0, duplicateOtherSupplier: 0 } });
    expect(await stock(offer, supplier)).toBe(before + 2);

    const again = await importCodes(t, supplier, offer, [{ cardNumber: 'WZ-NEW-1', secret: 'AAAA-1111' }, { cardNumber: 'WZ-NEW-3', secret: 'DDDD' }]);
    expect(again).toMatchObject({ accepted: 1, refused: { duplicateExisting: 1 } });
  });

  it('refuses a code another supplier holds and raises a black-card suspicion for the alliance', async () => {
    const offer = await offerId(t, supplier2, 'WZRY-60');
    const openBefore = Number((await t.db.query(`SELECT count(*) FROM risk_events WHERE type = 'BLACK_CARD_SUSPECTED'`))[0].count);
    const batch = await importCodes(t, supplier2, offer, [{ cardNumber: 'WZ-NEW-2', secret: 'BBBB-2222' }, { cardNumber: 'JK-1', secret: 'EEEE' }]);
    expect(batch).toMatchObject({ accepted: 1, refused: { duplicateOtherSupplier: 1 } });
    const events = await t.db.query(`SELECT organization_id, subject_id, details FROM risk_events WHERE type = 'BLACK_CARD_SUSPECTED' ORDER BY created_at`);
    expect(events).toHaveLength(openBefore + 1);
    expect(events.at(-1)).toMatchObject({ subject_id: batch.id, details: expect.objectContaining({ duplicates: 1 }) });
    expect(JSON.stringify(events)).not.toContain('BBBB');
  });

  it('keeps plaintext out of the database, the audit chain and every response but the sample reveal', async () => {
    const secret = 'PLAINTEXT-SHOULD-NOT-LEAK-42';
    const offer = await offerId(t, supplier, 'QQ-COIN-100');
    const batch = await importCodes(t, supplier, offer, [{ cardNumber: 'LEAK-CHECK', secret }]);
    const dump = await t.db.query(`SELECT c.*, encode(c.ciphertext, 'escape') AS text FROM card_codes c WHERE batch_id = $1`, [batch.id]);
    expect(dump).toHaveLength(1);
    expect(JSON.stringify(dump)).not.toContain(secret);
    expect(JSON.stringify(dump)).not.toContain('LEAK-CHECK');
    await t.chained();
    const audit = await t.db.query(`SELECT payload FROM audit_events`);
    expect(JSON.stringify(audit)).not.toContain(secret);
    const batches = await t.gql(CardBatchesDocument, { offerId: offer, status: null, page: null }, { token: supplier });
    expect(JSON.stringify(batches.body)).not.toContain(secret);
  });

  it('refuses imports to another supplier’s offer, to a direct top-up offer, and from members', async () => {
    expect(await t.errorCode(ImportCardBatchDocument, { input: { offerId: await offerId(t, supplier2, 'WZRY-60'), codes: [{ secret: 'x1' }] } }, { token: supplier })).toBe('NOT_FOUND');
    expect(await t.errorCode(ImportCardBatchDocument, { input: { offerId: await offerId(t, supplier2, 'CMCC-100'), codes: [{ secret: 'x2' }] } }, { token: supplier2 })).toBe('VALIDATION_FAILED');
    const member = (await t.login('member@mengyuan.demo')).token;
    expect(await t.errorCode(ImportCardBatchDocument, { input: { offerId: await offerId(t, supplier, 'WZRY-60'), codes: [{ secret: 'x3' }] } }, { token: member })).toBe('FORBIDDEN');
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ secret: `many-${i}` }));
    expect(await t.errorCode(ImportCardBatchDocument, { input: { offerId: await offerId(t, supplier, 'WZRY-60'), codes: tooMany } }, { token: supplier })).toBe('VALIDATION_FAILED');
  });

  it('streams a CSV batch through POST /offers/:id/card-batches', async () => {
    const offer = await offerId(t, supplier, 'MHXY-50');
    const before = await stock(offer, supplier);
    const lines = ['卡号,卡密,有效期', ...Array.from({ length: 5000 }, (_, i) => `MH-CSV-${i},S${String(i).padStart(6, '0')},2031-12-31`), 'MH-CSV-7,S000007,2031-12-31'];
    const form = new FormData();
    form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'codes.csv');
    const res = await fetch(`${t.url}/offers/${offer}/card-batches`, { method: 'POST', body: form, headers: { authorization: `Bearer ${supplier}` } });
    const body = (await res.json()) as CardBatchFieldsFragment; // a REST answer: the same shape as the GraphQL CardBatch
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ status: 'SELLABLE', processed: 5001, accepted: 5000, refused: { duplicateInBatch: 1 } });
    expect(await stock(offer, supplier)).toBe(before + 5000);

    const noHeader = new FormData();
    noHeader.append('file', new Blob(['a,b\n1,2'], { type: 'text/csv' }), 'x.csv');
    const bad = await fetch(`${t.url}/offers/${offer}/card-batches`, { method: 'POST', body: noHeader, headers: { authorization: `Bearer ${supplier}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('VALIDATION_FAILED');

    // A NUL byte, a control character and bytes that are not UTF-8 (a GBK file, say): those lines are refused as
    // invalid, the rest of the file imports.
    const csv = Buffer.concat([Buffer.from('卡号,卡密\nMH-NUL-1,S\u0000X\nMH-BEL-1,S\u0007X\nMH-GBK-1,'), Buffer.from([0xbf, 0xa8, 0xc3, 0xdc]), Buffer.from('\nMH-OK-1,SOK1\n')]);
    const dirty = new FormData();
    dirty.append('file', new Blob([csv], { type: 'text/csv' }), 'dirty.csv');
    const res2 = await fetch(`${t.url}/offers/${offer}/card-batches`, { method: 'POST', body: dirty, headers: { authorization: `Bearer ${supplier}` } });
    expect(res2.status).toBe(201);
    expect(await res2.json()).toMatchObject({ status: 'SELLABLE', processed: 4, accepted: 1, refused: { invalid: 3 } });
    expect(await stock(offer, supplier)).toBe(before + 5001);
  });

  it('quarantines a probation supplier’s batch until an auditor’s sample check passes', async () => {
    const offer = await offerId(t, probation, 'IQIYI-GOLD-M');
    const codes = Array.from({ length: 25 }, (_, i) => ({ cardNumber: `PB-${i}`, secret: `PBS-${i}` }));
    const batch = await importCodes(t, probation, offer, codes);
    expect(batch).toMatchObject({ status: 'QUARANTINED', accepted: 25, sampleSize: 3 });
    expect(await stock(offer, probation)).toBe(0);

    const { sampleCodes } = await t.data(SampleCodesDocument, { batchId: batch.id }, { token: auditor });
    expect(sampleCodes).toHaveLength(3);
    const revealed = await t.data(RevealSampleCodeDocument, { codeId: sampleCodes[0].id }, { token: auditor });
    expect(revealed.revealSampleCode.secret).toBe(`PBS-${revealed.revealSampleCode.cardNumber?.slice(3)}`);
    await t.chained();
    const reveals = await t.db.query(`SELECT actor_email FROM audit_events WHERE type = 'card_code.sample_revealed' AND subject_id = $1`, [sampleCodes[0].id]);
    expect(reveals).toEqual([{ actor_email: 'auditor@mengyuan.demo' }]);
    expect(await t.errorCode(RevealSampleCodeDocument, { codeId: sampleCodes[0].id }, { token: probation })).toBe('FORBIDDEN');

    for (const code of sampleCodes.slice(0, 2)) await t.data(RecordSampleResultDocument, { codeId: code.id, result: 'VALID' }, { token: auditor });
    expect(await t.errorCode(RecordSampleResultDocument, { codeId: sampleCodes[0].id, result: 'INVALID' }, { token: auditor })).toBe('INVALID_TRANSITION');
    const done = await t.data(RecordSampleResultDocument, { codeId: sampleCodes[2].id, result: 'VALID' }, { token: auditor });
    expect(done.recordSampleResult).toMatchObject({ status: 'SELLABLE', sampleValid: 3 });
    expect(await stock(offer, probation)).toBe(25);
  });

  it('checks a large sample in pages: reveals unrecorded codes in bulk and records them in one call', async () => {
    const offer = await offerId(t, probation, 'IQIYI-GOLD-M');
    const before = await stock(offer, probation);
    const batch = await importCodes(t, probation, offer, Array.from({ length: 1000 }, (_, i) => ({ cardNumber: `BULK-${i}`, secret: `BULKS-${i}` })));
    expect(batch).toMatchObject({ status: 'QUARANTINED', sampleSize: 100 });
    const page1 = (await t.data(TestRevealSampleCodesDocument, { batchId: batch.id, page: { offset: 0, limit: 60 } }, { token: auditor })).revealSampleCodes;
    expect(page1).toHaveLength(60);
    for (const c of page1) expect(c.secret).toBe(`BULKS-${c.cardNumber!.slice(5)}`);
    const first = await t.data(TestRecordSampleResultsDocument, { batchId: batch.id, results: page1.map((c) => ({ codeId: c.id, result: 'VALID' as const })) }, { token: auditor });
    expect(first.recordSampleResults).toMatchObject({ status: 'QUARANTINED', sampleValid: 60 });
    // Unrecorded codes come first: the next page is the 40 still to check.
    const page2 = (await t.data(TestRevealSampleCodesDocument, { batchId: batch.id, page: { offset: 0, limit: 40 } }, { token: auditor })).revealSampleCodes;
    expect(page2.every((c) => c.result === null)).toBe(true);
    expect(new Set([...page1, ...page2].map((c) => c.id)).size).toBe(100);
    expect(await t.errorCode(TestRecordSampleResultsDocument, { batchId: batch.id, results: [{ codeId: page1[0].id, result: 'INVALID' }] }, { token: auditor })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(TestRevealSampleCodesDocument, { batchId: batch.id, page: null }, { token: probation })).toBe('FORBIDDEN');
    const done = await t.data(TestRecordSampleResultsDocument, { batchId: batch.id, results: page2.map((c) => ({ codeId: c.id, result: 'VALID' as const })) }, { token: auditor });
    expect(done.recordSampleResults).toMatchObject({ status: 'SELLABLE', sampleValid: 100 });
    expect(await stock(offer, probation)).toBe(before + 1000);
    await t.chained();
    const reveals = await t.db.query(`SELECT payload FROM audit_events WHERE type = 'card_code.sample_revealed' AND subject_id = $1`, [batch.id]);
    expect(reveals.map((r: { payload: { codeIds: string[] } }) => r.payload.codeIds.length)).toEqual([60, 40]);
  });

  it('rejects the whole batch on one invalid sample', async () => {
    const offer = await offerId(t, probation, 'IQIYI-GOLD-Q');
    const batch = await importCodes(t, probation, offer, [{ secret: 'bad-1' }, { secret: 'bad-2' }]);
    const { sampleCodes } = await t.data(SampleCodesDocument, { batchId: batch.id }, { token: auditor });
    const res = await t.data(RecordSampleResultDocument, { codeId: sampleCodes[0].id, result: 'INVALID' }, { token: auditor });
    expect(res.recordSampleResult.status).toBe('REJECTED');
    const states = await t.db.query(`SELECT DISTINCT status FROM card_codes WHERE batch_id = $1`, [batch.id]);
    expect(states).toEqual([{ status: 'REJECTED' }]);
    expect(await stock(offer, probation)).toBe(0);
  });

  it('lets an admin quarantine a sellable batch, taking its codes out of stock, and tells the supplier of low stock', async () => {
    const offer = await offerId(t, supplier, 'XES-COURSE-500');
    const before = await stock(offer, supplier);
    const { cardBatches } = await t.data(CardBatchesDocument, { offerId: offer, status: 'SELLABLE', page: null }, { token: admin });
    const target = cardBatches.items[0];
    const held = await t.data(QuarantineBatchDocument, { id: target.id, reason: '会员投诉卡密无效，抽检' }, { token: admin });
    expect(held.quarantineBatch).toMatchObject({ status: 'QUARANTINED', sampleSize: 2 });
    expect(await stock(offer, supplier)).toBe(before - target.accepted);
    expect(await t.errorCode(QuarantineBatchDocument, { id: target.id, reason: 'again' }, { token: admin })).toBe('INVALID_TRANSITION');
    expect(await t.errorCode(QuarantineBatchDocument, { id: target.id, reason: 'auditor' }, { token: auditor })).toBe('FORBIDDEN');
    const low = await t.db.query(`SELECT n.params FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'supplier@mengyuan.demo' AND n.type = 'LOW_STOCK'`);
    expect(low.map((n: { params: { offerId: string } }) => n.params.offerId)).toContain(offer);
    // The notification names the product, so the inbox never has to quote an id.
    const ours = low.find((n: { params: { offerId: string } }) => n.params.offerId === offer) as { params: { skuName?: string; skuCode?: string } };
    expect(ours.params.skuName).toEqual(expect.any(String));
  });
});
