import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AuditLogKeyDocument, CodeProvenanceBundleDocument, CreateAuditCheckpointDocument, VerifyProvenanceDocument } from '@mengyuan/graphql';
import { canonicalPublic, toHex, verifyBundle, whoText, type ProvenanceBundle } from '@mengyuan/provenance';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const CLI = resolve(__dirname, '../../../../packages/provenance/dist/cli.js');
const run = promisify(execFile);

/** `mengyuan-verify <file> --key <vkey>`: exit code and output. */
async function cli(bundle: unknown, key: string, extra: string[] = []): Promise<{ code: number; out: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'bundle.json');
  writeFileSync(file, JSON.stringify(bundle));
  try {
    const { stdout } = await run(process.execPath, [CLI, file, '--key', key, ...extra]);
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

describe('a member checks its code’s provenance without trusting the server (signed checkpoints, inclusion proofs)', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let member2: string;
  let skuId: string;
  let vkey: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    const m2 = await t.login('member2@mengyuan.demo');
    member2 = m2.token;
    const s1 = (await t.login('supplier@mengyuan.demo')).token;
    await deposit(t, admin, m.organizationId, '1000000');
    await deposit(t, admin, m2.organizationId, '1000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 10 }] })).sku.id;
    vkey = (await t.data(AuditLogKeyDocument, {})).auditLogKey.verifierKey;
  });
  afterAll(() => t.close());

  const bundleOf = async (codeId: string, knownSize?: number) =>
    (await t.data(CodeProvenanceBundleDocument, { codeId, knownSize: knownSize ?? null }, { token: member })).codeProvenanceBundle as ProvenanceBundle;

  it('gives the buyer a bundle that holds with the published key alone (in Node’s WebCrypto and in the CLI), and nothing of other parties', async () => {
    const { codes } = await deliveredOrder(t, member, skuId);
    const bundle = await bundleOf(codes[0].id);
    expect(bundle.format).toBe('mengyuan-provenance/1');
    expect(bundle.events.map((e) => e.type)).toEqual(expect.arrayContaining(['card_batch.imported', 'order.delivered']));
    expect(bundle.events.every((e) => /^[0-9a-f]{64}$/.test(e.who ?? ''))).toBe(true);
    const r = await verifyBundle(bundle, vkey);
    expect(r).toMatchObject({ ok: true, problem: null });
    expect(r.events.every((e) => e.status === 'OK')).toBe(true);
    // Who imported the batch (the supplier's staff) is committed, never shown.
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/@mengyuan\.demo/);
    const [importer] = await t.db.query(`SELECT actor_user_id FROM audit_events WHERE type = 'card_batch.imported' AND actor_user_id IS NOT NULL LIMIT 1`);
    if (importer) expect(text).not.toContain(importer.actor_user_id);

    expect(await cli(bundle, vkey)).toMatchObject({ code: 0, out: expect.stringMatching(/OK: \d+ events proven/) });
    expect(await t.errorCode(CodeProvenanceBundleDocument, { codeId: codes[0].id, knownSize: null }, { token: member2 })).toBe('NOT_FOUND');
  });

  it('fails the member’s check when an event is rewritten behind the application’s back with its own hash recomputed', async () => {
    const { codes } = await deliveredOrder(t, member, skuId);
    const before = await bundleOf(codes[0].id);
    expect((await verifyBundle(before, vkey)).ok).toBe(true);
    const delivered = before.events.find((e) => e.type === 'order.delivered')!;

    // The rewrite a link check alone cannot see: new payload, and the event's hash recomputed to match it.
    const [row] = await t.db.query(`SELECT actor_user_id, actor_email, actor_api_key_id, organization_id, who_salt, payload FROM audit_events WHERE seq = $1`, [delivered.seq]);
    const who = createHash('sha256').update(whoText({ actorUserId: row.actor_user_id, actorEmail: row.actor_email, actorApiKeyId: row.actor_api_key_id, organizationId: row.organization_id }, row.who_salt)).digest('hex');
    const payload = { ...row.payload, total: '1' };
    const hash = createHash('sha256').update(delivered.prevHash).update(canonicalPublic({ ...delivered, payload, who })).digest('hex');
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = $2, hash = $3 WHERE seq = $1`, [delivered.seq, JSON.stringify(payload), hash]);
    });

    const after = await bundleOf(codes[0].id);
    const shown = after.events.find((e) => e.seq === delivered.seq)!;
    expect(shown).toMatchObject({ hash, payload: { total: '1' } });
    const r = await verifyBundle(after, vkey);
    expect(r.ok).toBe(false);
    expect(r.events.find((e) => e.seq === delivered.seq)?.status).toBe('NOT_INCLUDED');
    expect(r.events.filter((e) => e.seq !== delivered.seq)).toEqual(r.events.filter((e) => e.seq !== delivered.seq).map((e) => ({ ...e, status: "OK" })));
    expect(await cli(after, vkey)).toMatchObject({ code: 1, out: expect.stringMatching(new RegExp(`FAIL #${delivered.seq} order.delivered — NOT_INCLUDED`)) });
    // The server's own check of the slice is the member's, and says so too.
    expect((await t.data(VerifyProvenanceDocument, { codeId: codes[0].id }, { token: member })).verifyProvenance).toMatchObject({ ok: false, firstBrokenSeq: delivered.seq });

    // Undone, it holds again.
    await t.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_events SET payload = $2, hash = $3 WHERE seq = $1`, [delivered.seq, JSON.stringify(row.payload), delivered.hash]);
    });
    expect((await verifyBundle(await bundleOf(codes[0].id), vkey)).ok).toBe(true);
  });

  it('proves a checkpoint the member kept is a prefix of the newest (consistency proof), and refuses a forked one', async () => {
    const { codes } = await deliveredOrder(t, member, skuId);
    const first = await bundleOf(codes[0].id);
    const firstCp = (await verifyBundle(first, vkey)).checkpoint!;
    await deliveredOrder(t, member, skuId);
    await t.chained();
    await t.data(CreateAuditCheckpointDocument, {}, { token: admin });
    const later = await bundleOf(codes[0].id, firstCp.size);
    expect(later.consistency?.fromSize).toBe(firstCp.size);
    const r = await verifyBundle(later, vkey, { size: firstCp.size, root: firstCp.root });
    expect(r).toEqual(expect.objectContaining({ events: r.events.map((e) => ({ ...e, status: 'OK' })), consistency: 'OK' }));
    expect(r.ok).toBe(true);
    expect(r.checkpoint!.size).toBeGreaterThan(firstCp.size);
    const forked = await verifyBundle(later, vkey, { size: firstCp.size, root: toHex(new Uint8Array(32).fill(9)) });
    expect(forked).toMatchObject({ ok: false, consistency: 'FAILED' });
    expect(await cli(later, vkey, ['--previous', `${firstCp.size}:${firstCp.root}`])).toMatchObject({ code: 0 });
  });
});
