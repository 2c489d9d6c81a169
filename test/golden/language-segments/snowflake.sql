-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    ? AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature",
      CASE
        WHEN "e"."event" = 'purchase' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'amount')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
              GET ("e"."props", 'amount') AS DOUBLE
            )
            WHEN TYPEOF(
              GET ("e"."props", 'amount')
            ) = 'VARCHAR'
            AND REGEXP_LIKE(
              CAST(
                GET ("e"."props", 'amount') AS VARCHAR
              ),
              '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
            ) THEN TRY_CAST(
              CAST(
                GET ("e"."props", 'amount') AS VARCHAR
              ) AS DOUBLE
            )
          END
        )
      END AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN ('login', 'purchase')
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_3",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_4",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_5",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase' THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
      ) AS "sum_6"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_events" AS (
    SELECT
      "ev".*
    FROM
      (
        SELECT
          "e"."user_id" AS "entity_key",
          "e"."occurred_at" AS "t",
          "e"."event" AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
                GET ("e"."props", 'score') AS DOUBLE
              )
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) = 'VARCHAR'
              AND REGEXP_LIKE(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ),
                '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
              ) THEN TRY_CAST(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ) AS DOUBLE
              )
            END
          ) AS "nps_response__score"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('nps_response')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'nps_response')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response' THEN "ev"."t"
        END
      ) AS "last_value_7_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response'
          AND "ev"."t" = "rk"."last_value_7_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_7"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN (
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started'
      )
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN ('trial_started', 'subscription_started')
        OR (
          "e"."event" IN ('add_to_cart', 'purchase')
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
      AND DATEADD(MILLISECOND, 3600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 3600000, "y"."t")
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          1209600000,
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
          )
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."count_5", 0) AS "count_5",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_6") >= 1e-15
            AND ABS("agg"."sum_6") < 1000000000000000 THEN ROUND(
              "agg"."sum_6",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_6"))) + (
                  CASE
                    WHEN ABS("agg"."sum_6") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_6")))) THEN 1
                    WHEN ABS("agg"."sum_6") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_6"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_6"
          END
        ),
        0
      ) AS "sum_6",
      "ranked"."last_value_7" AS "last_value_7",
      COALESCE(
        "ent"."id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_8" AS "sq"
        ),
        FALSE
      ) AS "sequence_8",
      COALESCE(
        "ent"."id" IN (
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" = 'enterprise')
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    ? AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."attr_plan" = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key"

-- ===== power_users (view)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
CREATE OR REPLACE VIEW "power_users" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."attr_plan" = 'enterprise')
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
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1",
      COALESCE("agg"."count_2", 0) AS "count_2"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ("f"."attr_plan" = 'enterprise')
    AND ("f"."active_days_1" >= 4)
    AND ("f"."count_2" >= 1)
  )
ORDER BY
  "f"."entity_key"

-- ===== churned (select)
-- segment churned
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    ? AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
CREATE OR REPLACE VIEW "churned" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    ? AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" = 'enterprise')
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
CREATE OR REPLACE VIEW "at_risk" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" = 'enterprise')
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
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'feature_used' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'feature') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'feature')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'feature') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'feature') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'feature') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login', 'feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('login')
          AND "e"."occurred_at" > "p"."as_of_minus_14d"
        )
        OR (
          "e"."event" IN ('feature_used')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" = 'enterprise')
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                ? AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
            GET ("e"."props", 'amount') AS DOUBLE
          )
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) = 'VARCHAR'
          AND REGEXP_LIKE(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ),
            '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
          ) THEN TRY_CAST(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ) AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase' THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN ROUND(
              "agg"."sum_1",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_1"))) + (
                  CASE
                    WHEN ABS("agg"."sum_1") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1")))) THEN 1
                    WHEN ABS("agg"."sum_1") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
CREATE OR REPLACE VIEW "high_ltv" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
            GET ("e"."props", 'amount') AS DOUBLE
          )
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) = 'VARCHAR'
          AND REGEXP_LIKE(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ),
            '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
          ) THEN TRY_CAST(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ) AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase' THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN ROUND(
              "agg"."sum_1",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_1"))) + (
                  CASE
                    WHEN ABS("agg"."sum_1") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1")))) THEN 1
                    WHEN ABS("agg"."sum_1") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
            GET ("e"."props", 'amount') AS DOUBLE
          )
          WHEN TYPEOF(
            GET ("e"."props", 'amount')
          ) = 'VARCHAR'
          AND REGEXP_LIKE(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ),
            '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
          ) THEN TRY_CAST(
            CAST(
              GET ("e"."props", 'amount') AS VARCHAR
            ) AS DOUBLE
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase' THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN ROUND(
              "agg"."sum_1",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_1"))) + (
                  CASE
                    WHEN ABS("agg"."sum_1") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1")))) THEN 1
                    WHEN ABS("agg"."sum_1") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_1"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."id"
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                ? AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_ranked_events" AS (
    SELECT
      "ev".*
    FROM
      (
        SELECT
          "e"."user_id" AS "entity_key",
          "e"."occurred_at" AS "t",
          "e"."event" AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
                GET ("e"."props", 'score') AS DOUBLE
              )
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) = 'VARCHAR'
              AND REGEXP_LIKE(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ),
                '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
              ) THEN TRY_CAST(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ) AS DOUBLE
              )
            END
          ) AS "nps_response__score"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('nps_response')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'nps_response')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response' THEN "ev"."t"
        END
      ) AS "last_value_1_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_1"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
CREATE OR REPLACE VIEW "detractors" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_ranked_events" AS (
    SELECT
      "ev".*
    FROM
      (
        SELECT
          "e"."user_id" AS "entity_key",
          "e"."occurred_at" AS "t",
          "e"."event" AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
                GET ("e"."props", 'score') AS DOUBLE
              )
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) = 'VARCHAR'
              AND REGEXP_LIKE(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ),
                '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
              ) THEN TRY_CAST(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ) AS DOUBLE
              )
            END
          ) AS "nps_response__score"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('nps_response')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'nps_response')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response' THEN "ev"."t"
        END
      ) AS "last_value_1_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_1"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_ranked_events" AS (
    SELECT
      "ev".*
    FROM
      (
        SELECT
          "e"."user_id" AS "entity_key",
          "e"."occurred_at" AS "t",
          "e"."event" AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CAST(
                GET ("e"."props", 'score') AS DOUBLE
              )
              WHEN TYPEOF(
                GET ("e"."props", 'score')
              ) = 'VARCHAR'
              AND REGEXP_LIKE(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ),
                '^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$'
              ) THEN TRY_CAST(
                CAST(
                  GET ("e"."props", 'score') AS VARCHAR
                ) AS DOUBLE
              )
            END
          ) AS "nps_response__score"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('nps_response')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'nps_response')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response' THEN "ev"."t"
        END
      ) AS "last_value_1_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_1"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ranked"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    ? AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('add_to_cart', 'purchase')
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
      AND DATEADD(MILLISECOND, 3600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 3600000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        "ent"."id" IN (
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
              "t"."id"
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
CREATE OR REPLACE VIEW "cart_abandoners" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('add_to_cart', 'purchase')
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
      AND DATEADD(MILLISECOND, 3600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 3600000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        "ent"."id" IN (
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
              "t"."id"
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
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN REGEXP_LIKE(
                        "seg_as_of"."as_of_text",
                        '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                      ) THEN DATEADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN LTRIM(
                              SUBSTR("seg_as_of"."as_of_text", 17),
                              '0123456789:.'
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                                      LTRIM(
                                        SUBSTR("seg_as_of"."as_of_text", 17),
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
                                        LTRIM(
                                          SUBSTR("seg_as_of"."as_of_text", 17),
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
                        ),
                        TO_TIMESTAMP_NTZ(
                          REPLACE(
                            substr(
                              substr(
                                "seg_as_of"."as_of_text",
                                1,
                                length("seg_as_of"."as_of_text") - length(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
                                    '0123456789:.'
                                  )
                                )
                              ),
                              1,
                              23
                            ),
                            'T',
                            ' '
                          )
                        )
                      )
                    END
                  ),
                  SYSDATE()
                ) AS "as_of"
              FROM
                (
                  SELECT
                    {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
                ) AS "seg_as_of"
            )
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('add_to_cart', 'purchase')
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
      AND DATEADD(MILLISECOND, 3600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 3600000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        "ent"."id" IN (
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
              "t"."id"
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                ? AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('trial_started', 'subscription_started')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          1209600000,
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
          )
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
        "ent"."id" IN (
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
              "t"."id"
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
CREATE OR REPLACE VIEW "trial_converted" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('trial_started', 'subscription_started')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          1209600000,
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
          )
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
        "ent"."id" IN (
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
              "t"."id"
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
                  WHEN REGEXP_LIKE(
                    "seg_as_of"."as_of_text",
                    '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
                  ) THEN DATEADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN LTRIM(
                          SUBSTR("seg_as_of"."as_of_text", 17),
                          '0123456789:.'
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          LTRIM(
                            SUBSTR("seg_as_of"."as_of_text", 17),
                            '0123456789:.'
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                                  LTRIM(
                                    SUBSTR("seg_as_of"."as_of_text", 17),
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
                                    LTRIM(
                                      SUBSTR("seg_as_of"."as_of_text", 17),
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
                    ),
                    TO_TIMESTAMP_NTZ(
                      REPLACE(
                        substr(
                          substr(
                            "seg_as_of"."as_of_text",
                            1,
                            length("seg_as_of"."as_of_text") - length(
                              LTRIM(
                                SUBSTR("seg_as_of"."as_of_text", 17),
                                '0123456789:.'
                              )
                            )
                          ),
                          1,
                          23
                        ),
                        'T',
                        ' '
                      )
                    )
                  )
                END
              ),
              SYSDATE()
            ) AS "as_of"
          FROM
            (
              SELECT
                {% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} AS "as_of_text"
            ) AS "seg_as_of"
        )
      ) AS "as_of"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('trial_started', 'subscription_started')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          1209600000,
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
          )
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
        "ent"."id" IN (
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
              "t"."id"
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
