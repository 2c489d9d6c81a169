-- ===== membership of customer
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '3600000 milliseconds') AS "as_of_minus_1h",
      ("x"."as_of" - INTERVAL '86400000 milliseconds') AS "as_of_minus_1d",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '5184000000 milliseconds') AS "as_of_minus_60d",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d",
      ("x"."as_of" - INTERVAL '31536000000 milliseconds') AS "as_of_minus_365d"
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
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) AS "count_2",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_3",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_4",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_5",
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
      ) AS "active_days_6",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_8",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) AS "active_days_9",
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
            "ev"."t" > "p"."as_of_minus_30d"
        )
      ) AS "active_days_24",
      MIN("ev"."t") AS "first_time_25",
      MAX("ev"."t") AS "last_time_26"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_10",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_31"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 5)
      ) AS "count_11",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE c) = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_14",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) AS "sum_19",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_20",
      MIN("ev"."checkout__amount") AS "min_21",
      MAX("ev"."checkout__amount") AS "max_22",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_29",
      MIN("ev"."t") FILTER(
        WHERE
          ("ev"."checkout__amount" > 0)
      ) AS "first_time_30",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_32",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          (
            (("ev"."checkout__currency" COLLATE c) = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "sum_33"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (("ev"."view__page" COLLATE c) IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_13",
      COUNT(DISTINCT ("ev"."view__page" COLLATE c)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_23",
      arg_min_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'missing': ("ev"."view__page" COLLATE c) IS NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "first_value_27",
      arg_max_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'present': ("ev"."view__page" COLLATE c) IS NOT NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "last_value_28"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN (CAST("e"."event_name" AS VARCHAR) COLLATE c) = 'view' THEN (
          CASE
            WHEN regexp_matches(
              (CAST("e"."payload" AS JSON) ->> '$."page"'),
              '^[-0-9[{]'
            ) THEN CASE
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
              AND TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              ) = trunc(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              )
              AND abs(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  TRY_CAST (
                    (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
            ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_16_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'login'
  ),
  "seg_sequence_16_buckets_1" AS (
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
      "seg_sequence_16_reached_1" AS "s"
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
  "seg_sequence_16_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_16_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_16_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'checkout'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_16" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_16_reached_2" AS "s"
  ),
  "seg_sequence_17_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'view'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_17_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'checkout'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_17_reached_1" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
      LEFT JOIN "seg_sequence_17_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '1800000 milliseconds'),
        FALSE
      )
  ),
  "seg_sequence_18_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'view'
      AND (("s"."view__page" COLLATE c) = 'cart')
  ),
  "seg_sequence_18_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_18_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
  ),
  "seg_sequence_18_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_18_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
      LEFT JOIN "seg_sequence_18_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) - 1
    WHERE
      "s"."event" = 'login'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '172800000 milliseconds')
      )
  ),
  "seg_sequence_18_buckets_3" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'checkout'
      AND ("s"."checkout__amount" > 0)
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
  ),
  "seg_sequence_18" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_18_reached_2" AS "s"
      LEFT JOIN "seg_sequence_18_buckets_3" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
      LEFT JOIN "seg_sequence_18_buckets_3" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '259200000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      CAST("ent"."day" AS VARCHAR) AS "attr_day",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up",
      CAST("rel_org"."table_count" AS DOUBLE) AS "attr_org__table_count",
      ("ent"."key_account" <> 0) AS "attr_key_account",
      COALESCE("agg_1"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3",
      COALESCE("agg_1"."count_4", 0) AS "count_4",
      COALESCE("agg_1"."count_5", 0) AS "count_5",
      COALESCE("agg_1"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg_1"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg_1"."active_days_9", 0) AS "active_days_9",
      COALESCE("agg_2"."count_10", 0) AS "count_10",
      COALESCE("agg_3"."count_11", 0) AS "count_11",
      COALESCE("agg_3"."count_12", 0) AS "count_12",
      COALESCE("agg_4"."count_13", 0) AS "count_13",
      COALESCE("agg_3"."count_14", 0) AS "count_14",
      COALESCE("agg_3"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_3"."sum_19") >= 1e-15
            AND ABS("agg_3"."sum_19") < 1000000000000000 THEN CAST(printf('%.15g', "agg_3"."sum_19") AS DOUBLE)
            ELSE "agg_3"."sum_19"
          END
        ),
        0
      ) AS "sum_19",
      (
        CASE
          WHEN ABS("agg_3"."avg_20") >= 1e-15
          AND ABS("agg_3"."avg_20") < 1000000000000000 THEN CAST(printf('%.15g', "agg_3"."avg_20") AS DOUBLE)
          ELSE "agg_3"."avg_20"
        END
      ) AS "avg_20",
      "agg_3"."min_21" AS "min_21",
      "agg_3"."max_22" AS "max_22",
      COALESCE("agg_4"."distinct_23", 0) AS "distinct_23",
      COALESCE("agg_1"."active_days_24", 0) AS "active_days_24",
      "agg_1"."first_time_25" AS "first_time_25",
      "agg_1"."last_time_26" AS "last_time_26",
      "agg_4"."first_value_27" AS "first_value_27",
      "agg_4"."last_value_28" AS "last_value_28",
      COALESCE("agg_3"."count_29", 0) AS "count_29",
      "agg_3"."first_time_30" AS "first_time_30",
      COALESCE("agg_2"."count_31", 0) AS "count_31",
      COALESCE("agg_3"."count_32", 0) AS "count_32",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_3"."sum_33") >= 1e-15
            AND ABS("agg_3"."sum_33") < 1000000000000000 THEN CAST(printf('%.15g', "agg_3"."sum_33") AS DOUBLE)
            ELSE "agg_3"."sum_33"
          END
        ),
        0
      ) AS "sum_33",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_18" AS "sq"
        ),
        FALSE
      ) AS "sequence_18"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."name" AS "name",
          "t"."day" AS "day",
          "t"."tags" AS "tags",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          "t"."org_id" AS "org_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON (CAST("rel_org"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."org_id" AS VARCHAR) COLLATE c)
      AND "rel_org"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_count" = 1)
          AND ("f"."attr_count" <> 2)
          AND ("f"."attr_count" < 3)
          AND ("f"."attr_count" <= 4)
          AND ("f"."attr_count" > 5)
          AND ("f"."attr_count" >= 6)
        ),
        FALSE
      ) AS "seg_comparisons",
      COALESCE(
        (
          ("f"."attr_name" IS NOT NULL)
          AND (NOT ("f"."attr_day" IS NOT NULL))
        ),
        FALSE
      ) AS "seg_deprecated_plain",
      COALESCE(
        (
          contains(
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ),
            'a'
          )
          OR (
            NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
          )
          OR starts_with(("f"."attr_name" COLLATE c), 'c')
          OR ends_with(
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE c), 'e'),
              FALSE
            )
          )
          OR regexp_matches("f"."attr_name", '^[a-z]+$')
          OR (
            NOT COALESCE(
              regexp_matches(
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ),
                'x'
              ),
              FALSE
            )
          )
          OR (
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'x'
          )
          AND (
            list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'a'
            )
            OR list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'US'
            )
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'CA'
            )
          )
          AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(
              (
                epoch_us("p"."as_of") - epoch_us("f"."attr_created")
              ) / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
        ),
        FALSE
      ) AS "seg_times",
      COALESCE(
        (
          ((("f"."attr_count" + 1) - 1.5) > (-5))
          AND ((("f"."attr_count" + 1) * 2) >= 1)
          AND ("f"."attr_org__table_count" >= 1000)
        ),
        FALSE
      ) AS "seg_arithmetic",
      COALESCE(
        (
          ("f"."count_2" >= 1)
          AND (NOT COALESCE(("f"."count_3" >= 1), FALSE))
          AND (NOT COALESCE(("f"."count_3" >= 1), FALSE))
          AND ("f"."count_4" >= 3)
          AND ("f"."count_2" <= 1)
          AND ("f"."count_5" = 2)
          AND ("f"."active_days_6" >= 4)
          AND ("f"."active_days_7" <= 2)
          AND ("f"."active_days_8" = 1)
          AND ("f"."active_days_9" >= 3)
          AND ("f"."count_10" >= 1)
          AND ("f"."count_11" >= 1)
          AND (("f"."attr_name" COLLATE c) = 'x')
          AND ("f"."count_12" >= 1)
          AND ("f"."count_13" >= 1)
          AND ("f"."count_14" >= 1)
          AND ("f"."count_15" >= 1)
          AND ("f"."sequence_16" = TRUE)
          AND ("f"."sequence_17" = TRUE)
          AND ("f"."sequence_18" = TRUE)
        ),
        FALSE
      ) AS "seg_behaviour",
      COALESCE(
        (
          ("f"."count_3" >= 2)
          AND ("f"."sum_19" >= 1000)
          AND ("f"."avg_20" > 10)
          AND ("f"."min_21" > 0)
          AND ("f"."max_22" < 10000)
          AND ("f"."distinct_23" >= 3)
          AND ("f"."active_days_24" >= 10)
          AND (
            "f"."first_time_25" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND ("f"."last_time_26" > "p"."as_of_minus_3d")
          AND (("f"."first_value_27" COLLATE c) = 'home')
          AND (("f"."last_value_28" COLLATE c) <> 'exit')
          AND ("f"."count_29" >= 2)
          AND (
            "f"."first_time_30" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND ("f"."count_31" > 100)
          AND ("f"."count_32" > 0)
          AND ("f"."sum_33" > 0)
        ),
        FALSE
      ) AS "seg_aggregates",
      COALESCE(
        (
          ("f"."attr_key_account" = TRUE)
          OR ("f"."attr_key_account" = FALSE)
        ),
        FALSE
      ) AS "seg_flags",
      COALESCE(
        (
          ("f"."attr_name" COLLATE c) = (
            'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
          )
        ),
        FALSE
      ) AS "seg_escapes"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  ),
  "seg_level_2" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          "f"."seg_comparisons"
          AND (NOT "f"."seg_strings")
          AND (
            NOT (
              "f"."seg_lists"
              OR "f"."seg_times"
            )
          )
        ),
        FALSE
      ) AS "seg_membership"
    FROM
      "seg_level_1" AS "f"
  )
SELECT
  "f"."entity_key" AS "id",
  "f"."seg_comparisons" AS "comparisons",
  "f"."seg_deprecated_plain" AS "deprecated_plain",
  "f"."seg_strings" AS "strings",
  "f"."seg_lists" AS "lists",
  "f"."seg_times" AS "times",
  "f"."seg_arithmetic" AS "arithmetic",
  "f"."seg_membership" AS "membership",
  "f"."seg_behaviour" AS "behaviour",
  "f"."seg_aggregates" AS "aggregates",
  "f"."seg_flags" AS "flags",
  "f"."seg_escapes" AS "escapes"
FROM
  "seg_level_2" AS "f"
ORDER BY
  "f"."entity_key"

-- ===== comparisons (select)
-- segment comparisons
-- owner: analytics
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_count" = 1)
    AND ("f"."attr_count" <> 2)
    AND ("f"."attr_count" < 3)
    AND ("f"."attr_count" <= 4)
    AND ("f"."attr_count" > 5)
    AND ("f"."attr_count" >= 6)
  )
ORDER BY
  "f"."entity_key"

-- ===== comparisons (view)
-- segment comparisons
-- owner: analytics
CREATE OR REPLACE VIEW "comparisons" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_count" = 1)
    AND ("f"."attr_count" <> 2)
    AND ("f"."attr_count" < 3)
    AND ("f"."attr_count" <= 4)
    AND ("f"."attr_count" > 5)
    AND ("f"."attr_count" >= 6)
  )
ORDER BY
  "f"."entity_key";

-- ===== comparisons (dbt)
-- segment comparisons
-- owner: analytics
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_count" = 1)
    AND ("f"."attr_count" <> 2)
    AND ("f"."attr_count" < 3)
    AND ("f"."attr_count" <= 4)
    AND ("f"."attr_count" > 5)
    AND ("f"."attr_count" >= 6)
  )
ORDER BY
  "f"."entity_key"

-- ===== deprecated_plain (select)
-- segment deprecated_plain
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" IS NOT NULL)
    AND (NOT ("f"."attr_day" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key"

-- ===== deprecated_plain (view)
-- segment deprecated_plain
CREATE OR REPLACE VIEW "deprecated_plain" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" IS NOT NULL)
    AND (NOT ("f"."attr_day" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key";

-- ===== deprecated_plain (dbt)
-- segment deprecated_plain
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" IS NOT NULL)
    AND (NOT ("f"."attr_day" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key"

-- ===== strings (select)
-- segment strings
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    contains(
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ),
      'a'
    )
    OR (
      NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
    )
    OR starts_with(("f"."attr_name" COLLATE c), 'c')
    OR ends_with(
      translate(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE c), 'e'),
        FALSE
      )
    )
    OR regexp_matches("f"."attr_name", '^[a-z]+$')
    OR (
      NOT COALESCE(
        regexp_matches(
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          'x'
        ),
        FALSE
      )
    )
    OR (
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== strings (view)
-- segment strings
CREATE OR REPLACE VIEW "strings" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    contains(
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ),
      'a'
    )
    OR (
      NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
    )
    OR starts_with(("f"."attr_name" COLLATE c), 'c')
    OR ends_with(
      translate(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE c), 'e'),
        FALSE
      )
    )
    OR regexp_matches("f"."attr_name", '^[a-z]+$')
    OR (
      NOT COALESCE(
        regexp_matches(
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          'x'
        ),
        FALSE
      )
    )
    OR (
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== strings (dbt)
-- segment strings
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    contains(
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ),
      'a'
    )
    OR (
      NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
    )
    OR starts_with(("f"."attr_name" COLLATE c), 'c')
    OR ends_with(
      translate(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE c), 'e'),
        FALSE
      )
    )
    OR regexp_matches("f"."attr_name", '^[a-z]+$')
    OR (
      NOT COALESCE(
        regexp_matches(
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          'x'
        ),
        FALSE
      )
    )
    OR (
      (
        translate(
          "f"."attr_name",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (select)
-- segment lists
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'x'
    )
    AND (
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'a'
      )
      OR list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'US'
      )
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'CA'
      )
    )
    AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (view)
-- segment lists
CREATE OR REPLACE VIEW "lists" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'x'
    )
    AND (
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'a'
      )
      OR list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'US'
      )
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'CA'
      )
    )
    AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== lists (dbt)
-- segment lists
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    list_contains(
      list_transform(
        list_filter(
          CAST("f"."attr_tags" AS JSON[]),
          lambda x: json_type(x) = 'VARCHAR'
        ),
        lambda x: x ->> '$'
      ),
      'x'
    )
    AND (
      list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'a'
      )
      OR list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'US'
      )
      AND list_contains(
        list_transform(
          list_filter(
            CAST("f"."attr_tags" AS JSON[]),
            lambda x: json_type(x) = 'VARCHAR'
          ),
          lambda x: x ->> '$'
        ),
        'CA'
      )
    )
    AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE c
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (select)
-- segment times
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of")
    AND (
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(
        (
          epoch_us("p"."as_of") - epoch_us("f"."attr_created")
        ) / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (view)
-- segment times
CREATE OR REPLACE VIEW "times" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of")
    AND (
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(
        (
          epoch_us("p"."as_of") - epoch_us("f"."attr_created")
        ) / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== times (dbt)
-- segment times
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of")
    AND (
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(
        (
          epoch_us("p"."as_of") - epoch_us("f"."attr_created")
        ) / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== arithmetic (select)
-- segment arithmetic
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("rel_org"."table_count" AS DOUBLE) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON (CAST("rel_org"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."org_id" AS VARCHAR) COLLATE c)
      AND "rel_org"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ((("f"."attr_count" + 1) - 1.5) > (-5))
    AND ((("f"."attr_count" + 1) * 2) >= 1)
    AND ("f"."attr_org__table_count" >= 1000)
  )
ORDER BY
  "f"."entity_key"

-- ===== arithmetic (view)
-- segment arithmetic
CREATE OR REPLACE VIEW "arithmetic" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("rel_org"."table_count" AS DOUBLE) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON (CAST("rel_org"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."org_id" AS VARCHAR) COLLATE c)
      AND "rel_org"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ((("f"."attr_count" + 1) - 1.5) > (-5))
    AND ((("f"."attr_count" + 1) * 2) >= 1)
    AND ("f"."attr_org__table_count" >= 1000)
  )
ORDER BY
  "f"."entity_key";

-- ===== arithmetic (dbt)
-- segment arithmetic
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("rel_org"."table_count" AS DOUBLE) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          "t"."id" AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON (CAST("rel_org"."id" AS VARCHAR) COLLATE c) = (CAST("ent"."org_id" AS VARCHAR) COLLATE c)
      AND "rel_org"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (
    ((("f"."attr_count" + 1) - 1.5) > (-5))
    AND ((("f"."attr_count" + 1) * 2) >= 1)
    AND ("f"."attr_org__table_count" >= 1000)
  )
ORDER BY
  "f"."entity_key"

-- ===== membership (select)
-- segment membership
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."name" AS "name",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_count" = 1)
          AND ("f"."attr_count" <> 2)
          AND ("f"."attr_count" < 3)
          AND ("f"."attr_count" <= 4)
          AND ("f"."attr_count" > 5)
          AND ("f"."attr_count" >= 6)
        ),
        FALSE
      ) AS "seg_comparisons",
      COALESCE(
        (
          contains(
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ),
            'a'
          )
          OR (
            NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
          )
          OR starts_with(("f"."attr_name" COLLATE c), 'c')
          OR ends_with(
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE c), 'e'),
              FALSE
            )
          )
          OR regexp_matches("f"."attr_name", '^[a-z]+$')
          OR (
            NOT COALESCE(
              regexp_matches(
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ),
                'x'
              ),
              FALSE
            )
          )
          OR (
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'x'
          )
          AND (
            list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'a'
            )
            OR list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'US'
            )
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'CA'
            )
          )
          AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(
              (
                epoch_us("p"."as_of") - epoch_us("f"."attr_created")
              ) / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
        ),
        FALSE
      ) AS "seg_times"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_comparisons"
    AND (NOT "f"."seg_strings")
    AND (
      NOT (
        "f"."seg_lists"
        OR "f"."seg_times"
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== membership (view)
-- segment membership
CREATE OR REPLACE VIEW "membership" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."name" AS "name",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_count" = 1)
          AND ("f"."attr_count" <> 2)
          AND ("f"."attr_count" < 3)
          AND ("f"."attr_count" <= 4)
          AND ("f"."attr_count" > 5)
          AND ("f"."attr_count" >= 6)
        ),
        FALSE
      ) AS "seg_comparisons",
      COALESCE(
        (
          contains(
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ),
            'a'
          )
          OR (
            NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
          )
          OR starts_with(("f"."attr_name" COLLATE c), 'c')
          OR ends_with(
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE c), 'e'),
              FALSE
            )
          )
          OR regexp_matches("f"."attr_name", '^[a-z]+$')
          OR (
            NOT COALESCE(
              regexp_matches(
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ),
                'x'
              ),
              FALSE
            )
          )
          OR (
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'x'
          )
          AND (
            list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'a'
            )
            OR list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'US'
            )
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'CA'
            )
          )
          AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(
              (
                epoch_us("p"."as_of") - epoch_us("f"."attr_created")
              ) / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
        ),
        FALSE
      ) AS "seg_times"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_comparisons"
    AND (NOT "f"."seg_strings")
    AND (
      NOT (
        "f"."seg_lists"
        OR "f"."seg_times"
      )
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== membership (dbt)
-- segment membership
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      (
        CASE
          WHEN json_type(TRY_CAST ("ent"."tags" AS JSON)) = 'ARRAY' THEN TRY_CAST ("ent"."tags" AS JSON)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS VARCHAR) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("ent"."created" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN make_timestamp(
            CAST(
              CAST("ent"."time" AS DECIMAL(38, 6)) * 1000000 AS BIGINT
            )
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN regexp_full_match(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN CAST(
            substr(
              substr(
                CAST("ent"."signed_up" AS VARCHAR),
                1,
                length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                  substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  ltrim(
                    substr(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
                            substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
                        ''
                      ) AS INTEGER
                    ),
                    0
                  ) * 60 + COALESCE(
                    CAST(
                      NULLIF(
                        substr(
                          replace(
                            ltrim(
                              substr(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
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
      ) AS "attr_signed_up"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."name" AS "name",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          "t"."created" AS "created",
          "t"."time" AS "time",
          "t"."signed_up" AS "signed_up",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_count" = 1)
          AND ("f"."attr_count" <> 2)
          AND ("f"."attr_count" < 3)
          AND ("f"."attr_count" <= 4)
          AND ("f"."attr_count" > 5)
          AND ("f"."attr_count" >= 6)
        ),
        FALSE
      ) AS "seg_comparisons",
      COALESCE(
        (
          contains(
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ),
            'a'
          )
          OR (
            NOT COALESCE(contains(("f"."attr_name" COLLATE c), 'b'), FALSE)
          )
          OR starts_with(("f"."attr_name" COLLATE c), 'c')
          OR ends_with(
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE c), 'e'),
              FALSE
            )
          )
          OR regexp_matches("f"."attr_name", '^[a-z]+$')
          OR (
            NOT COALESCE(
              regexp_matches(
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ),
                'x'
              ),
              FALSE
            )
          )
          OR (
            (
              translate(
                "f"."attr_name",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          list_contains(
            list_transform(
              list_filter(
                CAST("f"."attr_tags" AS JSON[]),
                lambda x: json_type(x) = 'VARCHAR'
              ),
              lambda x: x ->> '$'
            ),
            'x'
          )
          AND (
            list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'a'
            )
            OR list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'US'
            )
            AND list_contains(
              list_transform(
                list_filter(
                  CAST("f"."attr_tags" AS JSON[]),
                  lambda x: json_type(x) = 'VARCHAR'
                ),
                lambda x: x ->> '$'
              ),
              'CA'
            )
          )
          AND (("f"."attr_day" COLLATE c) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE c) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE c
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(
              (
                epoch_us("p"."as_of") - epoch_us("f"."attr_created")
              ) / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP)
          )
        ),
        FALSE
      ) AS "seg_times"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_comparisons"
    AND (NOT "f"."seg_strings")
    AND (
      NOT (
        "f"."seg_lists"
        OR "f"."seg_times"
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== behaviour (select)
-- segment behaviour
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '86400000 milliseconds') AS "as_of_minus_1d",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '5184000000 milliseconds') AS "as_of_minus_60d"
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
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) AS "active_days_8"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE c) = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (("ev"."view__page" COLLATE c) IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN (CAST("e"."event_name" AS VARCHAR) COLLATE c) = 'view' THEN (
          CASE
            WHEN regexp_matches(
              (CAST("e"."payload" AS JSON) ->> '$."page"'),
              '^[-0-9[{]'
            ) THEN CASE
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
              AND TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              ) = trunc(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              )
              AND abs(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  TRY_CAST (
                    (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
            ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'login'
  ),
  "seg_sequence_15_buckets_1" AS (
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
      "seg_sequence_15_reached_1" AS "s"
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
  "seg_sequence_15_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_15_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_15_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'checkout'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_reached_2" AS "s"
  ),
  "seg_sequence_16_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'view'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_16_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'checkout'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
  ),
  "seg_sequence_16" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_16_reached_1" AS "s"
      LEFT JOIN "seg_sequence_16_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
      LEFT JOIN "seg_sequence_16_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '1800000 milliseconds'),
        FALSE
      )
  ),
  "seg_sequence_17_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'view'
      AND (("s"."view__page" COLLATE c) = 'cart')
  ),
  "seg_sequence_17_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_17_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
  ),
  "seg_sequence_17_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
      LEFT JOIN "seg_sequence_17_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) - 1
    WHERE
      "s"."event" = 'login'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '172800000 milliseconds')
      )
  ),
  "seg_sequence_17_buckets_3" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'checkout'
      AND ("s"."checkout__amount" > 0)
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_17_reached_2" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_3" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
      LEFT JOIN "seg_sequence_17_buckets_3" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '259200000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3",
      COALESCE("agg_1"."count_4", 0) AS "count_4",
      COALESCE("agg_1"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg_1"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg_1"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg_2"."count_9", 0) AS "count_9",
      COALESCE("agg_3"."count_10", 0) AS "count_10",
      COALESCE("agg_3"."count_11", 0) AS "count_11",
      COALESCE("agg_4"."count_12", 0) AS "count_12",
      COALESCE("agg_3"."count_13", 0) AS "count_13",
      COALESCE("agg_3"."count_14", 0) AS "count_14",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
    AND ("f"."count_3" >= 3)
    AND ("f"."count_1" <= 1)
    AND ("f"."count_4" = 2)
    AND ("f"."active_days_5" >= 4)
    AND ("f"."active_days_6" <= 2)
    AND ("f"."active_days_7" = 1)
    AND ("f"."active_days_8" >= 3)
    AND ("f"."count_9" >= 1)
    AND ("f"."count_10" >= 1)
    AND (("f"."attr_name" COLLATE c) = 'x')
    AND ("f"."count_11" >= 1)
    AND ("f"."count_12" >= 1)
    AND ("f"."count_13" >= 1)
    AND ("f"."count_14" >= 1)
    AND ("f"."sequence_15" = TRUE)
    AND ("f"."sequence_16" = TRUE)
    AND ("f"."sequence_17" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== behaviour (view)
-- segment behaviour
CREATE OR REPLACE VIEW "behaviour" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '86400000 milliseconds') AS "as_of_minus_1d",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '5184000000 milliseconds') AS "as_of_minus_60d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) AS "active_days_8"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE c) = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (("ev"."view__page" COLLATE c) IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN (CAST("e"."event_name" AS VARCHAR) COLLATE c) = 'view' THEN (
          CASE
            WHEN regexp_matches(
              (CAST("e"."payload" AS JSON) ->> '$."page"'),
              '^[-0-9[{]'
            ) THEN CASE
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
              AND TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              ) = trunc(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              )
              AND abs(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  TRY_CAST (
                    (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
            ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'login'
  ),
  "seg_sequence_15_buckets_1" AS (
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
      "seg_sequence_15_reached_1" AS "s"
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
  "seg_sequence_15_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_15_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_15_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'checkout'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_reached_2" AS "s"
  ),
  "seg_sequence_16_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'view'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_16_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'checkout'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
  ),
  "seg_sequence_16" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_16_reached_1" AS "s"
      LEFT JOIN "seg_sequence_16_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
      LEFT JOIN "seg_sequence_16_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '1800000 milliseconds'),
        FALSE
      )
  ),
  "seg_sequence_17_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'view'
      AND (("s"."view__page" COLLATE c) = 'cart')
  ),
  "seg_sequence_17_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_17_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
  ),
  "seg_sequence_17_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
      LEFT JOIN "seg_sequence_17_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) - 1
    WHERE
      "s"."event" = 'login'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '172800000 milliseconds')
      )
  ),
  "seg_sequence_17_buckets_3" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'checkout'
      AND ("s"."checkout__amount" > 0)
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_17_reached_2" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_3" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
      LEFT JOIN "seg_sequence_17_buckets_3" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '259200000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3",
      COALESCE("agg_1"."count_4", 0) AS "count_4",
      COALESCE("agg_1"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg_1"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg_1"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg_2"."count_9", 0) AS "count_9",
      COALESCE("agg_3"."count_10", 0) AS "count_10",
      COALESCE("agg_3"."count_11", 0) AS "count_11",
      COALESCE("agg_4"."count_12", 0) AS "count_12",
      COALESCE("agg_3"."count_13", 0) AS "count_13",
      COALESCE("agg_3"."count_14", 0) AS "count_14",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
    AND ("f"."count_3" >= 3)
    AND ("f"."count_1" <= 1)
    AND ("f"."count_4" = 2)
    AND ("f"."active_days_5" >= 4)
    AND ("f"."active_days_6" <= 2)
    AND ("f"."active_days_7" = 1)
    AND ("f"."active_days_8" >= 3)
    AND ("f"."count_9" >= 1)
    AND ("f"."count_10" >= 1)
    AND (("f"."attr_name" COLLATE c) = 'x')
    AND ("f"."count_11" >= 1)
    AND ("f"."count_12" >= 1)
    AND ("f"."count_13" >= 1)
    AND ("f"."count_14" >= 1)
    AND ("f"."sequence_15" = TRUE)
    AND ("f"."sequence_16" = TRUE)
    AND ("f"."sequence_17" = TRUE)
  )
ORDER BY
  "f"."entity_key";

-- ===== behaviour (dbt)
-- segment behaviour
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '86400000 milliseconds') AS "as_of_minus_1d",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '5184000000 milliseconds') AS "as_of_minus_60d"
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
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) AS "count_1",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) FILTER(
        WHERE
          "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST("ev"."t" AS DATE)) AS "active_days_8"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE c) = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER(
        WHERE
          (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) > "p"."as_of_minus_30d"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          (("ev"."view__page" COLLATE c) IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS materialized (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN (CAST("e"."event_name" AS VARCHAR) COLLATE c) = 'view' THEN (
          CASE
            WHEN regexp_matches(
              (CAST("e"."payload" AS JSON) ->> '$."page"'),
              '^[-0-9[{]'
            ) THEN CASE
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
              WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
              AND TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              ) = trunc(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              )
              AND abs(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  TRY_CAST (
                    (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
            ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'login'
  ),
  "seg_sequence_15_buckets_1" AS (
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
      "seg_sequence_15_reached_1" AS "s"
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
  "seg_sequence_15_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_15_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      )
      LEFT JOIN "seg_sequence_15_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 3600000000) + 3600000000) % 3600000000
          )
        ) // 3600000000
      ) - 1
    WHERE
      "s"."event" = 'checkout'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '3600000 milliseconds')
      )
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_reached_2" AS "s"
  ),
  "seg_sequence_16_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'view'
      AND "s"."t" > "p"."as_of_minus_7d"
  ),
  "seg_sequence_16_buckets_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "s"."event" = 'checkout'
      AND "s"."t" > "p"."as_of_minus_7d"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
  ),
  "seg_sequence_16" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_16_reached_1" AS "s"
      LEFT JOIN "seg_sequence_16_buckets_2" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      )
      LEFT JOIN "seg_sequence_16_buckets_2" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 1800000000) + 1800000000) % 1800000000
          )
        ) // 1800000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '1800000 milliseconds'),
        FALSE
      )
  ),
  "seg_sequence_17_reached_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'view'
      AND (("s"."view__page" COLLATE c) = 'cart')
  ),
  "seg_sequence_17_buckets_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_17_reached_1" AS "s"
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
  ),
  "seg_sequence_17_reached_2" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t"
    FROM
      "seg_sequence_events" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_1" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      )
      LEFT JOIN "seg_sequence_17_buckets_1" AS "prev" ON "prev"."entity_key" = "s"."entity_key"
      AND "prev"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 172800000000) + 172800000000) % 172800000000
          )
        ) // 172800000000
      ) - 1
    WHERE
      "s"."event" = 'login'
      AND (
        "same"."first_t" < "s"."t"
        OR "prev"."last_t" >= ("s"."t" - INTERVAL '172800000 milliseconds')
      )
  ),
  "seg_sequence_17_buckets_3" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) AS "b",
      MIN("s"."t") AS "first_t",
      MAX("s"."t") AS "last_t"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      "s"."event" = 'checkout'
      AND ("s"."checkout__amount" > 0)
    GROUP BY
      "s"."entity_key",
      (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "s"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_17_reached_2" AS "s"
      LEFT JOIN "seg_sequence_17_buckets_3" AS "same" ON "same"."entity_key" = "s"."entity_key"
      AND "same"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      )
      LEFT JOIN "seg_sequence_17_buckets_3" AS "next" ON "next"."entity_key" = "s"."entity_key"
      AND "next"."b" = (
        (
          epoch_us("s"."t") - (
            ((epoch_us("s"."t") % 259200000000) + 259200000000) % 259200000000
          )
        ) // 259200000000
      ) + 1
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("s"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND NOT COALESCE("same"."last_t" > "s"."t", FALSE)
      AND NOT COALESCE(
        "next"."first_t" <= ("s"."t" + INTERVAL '259200000 milliseconds'),
        FALSE
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE("agg_1"."count_2", 0) AS "count_2",
      COALESCE("agg_1"."count_3", 0) AS "count_3",
      COALESCE("agg_1"."count_4", 0) AS "count_4",
      COALESCE("agg_1"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg_1"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg_1"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg_2"."count_9", 0) AS "count_9",
      COALESCE("agg_3"."count_10", 0) AS "count_10",
      COALESCE("agg_3"."count_11", 0) AS "count_11",
      COALESCE("agg_4"."count_12", 0) AS "count_12",
      COALESCE("agg_3"."count_13", 0) AS "count_13",
      COALESCE("agg_3"."count_14", 0) AS "count_14",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        (CAST("ent"."customer_id" AS VARCHAR) COLLATE c) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    AND (NOT COALESCE(("f"."count_2" >= 1), FALSE))
    AND ("f"."count_3" >= 3)
    AND ("f"."count_1" <= 1)
    AND ("f"."count_4" = 2)
    AND ("f"."active_days_5" >= 4)
    AND ("f"."active_days_6" <= 2)
    AND ("f"."active_days_7" = 1)
    AND ("f"."active_days_8" >= 3)
    AND ("f"."count_9" >= 1)
    AND ("f"."count_10" >= 1)
    AND (("f"."attr_name" COLLATE c) = 'x')
    AND ("f"."count_11" >= 1)
    AND ("f"."count_12" >= 1)
    AND ("f"."count_13" >= 1)
    AND ("f"."count_14" >= 1)
    AND ("f"."sequence_15" = TRUE)
    AND ("f"."sequence_16" = TRUE)
    AND ("f"."sequence_17" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== aggregates (select)
-- segment aggregates
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '3600000 milliseconds') AS "as_of_minus_1h",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d",
      ("x"."as_of" - INTERVAL '31536000000 milliseconds') AS "as_of_minus_365d"
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
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
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
            "ev"."t" > "p"."as_of_minus_30d"
        )
      ) AS "active_days_7",
      MIN("ev"."t") AS "first_time_8",
      MAX("ev"."t") AS "last_time_9"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") AS "min_4",
      MAX("ev"."checkout__amount") AS "max_5",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER(
        WHERE
          ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          (
            (("ev"."checkout__currency" COLLATE c) = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "sum_16"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT ("ev"."view__page" COLLATE c)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      arg_min_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'missing': ("ev"."view__page" COLLATE c) IS NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "first_value_10",
      arg_max_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'present': ("ev"."view__page" COLLATE c) IS NOT NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "last_value_11"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_2") >= 1e-15
            AND ABS("agg_2"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_2") AS DOUBLE)
            ELSE "agg_2"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg_2"."avg_3") >= 1e-15
          AND ABS("agg_2"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."avg_3") AS DOUBLE)
          ELSE "agg_2"."avg_3"
        END
      ) AS "avg_3",
      "agg_2"."min_4" AS "min_4",
      "agg_2"."max_5" AS "max_5",
      COALESCE("agg_3"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      "agg_1"."first_time_8" AS "first_time_8",
      "agg_1"."last_time_9" AS "last_time_9",
      "agg_3"."first_value_10" AS "first_value_10",
      "agg_3"."last_value_11" AS "last_value_11",
      COALESCE("agg_2"."count_12", 0) AS "count_12",
      "agg_2"."first_time_13" AS "first_time_13",
      COALESCE("agg_4"."count_14", 0) AS "count_14",
      COALESCE("agg_2"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_16") >= 1e-15
            AND ABS("agg_2"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_16") AS DOUBLE)
            ELSE "agg_2"."sum_16"
          END
        ),
        0
      ) AS "sum_16"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    ("f"."count_1" >= 2)
    AND ("f"."sum_2" >= 1000)
    AND ("f"."avg_3" > 10)
    AND ("f"."min_4" > 0)
    AND ("f"."max_5" < 10000)
    AND ("f"."distinct_6" >= 3)
    AND ("f"."active_days_7" >= 10)
    AND (
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE c) = 'home')
    AND (("f"."last_value_11" COLLATE c) <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== aggregates (view)
-- segment aggregates
CREATE OR REPLACE VIEW "aggregates" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '3600000 milliseconds') AS "as_of_minus_1h",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d",
      ("x"."as_of" - INTERVAL '31536000000 milliseconds') AS "as_of_minus_365d"
    FROM
      (
        SELECT
          timezone('UTC', current_timestamp) AS "as_of"
      ) AS "x"
  ),
  "seg_events_1" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
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
            "ev"."t" > "p"."as_of_minus_30d"
        )
      ) AS "active_days_7",
      MIN("ev"."t") AS "first_time_8",
      MAX("ev"."t") AS "last_time_9"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") AS "min_4",
      MAX("ev"."checkout__amount") AS "max_5",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER(
        WHERE
          ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          (
            (("ev"."checkout__currency" COLLATE c) = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "sum_16"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT ("ev"."view__page" COLLATE c)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      arg_min_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'missing': ("ev"."view__page" COLLATE c) IS NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "first_value_10",
      arg_max_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'present': ("ev"."view__page" COLLATE c) IS NOT NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "last_value_11"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_2") >= 1e-15
            AND ABS("agg_2"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_2") AS DOUBLE)
            ELSE "agg_2"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg_2"."avg_3") >= 1e-15
          AND ABS("agg_2"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."avg_3") AS DOUBLE)
          ELSE "agg_2"."avg_3"
        END
      ) AS "avg_3",
      "agg_2"."min_4" AS "min_4",
      "agg_2"."max_5" AS "max_5",
      COALESCE("agg_3"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      "agg_1"."first_time_8" AS "first_time_8",
      "agg_1"."last_time_9" AS "last_time_9",
      "agg_3"."first_value_10" AS "first_value_10",
      "agg_3"."last_value_11" AS "last_value_11",
      COALESCE("agg_2"."count_12", 0) AS "count_12",
      "agg_2"."first_time_13" AS "first_time_13",
      COALESCE("agg_4"."count_14", 0) AS "count_14",
      COALESCE("agg_2"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_16") >= 1e-15
            AND ABS("agg_2"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_16") AS DOUBLE)
            ELSE "agg_2"."sum_16"
          END
        ),
        0
      ) AS "sum_16"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    ("f"."count_1" >= 2)
    AND ("f"."sum_2" >= 1000)
    AND ("f"."avg_3" > 10)
    AND ("f"."min_4" > 0)
    AND ("f"."max_5" < 10000)
    AND ("f"."distinct_6" >= 3)
    AND ("f"."active_days_7" >= 10)
    AND (
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE c) = 'home')
    AND (("f"."last_value_11" COLLATE c) <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key";

-- ===== aggregates (dbt)
-- segment aggregates
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '3600000 milliseconds') AS "as_of_minus_1h",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d",
      ("x"."as_of" - INTERVAL '31536000000 milliseconds') AS "as_of_minus_365d"
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
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('Login')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_1" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
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
            "ev"."t" > "p"."as_of_minus_30d"
        )
      ) AS "active_days_7",
      MIN("ev"."t") AS "first_time_8",
      MAX("ev"."t") AS "last_time_9"
    FROM
      "seg_events_1" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_2" AS (
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      CAST("e"."currency" AS VARCHAR) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_2" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") AS "min_4",
      MAX("ev"."checkout__amount") AS "max_5",
      COUNT(*) FILTER(
        WHERE
          ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER(
        WHERE
          ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE)) FILTER(
        WHERE
          (
            (("ev"."checkout__currency" COLLATE c) = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
      ) AS "sum_16"
    FROM
      "seg_events_2" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_3" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      (
        CASE
          WHEN regexp_matches(
            (CAST("e"."payload" AS JSON) ->> '$."page"'),
            '^[-0-9[{]'
          ) THEN CASE
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') = 'VARCHAR' THEN (CAST("e"."payload" AS JSON) ->> '$."page"')
            WHEN json_type(CAST("e"."payload" AS JSON), '$."page"') IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')
            AND TRY_CAST (
              (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
            ) = trunc(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            )
            AND abs(
              TRY_CAST (
                (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                TRY_CAST (
                  (CAST("e"."payload" AS JSON) ->> '$."page"') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
          ELSE (CAST("e"."payload" AS JSON) ->> '$."page"')
        END
      ) AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (CAST("e"."event_name" AS VARCHAR) COLLATE c) IN ('view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_3" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT ("ev"."view__page" COLLATE c)) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      arg_min_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'missing': ("ev"."view__page" COLLATE c) IS NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "first_value_10",
      arg_max_null(
        ("ev"."view__page" COLLATE c),
        {
          't': "ev"."t",
          'present': ("ev"."view__page" COLLATE c) IS NOT NULL,
          'v': ("ev"."view__page" COLLATE c)
        }
      ) AS "last_value_11"
    FROM
      "seg_events_3" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_events_4" AS (
    SELECT
      (CAST("e"."customer_id" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) AS "t",
      CASE (CAST("e"."event_name" AS VARCHAR) COLLATE c)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN make_timestamp(
            CAST(CAST("e"."ts" AS DECIMAL(38, 3)) * 1000 AS BIGINT)
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      (CAST("e"."cust" AS VARCHAR) COLLATE c) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) AS "t",
      'checkout' AS "event"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN make_timestamp(
            CAST(
              CAST("e"."checked_out_at" AS DECIMAL(38, 3)) * 1000 AS BIGINT
            )
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates_4" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER(
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14"
    FROM
      "seg_events_4" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg_1"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_2") >= 1e-15
            AND ABS("agg_2"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_2") AS DOUBLE)
            ELSE "agg_2"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg_2"."avg_3") >= 1e-15
          AND ABS("agg_2"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."avg_3") AS DOUBLE)
          ELSE "agg_2"."avg_3"
        END
      ) AS "avg_3",
      "agg_2"."min_4" AS "min_4",
      "agg_2"."max_5" AS "max_5",
      COALESCE("agg_3"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg_1"."active_days_7", 0) AS "active_days_7",
      "agg_1"."first_time_8" AS "first_time_8",
      "agg_1"."last_time_9" AS "last_time_9",
      "agg_3"."first_value_10" AS "first_value_10",
      "agg_3"."last_value_11" AS "last_value_11",
      COALESCE("agg_2"."count_12", 0) AS "count_12",
      "agg_2"."first_time_13" AS "first_time_13",
      COALESCE("agg_4"."count_14", 0) AS "count_14",
      COALESCE("agg_2"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg_2"."sum_16") >= 1e-15
            AND ABS("agg_2"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg_2"."sum_16") AS DOUBLE)
            ELSE "agg_2"."sum_16"
          END
        ),
        0
      ) AS "sum_16"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates_1" AS "agg_1" ON "agg_1"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_2" AS "agg_2" ON "agg_2"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_3" AS "agg_3" ON "agg_3"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
      LEFT JOIN "seg_aggregates_4" AS "agg_4" ON "agg_4"."entity_key" = (CAST("ent"."customer_id" AS VARCHAR) COLLATE c)
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
    ("f"."count_1" >= 2)
    AND ("f"."sum_2" >= 1000)
    AND ("f"."avg_3" > 10)
    AND ("f"."min_4" > 0)
    AND ("f"."max_5" < 10000)
    AND ("f"."distinct_6" >= 3)
    AND ("f"."active_days_7" >= 10)
    AND (
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE c) = 'home')
    AND (("f"."last_value_11" COLLATE c) <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== flags (select)
-- segment flags
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
      "ent"."customer_id" AS "entity_key",
      ("ent"."key_account" <> 0) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_key_account" = TRUE)
    OR ("f"."attr_key_account" = FALSE)
  )
ORDER BY
  "f"."entity_key"

-- ===== flags (view)
-- segment flags
CREATE OR REPLACE VIEW "flags" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      ("ent"."key_account" <> 0) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_key_account" = TRUE)
    OR ("f"."attr_key_account" = FALSE)
  )
ORDER BY
  "f"."entity_key";

-- ===== flags (dbt)
-- segment flags
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
      "ent"."customer_id" AS "entity_key",
      ("ent"."key_account" <> 0) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_key_account" = TRUE)
    OR ("f"."attr_key_account" = FALSE)
  )
ORDER BY
  "f"."entity_key"

-- ===== escapes (select)
-- segment escapes
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" COLLATE c) = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== escapes (view)
-- segment escapes
CREATE OR REPLACE VIEW "escapes" AS
WITH
  "seg_params" AS (
    SELECT
      timezone('UTC', current_timestamp) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" COLLATE c) = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== escapes (dbt)
-- segment escapes
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS VARCHAR) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              (CAST("t"."customer_id" AS VARCHAR) COLLATE c)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
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
    ("f"."attr_name" COLLATE c) = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"
