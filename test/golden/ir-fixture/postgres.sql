-- ===== membership of user
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '5356800000 milliseconds') AS "as_of_minus_62d",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      END AS "purchase__amount",
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
      CAST("e"."event" AS TEXT) IN ('login', 'feature_used', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_2",
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
      ) AS "active_days_3",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_4",
      AVG(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "avg_5",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports')
          )
      ) AS "count_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ) IN ('reports')
          )
      ) AS "count_9",
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
                  AND "ev"."t" > "p"."as_of_minus_62d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_12",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_13"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_6"
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
  "seg_ranked_2" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_7"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" ASC
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
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_10_step_1" AS (
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
  "seg_sequence_10" AS (
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
          "seg_sequence_10_step_1" AS "x"
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
  "seg_sequence_11_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'add_to_cart')
        OR ("s"."event" = 'purchase')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_11_step_2" AS (
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
          ) + INTERVAL '3600000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_11_step_1" AS "x"
  ),
  "seg_sequence_11" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_11_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN "rel_account"."employees" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."employees" <> 0
            AND "rel_account"."employees" > -1e-300
            AND "rel_account"."employees" < 1e-300
            AND CAST("rel_account"."employees" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."employees" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__employees",
      CAST("ent"."email" AS TEXT) AS "attr_email",
      "ent"."signed_up_at" AS "attr_signed_up_at",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      "ent"."opted_in" AS "attr_opted_in",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."active_days_3", 0) AS "active_days_3",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_4") >= 1e-15
            AND ABS("agg"."sum_4") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_4" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_4"
          END
        ),
        0
      ) AS "sum_4",
      (
        CASE
          WHEN ABS("agg"."avg_5") >= 1e-15
          AND ABS("agg"."avg_5") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_5" AS NUMERIC) AS DOUBLE PRECISION
          )
          ELSE "agg"."avg_5"
        END
      ) AS "avg_5",
      "ranked_1"."last_value_6" AS "last_value_6",
      "ranked_2"."first_value_7" AS "first_value_7",
      COALESCE("agg"."count_8", 0) AS "count_8",
      COALESCE("agg"."count_9", 0) AS "count_9",
      COALESCE("agg"."active_days_12", 0) AS "active_days_12",
      COALESCE("agg"."active_days_13", 0) AS "active_days_13",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_10" AS "sq"
        ),
        FALSE
      ) AS "sequence_10",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_11" AS "sq"
        ),
        FALSE
      ) AS "sequence_11"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."age" AS "age",
          "t"."tags" AS "tags",
          "t"."account_id" AS "account_id",
          "t"."email" AS "email",
          "t"."signed_up_at" AS "signed_up_at",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."opted_in" AS "opted_in",
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
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."employees" AS "employees",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON CAST("rel_account"."id" AS TEXT) = CAST("ent"."account_id" AS TEXT)
      AND "rel_account"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE "C") = 'US'), FALSE) AS "seg_us_exact",
      COALESCE(
        (
          (
            translate(
              "f"."attr_country",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) = 'us'
        ),
        FALSE
      ) AS "seg_us_ci",
      COALESCE(
        (NOT COALESCE(("f"."attr_age" > 30), FALSE)),
        FALSE
      ) AS "seg_not_old",
      COALESCE(("f"."attr_age" IS NOT NULL), FALSE) AS "seg_age_set",
      COALESCE(("f"."count_1" > 0), FALSE) AS "seg_recent_login",
      COALESCE(("f"."count_1" = 4), FALSE) AS "seg_login_4_times",
      COALESCE(("f"."active_days_3" >= 3), FALSE) AS "seg_active_3_days",
      COALESCE((NOT COALESCE(("f"."count_2" > 0), FALSE)), FALSE) AS "seg_never_logged_in",
      COALESCE(("f"."sum_4" >= 150), FALSE) AS "seg_big_spender",
      COALESCE(("f"."sum_4" = 0), FALSE) AS "seg_zero_spend",
      COALESCE((NOT COALESCE(("f"."avg_5" > 0), FALSE)), FALSE) AS "seg_no_avg",
      COALESCE(("f"."last_value_6" <= 6), FALSE) AS "seg_detractor",
      COALESCE(("f"."first_value_7" <= 2), FALSE) AS "seg_first_nps_low",
      COALESCE(("f"."count_8" > 0), FALSE) AS "seg_reports",
      COALESCE(("f"."count_9" > 0), FALSE) AS "seg_reports_ci",
      COALESCE(("f"."sequence_10" = TRUE), FALSE) AS "seg_cart_abandoner",
      COALESCE(("f"."sequence_11" = TRUE), FALSE) AS "seg_cart_converted",
      COALESCE(
        (
          CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
        ),
        FALSE
      ) AS "seg_vip",
      COALESCE(
        (
          "f"."attr_tags" IS NOT NULL
          AND (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
          )
          AND (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
          )
        ),
        FALSE
      ) AS "seg_beta_and_vip",
      COALESCE(
        (
          NOT COALESCE(
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
            ),
            FALSE
          )
        ),
        FALSE
      ) AS "seg_not_vip",
      COALESCE(("f"."attr_account__employees" >= 1000), FALSE) AS "seg_big_account",
      COALESCE(
        (("f"."attr_country" COLLATE "C") IN ('US', 'CA')),
        FALSE
      ) AS "seg_north_america",
      COALESCE(
        (
          NOT COALESCE(
            (("f"."attr_country" COLLATE "C") IN ('US', 'CA')),
            FALSE
          )
        ),
        FALSE
      ) AS "seg_not_north_america",
      COALESCE(
        (
          (
            translate(
              "f"."attr_country",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) IN ('us')
        ),
        FALSE
      ) AS "seg_us_in_ci",
      COALESCE(
        (strpos(("f"."attr_email" COLLATE "C"), '@x') > 0),
        FALSE
      ) AS "seg_email_contains",
      COALESCE(
        starts_with(
          (
            translate(
              "f"."attr_email",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ),
          'bob'
        ),
        FALSE
      ) AS "seg_email_starts_ci",
      COALESCE(
        (
          right(
            (
              translate(
                "f"."attr_email",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ),
            length('.com')
          ) = '.com'
        ),
        FALSE
      ) AS "seg_email_ends_ci",
      COALESCE(
        (
          right(("f"."attr_email" COLLATE "C"), length('.COM')) = '.COM'
        ),
        FALSE
      ) AS "seg_email_ends_cs",
      COALESCE((("f"."attr_email" COLLATE "C") < 'b'), FALSE) AS "seg_before_b",
      COALESCE(
        (
          (
            translate(
              "f"."attr_email",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) = ('émile' || chr(10))
        ),
        FALSE
      ) AS "seg_ci_ascii_only",
      COALESCE(
        (
          ("f"."attr_email" COLLATE "C") = 'dave''"\--;😀 /* x */'
        ),
        FALSE
      ) AS "seg_hostile_equal",
      COALESCE(
        ("f"."attr_signed_up_at" > "p"."as_of_minus_30d"),
        FALSE
      ) AS "seg_signed_recent",
      COALESCE(
        (
          NOT COALESCE(
            ("f"."attr_signed_up_at" > "p"."as_of_minus_30d"),
            FALSE
          )
        ),
        FALSE
      ) AS "seg_not_signed_recent",
      COALESCE(
        (
          "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
        ),
        FALSE
      ) AS "seg_signed_before_2024",
      COALESCE(
        (
          CAST(
            floor(
              (
                EXTRACT(
                  EPOCH
                  FROM
                    "p"."as_of"
                ) - EXTRACT(
                  EPOCH
                  FROM
                    "f"."attr_signed_up_at"
                )
              ) / 86400
            ) AS DOUBLE PRECISION
          ) = 9
        ),
        FALSE
      ) AS "seg_days_since_9",
      COALESCE(
        (
          (
            CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF("f"."attr_age", 0)
          ) > 3.3
        ),
        FALSE
      ) AS "seg_float_division",
      COALESCE(
        (
          NOT (
            (
              CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF(("f"."attr_age" - 30), 0)
            ) IS NOT NULL
          )
        ),
        FALSE
      ) AS "seg_division_by_zero",
      COALESCE(("f"."attr_opted_in" = TRUE), FALSE) AS "seg_opted_in",
      COALESCE(
        (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE)),
        FALSE
      ) AS "seg_not_opted_in",
      COALESCE(
        (
          FALSE
          OR (("f"."attr_plan" COLLATE "C") = 'pro')
        ),
        FALSE
      ) AS "seg_or_const",
      COALESCE(("f"."active_days_12" = 3), FALSE) AS "seg_active_3_days_in_62",
      COALESCE(("f"."active_days_13" = 3), FALSE) AS "seg_active_3_days_in_63",
      COALESCE(("f"."active_days_13" = 4), FALSE) AS "seg_active_4_days_in_63",
      COALESCE(
        (("f"."attr_email" COLLATE "C") ~ '^[a-z]+@'),
        FALSE
      ) AS "seg_email_regex",
      COALESCE(
        (
          (
            translate(
              "f"."attr_email",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) ~ '^[a-z]+@'
        ),
        FALSE
      ) AS "seg_email_regex_ci",
      COALESCE(
        (
          ("f"."attr_email" COLLATE "C") ~ '[0-9]|^[A-Za-z0-9_]{5}$'
        ),
        FALSE
      ) AS "seg_email_regex_class",
      COALESCE((("f"."attr_email" COLLATE "C") ~ 'e$'), FALSE) AS "seg_email_end_anchor",
      COALESCE(
        (
          ("f"."attr_email" COLLATE "C") ~ ('e[ 	' || chr(10) || chr(13) || ']$')
        ),
        FALSE
      ) AS "seg_email_newline_at_end"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  ),
  "seg_level_2" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          "f"."seg_us_exact"
          AND (NOT "f"."seg_detractor")
        ),
        FALSE
      ) AS "seg_composed"
    FROM
      "seg_level_1" AS "f"
  )
SELECT
  "f"."entity_key" AS "id",
  "f"."seg_us_exact" AS "us_exact",
  "f"."seg_us_ci" AS "us_ci",
  "f"."seg_not_old" AS "not_old",
  "f"."seg_age_set" AS "age_set",
  "f"."seg_recent_login" AS "recent_login",
  "f"."seg_login_4_times" AS "login_4_times",
  "f"."seg_active_3_days" AS "active_3_days",
  "f"."seg_never_logged_in" AS "never_logged_in",
  "f"."seg_big_spender" AS "big_spender",
  "f"."seg_zero_spend" AS "zero_spend",
  "f"."seg_no_avg" AS "no_avg",
  "f"."seg_detractor" AS "detractor",
  "f"."seg_first_nps_low" AS "first_nps_low",
  "f"."seg_reports" AS "reports",
  "f"."seg_reports_ci" AS "reports_ci",
  "f"."seg_cart_abandoner" AS "cart_abandoner",
  "f"."seg_cart_converted" AS "cart_converted",
  "f"."seg_vip" AS "vip",
  "f"."seg_beta_and_vip" AS "beta_and_vip",
  "f"."seg_not_vip" AS "not_vip",
  "f"."seg_big_account" AS "big_account",
  "f"."seg_composed" AS "composed",
  "f"."seg_north_america" AS "north_america",
  "f"."seg_not_north_america" AS "not_north_america",
  "f"."seg_us_in_ci" AS "us_in_ci",
  "f"."seg_email_contains" AS "email_contains",
  "f"."seg_email_starts_ci" AS "email_starts_ci",
  "f"."seg_email_ends_ci" AS "email_ends_ci",
  "f"."seg_email_ends_cs" AS "email_ends_cs",
  "f"."seg_before_b" AS "before_b",
  "f"."seg_ci_ascii_only" AS "ci_ascii_only",
  "f"."seg_hostile_equal" AS "hostile_equal",
  "f"."seg_signed_recent" AS "signed_recent",
  "f"."seg_not_signed_recent" AS "not_signed_recent",
  "f"."seg_signed_before_2024" AS "signed_before_2024",
  "f"."seg_days_since_9" AS "days_since_9",
  "f"."seg_float_division" AS "float_division",
  "f"."seg_division_by_zero" AS "division_by_zero",
  "f"."seg_opted_in" AS "opted_in",
  "f"."seg_not_opted_in" AS "not_opted_in",
  "f"."seg_or_const" AS "or_const",
  "f"."seg_active_3_days_in_62" AS "active_3_days_in_62",
  "f"."seg_active_3_days_in_63" AS "active_3_days_in_63",
  "f"."seg_active_4_days_in_63" AS "active_4_days_in_63",
  "f"."seg_email_regex" AS "email_regex",
  "f"."seg_email_regex_ci" AS "email_regex_ci",
  "f"."seg_email_regex_class" AS "email_regex_class",
  "f"."seg_email_end_anchor" AS "email_end_anchor",
  "f"."seg_email_newline_at_end" AS "email_newline_at_end"
FROM
  "seg_level_2" AS "f"
ORDER BY
  "f"."entity_key"

-- ===== us_exact (select)
-- segment us_exact
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_exact (view)
-- segment us_exact
CREATE OR REPLACE VIEW "us_exact" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") = 'US')
ORDER BY
  "f"."entity_key";

-- ===== us_exact (dbt)
-- segment us_exact
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_ci (select)
-- segment us_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = 'us'
  )
ORDER BY
  "f"."entity_key"

-- ===== us_ci (view)
-- segment us_ci
CREATE OR REPLACE VIEW "us_ci" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = 'us'
  )
ORDER BY
  "f"."entity_key";

-- ===== us_ci (dbt)
-- segment us_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = 'us'
  )
ORDER BY
  "f"."entity_key"

-- ===== not_old (select)
-- segment not_old
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== not_old (view)
-- segment not_old
CREATE OR REPLACE VIEW "not_old" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== not_old (dbt)
-- segment not_old
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== age_set (select)
-- segment age_set
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key"

-- ===== age_set (view)
-- segment age_set
CREATE OR REPLACE VIEW "age_set" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key";

-- ===== age_set (dbt)
-- segment age_set
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key"

-- ===== recent_login (select)
-- segment recent_login
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== recent_login (view)
-- segment recent_login
CREATE OR REPLACE VIEW "recent_login" AS
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== recent_login (dbt)
-- segment recent_login
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== login_4_times (select)
-- segment login_4_times
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== login_4_times (view)
-- segment login_4_times
CREATE OR REPLACE VIEW "login_4_times" AS
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key";

-- ===== login_4_times (dbt)
-- segment login_4_times
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days (select)
-- segment active_3_days
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
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
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days (view)
-- segment active_3_days
CREATE OR REPLACE VIEW "active_3_days" AS
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
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
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days (dbt)
-- segment active_3_days
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
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
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
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== never_logged_in (select)
-- segment never_logged_in
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
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== never_logged_in (view)
-- segment never_logged_in
CREATE OR REPLACE VIEW "never_logged_in" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
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
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== never_logged_in (dbt)
-- segment never_logged_in
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
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== big_spender (select)
-- segment big_spender
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key"

-- ===== big_spender (view)
-- segment big_spender
CREATE OR REPLACE VIEW "big_spender" AS
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key";

-- ===== big_spender (dbt)
-- segment big_spender
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key"

-- ===== zero_spend (select)
-- segment zero_spend
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key"

-- ===== zero_spend (view)
-- segment zero_spend
CREATE OR REPLACE VIEW "zero_spend" AS
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key";

-- ===== zero_spend (dbt)
-- segment zero_spend
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key"

-- ===== no_avg (select)
-- segment no_avg
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "avg_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg"."avg_1") >= 1e-15
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_1" AS NUMERIC) AS DOUBLE PRECISION
          )
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== no_avg (view)
-- segment no_avg
CREATE OR REPLACE VIEW "no_avg" AS
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "avg_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg"."avg_1") >= 1e-15
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_1" AS NUMERIC) AS DOUBLE PRECISION
          )
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== no_avg (dbt)
-- segment no_avg
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "avg_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg"."avg_1") >= 1e-15
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_1" AS NUMERIC) AS DOUBLE PRECISION
          )
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== detractor (select)
-- segment detractor
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

-- ===== detractor (view)
-- segment detractor
CREATE OR REPLACE VIEW "detractor" AS
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

-- ===== detractor (dbt)
-- segment detractor
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

-- ===== first_nps_low (select)
-- segment first_nps_low
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
      "x"."v" AS "first_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" ASC
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
      "ranked_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key"

-- ===== first_nps_low (view)
-- segment first_nps_low
CREATE OR REPLACE VIEW "first_nps_low" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" ASC
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
      "ranked_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key";

-- ===== first_nps_low (dbt)
-- segment first_nps_low
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
      "x"."v" AS "first_value_1"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          "ev"."nps_response__score" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."nps_response__score" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."nps_response__score" ASC
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
      "ranked_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key"

-- ===== reports (select)
-- segment reports
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports (view)
-- segment reports
CREATE OR REPLACE VIEW "reports" AS
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== reports (dbt)
-- segment reports
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports_ci (select)
-- segment reports_ci
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports_ci (view)
-- segment reports_ci
CREATE OR REPLACE VIEW "reports_ci" AS
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== reports_ci (dbt)
-- segment reports_ci
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== cart_abandoner (select)
-- segment cart_abandoner
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

-- ===== cart_abandoner (view)
-- segment cart_abandoner
CREATE OR REPLACE VIEW "cart_abandoner" AS
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

-- ===== cart_abandoner (dbt)
-- segment cart_abandoner
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

-- ===== cart_converted (select)
-- segment cart_converted
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
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'add_to_cart')
        OR ("s"."event" = 'purchase')
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
          ) + INTERVAL '3600000 milliseconds'
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

-- ===== cart_converted (view)
-- segment cart_converted
CREATE OR REPLACE VIEW "cart_converted" AS
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
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'add_to_cart')
        OR ("s"."event" = 'purchase')
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
          ) + INTERVAL '3600000 milliseconds'
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

-- ===== cart_converted (dbt)
-- segment cart_converted
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
      CAST("e"."event" AS TEXT) IN ('add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'add_to_cart')
        OR ("s"."event" = 'purchase')
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
          ) + INTERVAL '3600000 milliseconds'
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

-- ===== vip (select)
-- segment vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
  )
ORDER BY
  "f"."entity_key"

-- ===== vip (view)
-- segment vip
CREATE OR REPLACE VIEW "vip" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
  )
ORDER BY
  "f"."entity_key";

-- ===== vip (dbt)
-- segment vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (select)
-- segment beta_and_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
    )
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (view)
-- segment beta_and_vip
CREATE OR REPLACE VIEW "beta_and_vip" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
    )
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== beta_and_vip (dbt)
-- segment beta_and_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
    )
    AND (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_vip (select)
-- segment not_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_vip (view)
-- segment not_vip
CREATE OR REPLACE VIEW "not_vip" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== not_vip (dbt)
-- segment not_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== big_account (select)
-- segment big_account
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "rel_account"."employees" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."employees" <> 0
            AND "rel_account"."employees" > -1e-300
            AND "rel_account"."employees" < 1e-300
            AND CAST("rel_account"."employees" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."employees" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."employees" AS "employees",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON CAST("rel_account"."id" AS TEXT) = CAST("ent"."account_id" AS TEXT)
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_account__employees" >= 1000)
ORDER BY
  "f"."entity_key"

-- ===== big_account (view)
-- segment big_account
CREATE OR REPLACE VIEW "big_account" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "rel_account"."employees" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."employees" <> 0
            AND "rel_account"."employees" > -1e-300
            AND "rel_account"."employees" < 1e-300
            AND CAST("rel_account"."employees" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."employees" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."employees" AS "employees",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON CAST("rel_account"."id" AS TEXT) = CAST("ent"."account_id" AS TEXT)
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_account__employees" >= 1000)
ORDER BY
  "f"."entity_key";

-- ===== big_account (dbt)
-- segment big_account
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "rel_account"."employees" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."employees" <> 0
            AND "rel_account"."employees" > -1e-300
            AND "rel_account"."employees" < 1e-300
            AND CAST("rel_account"."employees" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."employees" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."employees" AS "employees",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON CAST("rel_account"."id" AS TEXT) = CAST("ent"."account_id" AS TEXT)
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_account__employees" >= 1000)
ORDER BY
  "f"."entity_key"

-- ===== composed (select)
-- segment composed
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
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE "C") = 'US'), FALSE) AS "seg_us_exact",
      COALESCE(("f"."last_value_1" <= 6), FALSE) AS "seg_detractor"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_us_exact"
    AND (NOT "f"."seg_detractor")
  )
ORDER BY
  "f"."entity_key"

-- ===== composed (view)
-- segment composed
CREATE OR REPLACE VIEW "composed" AS
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
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE "C") = 'US'), FALSE) AS "seg_us_exact",
      COALESCE(("f"."last_value_1" <= 6), FALSE) AS "seg_detractor"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_us_exact"
    AND (NOT "f"."seg_detractor")
  )
ORDER BY
  "f"."entity_key";

-- ===== composed (dbt)
-- segment composed
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
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE "C") = 'US'), FALSE) AS "seg_us_exact",
      COALESCE(("f"."last_value_1" <= 6), FALSE) AS "seg_detractor"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_us_exact"
    AND (NOT "f"."seg_detractor")
  )
ORDER BY
  "f"."entity_key"

-- ===== north_america (select)
-- segment north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== north_america (view)
-- segment north_america
CREATE OR REPLACE VIEW "north_america" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
ORDER BY
  "f"."entity_key";

-- ===== north_america (dbt)
-- segment north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (select)
-- segment not_north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE "C") IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (view)
-- segment not_north_america
CREATE OR REPLACE VIEW "not_north_america" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE "C") IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== not_north_america (dbt)
-- segment not_north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE "C") IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (select)
-- segment us_in_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (view)
-- segment us_in_ci
CREATE OR REPLACE VIEW "us_in_ci" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key";

-- ===== us_in_ci (dbt)
-- segment us_in_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key"

-- ===== email_contains (select)
-- segment email_contains
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (strpos(("f"."attr_email" COLLATE "C"), '@x') > 0)
ORDER BY
  "f"."entity_key"

-- ===== email_contains (view)
-- segment email_contains
CREATE OR REPLACE VIEW "email_contains" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (strpos(("f"."attr_email" COLLATE "C"), '@x') > 0)
ORDER BY
  "f"."entity_key";

-- ===== email_contains (dbt)
-- segment email_contains
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (strpos(("f"."attr_email" COLLATE "C"), '@x') > 0)
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (select)
-- segment email_starts_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (view)
-- segment email_starts_ci
CREATE OR REPLACE VIEW "email_starts_ci" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_starts_ci (dbt)
-- segment email_starts_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (select)
-- segment email_ends_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(
      (
        translate(
          "f"."attr_email",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ),
      length('.com')
    ) = '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (view)
-- segment email_ends_ci
CREATE OR REPLACE VIEW "email_ends_ci" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(
      (
        translate(
          "f"."attr_email",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ),
      length('.com')
    ) = '.com'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_ends_ci (dbt)
-- segment email_ends_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(
      (
        translate(
          "f"."attr_email",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ),
      length('.com')
    ) = '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (select)
-- segment email_ends_cs
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(("f"."attr_email" COLLATE "C"), length('.COM')) = '.COM'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (view)
-- segment email_ends_cs
CREATE OR REPLACE VIEW "email_ends_cs" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(("f"."attr_email" COLLATE "C"), length('.COM')) = '.COM'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_ends_cs (dbt)
-- segment email_ends_cs
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    right(("f"."attr_email" COLLATE "C"), length('.COM')) = '.COM'
  )
ORDER BY
  "f"."entity_key"

-- ===== before_b (select)
-- segment before_b
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") < 'b')
ORDER BY
  "f"."entity_key"

-- ===== before_b (view)
-- segment before_b
CREATE OR REPLACE VIEW "before_b" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") < 'b')
ORDER BY
  "f"."entity_key";

-- ===== before_b (dbt)
-- segment before_b
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") < 'b')
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (select)
-- segment ci_ascii_only
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (view)
-- segment ci_ascii_only
CREATE OR REPLACE VIEW "ci_ascii_only" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key";

-- ===== ci_ascii_only (dbt)
-- segment ci_ascii_only
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (select)
-- segment hostile_equal
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (view)
-- segment hostile_equal
CREATE OR REPLACE VIEW "hostile_equal" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key";

-- ===== hostile_equal (dbt)
-- segment hostile_equal
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_recent (select)
-- segment signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key"

-- ===== signed_recent (view)
-- segment signed_recent
CREATE OR REPLACE VIEW "signed_recent" AS
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key";

-- ===== signed_recent (dbt)
-- segment signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key"

-- ===== not_signed_recent (select)
-- segment not_signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    NOT COALESCE(
      ("f"."attr_signed_up_at" > "p"."as_of_minus_30d"),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_signed_recent (view)
-- segment not_signed_recent
CREATE OR REPLACE VIEW "not_signed_recent" AS
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    NOT COALESCE(
      ("f"."attr_signed_up_at" > "p"."as_of_minus_30d"),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== not_signed_recent (dbt)
-- segment not_signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    NOT COALESCE(
      ("f"."attr_signed_up_at" > "p"."as_of_minus_30d"),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_before_2024 (select)
-- segment signed_before_2024
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_before_2024 (view)
-- segment signed_before_2024
CREATE OR REPLACE VIEW "signed_before_2024" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
  )
ORDER BY
  "f"."entity_key";

-- ===== signed_before_2024 (dbt)
-- segment signed_before_2024
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (select)
-- segment days_since_9
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    CAST(
      floor(
        (
          EXTRACT(
            EPOCH
            FROM
              "p"."as_of"
          ) - EXTRACT(
            EPOCH
            FROM
              "f"."attr_signed_up_at"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (view)
-- segment days_since_9
CREATE OR REPLACE VIEW "days_since_9" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    CAST(
      floor(
        (
          EXTRACT(
            EPOCH
            FROM
              "p"."as_of"
          ) - EXTRACT(
            EPOCH
            FROM
              "f"."attr_signed_up_at"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) = 9
  )
ORDER BY
  "f"."entity_key";

-- ===== days_since_9 (dbt)
-- segment days_since_9
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."signed_up_at" AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    CAST(
      floor(
        (
          EXTRACT(
            EPOCH
            FROM
              "p"."as_of"
          ) - EXTRACT(
            EPOCH
            FROM
              "f"."attr_signed_up_at"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (select)
-- segment float_division
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (view)
-- segment float_division
CREATE OR REPLACE VIEW "float_division" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key";

-- ===== float_division (dbt)
-- segment float_division
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (select)
-- segment division_by_zero
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (view)
-- segment division_by_zero
CREATE OR REPLACE VIEW "division_by_zero" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== division_by_zero (dbt)
-- segment division_by_zero
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN "ent"."age" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."age" <> 0
            AND "ent"."age" > -1e-300
            AND "ent"."age" < 1e-300
            AND CAST("ent"."age" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."age" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE PRECISION) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== opted_in (select)
-- segment opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== opted_in (view)
-- segment opted_in
CREATE OR REPLACE VIEW "opted_in" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key";

-- ===== opted_in (dbt)
-- segment opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== not_opted_in (select)
-- segment not_opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== not_opted_in (view)
-- segment not_opted_in
CREATE OR REPLACE VIEW "not_opted_in" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== not_opted_in (dbt)
-- segment not_opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== or_const (select)
-- segment or_const
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    FALSE
    OR (("f"."attr_plan" COLLATE "C") = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== or_const (view)
-- segment or_const
CREATE OR REPLACE VIEW "or_const" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    FALSE
    OR (("f"."attr_plan" COLLATE "C") = 'pro')
  )
ORDER BY
  "f"."entity_key";

-- ===== or_const (dbt)
-- segment or_const
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    FALSE
    OR (("f"."attr_plan" COLLATE "C") = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_62 (select)
-- segment active_3_days_in_62
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5356800000 milliseconds') AS "as_of_minus_62d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_62d"
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
                  AND "ev"."t" > "p"."as_of_minus_62d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_62 (view)
-- segment active_3_days_in_62
CREATE OR REPLACE VIEW "active_3_days_in_62" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5356800000 milliseconds') AS "as_of_minus_62d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_62d"
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
                  AND "ev"."t" > "p"."as_of_minus_62d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days_in_62 (dbt)
-- segment active_3_days_in_62
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5356800000 milliseconds') AS "as_of_minus_62d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_62d"
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
                  AND "ev"."t" > "p"."as_of_minus_62d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_63 (select)
-- segment active_3_days_in_63
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_63 (view)
-- segment active_3_days_in_63
CREATE OR REPLACE VIEW "active_3_days_in_63" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days_in_63 (dbt)
-- segment active_3_days_in_63
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_4_days_in_63 (select)
-- segment active_4_days_in_63
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== active_4_days_in_63 (view)
-- segment active_4_days_in_63
CREATE OR REPLACE VIEW "active_4_days_in_63" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key";

-- ===== active_4_days_in_63 (dbt)
-- segment active_4_days_in_63
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== email_regex (select)
-- segment email_regex
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex (view)
-- segment email_regex
CREATE OR REPLACE VIEW "email_regex" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ '^[a-z]+@')
ORDER BY
  "f"."entity_key";

-- ===== email_regex (dbt)
-- segment email_regex
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (select)
-- segment email_regex_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) ~ '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (view)
-- segment email_regex_ci
CREATE OR REPLACE VIEW "email_regex_ci" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) ~ '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_regex_ci (dbt)
-- segment email_regex_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE "C"
    ) ~ '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (select)
-- segment email_regex_class
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ '[0-9]|^[A-Za-z0-9_]{5}$'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (view)
-- segment email_regex_class
CREATE OR REPLACE VIEW "email_regex_class" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ '[0-9]|^[A-Za-z0-9_]{5}$'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_regex_class (dbt)
-- segment email_regex_class
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ '[0-9]|^[A-Za-z0-9_]{5}$'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (select)
-- segment email_end_anchor
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (view)
-- segment email_end_anchor
CREATE OR REPLACE VIEW "email_end_anchor" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ 'e$')
ORDER BY
  "f"."entity_key";

-- ===== email_end_anchor (dbt)
-- segment email_end_anchor
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE "C") ~ 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (select)
-- segment email_newline_at_end
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (view)
-- segment email_newline_at_end
CREATE OR REPLACE VIEW "email_newline_at_end" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key";

-- ===== email_newline_at_end (dbt)
-- segment email_newline_at_end
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE "C") ~ ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key"
