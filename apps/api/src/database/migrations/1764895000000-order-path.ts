import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The card order in one round trip (measured: `npm run bench`). Each module's part of the order path is a
 * function of its own, writing only that module's tables; `orders_place_card` composes them:
 * - inventory: `inventory_claim_codes`, `inventory_sell_codes` (card_codes);
 * - ledger: `ledger_post_sale` (ledger_accounts, ledger_transactions, ledger_entries);
 * - orders: `orders_place_card` (orders, order_lines, order_attempts, order_velocity).
 * Node still decides the routing order (RoutingService) and publishes the domain events afterwards, in the
 * same transaction; the rare paths (held orders, top-ups, device checks, replays) stay on the general path.
 */
export class OrderPath1764895000000 implements MigrationInterface {
  name = 'OrderPath1764895000000';

  async up(q: QueryRunner): Promise<void> {
    // An order row can then be inserted last, in its final state, after its lines and attempts.
    await q.query(`ALTER TABLE order_lines ALTER CONSTRAINT order_lines_order_id_fkey DEFERRABLE INITIALLY DEFERRED`);
    await q.query(`ALTER TABLE order_attempts ALTER CONSTRAINT order_attempts_order_id_fkey DEFERRABLE INITIALLY DEFERRED`);

    await q.query(`
      CREATE FUNCTION inventory_claim_codes(p_offer uuid, p_qty int, p_skip_locked boolean) RETURNS uuid[]
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE ids uuid[];
      BEGIN
        IF p_skip_locked THEN
          SELECT array_agg(id) INTO ids FROM (
            SELECT id FROM card_codes WHERE offer_id = p_offer AND status = 'AVAILABLE' ORDER BY created_at LIMIT p_qty FOR UPDATE SKIP LOCKED) c;
        ELSE
          SELECT array_agg(id) INTO ids FROM (
            SELECT id FROM card_codes WHERE offer_id = p_offer AND status = 'AVAILABLE' ORDER BY created_at LIMIT p_qty FOR UPDATE) c;
        END IF;
        RETURN coalesce(ids, '{}');
      END $$`);

    await q.query(`
      CREATE FUNCTION inventory_sell_codes(p_ids uuid[], p_line uuid, p_at timestamptz)
      RETURNS TABLE (id uuid, ciphertext bytea, nonce bytea, expires_at timestamptz)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY UPDATE card_codes c SET status = 'SOLD', order_line_id = p_line, sold_at = p_at
          WHERE c.id = ANY(p_ids) AND c.status = 'AVAILABLE'
          RETURNING c.id, c.ciphertext, c.nonce, c.expires_at;
      END $$`);

    await q.query(`
      CREATE FUNCTION ledger_account(p_kind text, p_org uuid) RETURNS uuid
      LANGUAGE plpgsql AS $$
      DECLARE v uuid;
      BEGIN
        SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org;
        IF v IS NULL THEN
          INSERT INTO ledger_accounts (kind, organization_id) VALUES (p_kind, p_org)
            ON CONFLICT (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000')) DO NOTHING;
          SELECT id INTO v FROM ledger_accounts WHERE kind = p_kind AND organization_id IS NOT DISTINCT FROM p_org;
        END IF;
        RETURN v;
      END $$`);

    // The member pays from its (locked) wallet, the supplier is owed its settlement, the alliance keeps the rest.
    await q.query(`
      CREATE FUNCTION ledger_post_sale(p_wallet uuid, p_supplier uuid, p_total bigint, p_settlement bigint, p_order uuid, p_reference text, p_at timestamptz)
      RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE tx uuid;
      BEGIN
        UPDATE ledger_accounts SET balance = balance - p_total WHERE id = p_wallet AND balance >= p_total;
        IF NOT FOUND THEN RAISE EXCEPTION 'wallet % cannot pay %', p_wallet, p_total USING ERRCODE = '23514'; END IF;
        INSERT INTO ledger_transactions (type, reference, order_id, created_at) VALUES ('ORDER', p_reference, p_order, p_at) RETURNING id INTO tx;
        INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at)
          SELECT tx, a, m, p_at FROM (VALUES
            (p_wallet, -p_total),
            (ledger_account('SUPPLIER_PAYABLE', p_supplier), p_settlement),
            (CASE WHEN p_total <> p_settlement THEN ledger_account('ALLIANCE_REVENUE', NULL) END, p_total - p_settlement)
          ) AS e(a, m) WHERE a IS NOT NULL;
        RETURN tx;
      END $$`);

    await q.query(`
      CREATE FUNCTION orders_place_card(
        p_member uuid, p_client_no text, p_hash text, p_sku uuid, p_qty int, p_user uuid, p_key uuid, p_at timestamptz,
        p_offers uuid[], p_positions int[], p_reasons jsonb[], p_excluded uuid[], p_excluded_reasons jsonb[],
        p_velocity_limit int, p_review_above bigint, p_unverified_cap bigint, p_today date, p_elapsed_ms numeric)
      RETURNS TABLE (
        outcome text, order_id uuid, unit_price bigint, total bigint, failure_code text, latency_ms numeric, retry_after int,
        line_id uuid, offer_id uuid, supplier_id uuid, settlement bigint, code_ids uuid[], ciphertexts bytea[], nonces bytea[], expiries timestamptz[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        s record;
        v_total bigint;
        v_wallet uuid;
        v_balance bigint;
        v record;
        v_minute timestamptz := date_trunc('minute', p_at);
        v_rate numeric;
        v_order uuid := gen_random_uuid();
        v_line uuid;
        v_ids uuid[];
        v_offer uuid; v_supplier uuid; v_settlement bigint;
        c record;
        att_offers uuid[]; att_outcomes text[]; att_positions int[]; att_reasons jsonb[];
        v_latency numeric;
        v_status text;
        v_failure text;
        v_done boolean;
      BEGIN
        IF EXISTS (SELECT 1 FROM orders WHERE member_id = p_member AND client_order_no = p_client_no) THEN
          RETURN QUERY SELECT 'EXISTS'::text, NULL::uuid, NULL::bigint, NULL::bigint, NULL::text, NULL::numeric, NULL::int,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
        END IF;
        SELECT sk.status, sk.delivery_mode, sk.unified_price INTO s FROM skus sk WHERE sk.id = p_sku;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::uuid, NULL::bigint, NULL::bigint, NULL::text, NULL::numeric, NULL::int,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
        END IF;
        v_total := s.unified_price * p_qty;
        -- Anything but a plain card sale under the review threshold takes the general path.
        IF s.status <> 'ACTIVE' OR s.delivery_mode <> 'CARD_CODE' OR v_total > p_review_above THEN
          RETURN QUERY SELECT 'FALLBACK'::text, NULL::uuid, s.unified_price, v_total, NULL::text, NULL::numeric, NULL::int,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
        END IF;
        IF v_total > p_unverified_cap AND NOT EXISTS (
          SELECT 1 FROM qualification_documents WHERE organization_id = p_member AND type = 'LEGAL_REP_ID' AND status = 'APPROVED' AND NOT superseded AND valid_to >= p_today) THEN
          RETURN QUERY SELECT 'REAL_NAME_REQUIRED'::text, NULL::uuid, s.unified_price, v_total, NULL::text, NULL::numeric, NULL::int,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
        END IF;

        -- The wallet first (a lock per member): a member's orders queue here, and are counted exactly.
        v_wallet := ledger_account('MEMBER_WALLET', p_member);
        SELECT balance INTO v_balance FROM ledger_accounts WHERE id = v_wallet FOR UPDATE;
        SELECT * INTO v FROM order_velocity WHERE member_id = p_member;
        IF FOUND THEN
          v_rate := CASE WHEN v.window_start = v_minute THEN v.count ELSE 0 END
                  + CASE WHEN v.window_start = v_minute THEN v.prev_count WHEN v.window_start = v_minute - interval '1 minute' THEN v.count ELSE 0 END
                    * (1 - extract(epoch FROM p_at - v_minute) / 60);
          IF v_rate >= p_velocity_limit THEN
            RETURN QUERY SELECT 'RATE_LIMITED'::text, NULL::uuid, s.unified_price, v_total, NULL::text, NULL::numeric,
              ceil(60 - extract(epoch FROM p_at - v_minute))::int,
              NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
            RETURN;
          END IF;
        END IF;

        IF v_balance < v_total THEN
          v_status := 'FAILED'; v_failure := 'INSUFFICIENT_BALANCE';
        ELSE
          -- Codes claimed from the offers routing named, in its order; skipping codes other orders are
          -- claiming, then (only if nobody could serve) waiting for them, so SOLD_OUT is never caused by an
          -- order about to roll back. Each offer's right to sell is checked again here.
          v_done := false;
          FOR pass IN 1..2 LOOP
            att_offers := coalesce(p_excluded, '{}'); att_outcomes := array_fill('UNAVAILABLE'::text, ARRAY[coalesce(array_length(p_excluded, 1), 0)]);
            att_positions := array_fill(NULL::int, ARRAY[coalesce(array_length(p_excluded, 1), 0)]); att_reasons := coalesce(p_excluded_reasons, '{}');
            FOR i IN 1..coalesce(array_length(p_offers, 1), 0) LOOP
              SELECT o.supplier_id, o.settlement_price INTO v_supplier, v_settlement
                FROM offers o JOIN organizations g ON g.id = o.supplier_id
               WHERE o.id = p_offers[i] AND o.sku_id = p_sku AND o.status = 'LIVE' AND g.status IN ('ACTIVE', 'PROBATION');
              IF NOT FOUND THEN
                att_offers := att_offers || p_offers[i]; att_outcomes := att_outcomes || 'UNAVAILABLE'::text;
                att_positions := att_positions || NULL::int; att_reasons := att_reasons || p_reasons[i];
                CONTINUE;
              END IF;
              v_ids := inventory_claim_codes(p_offers[i], p_qty, pass = 1);
              att_offers := att_offers || p_offers[i]; att_positions := att_positions || p_positions[i]; att_reasons := att_reasons || p_reasons[i];
              IF coalesce(array_length(v_ids, 1), 0) = p_qty THEN
                att_outcomes := att_outcomes || 'DELIVERED'::text;
                v_offer := p_offers[i];
                v_done := true;
                EXIT;
              END IF;
              att_outcomes := att_outcomes || 'NO_STOCK'::text;
            END LOOP;
            EXIT WHEN v_done;
          END LOOP;
          IF v_done THEN
            v_status := 'DELIVERED';
          ELSE
            v_status := 'FAILED'; v_failure := 'SOLD_OUT';
          END IF;
          INSERT INTO order_attempts (order_id, offer_id, outcome, position, reason, at)
            SELECT v_order, o, r, p, x, p_at FROM unnest(att_offers, att_outcomes, att_positions, att_reasons) AS u(o, r, p, x);
        END IF;

        IF v_status = 'DELIVERED' THEN
          INSERT INTO order_lines (order_id, offer_id, supplier_id, quantity, unit_settlement) VALUES (v_order, v_offer, v_supplier, p_qty, v_settlement) RETURNING id INTO v_line;
          SELECT array_agg(x.id ORDER BY x.id), array_agg(x.ciphertext ORDER BY x.id), array_agg(x.nonce ORDER BY x.id), array_agg(x.expires_at ORDER BY x.id)
            INTO code_ids, ciphertexts, nonces, expiries
            FROM inventory_sell_codes(v_ids, v_line, p_at) x;
          IF coalesce(array_length(code_ids, 1), 0) <> p_qty THEN RAISE EXCEPTION 'claimed % codes but sold %', p_qty, coalesce(array_length(code_ids, 1), 0); END IF;
          PERFORM ledger_post_sale(v_wallet, v_supplier, v_total, v_settlement * p_qty, v_order, p_client_no, p_at);
          INSERT INTO order_velocity AS ov (member_id, window_start, count, prev_count) VALUES (p_member, v_minute, 1, 0)
          ON CONFLICT (member_id) DO UPDATE SET
            prev_count = CASE WHEN ov.window_start = v_minute THEN ov.prev_count WHEN ov.window_start = v_minute - interval '1 minute' THEN ov.count ELSE 0 END,
            count = CASE WHEN ov.window_start = v_minute THEN ov.count + 1 ELSE 1 END,
            window_start = v_minute;
          v_latency := p_elapsed_ms + extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000;
        END IF;

        -- The order row last, in its final state: the idempotency key. A concurrent retry that got here first
        -- wins; this attempt is then retried as a whole and finds it.
        INSERT INTO orders (id, member_id, client_order_no, request_hash, sku_id, quantity, unit_price, total, status, failure_code,
                            placed_by_user_id, placed_by_api_key_id, placed_at, delivered_at, latency_ms)
        VALUES (v_order, p_member, p_client_no, p_hash, p_sku, p_qty, s.unified_price, v_total, v_status, v_failure, p_user, p_key, p_at,
                CASE WHEN v_status = 'DELIVERED' THEN p_at + make_interval(secs => v_latency / 1000) END, round(v_latency, 3))
        ON CONFLICT (member_id, client_order_no) DO NOTHING;
        IF NOT FOUND THEN RAISE EXCEPTION 'order % placed concurrently', p_client_no USING ERRCODE = '40001'; END IF;

        RETURN QUERY SELECT v_status, v_order, s.unified_price, v_total, v_failure, round(v_latency, 3), NULL::int,
          v_line, v_offer, v_supplier, v_settlement, code_ids, ciphertexts, nonces, expiries;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION orders_place_card`);
    await q.query(`DROP FUNCTION ledger_post_sale`);
    await q.query(`DROP FUNCTION ledger_account`);
    await q.query(`DROP FUNCTION inventory_sell_codes`);
    await q.query(`DROP FUNCTION inventory_claim_codes`);
    await q.query(`ALTER TABLE order_attempts ALTER CONSTRAINT order_attempts_order_id_fkey NOT DEFERRABLE`);
    await q.query(`ALTER TABLE order_lines ALTER CONSTRAINT order_lines_order_id_fkey NOT DEFERRABLE`);
  }
}
