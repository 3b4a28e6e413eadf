import {
  ArbitrateTicketDocument, DecideCandidateDocument, EscalateTicketDocument, LedgerCheckDocument, OpenTicketDocument, RunEvaluationNowDocument, SupplierHoldbackDocument,
} from '@mengyuan/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { HOLDBACK_RELEASE_JOB } from '../../src/modules/ledger/ledger.jobs';
import { Measure, ScoreFactsService } from '../../src/modules/scorecards/services/score-facts.service';
import { deliveredOrder, deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const DAY = 86_400_000;

/** Issue 18.3: elimination keeps a holdback for the complaint window; late complaints are charged to it, the rest released. */
describe('elimination keeps a holdback', () => {
  let t: TestApp;
  const tok = { admin: '', m1: '', s2: '' };
  const id = { m1: '', s2: '' };
  const delivered: { orderId: string; codeId: string }[] = [];

  async function signIn(eliminated = true) {
    tok.admin = (await t.login('admin@mengyuan.demo')).token;
    const who: ['m1' | 's2', string][] = [['m1', 'member@mengyuan.demo'], ...(eliminated ? [] : [['s2', 'supplier2@mengyuan.demo'] as ['s2', string]])];
    for (const [k, email] of who) {
      const l = await t.login(email);
      tok[k] = l.token;
      id[k] = l.organizationId;
    }
  }
  const accounts = async (orgId: string) => {
    const rows = (await t.db.query(
      `SELECT a.kind, coalesce(sum(e.amount), 0)::text AS balance FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id WHERE a.organization_id = $1 GROUP BY a.kind`,
      [orgId],
    )) as { kind: string; balance: string }[];
    return Object.fromEntries(rows.map((r) => [r.kind, BigInt(r.balance)])) as Record<string, bigint>;
  };
  const ledgerOk = async () => (await t.data(LedgerCheckDocument, {}, { token: tok.admin })).ledgerCheck.ok;
  /** A complaint on one of the eliminated supplier's sold codes, upheld by the alliance's ruling after elimination (the supplier is gone). */
  async function lateComplaint(i: number, amount: string) {
    const { orderId, codeId } = delivered[i];
    const tk = (await t.data(OpenTicketDocument, { input: { orderId, category: 'INVALID_CODE', description: '卡密提示无效，请处理', codeIds: [codeId] } }, { token: tok.m1 })).openTicket;
    await t.data(EscalateTicketDocument, { ticketId: tk.id, reason: '货源商已被淘汰，请联盟处理' }, { token: tok.m1 });
    return t.gql(ArbitrateTicketDocument, { input: { ticketId: tk.id, against: 'SUPPLIER', kind: 'COMPENSATION', amount, reason: '卡密无效，判货源商补偿' } }, { token: tok.admin });
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo({ catalog: false });
    await signIn(false);
    await deposit(t, tok.admin, id.m1, '1000000');
    const { sku } = await stockedSku(t, { admin: tok.admin, offers: [{ supplier: tok.s2, stock: 12 }] });
    for (let i = 0; i < 8; i++) {
      const { order, codes } = await deliveredOrder(t, tok.m1, sku.id);
      delivered.push({ orderId: order.id, codeId: codes[0].id });
    }
    // supplier2@ far below 60.
    await t.app.get(TransactionHost).withTransaction(() => t.app.get(ScoreFactsService).add(id.s2, {
      [Measure.SAMPLE_FAILED]: 200, [Measure.UPHELD_INVALID_CODE]: 20, [Measure.SLA_FIRST_RESPONSE_TOTAL]: 100, [Measure.SLA_RESOLUTION_TOTAL]: 100, [Measure.TICKETS_RESOLVED]: 50,
      [Measure.TICKETS_REOPENED]: 40, [Measure.PRICE_CHANGES]: 10, [Measure.PRICE_COST_UNNOTICED]: 10,
    }));
  });
  afterAll(() => t.close());

  it('pays out less a reserve; an upheld complaint afterwards is charged to it, past it to an explicit receivable; the rest is released when the window closes', async () => {
    const payableBefore = (await accounts(id.s2)).SUPPLIER_PAYABLE;
    const run = (await t.data(RunEvaluationNowDocument, {}, { token: tok.admin })).runEvaluationNow;
    const candidates = ((await t.db.query(`SELECT id FROM evaluation_candidates WHERE run_id = $1 AND organization_id = $2`, [run.id, id.s2])) as { id: string }[]);
    t.clock.advance(8 * DAY);
    await signIn();
    const decided = (await t.data(DecideCandidateDocument, { input: { candidateId: candidates[0].id, decision: 'ELIMINATE', reason: '季度总分低于 60' } }, { token: tok.admin })).decideCandidate;
    const held = BigInt(decided.outcome!.holdback!);
    expect(held).toBe((payableBefore * 1000n + 9_999n) / 10_000n);
    expect(BigInt(decided.outcome!.payableSettled)).toBe(payableBefore - held);
    expect(Math.abs(new Date(decided.outcome!.holdbackReleaseAt!).getTime() - (t.clock.now().getTime() + 30 * DAY))).toBeLessThan(10_000);
    expect(await accounts(id.s2)).toMatchObject({ SUPPLIER_PAYABLE: 0n, SUPPLIER_HOLDBACK: held });

    // A complaint upheld after elimination: charged to the reserve, not to a payable already paid out.
    expect((await lateComplaint(0, '3000')).body.errors).toBeUndefined();
    expect(await accounts(id.s2)).toMatchObject({ SUPPLIER_PAYABLE: 0n, SUPPLIER_HOLDBACK: held - 3000n });
    expect(await ledgerOk()).toBe(true);

    // What the admin's evaluation run and organisation page show (one query): held, charged, still held, until when.
    const hb = (await t.data(SupplierHoldbackDocument, { organizationId: id.s2 }, { token: tok.admin })).supplierHoldback!;
    expect(hb).toMatchObject({ organizationId: id.s2, held: held.toString(), charged: '3000', released: null, left: (held - 3000n).toString(), releasedAt: null, refundRateBp: decided.outcome!.refundRateBp });
    expect(new Date(hb.releaseAt).getTime()).toBe(new Date(decided.outcome!.holdbackReleaseAt!).getTime());
    expect(await t.errorCode(SupplierHoldbackDocument, { organizationId: id.s2 }, { token: tok.m1 })).toBe('NOT_FOUND');
    expect((await t.data(SupplierHoldbackDocument, { organizationId: null }, { token: tok.m1 })).supplierHoldback).toBeNull();
    // The supplier is told by e-mail (it can no longer sign in): what was paid out, what is held and until when.
    const [told] = (await t.db.query(`SELECT params FROM notice_deliveries WHERE kind = 'CANDIDATE_DECIDED' AND organization_id = $1`, [id.s2])) as { params: Record<string, string> }[];
    expect(told?.params).toMatchObject({ holdback: held.toString(), payableSettled: decided.outcome!.payableSettled });
  });

  it('concurrency: a complaint racing the release when the window closes takes each fen once; later ones become a receivable, never a negative payable', async () => {
    const [{ held }] = (await t.db.query(`SELECT held::text FROM ledger_holdbacks WHERE organization_id = $1`, [id.s2])) as { held: string }[];
    t.clock.advance(31 * DAY);
    await signIn();
    const jobs = t.app.get(JobsService);
    // Two release jobs (two replicas) and a late complaint, all at once.
    const [r1, complaint, r2] = await Promise.all([jobs.run(HOLDBACK_RELEASE_JOB), lateComplaint(1, '2000'), jobs.run(HOLDBACK_RELEASE_JOB)]);
    expect(complaint.body.errors).toBeUndefined();
    expect((r1 as number) + (r2 as number)).toBe(1); // released once
    const [hb] = (await t.db.query(`SELECT held::text, charged::text, released::text FROM ledger_holdbacks WHERE organization_id = $1`, [id.s2])) as { held: string; charged: string; released: string }[];
    expect(BigInt(hb.charged) + BigInt(hb.released)).toBe(BigInt(held));
    expect((await t.data(SupplierHoldbackDocument, { organizationId: id.s2 }, { token: tok.admin })).supplierHoldback).toMatchObject({ charged: hb.charged, released: hb.released, left: '0' });
    const a = await accounts(id.s2);
    // The complaint's 2,000 fen came from the reserve (before the release) or is owed by the supplier (after it).
    expect(BigInt(hb.charged) - 3000n + -(a.SUPPLIER_RECEIVABLE ?? 0n)).toBe(2000n);
    expect(a).toMatchObject({ SUPPLIER_PAYABLE: 0n, SUPPLIER_HOLDBACK: 0n });
    // After the window: a complaint is owed by the supplier, explicitly.
    const owedBefore = a.SUPPLIER_RECEIVABLE ?? 0n;
    expect((await lateComplaint(2, '700')).body.errors).toBeUndefined();
    expect(await accounts(id.s2)).toMatchObject({ SUPPLIER_PAYABLE: 0n, SUPPLIER_HOLDBACK: 0n, SUPPLIER_RECEIVABLE: owedBefore - 700n });
    expect(await ledgerOk()).toBe(true);
  });
});
