import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sets a CHECK (x IN (…)) constraint to what it holds plus `add` (or less `remove`), keeping kinds other migrations added. */
async function changeInCheck(q: QueryRunner, table: string, constraint: string, column: string, add: string[], remove: string[] = []): Promise<void> {
  const [row] = (await q.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`, [constraint])) as { def: string }[];
  const existing = row ? [...row.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]) : [];
  const all = [...new Set([...existing, ...add])].filter((k) => !remove.includes(k));
  if (row) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
  await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${column} IN (${all.map((k) => `'${k}'`).join(',')}))`);
}

/**
 * Trust rules that hold at their edges (issue 18, points 1–5).
 * 1. A breached SLA clock counts against the supplier when it breaches: `score_sla_facts` keeps each clock counted
 *    once (at its breach, or at its stop if it never breached), and a probation watch counts its breaches.
 * 2. An evaluation run names the days it judged (its quarter's, Asia/Shanghai).
 * 3. Elimination holdback: two account kinds (an eliminated supplier's reserve, and a receivable for what a supplier
 *    owes once payable and reserve are spent), two transaction types, and `ledger_holdbacks` (one per supplier:
 *    what was held, until when, what was charged and released). A reserve never goes negative (CHECK below).
 */
export class TrustRules1766100000000 implements MigrationInterface {
  name = 'TrustRules1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE score_sla_facts (
        clock_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        metric text NOT NULL,
        met boolean NOT NULL,
        counted_at timestamptz NOT NULL
      )`);
    await q.query(`ALTER TABLE probation_watches ADD COLUMN sla_breaches int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE evaluation_runs ADD COLUMN window_start timestamptz, ADD COLUMN window_end timestamptz`);
    await changeInCheck(q, 'ledger_accounts', 'ledger_accounts_kind_check', 'kind', ['SUPPLIER_HOLDBACK', 'SUPPLIER_RECEIVABLE']);
    await changeInCheck(q, 'ledger_transactions', 'ledger_transactions_type_check', 'type', ['HOLDBACK', 'HOLDBACK_RELEASE']);
    await q.query(`
      CREATE TABLE ledger_holdbacks (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        held bigint NOT NULL CHECK (held >= 0),
        charged bigint NOT NULL DEFAULT 0 CHECK (charged >= 0),
        released bigint,
        refund_rate_bp int NOT NULL,
        held_at timestamptz NOT NULL,
        release_at timestamptz NOT NULL,
        released_at timestamptz,
        hold_transaction_id uuid,
        release_transaction_id uuid,
        CONSTRAINT ledger_holdbacks_never_negative CHECK (charged <= held),
        CONSTRAINT ledger_holdbacks_released CHECK ((released_at IS NULL) = (released IS NULL) AND (released IS NULL OR released = held - charged))
      )`);
    await q.query(`CREATE INDEX ledger_holdbacks_due ON ledger_holdbacks (release_at) WHERE released_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ledger_holdbacks`);
    await changeInCheck(q, 'ledger_transactions', 'ledger_transactions_type_check', 'type', [], ['HOLDBACK', 'HOLDBACK_RELEASE']);
    await changeInCheck(q, 'ledger_accounts', 'ledger_accounts_kind_check', 'kind', [], ['SUPPLIER_HOLDBACK', 'SUPPLIER_RECEIVABLE']);
    await q.query(`ALTER TABLE evaluation_runs DROP COLUMN IF EXISTS window_start, DROP COLUMN IF EXISTS window_end`);
    await q.query(`ALTER TABLE probation_watches DROP COLUMN IF EXISTS sla_breaches`);
    await q.query(`DROP TABLE IF EXISTS score_sla_facts`);
  }
}
