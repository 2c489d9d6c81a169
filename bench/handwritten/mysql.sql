-- Hand-written membership of every segment in segments/, for MariaDB 10.11 (written in
-- syntax MySQL 8 shares, but only run on MariaDB): what an engineer who knows the schema and
-- the engine would write.
-- The one parameter is as_of (ISO-8601 text, UTC). Events: DATETIME(3) occurred_at in UTC,
-- JSON (LONGTEXT) props; every table is utf8mb4_bin.
--
-- MariaDB specifics that shape the query:
-- - A derived table cannot get an index on a TEXT column, so joining per-user derived tables
--   on the TEXT user_id is a nested loop over users x users. The per-user derived tables
--   (agg, latest, seq) are keyed by k = UNHEX(SHA2(user_id, 256)) instead, a 32-byte binary
--   digest of the key's bytes that the optimizer indexes (a ref lookup per user).
-- - utf8mb4_bin is case-sensitive but PAD SPACE ('a ' = 'a'): attribute and property values
--   are compared as bytes (CAST ... AS BINARY), which is code point order for UTF-8; event
--   names come from the schema and are compared as stored. JSON_VALUE returns NULL for a
--   missing key and for an explicit JSON null.
-- - `ignoring case` folds ASCII A-Z only: the value is converted to ascii (any other
--   character becomes a question mark, which matches no letter) and compared with
--   ascii_general_ci. LOWER() would also fold e.g. U+0130 to i.
-- - Sequences are window functions over integer microseconds relative to as_of (RANGE
--   frames need a numeric ORDER BY): `n PRECEDING AND 1 PRECEDING` is the half-open
--   interval [u - n, u), so events at the same instant never follow each other.
-- One pass over the events with conditional aggregation (login days as a bitmask); the
-- latest NPS score / browser with ROW_NUMBER; the five sequences as window frames over one
-- sort of their events.
WITH
  params AS (
    SELECT
      x.as_of,
      x.as_of - INTERVAL 7 DAY AS d7,
      x.as_of - INTERVAL 14 DAY AS d14,
      x.as_of - INTERVAL 30 DAY AS d30,
      x.as_of - INTERVAL 90 DAY AS d90,
      x.as_of - INTERVAL 91 DAY AS d91,
      x.as_of - INTERVAL 365 DAY AS d365
    FROM (SELECT CAST(REPLACE(REPLACE(?, 'T', ' '), 'Z', '') AS DATETIME(3)) AS as_of) AS x
  ),
  agg AS (
    SELECT
      UNHEX(SHA2(e.user_id, 256)) AS k,
      SUM(CASE WHEN e.event = 'purchase' THEN e.amount END) AS ltv,
      SUM(CASE WHEN e.event = 'purchase' AND e.t > p.d90 AND e.currency = 'USD' THEN e.amount END) AS revenue_90d,
      COUNT(CASE WHEN e.event = 'purchase' AND e.t > p.d90 THEN 1 END) AS purchases_90d,
      COUNT(CASE WHEN e.event = 'purchase' THEN 1 END) AS purchases,
      MAX(CASE WHEN e.event = 'purchase' THEN e.t END) AS last_purchase,
      COUNT(CASE WHEN e.event = 'purchase' AND e.t > p.d365 AND e.amount >= 50 THEN 1 END) AS purchases_50_365d,
      MIN(CASE WHEN e.event = 'purchase' AND e.amount >= 100 THEN e.t END) AS first_big_purchase,
      MAX(CASE WHEN e.event = 'login' THEN e.t END) AS last_login,
      -- Distinct UTC days with a login: a bit per day back from as_of's day (0..30 in 30
      -- days), counted with BIT_COUNT; about 0.6 s cheaper at 10k users than COUNT(DISTINCT).
      BIT_COUNT(BIT_OR(CASE WHEN e.event = 'login' AND e.t > p.d30 THEN 1 << DATEDIFF(p.as_of, e.t) END)) AS login_days_30d,
      BIT_COUNT(BIT_OR(CASE WHEN e.event = 'login' AND e.t > p.d14 THEN 1 << DATEDIFF(p.as_of, e.t) END)) AS login_days_14d,
      BIT_COUNT(BIT_OR(CASE WHEN e.event = 'login' AND e.t > p.d7 THEN 1 << DATEDIFF(p.as_of, e.t) END)) AS login_days_7d,
      COUNT(CASE WHEN e.event = 'login' AND e.t < p.d30 THEN 1 END) AS logins_before_30d,
      COUNT(CASE WHEN e.event = 'login' AND e.t > p.d30 THEN 1 END) AS logins_30d,
      COUNT(CASE WHEN e.event = 'login' AND e.t > p.d30 AND e.t <= p.d14 THEN 1 END) AS logins_30d_to_14d,
      COUNT(CASE WHEN e.event = 'login' AND e.t > p.d14 THEN 1 END) AS logins_14d,
      COUNT(CASE WHEN e.event = 'feature_used' AND e.t > p.d30
                  AND e.feature IN ('reports', 'dashboards', 'exports') THEN 1 END) AS core_features_30d,
      COUNT(CASE WHEN e.event = 'feature_used' AND e.t > p.d14 AND e.feature = 'exports' THEN 1 END) AS exports_14d,
      COUNT(CASE WHEN e.event = 'page_viewed' AND e.t > p.d7 AND e.path LIKE '/pricing%' THEN 1 END) AS pricing_views_7d,
      COUNT(CASE WHEN e.event = 'experiment_viewed' AND e.experiment = 'checkout_v2' AND e.variant = 'B' THEN 1 END) AS checkout_v2_b,
      COUNT(CASE WHEN e.event = 'experiment_viewed' AND e.t > p.d30 THEN 1 END) AS experiments_30d,
      COUNT(CASE WHEN e.event = 'subscription_cancelled' AND e.t > p.d90
                  AND CONVERT(e.reason USING ascii) COLLATE ascii_general_ci LIKE '%price%' THEN 1 END) AS price_cancels_90d,
      COUNT(CASE WHEN e.event = 'rage_click' AND e.t > p.d7 THEN 1 END) AS rage_clicks_7d,
      -- page matches "^/checkout(/|$)"
      COUNT(CASE WHEN e.event = 'rage_click' AND e.t > p.d30
                  AND (e.page = '/checkout' OR e.page LIKE '/checkout/%') THEN 1 END) AS checkout_rage_30d,
      COUNT(CASE WHEN e.event = 'support_ticket_opened' AND e.t > p.d30
                  AND e.priority IN ('high', 'urgent') THEN 1 END) AS urgent_tickets_30d,
      COUNT(CASE WHEN e.event = 'session_started' AND e.t > p.d30
                  AND e.device_os IN ('iOS', 'Android') THEN 1 END) AS mobile_sessions_30d
    FROM (
      -- Merged into the aggregation (no materialisation): each property is extracted only
      -- where a CASE branch of its event reads it.
      SELECT
        ev.user_id, ev.event, ev.occurred_at AS t,
        CAST(JSON_VALUE(ev.props, '$.amount') AS DOUBLE) AS amount,
        CAST(JSON_VALUE(ev.props, '$.currency') AS BINARY) AS currency,
        CAST(JSON_VALUE(ev.props, '$.feature') AS BINARY) AS feature,
        CAST(JSON_VALUE(ev.props, '$.path') AS BINARY) AS path,
        CAST(JSON_VALUE(ev.props, '$.experiment') AS BINARY) AS experiment,
        CAST(JSON_VALUE(ev.props, '$.variant') AS BINARY) AS variant,
        JSON_VALUE(ev.props, '$.reason') AS reason,
        CAST(JSON_VALUE(ev.props, '$.page') AS BINARY) AS page,
        CAST(JSON_VALUE(ev.props, '$.priority') AS BINARY) AS priority,
        CAST(JSON_VALUE(ev.props, '$.device_os') AS BINARY) AS device_os
      FROM analytics.events AS ev
    ) AS e
    CROSS JOIN params AS p
    WHERE e.t <= p.as_of
      -- Only the events (and, per event, only the time range) some aggregate reads.
      AND (e.event IN ('purchase', 'login', 'experiment_viewed')
           OR (e.event IN ('feature_used', 'rage_click', 'support_ticket_opened', 'session_started') AND e.t > p.d30)
           OR (e.event = 'page_viewed' AND e.t > p.d7)
           OR (e.event = 'subscription_cancelled' AND e.t > p.d90))
    GROUP BY k
  ),
  -- Latest NPS score and browser: ties at the same instant go to the greatest value, a
  -- missing value loses them (NULLs sort last in DESC order).
  latest AS (
    SELECT
      r.k,
      MAX(CASE WHEN r.event = 'nps_response' THEN r.score END) AS nps,
      MAX(CASE WHEN r.event = 'session_started' THEN r.browser END) AS browser
    FROM (
      SELECT
        x.k, x.event, x.score, x.browser,
        ROW_NUMBER() OVER (PARTITION BY x.k, x.event ORDER BY x.t DESC, x.score DESC, x.browser DESC) AS rn
      FROM (
        SELECT
          UNHEX(SHA2(e.user_id, 256)) AS k, e.event, e.occurred_at AS t,
          CASE WHEN e.event = 'nps_response' THEN CAST(JSON_VALUE(e.props, '$.score') AS DOUBLE) END AS score,
          CASE WHEN e.event = 'session_started' THEN CAST(JSON_VALUE(e.props, '$.browser') AS BINARY) END AS browser
        FROM analytics.events AS e, params AS p
        WHERE e.event IN ('nps_response', 'session_started') AND e.occurred_at <= p.as_of
      ) AS x
    ) AS r
    WHERE r.rn = 1
    GROUP BY r.k
  ),
  -- Events of the sequences, u = microseconds since as_of (<= 0). Purchases, trials and
  -- subscriptions of all time; carts of the last 30 days (cart_completers' window is on its
  -- first step, cart_abandoners' 7 days are within it); the checkout_v2 control views.
  seq_events AS (
    SELECT
      UNHEX(SHA2(e.user_id, 256)) AS k,
      TIMESTAMPDIFF(MICROSECOND, p.as_of, e.occurred_at) AS u,
      e.event = 'experiment_viewed' AS control_view,
      e.event = 'purchase' AS purchase,
      e.event = 'trial_started' AS trial,
      e.event = 'subscription_started' AS subscription,
      e.event = 'cart_viewed' AS cart_view,
      e.event = 'add_to_cart' AS cart_add
    FROM analytics.events AS e, params AS p
    WHERE e.occurred_at <= p.as_of
      AND (e.event IN ('purchase', 'trial_started', 'subscription_started')
           OR (e.event IN ('cart_viewed', 'add_to_cart') AND e.occurred_at > p.d30)
           OR (e.event = 'experiment_viewed'
               AND CAST(JSON_VALUE(e.props, '$.experiment') AS BINARY) = 'checkout_v2'
               AND CAST(JSON_VALUE(e.props, '$.variant') AS BINARY) = 'control'))
  ),
  seq_steps AS (
    SELECT
      s.*,
      -- A before this row, within D: the frame [u - D, u).
      MAX(s.control_view) OVER (w RANGE BETWEEN 604800000000 PRECEDING AND 1 PRECEDING) AS control_view_7d_before,
      MAX(s.trial) OVER (w RANGE BETWEEN 1209600000000 PRECEDING AND 1 PRECEDING) AS trial_14d_before,
      MAX(s.cart_view) OVER (w RANGE BETWEEN 86400000000 PRECEDING AND 1 PRECEDING) AS cart_view_1d_before,
      -- B after this row, within D: the frame (u, u + D].
      MAX(s.subscription) OVER (w RANGE BETWEEN 1 FOLLOWING AND 1209600000000 FOLLOWING) AS subscription_14d_after,
      MAX(s.purchase) OVER (w RANGE BETWEEN 1 FOLLOWING AND 3600000000 FOLLOWING) AS purchase_1h_after
    FROM seq_events AS s
    WINDOW w AS (PARTITION BY s.k ORDER BY s.u)
  ),
  seq AS (
    SELECT
      y.k,
      MAX(y.purchase AND y.control_view_7d_before) AS checkout_v2_control_converted,
      MAX(y.subscription AND y.trial_14d_before) AS trial_converted,
      -- then not B within 14 days: the 14 days have passed by as_of.
      MAX(y.trial AND y.u <= -1209600000000 AND NOT COALESCE(y.subscription_14d_after, FALSE)) AS trial_churned,
      MAX(y.cart_add AND y.u > -604800000000 AND y.u <= -3600000000 AND NOT COALESCE(y.purchase_1h_after, FALSE)) AS cart_abandoners,
      MAX(y.purchase AND y.cart_added_1d_before) AS cart_completers
    FROM (
      SELECT
        x.*,
        MAX(x.cart_add AND x.cart_view_1d_before) OVER (PARTITION BY x.k ORDER BY x.u
                                                        RANGE BETWEEN 86400000000 PRECEDING AND 1 PRECEDING) AS cart_added_1d_before
      FROM seq_steps AS x
    ) AS y
    GROUP BY y.k
  ),
  facts AS (
    SELECT
      u.id, u.age, u.opted_in, u.email, u.tags, u.ltv_usd, u.signed_up_at,
      CAST(u.country AS BINARY) AS country,
      CAST(u.plan AS BINARY) AS plan,
      acc.employees, acc.arr,
      CAST(acc.industry AS BINARY) AS industry,
      CAST(acc.hq_country AS BINARY) AS hq_country,
      a.login_days_30d, a.login_days_14d, a.login_days_7d, a.logins_before_30d, a.logins_30d,
      a.logins_30d_to_14d, a.logins_14d, a.core_features_30d, a.exports_14d, a.pricing_views_7d,
      a.checkout_v2_b, a.experiments_30d, a.price_cancels_90d, a.checkout_rage_30d,
      a.urgent_tickets_30d, a.mobile_sessions_30d, a.last_login, a.ltv, a.purchases, a.purchases_90d,
      a.first_big_purchase,
      l.nps, l.browser,
      s.checkout_v2_control_converted, s.trial_converted, s.trial_churned, s.cart_abandoners, s.cart_completers,
      CAST(u.plan AS BINARY) IN ('pro', 'enterprise') AS paid,
      COALESCE(a.logins_14d, 0) > 0 AS login_14d,
      a.last_purchase > p.d30 AS rfm_recent,
      COALESCE(a.purchases_50_365d, 0) >= 2 AS rfm_frequent,
      COALESCE(a.revenue_90d, 0) >= 500 AS rfm_big,
      l.nps <= 6 AS detractor,
      COALESCE(a.rage_clicks_7d, 0) > 0 AS rage_clicker,
      p.as_of, p.d14, p.d30, p.d91
    FROM analytics.users AS u
    CROSS JOIN params AS p
    -- The index on accounts.id finds the account; the byte comparison keeps 'a1 ' from
    -- matching 'a1'.
    LEFT JOIN crm.accounts AS acc
      ON acc.id = u.account_id AND CAST(acc.id AS BINARY) = CAST(u.account_id AS BINARY)
    LEFT JOIN agg AS a ON a.k = UNHEX(SHA2(u.id, 256))
    LEFT JOIN latest AS l ON l.k = UNHEX(SHA2(u.id, 256))
    LEFT JOIN seq AS s ON s.k = UNHEX(SHA2(u.id, 256))
  )
SELECT
  f.id,
  COALESCE(f.country IN ('US', 'CA') AND f.age BETWEEN 30 AND 50, FALSE) AS na_mid_career,
  COALESCE(f.country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE') AND f.opted_in, FALSE) AS eea_marketable,
  COALESCE(f.plan = 'enterprise', FALSE) AS enterprise_plan,
  COALESCE(f.signed_up_at > f.d30 AND f.signed_up_at <= f.as_of, FALSE) AS new_signups,
  COALESCE(f.paid, FALSE) AS paid,
  COALESCE(f.plan = 'free', FALSE) AS free,
  COALESCE(JSON_OVERLAPS(f.tags, '["beta", "vip"]')
           AND NOT COALESCE(CONVERT(RIGHT(f.email, 10) USING ascii) COLLATE ascii_general_ci = '@gmail.com', FALSE), FALSE) AS beta_testers,
  f.age IS NULL AND f.country IS NULL AS unprofiled,
  COALESCE(f.plan = 'enterprise' AND f.login_days_7d >= 4 AND f.core_features_30d > 0, FALSE) AS power_users,
  COALESCE(f.login_days_30d >= 20, FALSE) AS most_active,
  COALESCE(f.exports_14d >= 3, FALSE) AS heavy_exporters,
  COALESCE(f.pricing_views_7d > 0 AND f.purchases = 0, FALSE) AS pricing_curious,
  COALESCE(f.checkout_v2_b > 0, FALSE) AS checkout_v2_variant_b,
  COALESCE(f.checkout_v2_control_converted, FALSE) AS checkout_v2_control_converted,
  COALESCE(f.experiments_30d > 0, FALSE) AS recently_experimented,
  COALESCE(f.employees >= 1000 AND f.industry = 'fintech', FALSE) AS enterprise_fintech,
  COALESCE(f.employees < 50 AND f.paid, FALSE) AS smb_customers,
  COALESCE(f.arr >= 50000 AND f.hq_country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE'), FALSE) AS eea_strategic_accounts,
  COALESCE(f.logins_before_30d > 0 AND f.logins_30d = 0, FALSE) AS churned,
  COALESCE(f.logins_30d_to_14d > 0 AND f.logins_14d = 0, FALSE) AS inactive,
  COALESCE(f.signed_up_at > f.d14 AND f.signed_up_at <= f.as_of AND f.login_days_14d >= 2, FALSE) AS activated_new_users,
  COALESCE(f.paid AND NOT f.login_14d, FALSE) AS at_risk,
  COALESCE(f.trial_converted, FALSE) AS trial_converted,
  COALESCE(f.trial_churned, FALSE) AS trial_churned,
  COALESCE(f.price_cancels_90d > 0, FALSE) AS price_churners,
  COALESCE(f.last_login <= f.d91 AND f.opted_in, FALSE) AS winback_candidates,
  COALESCE(f.ltv >= 1000, FALSE) AS high_ltv,
  COALESCE(f.purchases > 0 AND f.ltv_usd < 50, FALSE) AS low_ltv,
  COALESCE(f.rfm_recent, FALSE) AS rfm_recent_buyers,
  f.rfm_frequent AS rfm_frequent_buyers,
  f.rfm_big AS rfm_big_spenders,
  COALESCE(f.rfm_recent AND f.rfm_frequent AND f.rfm_big, FALSE) AS rfm_champions,
  COALESCE(f.cart_abandoners, FALSE) AS cart_abandoners,
  COALESCE(f.cart_completers, FALSE) AS cart_completers,
  COALESCE(f.paid AND f.first_big_purchase >= TIMESTAMP '2025-01-01 00:00:00', FALSE) AS new_high_value_buyers,
  COALESCE(f.purchases > 0 AND f.purchases_90d = 0, FALSE) AS lapsed_buyers,
  COALESCE(f.nps >= 9, FALSE) AS promoters,
  COALESCE(f.nps BETWEEN 7 AND 8, FALSE) AS passives,
  COALESCE(f.detractor, FALSE) AS detractors,
  f.rage_clicker AS rage_clickers,
  COALESCE(f.checkout_rage_30d >= 2, FALSE) AS checkout_frustrated,
  COALESCE(f.urgent_tickets_30d > 0 AND (COALESCE(f.detractor, FALSE) OR f.rage_clicker), FALSE) AS needs_outreach,
  COALESCE(f.browser = 'Safari', FALSE) AS safari_users,
  COALESCE(f.mobile_sessions_30d > 0, FALSE) AS mobile_users
FROM facts AS f
ORDER BY f.id
