-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
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
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      COUNT(*) AS "count_2",
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
      ) AS "active_days_3",
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
            "ev"."t" > "p"."as_of_minus_62d"
        )
      ) AS "active_days_12",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_13"
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
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE)) AS "sum_4",
      AVG(CAST("ev"."purchase__amount" AS DOUBLE)) AS "avg_5"
    FROM
      "seg_events_2" AS "ev"
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
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      arg_max_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'present': "ev"."nps_response__score" IS NOT NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "last_value_6",
      arg_min_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'missing': "ev"."nps_response__score" IS NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "first_value_7"
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
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports')
          )
      ) AS "count_8",
      COUNT(*) FILTER(
        WHERE
          (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('reports')
          )
      ) AS "count_9"
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
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_10_reached_1" AS (
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
  "seg_sequence_10_buckets_2" AS (
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
  "seg_sequence_10" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_10_reached_1" AS "s"
      LEFT JOIN "seg_sequence_10_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_10_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
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
  "seg_sequence_11_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'add_to_cart'
  ),
  "seg_sequence_11_buckets_1" AS (
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
      "seg_sequence_11_reached_1" AS "s"
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
  "seg_sequence_11_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_11_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_11_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'purchase'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_11" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_11_reached_2" AS "s"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country",
      CAST("ent"."age" AS DOUBLE) AS "attr_age",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees",
      CAST("ent"."email" AS VARCHAR) AS "attr_email",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      ("ent"."opted_in" <> 0) AS "attr_opted_in",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."active_days_3", 0) AS "active_days_3",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_4") >= 1e-15
            AND ABS("agg_2"."sum_4") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_4") AS DOUBLE)
            ELSE "agg_2"."sum_4"
          END
        ),
        0
      ) AS "sum_4",
      (
        CASE
          WHEN ABS("agg_2"."avg_5") >= 1e-15
          AND ABS("agg_2"."avg_5") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."avg_5") AS DOUBLE)
          ELSE "agg_2"."avg_5"
        END
      ) AS "avg_5",
      "agg_3"."last_value_6" AS "last_value_6",
      "agg_3"."first_value_7" AS "first_value_7",
      COALESCE("agg_4"."count_8", 0) AS "count_8",
      COALESCE("agg_4"."count_9", 0) AS "count_9",
      COALESCE("agg_1"."active_days_12", 0) AS "active_days_12",
      COALESCE("agg_1"."active_days_13", 0) AS "active_days_13",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_10" AS "sq"
        ),
        FALSE
      ) AS "sequence_10",
      COALESCE(
        (CAST("ent"."id" AS VARCHAR) COLLATE c) IN (
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
              (CAST("t"."id" AS VARCHAR) COLLATE c)
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
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON (CAST("rel_account"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."account_id" AS VARCHAR) COLLATE c)
      AND "rel_account"."seg_key_rows" = 1
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
      COALESCE((("f"."attr_country" COLLATE c) = 'US'), FALSE) AS "seg_us_exact",
      COALESCE(
        (
          (
            translate(
              "f"."attr_country",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE c
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
        list_contains(
          list_transform(
            list_filter(
              CAST("f"."attr_tags" AS JSON[]),
              lambda x: json_type(x) = 'VARCHAR'
            ),
            lambda x: x ->> '$'
          ),
          'vip'
        ),
        FALSE
      ) AS "seg_vip",
      COALESCE(
        (
          "f"."attr_tags" IS NOT NULL
          AND list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'beta'
          )
          AND list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'vip'
          )
        ),
        FALSE
      ) AS "seg_beta_and_vip",
      COALESCE(
        (
          NOT COALESCE(
            list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'vip'
            ),
            FALSE
          )
        ),
        FALSE
      ) AS "seg_not_vip",
      COALESCE(("f"."attr_account__employees" >= 1000), FALSE) AS "seg_big_account",
      COALESCE(
        (("f"."attr_country" COLLATE c) IN ('US', 'CA')),
        FALSE
      ) AS "seg_north_america",
      COALESCE(
        (
          NOT COALESCE(
            (("f"."attr_country" COLLATE c) IN ('US', 'CA')),
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
            ) COLLATE c
          ) IN ('us')
        ),
        FALSE
      ) AS "seg_us_in_ci",
      COALESCE(
        contains(("f"."attr_email" COLLATE c), '@x'),
        FALSE
      ) AS "seg_email_contains",
      COALESCE(
        starts_with(
          (
            translate(
              "f"."attr_email",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE c
          ),
          'bob'
        ),
        FALSE
      ) AS "seg_email_starts_ci",
      COALESCE(
        ends_with(
          translate(
            "f"."attr_email",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          '.com'
        ),
        FALSE
      ) AS "seg_email_ends_ci",
      COALESCE(ends_with("f"."attr_email", '.COM'), FALSE) AS "seg_email_ends_cs",
      COALESCE((("f"."attr_email" COLLATE c) < 'b'), FALSE) AS "seg_before_b",
      COALESCE(
        (
          (
            translate(
              "f"."attr_email",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE c
          ) = ('émile' || chr(10))
        ),
        FALSE
      ) AS "seg_ci_ascii_only",
      COALESCE(
        (
          ("f"."attr_email" COLLATE c) = 'dave''"\--;😀 /* x */'
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
          "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
        ),
        FALSE
      ) AS "seg_signed_before_2024",
      COALESCE(
        (
          floor(
            (
              epoch_us("p"."as_of") - epoch_us("f"."attr_signed_up_at")
            ) / 86400000000
          ) = 9
        ),
        FALSE
      ) AS "seg_days_since_9",
      COALESCE(
        (
          (
            CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF("f"."attr_age", 0)
          ) > 3.3
        ),
        FALSE
      ) AS "seg_float_division",
      COALESCE(
        (
          NOT (
            (
              CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF(("f"."attr_age" - 30), 0)
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
          OR (("f"."attr_plan" COLLATE c) = 'pro')
        ),
        FALSE
      ) AS "seg_or_const",
      COALESCE(("f"."active_days_12" = 3), FALSE) AS "seg_active_3_days_in_62",
      COALESCE(("f"."active_days_13" = 3), FALSE) AS "seg_active_3_days_in_63",
      COALESCE(("f"."active_days_13" = 4), FALSE) AS "seg_active_4_days_in_63",
      COALESCE(
        regexp_matches("f"."attr_email", '^[a-z]+@'),
        FALSE
      ) AS "seg_email_regex",
      COALESCE(
        regexp_matches(
          translate(
            "f"."attr_email",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          '^[a-z]+@'
        ),
        FALSE
      ) AS "seg_email_regex_ci",
      COALESCE(
        regexp_matches("f"."attr_email", '[0-9]|^[A-Za-z0-9_]{5}$'),
        FALSE
      ) AS "seg_email_regex_class",
      COALESCE(regexp_matches("f"."attr_email", 'e$'), FALSE) AS "seg_email_end_anchor",
      COALESCE(
        regexp_matches(
          "f"."attr_email",
          ('e[ 	' || chr(10) || chr(13) || ']$')
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_exact (view)
-- segment us_exact
CREATE OR REPLACE VIEW "us_exact" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) = 'US')
ORDER BY
  "f"."entity_key";

-- ===== us_exact (dbt)
-- segment us_exact
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_ci (select)
-- segment us_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = 'us'
  )
ORDER BY
  "f"."entity_key"

-- ===== us_ci (view)
-- segment us_ci
CREATE OR REPLACE VIEW "us_ci" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = 'us'
  )
ORDER BY
  "f"."entity_key";

-- ===== us_ci (dbt)
-- segment us_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = 'us'
  )
ORDER BY
  "f"."entity_key"

-- ===== not_old (select)
-- segment not_old
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== not_old (view)
-- segment not_old
CREATE OR REPLACE VIEW "not_old" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== not_old (dbt)
-- segment not_old
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  (NOT COALESCE(("f"."attr_age" > 30), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== age_set (select)
-- segment age_set
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key"

-- ===== age_set (view)
-- segment age_set
CREATE OR REPLACE VIEW "age_set" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key";

-- ===== age_set (dbt)
-- segment age_set
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
  ("f"."attr_age" IS NOT NULL)
ORDER BY
  "f"."entity_key"

-- ===== recent_login (select)
-- segment recent_login
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== recent_login (view)
-- segment recent_login
CREATE OR REPLACE VIEW "recent_login" AS
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== recent_login (dbt)
-- segment recent_login
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== login_4_times (select)
-- segment login_4_times
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== login_4_times (view)
-- segment login_4_times
CREATE OR REPLACE VIEW "login_4_times" AS
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key";

-- ===== login_4_times (dbt)
-- segment login_4_times
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
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days (select)
-- segment active_3_days
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days (view)
-- segment active_3_days
CREATE OR REPLACE VIEW "active_3_days" AS
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days (dbt)
-- segment active_3_days
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== never_logged_in (select)
-- segment never_logged_in
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
      COUNT(*) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== never_logged_in (view)
-- segment never_logged_in
CREATE OR REPLACE VIEW "never_logged_in" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
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
      COUNT(*) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== never_logged_in (dbt)
-- segment never_logged_in
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
      COUNT(*) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  (NOT COALESCE(("f"."count_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== big_spender (select)
-- segment big_spender
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key"

-- ===== big_spender (view)
-- segment big_spender
CREATE OR REPLACE VIEW "big_spender" AS
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key";

-- ===== big_spender (dbt)
-- segment big_spender
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
  ("f"."sum_1" >= 150)
ORDER BY
  "f"."entity_key"

-- ===== zero_spend (select)
-- segment zero_spend
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key"

-- ===== zero_spend (view)
-- segment zero_spend
CREATE OR REPLACE VIEW "zero_spend" AS
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key";

-- ===== zero_spend (dbt)
-- segment zero_spend
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
  ("f"."sum_1" = 0)
ORDER BY
  "f"."entity_key"

-- ===== no_avg (select)
-- segment no_avg
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE)) AS "avg_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg_1"."avg_1") >= 1e-15
          AND ABS("agg_1"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."avg_1") AS DOUBLE)
          ELSE "agg_1"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== no_avg (view)
-- segment no_avg
CREATE OR REPLACE VIEW "no_avg" AS
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE)) AS "avg_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg_1"."avg_1") >= 1e-15
          AND ABS("agg_1"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."avg_1") AS DOUBLE)
          ELSE "agg_1"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== no_avg (dbt)
-- segment no_avg
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
      AVG(CAST("ev"."purchase__amount" AS DOUBLE)) AS "avg_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN ABS("agg_1"."avg_1") >= 1e-15
          AND ABS("agg_1"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg_1"."avg_1") AS DOUBLE)
          ELSE "agg_1"."avg_1"
        END
      ) AS "avg_1"
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
  (NOT COALESCE(("f"."avg_1" > 0), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== detractor (select)
-- segment detractor
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

-- ===== detractor (view)
-- segment detractor
CREATE OR REPLACE VIEW "detractor" AS
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

-- ===== detractor (dbt)
-- segment detractor
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

-- ===== first_nps_low (select)
-- segment first_nps_low
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
      arg_min_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'missing': "ev"."nps_response__score" IS NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "first_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key"

-- ===== first_nps_low (view)
-- segment first_nps_low
CREATE OR REPLACE VIEW "first_nps_low" AS
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
      arg_min_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'missing': "ev"."nps_response__score" IS NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "first_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key";

-- ===== first_nps_low (dbt)
-- segment first_nps_low
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
      arg_min_null(
        "ev"."nps_response__score",
        {
          't': "ev"."t",
          'missing': "ev"."nps_response__score" IS NULL,
          'v': "ev"."nps_response__score"
        }
      ) AS "first_value_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg_1"."first_value_1" AS "first_value_1"
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
  ("f"."first_value_1" <= 2)
ORDER BY
  "f"."entity_key"

-- ===== reports (select)
-- segment reports
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports (view)
-- segment reports
CREATE OR REPLACE VIEW "reports" AS
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== reports (dbt)
-- segment reports
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."feature_used__feature" COLLATE c) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports_ci (select)
-- segment reports_ci
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== reports_ci (view)
-- segment reports_ci
CREATE OR REPLACE VIEW "reports_ci" AS
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key";

-- ===== reports_ci (dbt)
-- segment reports_ci
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
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (
            (
              translate(
                "ev"."feature_used__feature",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('reports')
          )
      ) AS "count_1"
    FROM
      "seg_events_1" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1"
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
  ("f"."count_1" > 0)
ORDER BY
  "f"."entity_key"

-- ===== cart_abandoner (select)
-- segment cart_abandoner
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

-- ===== cart_abandoner (view)
-- segment cart_abandoner
CREATE OR REPLACE VIEW "cart_abandoner" AS
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

-- ===== cart_abandoner (dbt)
-- segment cart_abandoner
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

-- ===== cart_converted (select)
-- segment cart_converted
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
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'add_to_cart'
  ),
  "seg_sequence_1_buckets_1" AS (
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
      "seg_sequence_1_reached_1" AS "s"
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
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'purchase'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
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

-- ===== cart_converted (view)
-- segment cart_converted
CREATE OR REPLACE VIEW "cart_converted" AS
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
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'add_to_cart'
  ),
  "seg_sequence_1_buckets_1" AS (
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
      "seg_sequence_1_reached_1" AS "s"
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
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'purchase'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
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

-- ===== cart_converted (dbt)
-- segment cart_converted
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
      (CAST("e"."event" AS VARCHAR) COLLATE c) IN ('add_to_cart', 'purchase')
      AND CAST("e"."occurred_at" AS TIMESTAMP) <= "p"."as_of"
  ),
  "seg_sequence_1_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'add_to_cart'
  ),
  "seg_sequence_1_buckets_1" AS (
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
      "seg_sequence_1_reached_1" AS "s"
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
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_1_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'purchase'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
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

-- ===== vip (select)
-- segment vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  list_contains(
    list_transform(
      list_filter(
        CAST("f"."attr_tags" AS JSON[]),
        lambda x: json_type(x) = 'VARCHAR'
      ),
      lambda x: x ->> '$'
    ),
    'vip'
  )
ORDER BY
  "f"."entity_key"

-- ===== vip (view)
-- segment vip
CREATE OR REPLACE VIEW "vip" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  list_contains(
    list_transform(
      list_filter(
        CAST("f"."attr_tags" AS JSON[]),
        lambda x: json_type(x) = 'VARCHAR'
      ),
      lambda x: x ->> '$'
    ),
    'vip'
  )
ORDER BY
  "f"."entity_key";

-- ===== vip (dbt)
-- segment vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  list_contains(
    list_transform(
      list_filter(
        CAST("f"."attr_tags" AS JSON[]),
        lambda x: json_type(x) = 'VARCHAR'
      ),
      lambda x: x ->> '$'
    ),
    'vip'
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (select)
-- segment beta_and_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'beta'
    )
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'vip'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (view)
-- segment beta_and_vip
CREATE OR REPLACE VIEW "beta_and_vip" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'beta'
    )
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'vip'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== beta_and_vip (dbt)
-- segment beta_and_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    "f"."attr_tags" IS NOT NULL
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'beta'
    )
    AND list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'vip'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_vip (select)
-- segment not_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'vip'
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
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'vip'
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== not_vip (dbt)
-- segment not_vip
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
  (
    NOT COALESCE(
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'vip'
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== big_account (select)
-- segment big_account
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
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
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON (CAST("rel_account"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."account_id" AS VARCHAR) COLLATE c)
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
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
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
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON (CAST("rel_account"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."account_id" AS VARCHAR) COLLATE c)
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
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
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON (CAST("rel_account"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."account_id" AS VARCHAR) COLLATE c)
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
      CAST("ent"."country" AS VARCHAR) AS "attr_country",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE c) = 'US'), FALSE) AS "seg_us_exact",
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
      CAST("ent"."country" AS VARCHAR) AS "attr_country",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE c) = 'US'), FALSE) AS "seg_us_exact",
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
      CAST("ent"."country" AS VARCHAR) AS "attr_country",
      "agg_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE((("f"."attr_country" COLLATE c) = 'US'), FALSE) AS "seg_us_exact",
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== north_america (view)
-- segment north_america
CREATE OR REPLACE VIEW "north_america" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) IN ('US', 'CA'))
ORDER BY
  "f"."entity_key";

-- ===== north_america (dbt)
-- segment north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (("f"."attr_country" COLLATE c) IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (select)
-- segment not_north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE c) IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (view)
-- segment not_north_america
CREATE OR REPLACE VIEW "not_north_america" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE c) IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== not_north_america (dbt)
-- segment not_north_america
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    NOT COALESCE(
      (("f"."attr_country" COLLATE c) IN ('US', 'CA')),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (select)
-- segment us_in_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (view)
-- segment us_in_ci
CREATE OR REPLACE VIEW "us_in_ci" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key";

-- ===== us_in_ci (dbt)
-- segment us_in_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS VARCHAR) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      translate(
        "f"."attr_country",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) IN ('us')
  )
ORDER BY
  "f"."entity_key"

-- ===== email_contains (select)
-- segment email_contains
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  contains(("f"."attr_email" COLLATE c), '@x')
ORDER BY
  "f"."entity_key"

-- ===== email_contains (view)
-- segment email_contains
CREATE OR REPLACE VIEW "email_contains" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  contains(("f"."attr_email" COLLATE c), '@x')
ORDER BY
  "f"."entity_key";

-- ===== email_contains (dbt)
-- segment email_contains
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  contains(("f"."attr_email" COLLATE c), '@x')
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (select)
-- segment email_starts_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (view)
-- segment email_starts_ci
CREATE OR REPLACE VIEW "email_starts_ci" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_starts_ci (dbt)
-- segment email_starts_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  starts_with(
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ),
    'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (select)
-- segment email_ends_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (view)
-- segment email_ends_ci
CREATE OR REPLACE VIEW "email_ends_ci" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '.com'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_ends_ci (dbt)
-- segment email_ends_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (select)
-- segment email_ends_cs
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with("f"."attr_email", '.COM')
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (view)
-- segment email_ends_cs
CREATE OR REPLACE VIEW "email_ends_cs" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with("f"."attr_email", '.COM')
ORDER BY
  "f"."entity_key";

-- ===== email_ends_cs (dbt)
-- segment email_ends_cs
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  ends_with("f"."attr_email", '.COM')
ORDER BY
  "f"."entity_key"

-- ===== before_b (select)
-- segment before_b
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE c) < 'b')
ORDER BY
  "f"."entity_key"

-- ===== before_b (view)
-- segment before_b
CREATE OR REPLACE VIEW "before_b" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE c) < 'b')
ORDER BY
  "f"."entity_key";

-- ===== before_b (dbt)
-- segment before_b
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (("f"."attr_email" COLLATE c) < 'b')
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (select)
-- segment ci_ascii_only
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (view)
-- segment ci_ascii_only
CREATE OR REPLACE VIEW "ci_ascii_only" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key";

-- ===== ci_ascii_only (dbt)
-- segment ci_ascii_only
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    (
      translate(
        "f"."attr_email",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) COLLATE c
    ) = ('émile' || chr(10))
  )
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (select)
-- segment hostile_equal
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE c) = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (view)
-- segment hostile_equal
CREATE OR REPLACE VIEW "hostile_equal" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE c) = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key";

-- ===== hostile_equal (dbt)
-- segment hostile_equal
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  (
    ("f"."attr_email" COLLATE c) = 'dave''"\--;😀 /* x */'
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_recent (select)
-- segment signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key"

-- ===== signed_recent (view)
-- segment signed_recent
CREATE OR REPLACE VIEW "signed_recent" AS
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key";

-- ===== signed_recent (dbt)
-- segment signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
ORDER BY
  "f"."entity_key"

-- ===== not_signed_recent (select)
-- segment not_signed_recent
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_before_2024 (view)
-- segment signed_before_2024
CREATE OR REPLACE VIEW "signed_before_2024" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
  )
ORDER BY
  "f"."entity_key";

-- ===== signed_before_2024 (dbt)
-- segment signed_before_2024
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  (
    "f"."attr_signed_up_at" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (select)
-- segment days_since_9
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    floor(
      (
        epoch_us("p"."as_of") - epoch_us("f"."attr_signed_up_at")
      ) / 86400000000
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (view)
-- segment days_since_9
CREATE OR REPLACE VIEW "days_since_9" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    floor(
      (
        epoch_us("p"."as_of") - epoch_us("f"."attr_signed_up_at")
      ) / 86400000000
    ) = 9
  )
ORDER BY
  "f"."entity_key";

-- ===== days_since_9 (dbt)
-- segment days_since_9
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."signed_up_at" AS TIMESTAMP) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    floor(
      (
        epoch_us("p"."as_of") - epoch_us("f"."attr_signed_up_at")
      ) / 86400000000
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (select)
-- segment float_division
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (view)
-- segment float_division
CREATE OR REPLACE VIEW "float_division" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key";

-- ===== float_division (dbt)
-- segment float_division
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    (
      CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (select)
-- segment division_by_zero
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (view)
-- segment division_by_zero
CREATE OR REPLACE VIEW "division_by_zero" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== division_by_zero (dbt)
-- segment division_by_zero
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
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
  (
    NOT (
      (
        CAST("f"."attr_lifetime_value" AS DOUBLE) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== opted_in (select)
-- segment opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== opted_in (view)
-- segment opted_in
CREATE OR REPLACE VIEW "opted_in" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key";

-- ===== opted_in (dbt)
-- segment opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  ("f"."attr_opted_in" = TRUE)
ORDER BY
  "f"."entity_key"

-- ===== not_opted_in (select)
-- segment not_opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== not_opted_in (view)
-- segment not_opted_in
CREATE OR REPLACE VIEW "not_opted_in" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key";

-- ===== not_opted_in (dbt)
-- segment not_opted_in
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      ("ent"."opted_in" <> 0) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
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
  (NOT COALESCE(("f"."attr_opted_in" = TRUE), FALSE))
ORDER BY
  "f"."entity_key"

-- ===== or_const (select)
-- segment or_const
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan"
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
    OR (("f"."attr_plan" COLLATE c) = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== or_const (view)
-- segment or_const
CREATE OR REPLACE VIEW "or_const" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan"
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
    OR (("f"."attr_plan" COLLATE c) = 'pro')
  )
ORDER BY
  "f"."entity_key";

-- ===== or_const (dbt)
-- segment or_const
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS VARCHAR) AS "attr_plan"
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
    OR (("f"."attr_plan" COLLATE c) = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_62 (select)
-- segment active_3_days_in_62
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_62d"
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
            "ev"."t" > "p"."as_of_minus_62d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_62 (view)
-- segment active_3_days_in_62
CREATE OR REPLACE VIEW "active_3_days_in_62" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5356800000 milliseconds') AS "as_of_minus_62d"
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_62d"
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
            "ev"."t" > "p"."as_of_minus_62d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days_in_62 (dbt)
-- segment active_3_days_in_62
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_62d"
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
            "ev"."t" > "p"."as_of_minus_62d"
        )
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_63 (select)
-- segment active_3_days_in_63
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_63 (view)
-- segment active_3_days_in_63
CREATE OR REPLACE VIEW "active_3_days_in_63" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key";

-- ===== active_3_days_in_63 (dbt)
-- segment active_3_days_in_63
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 3)
ORDER BY
  "f"."entity_key"

-- ===== active_4_days_in_63 (select)
-- segment active_4_days_in_63
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== active_4_days_in_63 (view)
-- segment active_4_days_in_63
CREATE OR REPLACE VIEW "active_4_days_in_63" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '5443200000 milliseconds') AS "as_of_minus_63d"
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key";

-- ===== active_4_days_in_63 (dbt)
-- segment active_4_days_in_63
WITH
  "seg_params" AS (
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
      AND CAST("e"."occurred_at" AS TIMESTAMP) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_63d"
      ) AS "active_days_1"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg_1"."active_days_1", 0) AS "active_days_1"
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
  ("f"."active_days_1" = 4)
ORDER BY
  "f"."entity_key"

-- ===== email_regex (select)
-- segment email_regex
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex (view)
-- segment email_regex
CREATE OR REPLACE VIEW "email_regex" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '^[a-z]+@')
ORDER BY
  "f"."entity_key";

-- ===== email_regex (dbt)
-- segment email_regex
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (select)
-- segment email_regex_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (view)
-- segment email_regex_ci
CREATE OR REPLACE VIEW "email_regex_ci" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key";

-- ===== email_regex_ci (dbt)
-- segment email_regex_ci
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    translate(
      "f"."attr_email",
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'abcdefghijklmnopqrstuvwxyz'
    ),
    '^[a-z]+@'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (select)
-- segment email_regex_class
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '[0-9]|^[A-Za-z0-9_]{5}$')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (view)
-- segment email_regex_class
CREATE OR REPLACE VIEW "email_regex_class" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '[0-9]|^[A-Za-z0-9_]{5}$')
ORDER BY
  "f"."entity_key";

-- ===== email_regex_class (dbt)
-- segment email_regex_class
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", '[0-9]|^[A-Za-z0-9_]{5}$')
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (select)
-- segment email_end_anchor
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (view)
-- segment email_end_anchor
CREATE OR REPLACE VIEW "email_end_anchor" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", 'e$')
ORDER BY
  "f"."entity_key";

-- ===== email_end_anchor (dbt)
-- segment email_end_anchor
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches("f"."attr_email", 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (select)
-- segment email_newline_at_end
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    "f"."attr_email",
    ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (view)
-- segment email_newline_at_end
CREATE OR REPLACE VIEW "email_newline_at_end" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    "f"."attr_email",
    ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key";

-- ===== email_newline_at_end (dbt)
-- segment email_newline_at_end
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
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."email" AS VARCHAR) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
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
  regexp_matches(
    "f"."attr_email",
    ('e[ 	' || chr(10) || chr(13) || ']$')
  )
ORDER BY
  "f"."entity_key"
