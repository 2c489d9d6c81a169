-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST(? AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_4",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_5"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."amount"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE)) AS "sum_6"
    FROM
      "seg_events_3" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."score"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
          )
        END
      ) AS "nps_response__score"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('nps_response')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      arg_max_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'present': "ev"."nps_response__score" IS NOT NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "last_value_7"
    FROM
      "seg_events_4" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN (
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started'
      )
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND (
        (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('trial_started', 'subscription_started')
        OR (
          (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
          AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_sequence_8_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'add_to_cart'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_8_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'purchase'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
  ),
  "seg_sequence_8" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_8_reached_1" AS "s"
      LEFT JOIN "seg_sequence_8_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_8_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '3600000 milliseconds'),
        FALSE
      )
  ),
  "seg_sequence_9_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'trial_started'
  ),
  "seg_sequence_9_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_9_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
  ),
  "seg_sequence_9_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_9_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
      LEFT JOIN "seg_sequence_9_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) - 1
    WHERE
      "s"."event" = 'subscription_started'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '1209600000 milliseconds')
      )
  ),
  "seg_sequence_9" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_9_reached_2" AS "s"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3",
      COALESCE("agg_1"."count_4", 0) AS "count_4",
      COALESCE("agg_1"."count_5", 0) AS "count_5",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_3"."sum_6") >= 1e-15
            AND ABS("agg_3"."sum_6") < 1000000000000000 THEN CAST(printf('%.15g', "agg_3"."sum_6") AS DOUBLE)
            ELSE "agg_3"."sum_6"
          END
        ),
        0
      ) AS "sum_6",
      "agg_4"."last_value_7" AS "last_value_7",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_8" AS "sq"
        ),
        FALSE
      ) AS "sequence_8",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_9" AS "sq"
        ),
        FALSE
      ) AS "sequence_9"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE c) = 'enterprise')
          AND ("f"."active_days_1" >= 4)
          AND ("f"."count_2" >= 1)
        ),
        FALSE
      ) AS "seg_power_users",
      COALESCE(
        (
          ("f"."count_3" >= 1)
          AND (NOT COALESCE(("f"."count_4" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_churned",
      COALESCE(("f"."sum_6" >= 1000), FALSE) AS "seg_high_ltv",
      COALESCE(("f"."last_value_7" <= 6), FALSE) AS "seg_detractors",
      COALESCE(("f"."sequence_8" = TRUE), FALSE) AS "seg_cart_abandoners",
      COALESCE(("f"."sequence_9" = TRUE), FALSE) AS "seg_trial_converted"
    FROM
      "seg_facts" AS "f"
  ),
  "seg_level_2" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          "f"."seg_power_users"
          AND (NOT COALESCE(("f"."count_5" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_at_risk"
    FROM
      "seg_level_1" AS "f"
  )
SELECT
  "f"."entity_key" AS "id",
  "f"."seg_power_users" AS "power_users",
  "f"."seg_churned" AS "churned",
  "f"."seg_at_risk" AS "at_risk",
  "f"."seg_high_ltv" AS "high_ltv",
  "f"."seg_detractors" AS "detractors",
  "f"."seg_cart_abandoners" AS "cart_abandoners",
  "f"."seg_trial_converted" AS "trial_converted"
FROM
  "seg_level_2" AS "f"
ORDER BY
  "f"."entity_key"

-- ===== power_users (select)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST(? AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE c) = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key"

-- ===== power_users (view)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
CREATE OR REPLACE VIEW "power_users" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE c) = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key";

-- ===== power_users (dbt)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE c) = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key"

-- ===== churned (select)
-- segment churned
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST(? AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== churned (view)
-- segment churned
CREATE OR REPLACE VIEW "churned" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key";

-- ===== churned (dbt)
-- segment churned
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== at_risk (select)
-- segment at_risk
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST(? AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_14d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE c) = 'enterprise')
          AND ("f"."active_days_1" >= 4)
          AND ("f"."count_2" >= 1)
        ),
        FALSE
      ) AS "seg_power_users"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_power_users"
    AND (NOT COALESCE(("f"."count_3" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== at_risk (view)
-- segment at_risk
CREATE OR REPLACE VIEW "at_risk" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_14d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE c) = 'enterprise')
          AND ("f"."active_days_1" >= 4)
          AND ("f"."count_2" >= 1)
        ),
        FALSE
      ) AS "seg_power_users"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_power_users"
    AND (NOT COALESCE(("f"."count_3" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key";

-- ===== at_risk (dbt)
-- segment at_risk
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('login')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_14d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      bit_count(
        BIT_OR(
          (
            CAST(1 AS BIGINT) << least(
              CAST("p"."as_of" AS DATE) - CAST("ev"."t" AS DATE),
              62
            )
          )
        ) FILTER(
          WHERE
            "ev"."t" > "p"."as_of_minus_7d"
        )
      ) AS "active_days_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."props" AS JSON) ->> '$."feature"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') = 'VARCHAR' THEN (CAST("e"."props" AS JSON) ->> '$."feature"')
            WHEN json_type(CAST("e"."props" AS JSON), '$."feature"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."props" AS JSON) ->> '$."feature"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."props" AS JSON) ->> '$."feature"')
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('feature_used')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg_2"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE c) = 'enterprise')
          AND ("f"."active_days_1" >= 4)
          AND ("f"."count_2" >= 1)
        ),
        FALSE
      ) AS "seg_power_users"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_power_users"
    AND (NOT COALESCE(("f"."count_3" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== high_ltv (select)
-- segment high_ltv
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST(? AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."amount"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE)) AS "sum_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_1"."sum_1") >= 1e-15
            AND ABS("agg_1"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."sum_1") AS DOUBLE)
            ELSE "agg_1"."sum_1"
          END
        ),
        0
      ) AS "sum_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sum_1" >= 1000)
ORDER BY
  "f"."entity_key"

-- ===== high_ltv (view)
-- segment high_ltv
CREATE OR REPLACE VIEW "high_ltv" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."amount"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE)) AS "sum_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_1"."sum_1") >= 1e-15
            AND ABS("agg_1"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."sum_1") AS DOUBLE)
            ELSE "agg_1"."sum_1"
          END
        ),
        0
      ) AS "sum_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sum_1" >= 1000)
ORDER BY
  "f"."entity_key";

-- ===== high_ltv (dbt)
-- segment high_ltv
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."amount"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."amount"') AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE)) AS "sum_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_1"."sum_1") >= 1e-15
            AND ABS("agg_1"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."sum_1") AS DOUBLE)
            ELSE "agg_1"."sum_1"
          END
        ),
        0
      ) AS "sum_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sum_1" >= 1000)
ORDER BY
  "f"."entity_key"

-- ===== detractors (select)
-- segment detractors
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST(? AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."score"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
          )
        END
      ) AS "nps_response__score"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('nps_response')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      arg_max_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'present': "ev"."nps_response__score" IS NOT NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "last_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."last_value_1" <= 6)
ORDER BY
  "f"."entity_key"

-- ===== detractors (view)
-- segment detractors
CREATE OR REPLACE VIEW "detractors" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."score"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
          )
        END
      ) AS "nps_response__score"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('nps_response')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      arg_max_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'present': "ev"."nps_response__score" IS NOT NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "last_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."last_value_1" <= 6)
ORDER BY
  "f"."entity_key";

-- ===== detractors (dbt)
-- segment detractors
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event",
      (
        CASE
          WHEN regexp_full_match(
            (CAST("e"."props" AS JSON) ->> '$."score"'),
            '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$'
          )
          AND isfinite(
            TRY_CAST (
              (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
            )
          ) THEN TRY_CAST (
            (CAST("e"."props" AS JSON) ->> '$."score"') AS DOUBLE
          )
        END
      ) AS "nps_response__score"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('nps_response')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      arg_max_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'present': "ev"."nps_response__score" IS NOT NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "last_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."last_value_1" <= 6)
ORDER BY
  "f"."entity_key"

-- ===== cart_abandoners (select)
-- segment cart_abandoners
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST(? AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'add_to_cart'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'purchase'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_1" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '3600000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== cart_abandoners (view)
-- segment cart_abandoners
CREATE OR REPLACE VIEW "cart_abandoners" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'add_to_cart'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'purchase'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_1" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '3600000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key";

-- ===== cart_abandoners (dbt)
-- segment cart_abandoners
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN regexp_full_match(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN CAST(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ) AS TIMESTAMP
                      ) - to_minutes(
                        (
                          CASE
                            WHEN ltrim(
                              substr("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              ltrim(
                                substr("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      ltrim(
                                        substr("seg_as_of"."as_of_text", 17),
                                        '0123456789:.'
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      replace(
                                        ltrim(
                                          substr("seg_as_of"."as_of_text", 17),
                                          '0123456789:.'
                                        ),
                                        ':',
                                        ''
                                      ),
                                      4,
                                      2
                                    ),
                                    ''
                                  ) AS INTEGER
                                ),
                                0
                              )
                            )
                          END
                        )
                      )
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                    )
                  END,
                  timezone('UTC', current_timestamp)
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'add_to_cart'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'purchase'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_1" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '3600000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== trial_converted (select)
-- segment trial_converted
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST(? AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('trial_started', 'subscription_started')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'trial_started'
  ),
  "seg_sequence_1_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_1_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
  ),
  "seg_sequence_1_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) - 1
    WHERE
      "s"."event" = 'subscription_started'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '1209600000 milliseconds')
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_2" AS "s"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== trial_converted (view)
-- segment trial_converted
CREATE OR REPLACE VIEW "trial_converted" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('trial_started', 'subscription_started')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'trial_started'
  ),
  "seg_sequence_1_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_1_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
  ),
  "seg_sequence_1_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) - 1
    WHERE
      "s"."event" = 'subscription_started'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '1209600000 milliseconds')
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_2" AS "s"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key";

-- ===== trial_converted (dbt)
-- segment trial_converted
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN regexp_full_match(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN CAST(
                    substr(
                      substr(
                        "seg_as_of"."as_of_text",
                        1,
                        length("seg_as_of"."as_of_text") - length(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          )
                        )
                      ),
                      1,
                      23
                    ) AS TIMESTAMP
                  ) - to_minutes(
                    (
                      CASE
                        WHEN ltrim(
                          substr("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          ltrim(
                            substr("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  ltrim(
                                    substr("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  replace(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    ),
                                    ':',
                                    ''
                                  ),
                                  4,
                                  2
                                ),
                                ''
                              ) AS INTEGER
                            ),
                            0
                          )
                        )
                      END
                    )
                  )
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMP
                )
              END,
              timezone('UTC', current_timestamp)
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS VARCHAR) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."user_id" AS VARCHAR) COLLATE c) AS "entity_key",
      CAST("e"."occurred_at" AS TIMESTAMP) AS "t",
      (CAST("e"."event" AS VARCHAR) COLLATE c) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('trial_started', 'subscription_started')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'trial_started'
  ),
  "seg_sequence_1_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_1_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
  ),
  "seg_sequence_1_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_1_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            (
              (epoch_us("s"."t") % 1209600000000) + 1209600000000
            ) % 1209600000000
          )
        ) // 1209600000000
      ) - 1
    WHERE
      "s"."event" = 'subscription_started'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '1209600000 milliseconds')
      )
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_reached_2" AS "s"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_1" AS "sq"
        ),
        FALSE
      ) AS "sequence_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."sequence_1" = TRUE)
ORDER BY
  "f"."entity_key"
