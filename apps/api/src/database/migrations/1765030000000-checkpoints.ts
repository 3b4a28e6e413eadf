import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkpoints (issues 18 and 24): the audit chain's heads published as signed checkpoints of a Merkle tree
 * over the chain (RFC 9162), so a member checks its slice with the alliance's public key alone and the
 * chain is verified from the last checkpoint onward; the ledger's balances kept at signed checkpoints, so
 * its check reads only what moved since. Events get a salted commitment of who acted (`who_salt`), so a
 * member can recompute an event's hash without seeing another party's people.
 */
export class Checkpoints1765030000000 implements MigrationInterface {
  name = 'Checkpoints1765030000000';

  async up(q: QueryRunner): Promise<void> {
    // Null for events chained before: they hash their actor in the clear (version 1).
    await q.query(`ALTER TABLE audit_events ADD COLUMN who_salt text`);

    await q.query(`CREATE FUNCTION checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    // Complete subtrees of 16 leaves or more (level ≥ 4); a 16-leaf one keeps its leaves' hashes too (a tile,
    // 512 bytes), so a proof never recomputes a leaf from an event that may have been rewritten since.
    await q.query(`
      CREATE TABLE audit_tree_nodes (
        level smallint NOT NULL CHECK (level BETWEEN 4 AND 62),
        idx bigint NOT NULL CHECK (idx >= 0),
        hash bytea NOT NULL CHECK (length(hash) = 32),
        leaves bytea CHECK ((level = 4) = (leaves IS NOT NULL) AND (leaves IS NULL OR length(leaves) = 512)),
        PRIMARY KEY (level, idx)
      )`);
    await q.query(`
      CREATE TABLE audit_checkpoints (
        tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
        root_hash text NOT NULL,
        head_hash text NOT NULL,
        key_hash text NOT NULL,
        note text NOT NULL,
        -- The leaves past its last whole tile (size mod 16 of them), as they were when it was signed.
        edge_leaves bytea NOT NULL CHECK (length(edge_leaves) = (tree_size % 16) * 32),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ledger_checkpoints (
        id bigserial PRIMARY KEY,
        through_entry_id bigint NOT NULL,
        entry_count bigint NOT NULL,
        entries_digest text NOT NULL,
        balances_digest text NOT NULL,
        prev_digest text NOT NULL,
        digest text NOT NULL UNIQUE,
        key_hash text NOT NULL,
        signature text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // The balance at a checkpoint of each account that moved since the one before (absent: unchanged).
    await q.query(`
      CREATE TABLE ledger_checkpoint_balances (
        checkpoint_id bigint NOT NULL REFERENCES ledger_checkpoints(id),
        account_id uuid NOT NULL REFERENCES ledger_accounts(id),
        balance bigint NOT NULL,
        PRIMARY KEY (checkpoint_id, account_id)
      )`);
    await q.query(`CREATE INDEX ledger_checkpoint_balances_account_idx ON ledger_checkpoint_balances (account_id, checkpoint_id DESC)`);
    for (const t of ['audit_tree_nodes', 'audit_checkpoints', 'ledger_checkpoints', 'ledger_checkpoint_balances']) {
      await q.query(`CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION checkpoints_append_only()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['ledger_checkpoint_balances', 'ledger_checkpoints', 'audit_checkpoints', 'audit_tree_nodes']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION checkpoints_append_only`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN who_salt`);
  }
}
