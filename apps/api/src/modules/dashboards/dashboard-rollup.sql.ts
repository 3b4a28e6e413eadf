/** The measures both rollups keep, in the order of their columns. */
export const MEASURES = ['delivered', 'failed', 'supplier_failures', 'failover', 'quantity', 'gmv', 'settlement', 'refunded', 'latency_count', 'latency_sum'] as const;
const MEASURES_LIST = () => MEASURES.join(', ');
const MEASURES_SUM = () => MEASURES.map((m) => `sum(${m})`).join(', ');

/** A delivered order's latency bucket (packages/domain latencyBucket), in SQL. */
const BUCKET = (ms: string) => `CASE WHEN ${ms} IS NULL THEN NULL WHEN ${ms} <= 1 THEN 0 ELSE least(47, ceil(2 * log(2, ${ms}) - 0.000000001)::int) END`;
/** Routing's first choice did not deliver the order. */
const FAILOVER = (order: string) =>
  `EXISTS (SELECT 1 FROM order_attempts a WHERE a.order_id = ${order} AND (a.outcome IN ('NO_STOCK', 'FAILED', 'NO_CAPACITY') OR (a.outcome = 'DELIVERED' AND a.position > 1)))`;
const UPSERT = `ON CONFLICT (day, member_id, sku_id, supplier_id, delivery_mode) DO UPDATE SET
    delivered = d.delivered + EXCLUDED.delivered, failed = d.failed + EXCLUDED.failed, supplier_failures = d.supplier_failures + EXCLUDED.supplier_failures,
    failover = d.failover + EXCLUDED.failover, quantity = d.quantity + EXCLUDED.quantity, gmv = d.gmv + EXCLUDED.gmv, settlement = d.settlement + EXCLUDED.settlement,
    refunded = d.refunded + EXCLUDED.refunded, latency_count = d.latency_count + EXCLUDED.latency_count, latency_sum = d.latency_sum + EXCLUDED.latency_sum,
    latency_buckets = dashboard_add(d.latency_buckets, EXCLUDED.latency_buckets)`;

/**
 * The outcomes of a transaction's orders added to their rows in one statement, run with the transaction's other
 * deferred writes just before it commits: $1 order ids, $2 what happened (DELIVERED, FAILED, REFUNDED), $3 the
 * Shanghai day, $4 the refunded fen, $5 the refunded line. Read from the orders' own lines and attempts, which the
 * transaction has written by then; grouped first, so two orders of one row in a transaction add up.
 */
export const RECORD_OUTCOMES_SQL = `
  INSERT INTO dashboard_member_daily AS d (day, member_id, sku_id, supplier_id, delivery_mode, ${MEASURES_LIST()}, latency_buckets)
  SELECT day, member_id, sku_id, supplier_id, delivery_mode, ${MEASURES_SUM()}, dashboard_histogram(array_agg(bucket) FILTER (WHERE bucket IS NOT NULL))
    FROM (
      SELECT e.day, o.member_id, o.sku_id, l.supplier_id, s.delivery_mode, 1 AS delivered, 0 AS failed, 0 AS supplier_failures, ${FAILOVER('o.id')}::int AS failover,
             o.quantity, o.total AS gmv, coalesce(l.quantity * l.unit_settlement, 0) AS settlement, 0 AS refunded,
             (o.latency_ms IS NOT NULL)::int AS latency_count, coalesce(o.latency_ms, 0) AS latency_sum, ${BUCKET('o.latency_ms')} AS bucket
        FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bigint[], $5::uuid[]) AS e(order_id, kind, day, amount, line_id)
        JOIN orders o ON o.id = e.order_id JOIN skus s ON s.id = o.sku_id
        LEFT JOIN LATERAL (SELECT supplier_id, quantity, unit_settlement FROM order_lines WHERE order_id = o.id ORDER BY id LIMIT 1) l ON true
       WHERE e.kind = 'DELIVERED'
      UNION ALL
      SELECT e.day, o.member_id, o.sku_id, NULL, s.delivery_mode, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, NULL
        FROM unnest($1::uuid[], $2::text[], $3::date[]) AS e(order_id, kind, day)
        JOIN orders o ON o.id = e.order_id JOIN skus s ON s.id = o.sku_id
       WHERE e.kind = 'FAILED'
      UNION ALL
      SELECT e.day, o.member_id, o.sku_id, f.supplier_id, s.delivery_mode, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, NULL
        FROM unnest($1::uuid[], $2::text[], $3::date[]) AS e(order_id, kind, day)
        JOIN orders o ON o.id = e.order_id JOIN skus s ON s.id = o.sku_id
        JOIN order_attempts a ON a.order_id = o.id AND a.outcome = 'FAILED' JOIN offers f ON f.id = a.offer_id
       WHERE e.kind IN ('DELIVERED', 'FAILED')
      UNION ALL
      SELECT e.day, o.member_id, o.sku_id, coalesce(rl.supplier_id, l.supplier_id), s.delivery_mode, 0, 0, 0, 0, 0, 0, 0, e.amount, 0, 0, NULL
        FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bigint[], $5::uuid[]) AS e(order_id, kind, day, amount, line_id)
        JOIN orders o ON o.id = e.order_id JOIN skus s ON s.id = o.sku_id
        LEFT JOIN order_lines rl ON rl.id = e.line_id
        LEFT JOIN LATERAL (SELECT supplier_id FROM order_lines WHERE order_id = o.id ORDER BY id LIMIT 1) l ON true
       WHERE e.kind = 'REFUNDED'
    ) x
   GROUP BY day, member_id, sku_id, supplier_id, delivery_mode
  ${UPSERT}`;

/**
 * The dashboards' rollups rebuilt from the order facts: used by the migration that introduced them (orders
 * placed before it) and by the bench (a million generated orders). Each delivery or failure counts on the
 * Asia/Shanghai day it happened, as the event handlers count it; refunds are counted only by the handlers.
 */
export const REBUILD_MEMBER_DAILY_SQL = `
  INSERT INTO dashboard_member_daily AS d (day, member_id, sku_id, supplier_id, delivery_mode, delivered, failed, supplier_failures, failover, quantity, gmv, settlement,
                                           refunded, latency_count, latency_sum, latency_buckets)
  SELECT day, member_id, sku_id, supplier_id, delivery_mode,
         count(*) FILTER (WHERE NOT is_failed)::int, count(*) FILTER (WHERE is_failed)::int, 0, count(*) FILTER (WHERE failover AND NOT is_failed)::int,
         coalesce(sum(quantity) FILTER (WHERE NOT is_failed), 0)::int, coalesce(sum(total) FILTER (WHERE NOT is_failed), 0), coalesce(sum(settlement) FILTER (WHERE NOT is_failed), 0), 0,
         count(bucket)::int, coalesce(sum(latency_ms), 0), dashboard_histogram(array_agg(bucket) FILTER (WHERE bucket IS NOT NULL))
    FROM (
      SELECT o.member_id, o.sku_id, s.delivery_mode, l.supplier_id, o.status = 'FAILED' AS is_failed, o.total, l.quantity, l.quantity * l.unit_settlement AS settlement,
             (coalesce(o.delivered_at, o.placed_at) AT TIME ZONE 'Asia/Shanghai')::date AS day,
             o.latency_ms,
             ${BUCKET('o.latency_ms')} AS bucket,
             ${FAILOVER('o.id')} AS failover
        FROM orders o
        JOIN skus s ON s.id = o.sku_id
        LEFT JOIN LATERAL (SELECT supplier_id, quantity, unit_settlement FROM order_lines WHERE order_id = o.id ORDER BY id LIMIT 1) l ON o.status <> 'FAILED'
       WHERE o.status IN ('DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')
    ) f
   GROUP BY day, member_id, sku_id, supplier_id, delivery_mode
  ON CONFLICT (day, member_id, sku_id, supplier_id, delivery_mode) DO NOTHING`;

/** Top-up tasks a supplier failed or let expire, counted against it on the day its order ended. */
export const REBUILD_SUPPLIER_FAILURES_SQL = `
  INSERT INTO dashboard_member_daily AS d (day, member_id, sku_id, supplier_id, delivery_mode, supplier_failures, latency_buckets)
  SELECT (coalesce(o.delivered_at, o.placed_at) AT TIME ZONE 'Asia/Shanghai')::date, o.member_id, o.sku_id, t.supplier_id, 'DIRECT_TOPUP', count(*)::int, dashboard_histogram('{}')
    FROM topup_tasks t JOIN orders o ON o.id = t.order_id
   WHERE t.status IN ('FAILED', 'EXPIRED') AND o.status IN ('DELIVERED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')
   GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, member_id, sku_id, supplier_id, delivery_mode) DO UPDATE SET supplier_failures = d.supplier_failures + EXCLUDED.supplier_failures`;


/**
 * Days of the member rollup folded into the alliance-wide one (no member dimension), so the alliance's and
 * suppliers' dashboards read a few thousand rows for any range: the days after $1 (null: from the start)
 * through $2.
 */
export const COMPACT_SQL = `
  INSERT INTO dashboard_daily AS d (day, sku_id, supplier_id, delivery_mode, ${MEASURES.join(', ')}, latency_buckets)
  SELECT day, sku_id, supplier_id, delivery_mode, ${MEASURES.map((m) => `sum(${m})`).join(', ')}, dashboard_sum(latency_buckets)
    FROM dashboard_member_daily
   WHERE day > coalesce($1::date, '-infinity'::date) AND day <= $2::date
   GROUP BY day, sku_id, supplier_id, delivery_mode
  ON CONFLICT (day, sku_id, supplier_id, delivery_mode) DO UPDATE SET ${MEASURES.map((m) => `${m} = d.${m} + EXCLUDED.${m}`).join(', ')},
    latency_buckets = dashboard_add(d.latency_buckets, EXCLUDED.latency_buckets)
  RETURNING 1`;

/**
 * The folded days rolled up once more, into rollups sized by days (issue 24): the alliance's totals by day and
 * delivery mode, each SKU's sales by day (hot SKUs) and each supplier's figures by day and mode (its dashboard,
 * routing share). Each adds the days after $1 (null: from the start) through $2 of dashboard_daily, so it runs
 * right after COMPACT_SQL with the same bounds, in the same transaction.
 */
export const FOLD_ALLIANCE_DAILY_SQL = `INSERT INTO dashboard_alliance_daily AS d (day, delivery_mode, ${MEASURES.join(', ')}, latency_buckets)
   SELECT day, delivery_mode, ${MEASURES_SUM()}, dashboard_sum(latency_buckets)
     FROM dashboard_daily WHERE day > coalesce($1::date, '-infinity'::date) AND day <= $2::date
    GROUP BY day, delivery_mode
   ON CONFLICT (day, delivery_mode) DO UPDATE SET ${MEASURES.map((m) => `${m} = d.${m} + EXCLUDED.${m}`).join(', ')},
     latency_buckets = dashboard_add(d.latency_buckets, EXCLUDED.latency_buckets)`;
export const FOLD_SKU_DAILY_SQL = `INSERT INTO dashboard_sku_daily AS d (day, sku_id, delivered, quantity, gmv)
   SELECT day, sku_id, sum(delivered), sum(quantity), sum(gmv)
     FROM dashboard_daily WHERE day > coalesce($1::date, '-infinity'::date) AND day <= $2::date AND delivered > 0
    GROUP BY day, sku_id
   ON CONFLICT (day, sku_id) DO UPDATE SET delivered = d.delivered + EXCLUDED.delivered, quantity = d.quantity + EXCLUDED.quantity, gmv = d.gmv + EXCLUDED.gmv`;
export const FOLD_SUPPLIER_DAILY_SQL = `INSERT INTO dashboard_supplier_daily AS d (day, supplier_id, delivery_mode, ${MEASURES.join(', ')}, latency_buckets)
   SELECT day, supplier_id, delivery_mode, ${MEASURES_SUM()}, dashboard_sum(latency_buckets)
     FROM dashboard_daily WHERE day > coalesce($1::date, '-infinity'::date) AND day <= $2::date AND supplier_id IS NOT NULL
    GROUP BY day, supplier_id, delivery_mode
   ON CONFLICT (day, supplier_id, delivery_mode) DO UPDATE SET ${MEASURES.map((m) => `${m} = d.${m} + EXCLUDED.${m}`).join(', ')},
     latency_buckets = dashboard_add(d.latency_buckets, EXCLUDED.latency_buckets)`;
/** All three, in order (the migration and the bench). */
export const FOLD_BY_DAY_SQL = [FOLD_ALLIANCE_DAILY_SQL, FOLD_SKU_DAILY_SQL, FOLD_SUPPLIER_DAILY_SQL];

/** The rollups sized by days, emptied (a rebuild refolds them). */
export const CLEAR_BY_DAY_SQL = ['DELETE FROM dashboard_alliance_daily', 'DELETE FROM dashboard_sku_daily', 'DELETE FROM dashboard_supplier_daily'];
