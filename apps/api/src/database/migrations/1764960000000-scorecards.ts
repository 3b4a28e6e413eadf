import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scorecards, quarterly evaluation and probation (issue 12, DESIGN.md §2.7): the scorecards module's tables. */
export class Scorecards1764960000000 implements MigrationInterface {
  name = 'Scorecards1764960000000';

  async up(q: QueryRunner): Promise<void> {
    // Counters kept by event handlers (tickets, ratings, catalog, inventory): one row per organisation, measure and
    // Asia/Shanghai day, so a scorecard sums a window of a few hundred rows.
    await q.query(`
      CREATE TABLE score_fact_daily (
        organization_id uuid NOT NULL REFERENCES organizations(id),
        measure text NOT NULL,
        day date NOT NULL,
        value numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, measure, day)
      )`);
    await q.query(`CREATE INDEX score_fact_daily_measure_idx ON score_fact_daily (measure, day)`);
    // Ratings counted into the counters, so hiding one takes exactly what it added away, once.
    await q.query(`
      CREATE TABLE score_rating_facts (
        rating_id uuid PRIMARY KEY,
        rated_id uuid NOT NULL,
        side text NOT NULL,
        day date NOT NULL,
        scores jsonb NOT NULL,
        counted boolean NOT NULL,
        hidden_reason text
      )`);
    await q.query(`
      CREATE TABLE score_weights (
        id smallint PRIMARY KEY CHECK (id = 1),
        weights jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid
      )`);
    await q.query(`INSERT INTO score_weights (id, weights) VALUES (1, '{"COMPLIANCE":20,"AUTHENTICITY":20,"AFTER_SALES":20,"PRICE_STABILITY":20,"REPUTATION":20}')`);
    // The current scorecard of each supplier and member (written by the recompute), and its history.
    await q.query(`
      CREATE TABLE scorecards (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        kind text NOT NULL,
        total numeric(6,2) NOT NULL,
        fulfilment_rate numeric(6,4),
        dimensions jsonb NOT NULL,
        weights jsonb NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX scorecards_rank_idx ON scorecards (kind, total DESC)`);
    await q.query(`
      CREATE TABLE score_history (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        day date NOT NULL,
        at timestamptz NOT NULL,
        total numeric(6,2) NOT NULL,
        dimensions jsonb NOT NULL,
        evaluation_run_id uuid,
        UNIQUE (organization_id, day)
      )`);
    // Quarterly evaluation: a frozen run, every supplier's score in it with its evidence rows, the candidates and appeals.
    await q.query(`
      CREATE TABLE evaluation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quarter text NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('SCHEDULE', 'ADMIN')),
        threshold numeric(6,2) NOT NULL,
        weights jsonb NOT NULL,
        formulas jsonb NOT NULL,
        supplier_count int NOT NULL DEFAULT 0,
        candidate_count int NOT NULL DEFAULT 0,
        frozen_at timestamptz NOT NULL,
        created_by_user_id uuid
      )`);
    await q.query(`CREATE INDEX evaluation_runs_frozen_idx ON evaluation_runs (frozen_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX evaluation_runs_scheduled_quarter ON evaluation_runs (quarter) WHERE trigger = 'SCHEDULE'`);
    await q.query(`
      CREATE TABLE evaluation_scores (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES evaluation_runs(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        total numeric(6,2) NOT NULL,
        dimensions jsonb NOT NULL,
        UNIQUE (run_id, organization_id)
      )`);
    await q.query(`CREATE INDEX evaluation_scores_org_idx ON evaluation_scores (organization_id)`);
    await q.query(`
      CREATE TABLE evaluation_evidence (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES evaluation_runs(id),
        score_id uuid NOT NULL REFERENCES evaluation_scores(id),
        organization_id uuid NOT NULL,
        dimension text NOT NULL,
        measure text NOT NULL,
        value numeric NOT NULL
      )`);
    await q.query(`CREATE INDEX evaluation_evidence_score_idx ON evaluation_evidence (score_id)`);
    await q.query(`
      CREATE TABLE evaluation_candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES evaluation_runs(id),
        score_id uuid NOT NULL REFERENCES evaluation_scores(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        total numeric(6,2) NOT NULL,
        status text NOT NULL,
        appeal_deadline timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by_user_id uuid,
        decision_reason text,
        outcome jsonb,
        created_at timestamptz NOT NULL,
        UNIQUE (run_id, organization_id)
      )`);
    await q.query(`CREATE INDEX evaluation_candidates_org_idx ON evaluation_candidates (organization_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE evaluation_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL UNIQUE REFERENCES evaluation_candidates(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        reason text NOT NULL,
        evidence_ids bigint[] NOT NULL,
        status text NOT NULL,
        filed_by_user_id uuid,
        filed_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by_user_id uuid,
        decision_reason text
      )`);
    await q.query(`CREATE INDEX evaluation_appeals_status_idx ON evaluation_appeals (status, filed_at)`);
    // Probation (试单): a new supplier's first orders against the bar, kept by event handlers.
    await q.query(`
      CREATE TABLE probation_watches (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        status text NOT NULL,
        started_at timestamptz NOT NULL,
        orders int NOT NULL DEFAULT 0,
        delivered int NOT NULL DEFAULT 0,
        supplier_failures int NOT NULL DEFAULT 0,
        first_responses int NOT NULL DEFAULT 0,
        slow_first_responses int NOT NULL DEFAULT 0,
        max_first_response_seconds int,
        max_price_move_bp int NOT NULL DEFAULT 0,
        failing text[] NOT NULL DEFAULT '{}',
        decided_at timestamptz,
        decided_by_user_id uuid,
        decision_reason text,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX probation_watches_status_idx ON probation_watches (status)`);
    // An eliminated supplier's unsold codes are frozen (codeLifecycle FREEZE).
    await q.query(`ALTER TABLE card_codes DROP CONSTRAINT card_codes_status_check`);
    await q.query(`ALTER TABLE card_codes ADD CONSTRAINT card_codes_status_check CHECK (status IN ('IMPORTING','AVAILABLE','QUARANTINED','REJECTED','SOLD','VOIDED','REPLACED','FROZEN'))`);
    // Suppliers already on probation are watched from now.
    await q.query(`INSERT INTO probation_watches (organization_id, status, started_at, updated_at)
      SELECT id, 'WATCHING', now(), now() FROM organizations WHERE kind = 'SUPPLIER' AND status = 'PROBATION'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['probation_watches', 'evaluation_appeals', 'evaluation_candidates', 'evaluation_evidence', 'evaluation_scores', 'evaluation_runs', 'score_history', 'scorecards', 'score_weights', 'score_rating_facts', 'score_fact_daily']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
