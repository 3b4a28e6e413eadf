import { CreateLedgerCheckpointDocument, LedgerCheckDocument, LedgerCheckModeDocument } from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** Edits ledger rows as a superuser would, triggers off: what the check exists to catch. */
async function behindTheBack(t: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  await t.db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(sql, params);
  });
}

describe('ledger check from signed balance checkpoints', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let memberOrg: string;
  let skuId: string;
  const entries = async () => Number((await t.db.query('SELECT count(*) AS n FROM ledger_entries'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    const s1 = (await t.login('supplier@mengyuan.demo')).token;
    await deposit(t, admin, memberOrg, '1000000');
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 40 }] })).sku.id;
    await deliveredOrder(t, member, skuId);
  });
  afterAll(() => t.close());

  it('checks only the entries since the last checkpoint, after checking the checkpoint', async () => {
    const before = (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
    expect(before).toMatchObject({ ok: true, full: false, fromCheckpoint: null, entriesChecked: await entries() });
    const cp = (await t.data(CreateLedgerCheckpointDocument, {}, { token: admin })).createLedgerCheckpoint!;
    expect(cp).toMatchObject({ entryCount: await entries(), digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const at = await entries();
    await deliveredOrder(t, member, skuId);
    await deliveredOrder(t, member, skuId, 2);
    const after = (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
    expect(after).toMatchObject({ ok: true, full: false, fromCheckpoint: cp.id, entriesChecked: (await entries()) - at, transactionsChecked: 2, drift: [], unbalancedTransactions: [] });
    const full = (await t.data(LedgerCheckModeDocument, { full: true }, { token: admin })).ledgerCheck;
    expect(full).toMatchObject({ ok: true, full: true, fromCheckpoint: null, entriesChecked: await entries(), brokenCheckpoint: null });
    // The job makes the next one; nothing moved since: the same checkpoint.
    const next = (await t.app.get(JobsService).run('ledger.checkpoint')) as string;
    expect(next).not.toBe(cp.id);
    expect((await t.data(CreateLedgerCheckpointDocument, {}, { token: admin })).createLedgerCheckpoint!.id).toBe(next);
  });

  it('finds a wallet balance edited behind the application’s back, from the checkpoint', async () => {
    await t.data(CreateLedgerCheckpointDocument, {}, { token: admin });
    await behindTheBack(t, `UPDATE ledger_accounts SET balance = balance + 100 WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [memberOrg]);
    const r = (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
    expect(r.ok).toBe(false);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'MEMBER_WALLET', organizationId: memberOrg })]);
    expect(BigInt(r.drift[0].stored) - BigInt(r.drift[0].computed)).toBe(100n);
    await behindTheBack(t, `UPDATE ledger_accounts SET balance = balance - 100 WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [memberOrg]);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('a rewritten checkpoint does not hold, and an entry edited before it is named by the full check', async () => {
    const cp = (await t.data(CreateLedgerCheckpointDocument, {}, { token: admin })).createLedgerCheckpoint!;
    // The checkpoint's kept balance of the wallet moved: its balances no longer match their signed digest.
    await behindTheBack(t, `UPDATE ledger_checkpoint_balances SET balance = balance + 1 WHERE checkpoint_id = (SELECT max(checkpoint_id) FROM ledger_checkpoint_balances)`);
    const r = (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck;
    expect(r).toMatchObject({ ok: false, brokenCheckpoint: expect.any(String) });
    await behindTheBack(t, `UPDATE ledger_checkpoint_balances SET balance = balance - 1 WHERE checkpoint_id = (SELECT max(checkpoint_id) FROM ledger_checkpoint_balances)`);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck).toMatchObject({ ok: true, fromCheckpoint: cp.id });
    await behindTheBack(t, `UPDATE ledger_checkpoints SET entry_count = entry_count + 1 WHERE id = $1`, [cp.id]);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck).toMatchObject({ ok: false, brokenCheckpoint: cp.id });
    await behindTheBack(t, `UPDATE ledger_checkpoints SET entry_count = entry_count - 1 WHERE id = $1`, [cp.id]);

    // An old entry redated: every sum still balances, only the first checkpoint's digest of its entries knows.
    const [e] = await t.db.query(`SELECT min(id) AS id FROM ledger_entries`);
    await behindTheBack(t, `UPDATE ledger_entries SET created_at = created_at + interval '1 second' WHERE id = $1`, [e.id]);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok).toBe(true);
    const full = (await t.data(LedgerCheckModeDocument, { full: true }, { token: admin })).ledgerCheck;
    expect(full).toMatchObject({ ok: false, full: true });
    const [firstCp] = await t.db.query(`SELECT min(id)::text AS id FROM ledger_checkpoints`);
    expect(full.brokenCheckpoint).toBe(firstCp.id);
    await behindTheBack(t, `UPDATE ledger_entries SET created_at = created_at - interval '1 second' WHERE id = $1`, [e.id]);
    expect((await t.data(LedgerCheckModeDocument, { full: true }, { token: admin })).ledgerCheck.ok).toBe(true);
  });

  it('checkpoints taken while orders commit: every entry is counted once, no false drift', async () => {
    const work = Array.from({ length: 6 }, (_, i) => (i % 2 ? t.data(CreateLedgerCheckpointDocument, {}, { token: admin }) : deliveredOrder(t, member, skuId)));
    await Promise.all(work);
    await t.data(CreateLedgerCheckpointDocument, {}, { token: admin });
    await deliveredOrder(t, member, skuId);
    expect((await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck).toMatchObject({ ok: true, drift: [], unbalancedTransactions: [] });
    expect((await t.data(LedgerCheckModeDocument, { full: true }, { token: admin })).ledgerCheck).toMatchObject({ ok: true, brokenCheckpoint: null });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM (SELECT account_id FROM ledger_checkpoint_balances b JOIN ledger_checkpoints c ON c.id = b.checkpoint_id GROUP BY checkpoint_id, account_id HAVING count(*) > 1) x`);
    expect(n).toBe(0);
    const sumOfCounts = (await t.db.query(`SELECT sum(entry_count)::int AS n, max(through_entry_id)::int AS through FROM ledger_checkpoints`))[0];
    const [{ upto }] = await t.db.query(`SELECT count(*)::int AS upto FROM ledger_entries WHERE id <= $1`, [sumOfCounts.through]);
    expect(sumOfCounts.n).toBe(upto);
  });

  it('is for alliance staff; checkpoints on demand for admins only', async () => {
    expect(await t.errorCode(CreateLedgerCheckpointDocument, {}, { token: member })).toBe('FORBIDDEN');
    expect(await t.errorCode(LedgerCheckModeDocument, { full: true }, { token: member })).toBe('FORBIDDEN');
    await expect(t.db.query(`UPDATE ledger_checkpoints SET digest = 'x'`)).rejects.toThrow(/append-only/);
  });
});
