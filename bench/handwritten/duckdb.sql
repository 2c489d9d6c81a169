-- Hand-written membership of every segment in segments/, for DuckDB: what an engineer
-- who knows the schema would write. The one parameter is as_of (ISO-8601 text). Events:
-- TIMESTAMP occurred_at (UTC), JSON props (json_extract_string: `->>` binds looser than
-- comparisons in DuckDB). One pass over the events with conditional aggregation (FILTER);
-- the latest NPS score / browser with DISTINCT ON; sequences with semi-/anti-joins over
-- small per-step sets.
WITH
  params AS (
    SELECT CAST(? AS TIMESTAMP) AS as_of
  ),
  agg AS (
    SELECT
      e.user_id,
      SUM((json_extract_string(e.props, '$.amount'))::DOUBLE) FILTER (WHERE e.event = 'purchase') AS ltv,
      SUM((json_extract_string(e.props, '$.amount'))::DOUBLE) FILTER (WHERE e.event = 'purchase' AND e.occurred_at > p.as_of - interval '90 days'
                                                  AND json_extract_string(e.props, '$.currency') = 'USD') AS revenue_90d,
      COUNT(*) FILTER (WHERE e.event = 'purchase' AND e.occurred_at > p.as_of - interval '90 days') AS purchases_90d,
      COUNT(*) FILTER (WHERE e.event = 'purchase') AS purchases,
      MAX(e.occurred_at) FILTER (WHERE e.event = 'purchase') AS last_purchase,
      COUNT(*) FILTER (WHERE e.event = 'purchase' AND e.occurred_at > p.as_of - interval '365 days'
                         AND (json_extract_string(e.props, '$.amount'))::DOUBLE >= 50) AS purchases_50_365d,
      MIN(e.occurred_at) FILTER (WHERE e.event = 'purchase' AND (json_extract_string(e.props, '$.amount'))::DOUBLE >= 100) AS first_big_purchase,
      MAX(e.occurred_at) FILTER (WHERE e.event = 'login') AS last_login,
      COUNT(DISTINCT e.occurred_at::date) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '30 days') AS login_days_30d,
      COUNT(DISTINCT e.occurred_at::date) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '14 days') AS login_days_14d,
      COUNT(DISTINCT e.occurred_at::date) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '7 days') AS login_days_7d,
      COUNT(*) FILTER (WHERE e.event = 'login' AND e.occurred_at < p.as_of - interval '30 days') AS logins_before_30d,
      COUNT(*) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '30 days') AS logins_30d,
      COUNT(*) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '30 days'
                         AND e.occurred_at <= p.as_of - interval '14 days') AS logins_30d_to_14d,
      COUNT(*) FILTER (WHERE e.event = 'login' AND e.occurred_at > p.as_of - interval '14 days') AS logins_14d,
      COUNT(*) FILTER (WHERE e.event = 'feature_used' AND e.occurred_at > p.as_of - interval '30 days'
                         AND json_extract_string(e.props, '$.feature') IN ('reports', 'dashboards', 'exports')) AS core_features_30d,
      COUNT(*) FILTER (WHERE e.event = 'feature_used' AND e.occurred_at > p.as_of - interval '14 days'
                         AND json_extract_string(e.props, '$.feature') = 'exports') AS exports_14d,
      COUNT(*) FILTER (WHERE e.event = 'page_viewed' AND e.occurred_at > p.as_of - interval '7 days'
                         AND starts_with(json_extract_string(e.props, '$.path'), '/pricing')) AS pricing_views_7d,
      COUNT(*) FILTER (WHERE e.event = 'experiment_viewed' AND json_extract_string(e.props, '$.experiment') = 'checkout_v2'
                         AND json_extract_string(e.props, '$.variant') = 'B') AS checkout_v2_b,
      COUNT(*) FILTER (WHERE e.event = 'experiment_viewed' AND e.occurred_at > p.as_of - interval '30 days') AS experiments_30d,
      COUNT(*) FILTER (WHERE e.event = 'subscription_cancelled' AND e.occurred_at > p.as_of - interval '90 days'
                         AND strpos(translate(json_extract_string(e.props, '$.reason'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'price') > 0) AS price_cancels_90d,
      COUNT(*) FILTER (WHERE e.event = 'rage_click' AND e.occurred_at > p.as_of - interval '7 days') AS rage_clicks_7d,
      COUNT(*) FILTER (WHERE e.event = 'rage_click' AND e.occurred_at > p.as_of - interval '30 days'
                         AND (json_extract_string(e.props, '$.page') = '/checkout' OR starts_with(json_extract_string(e.props, '$.page'), '/checkout/'))) AS checkout_rage_30d,
      COUNT(*) FILTER (WHERE e.event = 'support_ticket_opened' AND e.occurred_at > p.as_of - interval '30 days'
                         AND json_extract_string(e.props, '$.priority') IN ('high', 'urgent')) AS urgent_tickets_30d,
      COUNT(*) FILTER (WHERE e.event = 'session_started' AND e.occurred_at > p.as_of - interval '30 days'
                         AND json_extract_string(e.props, '$.device_os') IN ('iOS', 'Android')) AS mobile_sessions_30d
    FROM analytics.events AS e, params AS p
    WHERE e.event IN ('purchase', 'login', 'feature_used', 'page_viewed', 'experiment_viewed', 'subscription_cancelled',
                      'rage_click', 'support_ticket_opened', 'session_started')
      AND e.occurred_at <= p.as_of
    GROUP BY e.user_id
  ),
  -- Latest NPS score and browser (ties at the same instant: the greatest value).
  latest_nps AS (
    SELECT DISTINCT ON (e.user_id) e.user_id, (json_extract_string(e.props, '$.score'))::DOUBLE AS nps
    FROM analytics.events AS e, params AS p
    WHERE e.event = 'nps_response' AND e.occurred_at <= p.as_of
    ORDER BY e.user_id, e.occurred_at DESC, (json_extract_string(e.props, '$.score'))::DOUBLE DESC NULLS LAST
  ),
  latest_browser AS (
    SELECT DISTINCT ON (e.user_id) e.user_id, json_extract_string(e.props, '$.browser') AS browser
    FROM analytics.events AS e, params AS p
    WHERE e.event = 'session_started' AND e.occurred_at <= p.as_of
    ORDER BY e.user_id, e.occurred_at DESC, json_extract_string(e.props, '$.browser') DESC NULLS LAST
  ),
  -- Events of the sequences.
  seq AS MATERIALIZED (
    SELECT e.user_id, e.event, e.occurred_at AS t, e.props
    FROM analytics.events AS e, params AS p
    WHERE e.event IN ('experiment_viewed', 'purchase', 'trial_started', 'subscription_started', 'add_to_cart', 'cart_viewed')
      AND e.occurred_at <= p.as_of
  ),
  purchases AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'purchase'),
  trials AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'trial_started'),
  subscriptions AS MATERIALIZED (SELECT user_id, t FROM seq WHERE event = 'subscription_started'),
  control_views AS MATERIALIZED (
    SELECT user_id, t FROM seq
    WHERE event = 'experiment_viewed' AND json_extract_string(props, '$.experiment') = 'checkout_v2' AND json_extract_string(props, '$.variant') = 'control'
  ),
  control_converted AS (
    SELECT DISTINCT x.user_id FROM control_views AS x
    WHERE EXISTS (SELECT 1 FROM purchases AS b WHERE b.user_id = x.user_id AND b.t > x.t AND b.t <= x.t + interval '7 days')
  ),
  trial_converted AS (
    SELECT DISTINCT a.user_id FROM trials AS a
    WHERE EXISTS (SELECT 1 FROM subscriptions AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + interval '14 days')
  ),
  trial_churned AS (
    SELECT DISTINCT a.user_id FROM trials AS a, params AS p
    WHERE a.t + interval '14 days' <= p.as_of
      AND NOT EXISTS (SELECT 1 FROM subscriptions AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + interval '14 days')
  ),
  cart_abandoners AS (
    SELECT DISTINCT a.user_id FROM seq AS a, params AS p
    WHERE a.event = 'add_to_cart' AND a.t > p.as_of - interval '7 days' AND a.t + interval '1 hour' <= p.as_of
      AND NOT EXISTS (SELECT 1 FROM purchases AS b WHERE b.user_id = a.user_id AND b.t > a.t AND b.t <= a.t + interval '1 hour')
  ),
  carts_viewed AS MATERIALIZED (
    SELECT a.user_id, a.t FROM seq AS a, params AS p WHERE a.event = 'cart_viewed' AND a.t > p.as_of - interval '30 days'
  ),
  carts_added AS MATERIALIZED (
    SELECT b.user_id, b.t FROM seq AS b
    WHERE b.event = 'add_to_cart'
      AND EXISTS (SELECT 1 FROM carts_viewed AS a WHERE a.user_id = b.user_id AND b.t > a.t AND b.t <= a.t + interval '1 day')
  ),
  cart_completers AS (
    SELECT DISTINCT c.user_id FROM purchases AS c
    WHERE EXISTS (SELECT 1 FROM carts_added AS b WHERE b.user_id = c.user_id AND c.t > b.t AND c.t <= b.t + interval '1 day')
  ),
  facts AS (
    SELECT
      u.id, u.country, u.age, u.plan, u.opted_in, u.email, u.tags, u.ltv_usd, u.signed_up_at,
      acc.employees, acc.industry, acc.arr, acc.hq_country,
      a.*, n.nps, b.browser,
      u.plan IN ('pro', 'enterprise') AS paid,
      COALESCE(a.logins_14d, 0) > 0 AS login_14d,
      a.last_purchase > p.as_of - interval '30 days' AS rfm_recent,
      COALESCE(a.purchases_50_365d, 0) >= 2 AS rfm_frequent,
      COALESCE(a.revenue_90d, 0) >= 500 AS rfm_big,
      n.nps <= 6 AS detractor,
      COALESCE(a.rage_clicks_7d, 0) > 0 AS rage_clicker,
      p.as_of
    FROM analytics.users AS u
    CROSS JOIN params AS p
    LEFT JOIN crm.accounts AS acc ON acc.id = u.account_id
    LEFT JOIN agg AS a ON a.user_id = u.id
    LEFT JOIN latest_nps AS n ON n.user_id = u.id
    LEFT JOIN latest_browser AS b ON b.user_id = u.id
  )
SELECT
  f.id,
  COALESCE(f.country IN ('US', 'CA') AND f.age BETWEEN 30 AND 50, false) AS na_mid_career,
  COALESCE(f.country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE') AND f.opted_in, false) AS eea_marketable,
  COALESCE(f.plan = 'enterprise', false) AS enterprise_plan,
  COALESCE(f.signed_up_at > f.as_of - interval '30 days' AND f.signed_up_at <= f.as_of, false) AS new_signups,
  COALESCE(f.paid, false) AS paid,
  COALESCE(f.plan = 'free', false) AS free,
  COALESCE(list_has_any(CAST(CAST(f.tags AS JSON) AS VARCHAR[]), ['beta', 'vip'])
           AND NOT COALESCE(right(translate(f.email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 10) = '@gmail.com', false), false) AS beta_testers,
  f.age IS NULL AND f.country IS NULL AS unprofiled,
  COALESCE(f.plan = 'enterprise' AND f.login_days_7d >= 4 AND f.core_features_30d > 0, false) AS power_users,
  COALESCE(f.login_days_30d >= 20, false) AS most_active,
  COALESCE(f.exports_14d >= 3, false) AS heavy_exporters,
  COALESCE(f.pricing_views_7d > 0 AND f.purchases = 0, false) AS pricing_curious,
  COALESCE(f.checkout_v2_b > 0, false) AS checkout_v2_variant_b,
  f.id IN (SELECT user_id FROM control_converted) AS checkout_v2_control_converted,
  COALESCE(f.experiments_30d > 0, false) AS recently_experimented,
  COALESCE(f.employees >= 1000 AND f.industry = 'fintech', false) AS enterprise_fintech,
  COALESCE(f.employees < 50 AND f.paid, false) AS smb_customers,
  COALESCE(f.arr >= 50000 AND f.hq_country IN ('DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'BE'), false) AS eea_strategic_accounts,
  COALESCE(f.logins_before_30d > 0 AND f.logins_30d = 0, false) AS churned,
  COALESCE(f.logins_30d_to_14d > 0 AND f.logins_14d = 0, false) AS inactive,
  COALESCE(f.signed_up_at > f.as_of - interval '14 days' AND f.signed_up_at <= f.as_of AND f.login_days_14d >= 2, false) AS activated_new_users,
  COALESCE(f.paid AND NOT f.login_14d, false) AS at_risk,
  f.id IN (SELECT user_id FROM trial_converted) AS trial_converted,
  f.id IN (SELECT user_id FROM trial_churned) AS trial_churned,
  COALESCE(f.price_cancels_90d > 0, false) AS price_churners,
  COALESCE(f.last_login <= f.as_of - interval '91 days' AND f.opted_in, false) AS winback_candidates,
  COALESCE(f.ltv >= 1000, false) AS high_ltv,
  COALESCE(f.purchases > 0 AND f.ltv_usd < 50, false) AS low_ltv,
  COALESCE(f.rfm_recent, false) AS rfm_recent_buyers,
  f.rfm_frequent AS rfm_frequent_buyers,
  f.rfm_big AS rfm_big_spenders,
  COALESCE(f.rfm_recent AND f.rfm_frequent AND f.rfm_big, false) AS rfm_champions,
  f.id IN (SELECT user_id FROM cart_abandoners) AS cart_abandoners,
  f.id IN (SELECT user_id FROM cart_completers) AS cart_completers,
  COALESCE(f.paid AND f.first_big_purchase >= TIMESTAMP '2025-01-01 00:00:00', false) AS new_high_value_buyers,
  COALESCE(f.purchases > 0 AND f.purchases_90d = 0, false) AS lapsed_buyers,
  COALESCE(f.nps >= 9, false) AS promoters,
  COALESCE(f.nps BETWEEN 7 AND 8, false) AS passives,
  COALESCE(f.detractor, false) AS detractors,
  f.rage_clicker AS rage_clickers,
  COALESCE(f.checkout_rage_30d >= 2, false) AS checkout_frustrated,
  COALESCE(f.urgent_tickets_30d > 0 AND (COALESCE(f.detractor, false) OR f.rage_clicker), false) AS needs_outreach,
  COALESCE(f.browser = 'Safari', false) AS safari_users,
  COALESCE(f.mobile_sessions_30d > 0, false) AS mobile_users
FROM facts AS f
ORDER BY f.id
