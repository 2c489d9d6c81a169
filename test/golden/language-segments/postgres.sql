-- ===== membership of user
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST($1 AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'purchase' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'amount'))
            WHEN 'number' THEN (
              CASE
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                  )
                ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS DOUBLE PRECISION
                )
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                  )
                ) < 2.4703282292062328e-324 THEN 0
              END
            )
            WHEN 'string' THEN CASE
              WHEN (CAST("e"."props" AS JSONB) ->> 'amount') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
                CASE
                  WHEN abs(
                    CAST(
                      (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                    )
                  ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS DOUBLE PRECISION
                  )
                  WHEN abs(
                    CAST(
                      (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                    )
                  ) < 2.4703282292062328e-324 THEN 0
                END
              )
            END
          END
        )
      END AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('login', 'purchase')
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_4",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_5",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_6"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_7"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'score'))
                  WHEN 'number' THEN (
                    CASE
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                        (CAST("e"."props" AS JSONB) -> 'score') AS DOUBLE PRECISION
                      )
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) < 2.4703282292062328e-324 THEN 0
                    END
                  )
                  WHEN 'string' THEN CASE
                    WHEN (CAST("e"."props" AS JSONB) ->> 'score') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
                      CASE
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                          (CAST("e"."props" AS JSONB) ->> 'score') AS DOUBLE PRECISION
                        )
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) < 2.4703282292062328e-324 THEN 0
                      END
                    )
                  END
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('nps_response')
              AND "e"."occurred_at" <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN (
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started'
      )
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('trial_started', 'subscription_started')
        OR (
          CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_sequence_8_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_8" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_1" AS "reached_1",
          MIN(
            CASE
              WHEN "x"."step_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_8_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND ("y"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_9_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'trial_started')
        OR ("s"."event" = 'subscription_started')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_9_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_1" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '1209600000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_9_step_1" AS "x"
  ),
  "seg_sequence_9" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_9_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."count_5", 0) AS "count_5",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_6") >= 1e-15
            AND ABS("agg"."sum_6") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_6" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_6"
          END
        ),
        0
      ) AS "sum_6",
      "ranked_1"."last_value_7" AS "last_value_7",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_8" AS "sq"
        ),
        FALSE
      ) AS "sequence_8",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST($1 AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    (("f"."attr_plan" COLLATE "C") = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key"

-- ===== churned (select)
-- segment churned
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST($1 AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST($1 AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'feature_used' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'feature'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'feature')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'feature') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      length(
        replace(
          CAST(
            CAST(
              BIT_OR(
                (
                  CAST(1 AS BIGINT) << (
                    CAST(timezone ('UTC', "p"."as_of") AS DATE) - CAST(timezone ('UTC', "ev"."t") AS DATE)
                  )
                )
              ) FILTER (
                WHERE
                  "ev"."event" = 'login'
                  AND "ev"."t" > "p"."as_of_minus_7d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          (("f"."attr_plan" COLLATE "C") = 'enterprise')
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST($1 AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'amount'))
          WHEN 'number' THEN (
            CASE
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                (CAST("e"."props" AS JSONB) -> 'amount') AS DOUBLE PRECISION
              )
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) < 2.4703282292062328e-324 THEN 0
            END
          )
          WHEN 'string' THEN CASE
            WHEN (CAST("e"."props" AS JSONB) ->> 'amount') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
              CASE
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                  (CAST("e"."props" AS JSONB) ->> 'amount') AS DOUBLE PRECISION
                )
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) < 2.4703282292062328e-324 THEN 0
              END
            )
          END
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_1") >= 1e-15
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_1" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_1"
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'amount'))
          WHEN 'number' THEN (
            CASE
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                (CAST("e"."props" AS JSONB) -> 'amount') AS DOUBLE PRECISION
              )
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) < 2.4703282292062328e-324 THEN 0
            END
          )
          WHEN 'string' THEN CASE
            WHEN (CAST("e"."props" AS JSONB) ->> 'amount') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
              CASE
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                  (CAST("e"."props" AS JSONB) ->> 'amount') AS DOUBLE PRECISION
                )
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) < 2.4703282292062328e-324 THEN 0
              END
            )
          END
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_1") >= 1e-15
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_1" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_1"
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'amount'))
          WHEN 'number' THEN (
            CASE
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                (CAST("e"."props" AS JSONB) -> 'amount') AS DOUBLE PRECISION
              )
              WHEN abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'amount') AS NUMERIC
                )
              ) < 2.4703282292062328e-324 THEN 0
            END
          )
          WHEN 'string' THEN CASE
            WHEN (CAST("e"."props" AS JSONB) ->> 'amount') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
              CASE
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                  (CAST("e"."props" AS JSONB) ->> 'amount') AS DOUBLE PRECISION
                )
                WHEN abs(
                  CAST(
                    (CAST("e"."props" AS JSONB) ->> 'amount') AS NUMERIC
                  )
                ) < 2.4703282292062328e-324 THEN 0
              END
            )
          END
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_1") >= 1e-15
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_1" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_1"
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST($1 AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'score'))
                  WHEN 'number' THEN (
                    CASE
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                        (CAST("e"."props" AS JSONB) -> 'score') AS DOUBLE PRECISION
                      )
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) < 2.4703282292062328e-324 THEN 0
                    END
                  )
                  WHEN 'string' THEN CASE
                    WHEN (CAST("e"."props" AS JSONB) ->> 'score') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
                      CASE
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                          (CAST("e"."props" AS JSONB) ->> 'score') AS DOUBLE PRECISION
                        )
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) < 2.4703282292062328e-324 THEN 0
                      END
                    )
                  END
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('nps_response')
              AND "e"."occurred_at" <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'score'))
                  WHEN 'number' THEN (
                    CASE
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                        (CAST("e"."props" AS JSONB) -> 'score') AS DOUBLE PRECISION
                      )
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) < 2.4703282292062328e-324 THEN 0
                    END
                  )
                  WHEN 'string' THEN CASE
                    WHEN (CAST("e"."props" AS JSONB) ->> 'score') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
                      CASE
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                          (CAST("e"."props" AS JSONB) ->> 'score') AS DOUBLE PRECISION
                        )
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) < 2.4703282292062328e-324 THEN 0
                      END
                    )
                  END
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('nps_response')
              AND "e"."occurred_at" <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'score'))
                  WHEN 'number' THEN (
                    CASE
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                        (CAST("e"."props" AS JSONB) -> 'score') AS DOUBLE PRECISION
                      )
                      WHEN abs(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'score') AS NUMERIC
                        )
                      ) < 2.4703282292062328e-324 THEN 0
                    END
                  )
                  WHEN 'string' THEN CASE
                    WHEN (CAST("e"."props" AS JSONB) ->> 'score') ~ '^[ \t\n\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \t\n\r]*$' THEN (
                      CASE
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(
                          (CAST("e"."props" AS JSONB) ->> 'score') AS DOUBLE PRECISION
                        )
                        WHEN abs(
                          CAST(
                            (CAST("e"."props" AS JSONB) ->> 'score') AS NUMERIC
                          )
                        ) < 2.4703282292062328e-324 THEN 0
                      END
                    )
                  END
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('nps_response')
              AND "e"."occurred_at" <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST($1 AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_1" AS "reached_1",
          MIN(
            CASE
              WHEN "x"."step_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_1_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND ("y"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_1" AS "reached_1",
          MIN(
            CASE
              WHEN "x"."step_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_1_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND ("y"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
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
                      WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                        CAST(
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
                        ) AT TIME ZONE 'UTC'
                      ) - (
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
                      ) * INTERVAL '1 minute'
                    END
                  ),
                  CASE
                    WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                      'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                    )
                  END,
                  CURRENT_TIMESTAMP
                ) AS "as_of"
              FROM
                (
                  SELECT
                    CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_1" AS "reached_1",
          MIN(
            CASE
              WHEN "x"."step_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_1_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND ("y"."t" + INTERVAL '3600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST($1 AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('trial_started', 'subscription_started')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'trial_started')
        OR ("s"."event" = 'subscription_started')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_1" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '1209600000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('trial_started', 'subscription_started')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'trial_started')
        OR ("s"."event" = 'subscription_started')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_1" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '1209600000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN "seg_as_of"."as_of_text" ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
                    CAST(
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
                    ) AT TIME ZONE 'UTC'
                  ) - (
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
                  ) * INTERVAL '1 minute'
                END
              ),
              CASE
                WHEN "seg_as_of"."as_of_text" IS NOT NULL THEN CAST(
                  'seg: as_of is no ISO-8601 time: ' || "seg_as_of"."as_of_text" AS TIMESTAMPTZ
                )
              END,
              CURRENT_TIMESTAMP
            ) AS "as_of"
          FROM
            (
              SELECT
                CAST({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS TEXT) AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('trial_started', 'subscription_started')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'trial_started')
        OR ("s"."event" = 'subscription_started')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_1_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_1" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '1209600000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
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
              CAST("t"."id" AS TEXT)
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
