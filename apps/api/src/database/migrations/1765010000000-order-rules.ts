import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order path's rules in one home (issue 17): who may sell, the velocity limit and the real-name cap live in
 * SQL functions that the card order's one statement (`orders_place_card`) and the general path (routing, the
 * velocity service, qualifications) all call, so no TypeScript copy can drift from them.
 */
export class OrderRules1765010000000 implements MigrationInterface {
  name = 'OrderRules1765010000000';

  async up(q: QueryRunner): Promise<void> {
    // Who may sell (catalog): a live offer of an active or probation supplier (the routing spec checks this
    // against SELLING_SUPPLIER_STATUSES in packages/domain, which says who may list offers).
    await q.query(`
      CREATE FUNCTION catalog_can_sell(p_offer_status text, p_supplier_status text) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT p_offer_status = 'LIVE' AND p_supplier_status IN ('ACTIVE', 'PROBATION') $$`);

    // The real-name cap (qualifications): an approved, current, unexpired legal-representative identity.
    await q.query(`
      CREATE FUNCTION qualifications_real_name_verified(p_member uuid, p_today date) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM qualification_documents WHERE organization_id = p_member AND type = 'LEGAL_REP_ID'
                          AND status = 'APPROVED' AND NOT superseded AND valid_to >= p_today) $$`);

    // The velocity limit (orders): this minute's accepted orders plus the previous minute's, weighted by how much
    // of it still lies in the sliding window. NULL when one more is allowed, else the seconds until it is.
    await q.query(`
      CREATE FUNCTION orders_velocity_retry_after(p_member uuid, p_at timestamptz, p_limit int) RETURNS int
      LANGUAGE sql STABLE AS $$
        SELECT ceil(60 - extract(epoch FROM p_at - date_trunc('minute', p_at)))::int
          FROM order_velocity v
         WHERE v.member_id = p_member
           AND CASE WHEN v.window_start = date_trunc('minute', p_at) THEN v.count ELSE 0 END
             + CASE WHEN v.window_start = date_trunc('minute', p_at) THEN v.prev_count
                    WHEN v.window_start = date_trunc('minute', p_at) - interval '1 minute' THEN v.count ELSE 0 END
               * (1 - extract(epoch FROM p_at - date_trunc('minute', p_at)) / 60) >= p_limit $$`);
    await q.query(`
      CREATE FUNCTION orders_velocity_count(p_member uuid, p_at timestamptz) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO order_velocity AS ov (member_id, window_start, count, prev_count) VALUES (p_member, date_trunc('minute', p_at), 1, 0)
        ON CONFLICT (member_id) DO UPDATE SET
          prev_count = CASE WHEN ov.window_start = date_trunc('minute', p_at) THEN ov.prev_count
                            WHEN ov.window_start = date_trunc('minute', p_at) - interval '1 minute' THEN ov.count ELSE 0 END,
          count = CASE WHEN ov.window_start = date_trunc('minute', p_at) THEN ov.count + 1 ELSE 1 END,
          window_start = date_trunc('minute', p_at) $$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION orders_place_card(
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
        v_retry int;
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
        IF v_total > p_unverified_cap AND NOT qualifications_real_name_verified(p_member, p_today) THEN
          RETURN QUERY SELECT 'REAL_NAME_REQUIRED'::text, NULL::uuid, s.unified_price, v_total, NULL::text, NULL::numeric, NULL::int,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
        END IF;

        -- The wallet first (a lock per member): a member's orders queue here, and are counted exactly.
        v_wallet := ledger_account('MEMBER_WALLET', p_member);
        SELECT balance INTO v_balance FROM ledger_accounts WHERE id = v_wallet FOR UPDATE;
        v_retry := orders_velocity_retry_after(p_member, p_at, p_velocity_limit);
        IF v_retry IS NOT NULL THEN
          RETURN QUERY SELECT 'RATE_LIMITED'::text, NULL::uuid, s.unified_price, v_total, NULL::text, NULL::numeric, v_retry,
            NULL::uuid, NULL::uuid, NULL::uuid, NULL::bigint, NULL::uuid[], NULL::bytea[], NULL::bytea[], NULL::timestamptz[];
          RETURN;
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
               WHERE o.id = p_offers[i] AND o.sku_id = p_sku AND catalog_can_sell(o.status, g.status);
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
          PERFORM orders_velocity_count(p_member, p_at);
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

  async down(): Promise<void> {
    throw new Error('OrderRules1765010000000 is not reversible: restore orders_place_card from OrderPath1764895000000');
  }
}
