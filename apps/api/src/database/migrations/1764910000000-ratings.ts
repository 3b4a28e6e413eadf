import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mutual ratings (互评, issue 12): one rating per side per order, sealed until both rated or 14 days passed,
 * immutable once revealed; removal requests the alliance decides (a removed rating is hidden, never deleted);
 * and the ratings module's own record of the ticket facts that exclude or flag a rating.
 */
export class Ratings1764910000000 implements MigrationInterface {
  name = 'Ratings1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ratings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders(id),
        side text NOT NULL CHECK (side IN ('MEMBER_TO_SUPPLIER','SUPPLIER_TO_MEMBER')),
        member_id uuid NOT NULL REFERENCES organizations(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        rater_id uuid NOT NULL REFERENCES organizations(id),
        rated_id uuid NOT NULL REFERENCES organizations(id),
        scores jsonb NOT NULL,
        comment text CHECK (char_length(comment) <= 500),
        status text NOT NULL CHECK (status IN ('SEALED','REVEALED','HIDDEN')),
        reveals_at timestamptz NOT NULL,
        revealed_at timestamptz,
        excluded_reason text,
        excluded_at timestamptz,
        retaliation_flag boolean NOT NULL DEFAULT false,
        reply text CHECK (char_length(reply) <= 500),
        replied_at timestamptz,
        replied_by_user_id uuid,
        hidden_reason text,
        hidden_note text,
        hidden_at timestamptz,
        created_by_user_id uuid,
        created_by_api_key_id uuid,
        created_at timestamptz NOT NULL,
        CONSTRAINT ratings_order_side_key UNIQUE (order_id, side),
        CONSTRAINT ratings_parties_check CHECK (rater_id <> rated_id)
      )`);
    await q.query(`CREATE INDEX ratings_rated_idx ON ratings (rated_id, created_at DESC)`);
    await q.query(`CREATE INDEX ratings_rater_idx ON ratings (rater_id, created_at DESC)`);
    await q.query(`CREATE INDEX ratings_due_idx ON ratings (reveals_at) WHERE status = 'SEALED'`);

    await q.query(`
      CREATE TABLE rating_removal_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rating_id uuid NOT NULL REFERENCES ratings(id),
        requested_by_organization_id uuid NOT NULL REFERENCES organizations(id),
        requested_by_user_id uuid,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        decided_by_user_id uuid,
        decision_note text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    // One open request per rating at a time.
    await q.query(`CREATE UNIQUE INDEX rating_removal_requests_pending_key ON rating_removal_requests (rating_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX rating_removal_requests_status_idx ON rating_removal_requests (status, created_at)`);

    // What the tickets module told us (TicketResolvedEvent, ArbitrationRuledEvent): never read from its tables.
    await q.query(`
      CREATE TABLE rating_ticket_facts (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL,
        order_id uuid NOT NULL,
        member_id uuid NOT NULL,
        supplier_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MEMBER_FAULT','RULING')),
        against text CHECK (against IN ('MEMBER','SUPPLIER')),
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rating_ticket_facts_order_idx ON rating_ticket_facts (order_id)`);
    await q.query(`CREATE INDEX rating_ticket_facts_parties_idx ON rating_ticket_facts (member_id, supplier_id, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rating_ticket_facts', 'rating_removal_requests', 'ratings']) await q.query(`DROP TABLE ${t}`);
  }
}
