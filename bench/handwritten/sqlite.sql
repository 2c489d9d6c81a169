-- Hand-written membership of every segment in segments/, for SQLite: what an engineer who
-- knows the storage would write. The one parameter is as_of (ISO-8601 text). Timestamps are stored as UTC text
-- 'YYYY-MM-DD HH:MM:SS.sss', so window bounds are computed once as text and compared
-- directly; sequences convert the few events they use to integer milliseconds.
-- One pass over the events with conditional aggregation; sequences with semi-/anti-joins
-- over small per-step sets.
WITH
  params AS (
    SELECT
      strftime('%Y-%m-%d %H:%M:%f', x.iso) AS as_of,
      CAST(ROUND(unixepoch(x.iso, 'subsec') * 1000) AS INTEGER) AS as_of_ms,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-7 days') AS d7,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-14 days') AS d14,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-30 days') AS d30,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-90 days') AS d90,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-91 days') AS d91,
      strftime('%Y-%m-%d %H:%M:%f', x.iso, '-365 days') AS d365
    FROM (SELECT ? AS iso) AS x
  ),
  agg AS (
    SELECT
      e.user_id,
      SUM(CASE WHEN e.event = 'purchase' THEN CAST(json_extract(e.props, '$.amount') AS REAL) END) AS ltv,
      SUM(CASE WHEN e.event = 'purchase' AND e.occurred_at > p.d90 AND json_extract(e.props, '$.currency') = 'USD'
               THEN CAST(json_extract(e.props, '$.amount') AS REAL) END) AS revenue_90d,
      COUNT(CASE WHEN e.event = 'purchase' AND e.occurred_at > p.d90 THEN 1 END) AS purchases_90d,
      COUNT(CASE WHEN e.event = 'purchase' THEN 1 END) AS purchases,
      MAX(CASE WHEN e.event = 'purchase' THEN e.occurred_at END) AS last_purchase,
      COUNT(CASE WHEN e.event = 'purchase' AND e.occurred_at > p.d365 AND CAST(json_extract(e.props, '$.amount') AS REAL) >= 50 THEN 1 END) AS purchases_50_365d,
      MIN(CASE WHEN e.event = 'purchase' AND CAST(json_extract(e.props, '$.amount') AS REAL) >= 100 THEN e.occurred_at END) AS first_big_purchase,
      MAX(CASE WHEN e.event = 'login' THEN e.occurred_at END) AS last_login,
      COUNT(DISTINCT CASE WHEN e.event = 'login' AND e.occurred_at > p.d30 THEN substr(e.occurred_at, 1, 10) END) AS login_days_30d,
      COUNT(DISTINCT CASE WHEN e.event = 'login' AND e.occurred_at > p.d14 THEN substr(e.occurred_at, 1, 10) END) AS login_days_14d,
      COUNT(DISTINCT CASE WHEN e.event = 'login' AND e.occurred_at > p.d7 THEN substr(e.occurred_at, 1, 10) END) AS login_days_7d,
      COUNT(CASE WHEN e.event = 'login' AND e.occurred_at < p.d30 THEN 1 END) AS logins_before_30d,
      COUNT(CASE WHEN e.event = 'login' AND e.occurred_at > p.d30 THEN 1 END) AS logins_30d,
      COUNT(CASE WHEN e.event = 'login' AND e.occurred_at > p.d30 AND e.occurred_at <= p.d14 THEN 1 END) AS logins_30d_to_14d,
      COUNT(CASE WHEN e.event = 'login' AND e.occurred_at > p.d14 THEN 1 END) AS logins_14d,
      COUNT(CASE WHEN e.event = 'feature_used' AND e.occurred_at > p.d30
                  AND json_extract(e.props, '$.feature') IN ('reports', 'dashboards', 'exports') THEN 1 END) AS core_features_30d,
      COUNT(CASE WHEN e.event = 'feature_used' AND e.occurred_at > p.d14 AND json_extract(e.props, '$.feature') = 'exports' THEN 1 END) AS exports_14d,
      COUNT(CASE WHEN e.event = 'page_viewed' AND e.occurred_at > p.d7 AND substr(json_extract(e.props, '$.path'), 1, 8) = '/pricing' THEN 1 END) AS pricing_views_7d,
      COUNT(CASE WHEN e.event = 'experiment_viewed' AND json_extract(e.props, '$.experiment') = 'checkout_v2'
                  AND json_extract(e.props, '$.variant') = 'B' THEN 1 END) AS checkout_v2_b,
      COUNT(CASE WHEN e.event = 'experiment_viewed' AND e.occurred_at > p.d30 THEN 1 END) AS experiments_30d,
      COUNT(CASE WHEN e.event = 'subscription_cancelled' AND e.occurred_at > p.d90
                  AND instr(lower(json_extract(e.props, '$.reason')), 'price') > 0 THEN 1 END) AS price_cancels_90d,
      COUNT(CASE WHEN e.event = 'rage_click' AND e.occurred_at > p.d7 THEN 1 END) AS rage_clicks_7d,
      COUNT(CASE WHEN e.event = 'rage_click' AND e.occurred_at > p.d30
                  AND (json_extract(e.props, '$.page') = '/checkout' OR json_extract(e.props, '$.page') GLOB '/checkout/*') THEN 1 END) AS checkout_rage_30d,
      COUNT(CASE WHEN e.event = 'support_ticket_opened' AND e.occurred_at > p.d30
                  AND json_extract(e.props, '$.priority') IN ('high', 'urgent') THEN 1 END) AS urgent_tickets_30d,
      COUNT(CASE WHEN e.event = 'session_started' AND e.occurred_at > p.d30
                  AND json_extract(e.props, '$.device_os') IN ('iOS', 'Android') THEN 1 END) AS mobile_sessions_30d
    FROM analytics.events AS e, params AS p
    WHERE e.event IN ('purchase', 'login', 'feature_used', 'page_viewed', 'experiment_viewed', 'subscription_cancelled',
                      'rage_click', 'support_ticket_opened', 'session_started')
      AND e.occurred_at <= p.as_of
    GROUP BY e.user_id
  ),
  -- Latest NPS score and browser (ties at the same instant: the greatest value).
  latest AS (
    SELECT
      user_id,
      MAX(CASE WHEN event = 'nps_response' AND rn_nps = 1 THEN score END) AS nps,
      MAX(CASE WHEN event = 'session_started' AND rn_browser = 1 THEN browser END) AS browser
    FROM (
      SELECT
        e.user_id, e.event,
        CAST(json_extract(e.props, '$.score') AS REAL) AS score,
        json_extract(e.props, '$.browser') AS browser,
        ROW_NUMBER() OVER (PARTITION BY e.user_id, e.event ORDER BY e.occurred_at DESC, CAST(json_extract(e.props, '$.score') AS REAL) DESC) AS rn_nps,
        ROW_NUMBER() OVER (PARTITION BY e.user_id, e.event ORDER BY e.occurred_at DESC, json_extract(e.props, '$.browser') DESC) AS rn_browser
      FROM analytics.events AS e, params AS p
      WHERE e.event IN ('nps_response', 'session_started') AND e.occurred_at <= p.as_of
    )
    GROUP BY user_id
  ),
  -- Events of the sequences, times in integer milliseconds.
  seq AS MATERIALIZED (
    SELECT e.user_id, e.event, CAST(ROUND(unixepoch(e.occurred_at, 'subsec') * 1000) AS INTEGER) AS t, e.props
    FROM analytics.events AS e, params AS p
    WHERE e.event IN ('experiment_viewed', 'purchase', 'trial_started', 'subscription_started', 'add_to_cart', 'cart_viewed')
      AND e.occurred_at <= p.as_of
  ),
  purchases AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'purchase'),
  trials AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'trial_started'),
  subscriptions AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'subscription_started'),
  control_converted AS (
    SELECT DISTINCT x.user_id
    FROM seq AS x
    WHERE x.event = 'experiment_viewed'
      AND json_extract(x.props, '$.experiment') = 'checkout_v2' AND json_extract(x.props, '$.variant') = 'control'
      AND EXISTS (SELECT 1 FROM purchases AS b WHERE b.user_id = x.user_id AND b.t > x.t AND b.t <= x.t + 604800000)
  ),
  trial_converted AS (
    SELECT DISTINCT a.user_id FROM trials AS a
    WHERE EXISTS (SELECT 1 FROM subscriptions AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + 1209600000)
  ),
  trial_churned AS (
    SELECT DISTINCT a.user_id FROM trials AS a, params AS p
    WHERE a.t + 1209600000 <= p.as_of_ms
      AND NOT EXISTS (SELECT 1 FROM subscriptions AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + 1209600000)
  ),
  cart_abandoners AS (
    SELECT DISTINCT a.user_id FROM seq AS a, params AS p
    WHERE a.event = 'add_to_cart' AND a.t > p.as_of_ms - 604800000 AND a.t + 3600000 <= p.as_of_ms
      AND NOT EXISTS (SELECT 1 FROM purchases AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + 3600000)
  ),
  carts_added AS (
    SELECT b.user_id, b.t FROM seq AS b
    WHERE b.event = 'add_to_cart'
      AND EXISTS (SELECT 1 FROM seq AS a, params AS p
                  WHERE a.user_id = b.user_id AND a.event = 'cart_viewed' AND a.t > p.as_of_ms - 2592000000
                    AND b.t > a.t AND b.t <= a.t + 86400000)
  ),
  cart_completers AS (
    SELECT DISTINCT c.user_id FROM purchases AS c
    WHERE EXISTS (SELECT 1 FROM carts_added AS b WHERE b.user_id = c.user_id AND c.t > b.t AND c.t <= b.t + 86400000)
  ),
  facts AS (
    SELECT
      u.id, u.country, u.age, u.plan, u.opted_in, u.email, u.tags, u.ltv_usd, u.signed_up_at,
      acc.employees, acc.industry, acc.arr, acc.hq_country,
      a.*, l.nps, l.browser,
      u.plan IN ('pro', 'enterprise') AS paid,
      COALESCE(a.logins_14d, 0) > 0 AS login_14d,
      a.last_purchase > p.d30 AS rfm_recent,
      COALESCE(a.purchases_50_365d, 0) >= 2 AS rfm_frequent,
      COALESCE(a.revenue_90d, 0) >= 500 AS rfm_big,
      l.nps <= 6 AS detractor,
      COALESCE(a.rage_clicks_7d, 0) > 0 AS rage_clicker,
      p.as_of, p.d14, p.d30, p.d91
    FROM analytics.users AS u
    CROSS JOIN params AS p
    LEFT JOIN crm.accounts AS acc ON acc.id = u.account_id
    LEFT JOIN agg AS a ON a.user_id = u.id
    LEFT JOIN latest AS l ON l.user_id = u.id
  )
SELECT
  f.id,
  COALESCE(f.country IN ('US', 'CA') AND f.age BETWEEN 30 AND 50, 0) AS na_mid_career,
  COALESCE(f.country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE') AND f.opted_in = 1, 0) AS eea_marketable,
  COALESCE(f.plan = 'enterprise', 0) AS enterprise_plan,
  COALESCE(f.signed_up_at > f.d30 AND f.signed_up_at <= f.as_of, 0) AS new_signups,
  COALESCE(f.paid, 0) AS paid,
  COALESCE(f.plan = 'free', 0) AS free,
  COALESCE(EXISTS (SELECT 1 FROM json_each(f.tags) WHERE value IN ('beta', 'vip'))
           AND NOT COALESCE(substr(lower(f.email), -10) = '@gmail.com' AND length(f.email) >= 10, 0), 0) AS beta_testers,
  f.age IS NULL AND f.country IS NULL AS unprofiled,
  COALESCE(f.plan = 'enterprise' AND f.login_days_7d >= 4 AND f.core_features_30d > 0, 0) AS power_users,
  COALESCE(f.login_days_30d >= 20, 0) AS most_active,
  COALESCE(f.exports_14d >= 3, 0) AS heavy_exporters,
  COALESCE(f.pricing_views_7d > 0 AND f.purchases = 0, 0) AS pricing_curious,
  COALESCE(f.checkout_v2_b > 0, 0) AS checkout_v2_variant_b,
  f.id IN (SELECT user_id FROM control_converted) AS checkout_v2_control_converted,
  COALESCE(f.experiments_30d > 0, 0) AS recently_experimented,
  COALESCE(f.employees >= 1000 AND f.industry = 'fintech', 0) AS enterprise_fintech,
  COALESCE(f.employees < 50 AND f.paid, 0) AS smb_customers,
  COALESCE(f.arr >= 50000 AND f.hq_country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE'), 0) AS eea_strategic_accounts,
  COALESCE(f.logins_before_30d > 0 AND f.logins_30d = 0, 0) AS churned,
  COALESCE(f.logins_30d_to_14d > 0 AND f.logins_14d = 0, 0) AS inactive,
  COALESCE(f.signed_up_at > f.d14 AND f.signed_up_at <= f.as_of AND f.login_days_14d >= 2, 0) AS activated_new_users,
  COALESCE(f.paid AND NOT f.login_14d, 0) AS at_risk,
  f.id IN (SELECT user_id FROM trial_converted) AS trial_converted,
  f.id IN (SELECT user_id FROM trial_churned) AS trial_churned,
  COALESCE(f.price_cancels_90d > 0, 0) AS price_churners,
  COALESCE(f.last_login <= f.d91 AND f.opted_in = 1, 0) AS winback_candidates,
  COALESCE(f.ltv >= 1000, 0) AS high_ltv,
  COALESCE(f.purchases > 0 AND f.ltv_usd < 50, 0) AS low_ltv,
  COALESCE(f.rfm_recent, 0) AS rfm_recent_buyers,
  f.rfm_frequent AS rfm_frequent_buyers,
  f.rfm_big AS rfm_big_spenders,
  COALESCE(f.rfm_recent AND f.rfm_frequent AND f.rfm_big, 0) AS rfm_champions,
  f.id IN (SELECT user_id FROM cart_abandoners) AS cart_abandoners,
  f.id IN (SELECT user_id FROM cart_completers) AS cart_completers,
  COALESCE(f.paid AND f.first_big_purchase >= '2025-01-01 00:00:00.000', 0) AS new_high_value_buyers,
  COALESCE(f.purchases > 0 AND f.purchases_90d = 0, 0) AS lapsed_buyers,
  COALESCE(f.nps >= 9, 0) AS promoters,
  COALESCE(f.nps BETWEEN 7 AND 8, 0) AS passives,
  COALESCE(f.detractor, 0) AS detractors,
  f.rage_clicker AS rage_clickers,
  COALESCE(f.checkout_rage_30d >= 2, 0) AS checkout_frustrated,
  COALESCE(f.urgent_tickets_30d > 0 AND (COALESCE(f.detractor, 0) OR f.rage_clicker), 0) AS needs_outreach,
  COALESCE(f.browser = 'Safari', 0) AS safari_users,
  COALESCE(f.mobile_sessions_30d > 0, 0) AS mobile_users
FROM facts AS f
ORDER BY f.id
