import { AuditCheckpointsDocument, AuditLogKeyDocument, CreateAuditCheckpointDocument, LatestAuditCheckpointDocument, VerifyAuditChainDocument, VerifyAuditChainModeDocument } from '@mengyuan/graphql';
import { parseVerifierKey, verifyCheckpoint } from '@mengyuan/provenance';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { startTestApp, type TestApp } from '../test-app';

/** Edits audit rows as a superuser would, triggers off: what verification exists to catch. */
async function behindTheBack(t: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  await t.db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(sql, params);
  });
}

describe('audit chain checkpoints (signed Merkle tree heads) and incremental verification', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  const signIns = async (n: number) => {
    for (let i = 0; i < n; i++) await t.login('member@mengyuan.demo');
    await t.chained();
  };
  const count = async () => Number((await t.db.query('SELECT count(*) AS n FROM audit_events'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    auditor = (await t.login('auditor@mengyuan.demo')).token;
  });
  afterAll(() => t.close());

  it('signs a checkpoint of the whole chain that anyone can check with the published key alone', async () => {
    const { auditLogKey } = await t.data(AuditLogKeyDocument, {});
    expect(auditLogKey).toMatchObject({ origin: 'mengyuan/audit', algorithm: 'Ed25519' });
    expect(auditLogKey.verifierKey).toMatch(/^mengyuan\/audit\+[0-9a-f]{8}\+/);

    const made = (await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint;
    expect(made.refusedBecause).toBeNull();
    const size = await count();
    expect(made.checkpoint).toMatchObject({ treeSize: size, rootHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const c = await verifyCheckpoint(made.checkpoint!.note, await parseVerifierKey(auditLogKey.verifierKey));
    expect(c).toMatchObject({ origin: 'mengyuan/audit', size, head: made.checkpoint!.headHash });
    expect(Buffer.from(c.root).toString('hex')).toBe(made.checkpoint!.rootHash);
    // A forged note (another size under the same signature) does not hold.
    await expect(verifyCheckpoint(made.checkpoint!.note.replace(`\n${size}\n`, `\n${size + 1}\n`), await parseVerifierKey(auditLogKey.verifierKey))).rejects.toThrow(/signature/);

    // Anyone signed in reads the newest; nothing new appended: the same checkpoint again.
    const member = await t.login('member@mengyuan.demo');
    expect((await t.data(LatestAuditCheckpointDocument, {}, { token: member.token })).latestAuditCheckpoint).toMatchObject({ treeSize: size });
    expect(await t.errorCode(CreateAuditCheckpointDocument, {}, { token: member.token })).toBe('FORBIDDEN');
    expect(await t.errorCode(CreateAuditCheckpointDocument, {}, { token: auditor })).toBe('FORBIDDEN');
  });

  it('verifies from the last checkpoint onward: only the events since are read', async () => {
    const made = (await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint.checkpoint!;
    await signIns(5);
    const head = await count();
    const v = (await t.data(VerifyAuditChainDocument, {}, { token: auditor })).verifyAuditChain;
    expect(v).toMatchObject({ ok: true, full: false, fromCheckpoint: made.treeSize, checked: head - made.treeSize, firstBrokenSeq: null, headSeq: head });
    const full = (await t.data(VerifyAuditChainModeDocument, { full: true }, { token: admin })).verifyAuditChain;
    expect(full).toMatchObject({ ok: true, full: true, fromCheckpoint: null, checked: head, checkpointsChecked: expect.any(Number) });
    expect(full.checkpointsChecked).toBeGreaterThanOrEqual(1);
  });

  it('a job makes checkpoints; each new one is a consistent extension of the last', async () => {
    await signIns(3);
    const size = (await t.app.get(JobsService).run('audit.checkpoint')) as number;
    expect(size).toBe(await count());
    const { auditCheckpoints } = await t.data(AuditCheckpointsDocument, { page: { offset: 0, limit: 10 } }, { token: auditor });
    expect(auditCheckpoints.items[0].treeSize).toBe(size);
    expect(auditCheckpoints.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('names an event edited after the last checkpoint, and refuses to sign over it', async () => {
    await t.data(CreateAuditCheckpointDocument, {}, { token: admin });
    await signIns(3);
    const target = (await count()) - 1;
    await behindTheBack(t, `UPDATE audit_events SET payload = payload || '{"tampered":true}' WHERE seq = $1`, [target]);
    const v = (await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain;
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: target });
    const refused = (await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint;
    expect(refused.checkpoint).toBeNull();
    expect(refused.refusedBecause).toMatchObject({ ok: false, firstBrokenSeq: target });
    await behindTheBack(t, `UPDATE audit_events SET payload = payload - 'tampered' WHERE seq = $1`, [target]);
    expect((await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint.checkpoint?.treeSize).toBe(await count());
  });

  it('an event edited before the checkpoint is the full walk’s to find (and every checkpoint over it names itself)', async () => {
    await t.data(CreateAuditCheckpointDocument, {}, { token: admin });
    await signIns(2);
    await behindTheBack(t, `UPDATE audit_events SET payload = payload || '{"tampered":true}' WHERE seq = 7`);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain).toMatchObject({ ok: true, full: false, checked: 2 });
    expect((await t.data(VerifyAuditChainModeDocument, { full: true }, { token: admin })).verifyAuditChain).toMatchObject({ ok: false, full: true, firstBrokenSeq: 7, checked: 6 });
    await behindTheBack(t, `UPDATE audit_events SET payload = payload - 'tampered' WHERE seq = 7`);
    expect((await t.data(VerifyAuditChainModeDocument, { full: true }, { token: admin })).verifyAuditChain).toMatchObject({ ok: true });
  });

  it('the checkpoint itself is protected: a rewritten checkpoint or tree node is named, incrementally and in full', async () => {
    const cp = (await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint.checkpoint!;
    // The newest checkpoint's note re-rooted without the key: its signature no longer holds.
    const forged = cp.note.replace(/\n([A-Za-z0-9+/=]{44})\n/, `\n${Buffer.alloc(32, 7).toString('base64')}\n`);
    await behindTheBack(t, `UPDATE audit_checkpoints SET note = $2 WHERE tree_size = $1`, [cp.treeSize, forged]);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain).toMatchObject({ ok: false, brokenCheckpoint: cp.treeSize });
    expect((await t.data(VerifyAuditChainModeDocument, { full: true }, { token: admin })).verifyAuditChain).toMatchObject({ ok: false, brokenCheckpoint: cp.treeSize });
    expect((await t.data(CreateAuditCheckpointDocument, {}, { token: admin })).createAuditCheckpoint).toMatchObject({ checkpoint: null, refusedBecause: { brokenCheckpoint: cp.treeSize } });
    await behindTheBack(t, `UPDATE audit_checkpoints SET note = $2 WHERE tree_size = $1`, [cp.treeSize, cp.note]);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain).toMatchObject({ ok: true });

    // A stored subtree on the checkpoint's right edge rewritten: the edge no longer folds to the signed root.
    const [node] = await t.db.query(`SELECT level, idx FROM audit_tree_nodes ORDER BY level DESC, idx LIMIT 1`);
    expect(node).toBeTruthy();
    await behindTheBack(t, `UPDATE audit_tree_nodes SET hash = sha256(hash) WHERE level = $1 AND idx = $2`, [node.level, node.idx]);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain).toMatchObject({ ok: false, brokenCheckpoint: cp.treeSize });
    await behindTheBack(t, `UPDATE audit_tree_nodes SET hash = $3 WHERE level = $1 AND idx = $2`, [node.level, node.idx, (await rootPart(t, Number(node.level), Number(node.idx)))]);
    expect((await t.data(VerifyAuditChainDocument, {}, { token: admin })).verifyAuditChain).toMatchObject({ ok: true });
  });

  it('two checkpoints asked at once: the chain’s lock takes them in turn, both hold', async () => {
    await signIns(4);
    const [a, b] = await Promise.all([t.data(CreateAuditCheckpointDocument, {}, { token: admin }), t.data(CreateAuditCheckpointDocument, {}, { token: admin }), signIns(2)]);
    expect(a.createAuditCheckpoint.checkpoint && b.createAuditCheckpoint.checkpoint).toBeTruthy();
    await t.data(CreateAuditCheckpointDocument, {}, { token: admin });
    expect((await t.data(VerifyAuditChainModeDocument, { full: true }, { token: admin })).verifyAuditChain).toMatchObject({ ok: true, firstBrokenSeq: null, brokenCheckpoint: null });
  });

  it('refuses UPDATE and DELETE of checkpoints and tree nodes from the application', async () => {
    await expect(t.db.query(`UPDATE audit_checkpoints SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_tree_nodes`)).rejects.toThrow(/append-only/);
  });
});

/** The hash a stored subtree should have: recomputed from the events it covers (RFC 9162). */
async function rootPart(t: TestApp, level: number, idx: number): Promise<Buffer> {
  const { createHash } = await import('node:crypto');
  const rows: { hash: string }[] = await t.db.query(`SELECT hash FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq`, [idx * 2 ** level, (idx + 1) * 2 ** level]);
  let layer = rows.map((r) => createHash('sha256').update(Buffer.concat([Buffer.of(0), Buffer.from(r.hash, 'hex')])).digest());
  while (layer.length > 1) layer = layer.filter((_, i) => i % 2 === 0).map((l, i) => createHash('sha256').update(Buffer.concat([Buffer.of(1), l, layer[2 * i + 1]])).digest());
  return layer[0];
}
