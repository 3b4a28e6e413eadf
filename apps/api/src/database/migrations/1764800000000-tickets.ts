import { DEFAULT_SLA_TARGETS } from '@mengyuan/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'INVALID_CODE','CODE_ALREADY_USED','WRONG_ITEM','QUESTION','TOPUP_NOT_RECEIVED','LOST_ORDER','SYSTEM_FAULT'`;
const STATUSES = `'OPEN','IN_PROGRESS','WAITING_ON_MEMBER','ESCALATED','RESOLVED','REOPENED','CLOSED'`;

/** After-sales tickets (issue 11): tickets, their threads and resolutions, auto-rules, and the SLA clocks. */
export class Tickets1764800000000 implements MigrationInterface {
  name = 'Tickets1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // After-sales money has its own transaction types (the ledger's rules live in the database).
    await q.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_type_check`);
    await q.query(`ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_type_check CHECK (type IN ('DEPOSIT','PAYOUT','ORDER','REFUND','HOLD','RELEASE','COMPENSATION','REISSUE'))`);

    // Rows that record what was (versions, clock events) are never edited.
    await q.query(`CREATE FUNCTION sla_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);

    // Calendars: the editable head (hours, working days, dated exceptions) and an immutable snapshot per version.
    await q.query(`
      CREATE TABLE sla_calendars (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ALWAYS','BUSINESS_HOURS')),
        timezone text NOT NULL,
        workdays int[] NOT NULL,
        opens text NOT NULL,
        closes text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX sla_calendars_name_key ON sla_calendars (name)`);
    await q.query(`
      CREATE TABLE sla_calendar_exceptions (
        calendar_id uuid NOT NULL REFERENCES sla_calendars(id),
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY','WORKDAY')),
        name text,
        PRIMARY KEY (calendar_id, date)
      )`);
    await q.query(`
      CREATE TABLE sla_calendar_versions (
        calendar_id uuid NOT NULL REFERENCES sla_calendars(id),
        version int NOT NULL,
        definition jsonb NOT NULL,
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (calendar_id, version)
      )`);
    await q.query(`CREATE TRIGGER sla_calendar_versions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON sla_calendar_versions FOR EACH STATEMENT EXECUTE FUNCTION sla_append_only()`);

    // Policies: targets per tier, one immutable row per version; the highest version is in force for new clocks.
    await q.query(`
      CREATE TABLE sla_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tier text NOT NULL CHECK (tier IN ('L1','L2','L3')),
        version int NOT NULL CHECK (version > 0),
        first_response_seconds int NOT NULL CHECK (first_response_seconds > 0),
        resolution_seconds int NOT NULL CHECK (resolution_seconds >= first_response_seconds),
        calendar_id uuid NOT NULL REFERENCES sla_calendars(id),
        note text,
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        CONSTRAINT sla_policies_tier_version_key UNIQUE (tier, version)
      )`);
    await q.query(`CREATE TRIGGER sla_policies_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON sla_policies FOR EACH STATEMENT EXECUTE FUNCTION sla_append_only()`);

    // The default: a 7×24 calendar and the design's targets, so a ticket can be filed on a fresh install.
    const [{ id: always }] = (await q.query(
      `INSERT INTO sla_calendars (name, kind, timezone, workdays, opens, closes, version, created_at, updated_at)
       VALUES ('7×24', 'ALWAYS', 'Asia/Shanghai', '{1,2,3,4,5,6,7}', '00:00', '24:00', 1, now(), now()) RETURNING id`,
    )) as { id: string }[];
    await q.query(
      `INSERT INTO sla_calendar_versions (calendar_id, version, definition, created_at)
       VALUES ($1, 1, '{"kind":"ALWAYS","timezone":"Asia/Shanghai","workdays":[1,2,3,4,5,6,7],"opens":"00:00","closes":"24:00","exceptions":[]}', now())`,
      [always],
    );
    for (const [tier, t] of Object.entries(DEFAULT_SLA_TARGETS)) {
      await q.query(`INSERT INTO sla_policies (tier, version, first_response_seconds, resolution_seconds, calendar_id, note, created_at) VALUES ($1, 1, $2, $3, $4, 'default', now())`, [
        tier, t.firstResponseSeconds, t.resolutionSeconds, always,
      ]);
    }

    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint GENERATED ALWAYS AS IDENTITY,
        order_id uuid NOT NULL REFERENCES orders(id),
        order_line_id uuid NOT NULL REFERENCES order_lines(id),
        member_id uuid NOT NULL REFERENCES organizations(id),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        tier text NOT NULL CHECK (tier IN ('L1','L2')),
        level text NOT NULL CHECK (level IN ('L1','L2','L3')),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        description text NOT NULL,
        code_ids uuid[] NOT NULL DEFAULT '{}',
        cycle int NOT NULL DEFAULT 1,
        version int NOT NULL DEFAULT 1,
        opened_by_user_id uuid REFERENCES users(id),
        opened_by_api_key_id uuid REFERENCES api_keys(id),
        opened_at timestamptz NOT NULL,
        first_responded_at timestamptz,
        escalated_at timestamptz,
        resolved_at timestamptz,
        reopened_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX tickets_number_key ON tickets (number)`);
    await q.query(`CREATE INDEX tickets_supplier_idx ON tickets (supplier_id, status)`);
    await q.query(`CREATE INDEX tickets_member_idx ON tickets (member_id, opened_at DESC)`);
    await q.query(`CREATE INDEX tickets_line_idx ON tickets (order_line_id)`);
    await q.query(`CREATE INDEX tickets_resolved_idx ON tickets (resolved_at) WHERE status = 'RESOLVED'`);
    await q.query(`CREATE INDEX tickets_updated_idx ON tickets (updated_at)`);

    await q.query(`
      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets(id),
        author_kind text NOT NULL CHECK (author_kind IN ('MEMBER','SUPPLIER','ALLIANCE','SYSTEM')),
        author_organization_id uuid REFERENCES organizations(id),
        author_user_id uuid REFERENCES users(id),
        body text NOT NULL,
        internal boolean NOT NULL DEFAULT false,
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, created_at)`);

    await q.query(`
      CREATE TABLE ticket_resolutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets(id),
        cycle int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REISSUE','REFUND','COMPENSATION','REJECTED')),
        fault text NOT NULL CHECK (fault IN ('SUPPLIER','MEMBER','NONE')),
        upheld boolean NOT NULL,
        amount bigint NOT NULL DEFAULT 0 CHECK (amount >= 0),
        reason text,
        auto boolean NOT NULL DEFAULT false,
        against text CHECK (against IN ('MEMBER','SUPPLIER')),
        replaced_code_ids uuid[] NOT NULL DEFAULT '{}',
        replacement_code_ids uuid[] NOT NULL DEFAULT '{}',
        replacement_offer_id uuid REFERENCES offers(id),
        by_user_id uuid REFERENCES users(id),
        by_organization_id uuid REFERENCES organizations(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ticket_resolutions_ticket_idx ON ticket_resolutions (ticket_id, created_at)`);
    await q.query(`CREATE INDEX ticket_resolutions_auto_idx ON ticket_resolutions (by_organization_id, created_at) WHERE auto`);

    await q.query(`
      CREATE TABLE ticket_auto_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        resolution text NOT NULL CHECK (resolution IN ('REISSUE','REFUND')),
        daily_limit int NOT NULL CHECK (daily_limit BETWEEN 1 AND 1000),
        enabled boolean NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT ticket_auto_rules_supplier_category_key UNIQUE (supplier_id, category)
      )`);

    // One clock per ticket, cycle, level and metric; it pins its policy and calendar versions.
    await q.query(`
      CREATE TABLE sla_clocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets(id),
        cycle int NOT NULL,
        level text NOT NULL CHECK (level IN ('L1','L2','L3')),
        metric text NOT NULL CHECK (metric IN ('FIRST_RESPONSE','RESOLUTION')),
        policy_id uuid NOT NULL REFERENCES sla_policies(id),
        policy_version int NOT NULL,
        calendar_id uuid NOT NULL,
        calendar_version int NOT NULL,
        target_seconds int NOT NULL CHECK (target_seconds > 0),
        state text NOT NULL CHECK (state IN ('RUNNING','PAUSED','STOPPED')),
        elapsed_ms bigint NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
        running_since timestamptz,
        due_at timestamptz,
        warn_at timestamptz,
        started_at timestamptz NOT NULL,
        stopped_at timestamptz,
        met boolean,
        warned_at timestamptz,
        breached_at timestamptz,
        FOREIGN KEY (calendar_id, calendar_version) REFERENCES sla_calendar_versions (calendar_id, version),
        CONSTRAINT sla_clocks_ticket_cycle_level_metric_key UNIQUE (ticket_id, cycle, level, metric),
        CHECK ((state = 'RUNNING') = (running_since IS NOT NULL AND due_at IS NOT NULL))
      )`);
    // The sweep's two questions, answered from small partial indexes.
    await q.query(`CREATE INDEX sla_clocks_due_idx ON sla_clocks (due_at) WHERE state = 'RUNNING' AND breached_at IS NULL`);
    await q.query(`CREATE INDEX sla_clocks_warn_idx ON sla_clocks (warn_at) WHERE state = 'RUNNING' AND warned_at IS NULL AND warn_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE sla_clock_events (
        id bigserial PRIMARY KEY,
        clock_id uuid NOT NULL REFERENCES sla_clocks(id),
        type text NOT NULL CHECK (type IN ('START','PAUSE','RESUME','STOP','WARN','BREACH')),
        at timestamptz NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX sla_clock_events_clock_idx ON sla_clock_events (clock_id, id)`);
    await q.query(`CREATE TRIGGER sla_clock_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON sla_clock_events FOR EACH STATEMENT EXECUTE FUNCTION sla_append_only()`);
    // A breach is recorded once per clock and level, however many sweeps and jobs find it at once.
    await q.query(`
      CREATE TABLE sla_breaches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        clock_id uuid NOT NULL REFERENCES sla_clocks(id),
        ticket_id uuid NOT NULL REFERENCES tickets(id),
        level text NOT NULL CHECK (level IN ('L1','L2','L3')),
        metric text NOT NULL CHECK (metric IN ('FIRST_RESPONSE','RESOLUTION')),
        supplier_id uuid NOT NULL REFERENCES organizations(id),
        due_at timestamptz NOT NULL,
        breached_at timestamptz NOT NULL,
        CONSTRAINT sla_breaches_clock_level_key UNIQUE (clock_id, level)
      )`);
    await q.query(`CREATE INDEX sla_breaches_breached_idx ON sla_breaches (breached_at DESC)`);
    await q.query(`CREATE INDEX sla_breaches_supplier_idx ON sla_breaches (supplier_id, breached_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['sla_breaches', 'sla_clock_events', 'sla_clocks', 'ticket_auto_rules', 'ticket_resolutions', 'ticket_messages', 'tickets', 'sla_policies', 'sla_calendar_versions', 'sla_calendar_exceptions', 'sla_calendars']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION sla_append_only`);
    await q.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_type_check`);
    await q.query(`ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_type_check CHECK (type IN ('DEPOSIT','PAYOUT','ORDER','REFUND','HOLD','RELEASE'))`);
  }
}
