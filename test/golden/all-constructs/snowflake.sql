-- ===== membership of customer
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-3600000), "x"."as_of") AS "as_of_minus_1h",
      DATEADD(MILLISECOND, (-86400000), "x"."as_of") AS "as_of_minus_1d",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-5184000000), "x"."as_of") AS "as_of_minus_60d",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d",
      DATEADD(MILLISECOND, (-31536000000), "x"."as_of") AS "as_of_minus_365d"
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
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      "e"."currency" AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login' THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
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
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_8",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login' THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_9",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1d" THEN 1
        END
      ) AS "count_10",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5) THEN 1
        END
      ) AS "count_11",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_12",
      COUNT(
        CASE
          WHEN "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_13",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d" THEN 1
        END
      ) AS "count_14",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_15",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout' THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_19",
      AVG(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "avg_20",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "min_21",
      MAX(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "max_22",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN "ev"."view__page"
        END
      ) AS "distinct_23",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_24",
      MIN(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "first_time_25",
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "last_time_26",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_29",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0) THEN "ev"."t"
        END
      ) AS "first_time_30",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1h" THEN 1
        END
      ) AS "count_31",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_32",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_33"
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
          "e"."customer_id" AS "entity_key",
          (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) AS "t",
          CASE "e"."event_name"
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."payload", 'page') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."payload", 'page') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "view__page"
        FROM
          "shop"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event_name" IN ('view')
          AND (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'view')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "first_value_27_time",
      MAX(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "last_value_28_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."first_value_27_time" THEN "ev"."view__page"
        END
      ) AS "first_value_27",
      MAX(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."last_value_28_time" THEN "ev"."view__page"
        END
      ) AS "last_value_28"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event_name" IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
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
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_16_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'login')
        OR ("s"."event" = 'checkout')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_16_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          3600000,
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
      "seg_sequence_16_step_1" AS "x"
  ),
  "seg_sequence_16" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_16_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
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
          "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'checkout'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_17" AS (
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
          "seg_sequence_17_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND DATEADD(MILLISECOND, 1800000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1800000, "y"."t")
      )
  ),
  "seg_sequence_18_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND ("s"."view__page" = 'cart') THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0) THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        (
          "s"."event" = 'view'
          AND ("s"."view__page" = 'cart')
        )
        OR ("s"."event" = 'login')
        OR (
          "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0)
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_18_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          172800000,
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
      "seg_sequence_18_step_1" AS "x"
  ),
  "seg_sequence_18" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_2" AS "reached_2",
          MIN(
            CASE
              WHEN "x"."step_3" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_18_step_2" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_2" = 1
      AND DATEADD(MILLISECOND, 259200000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 259200000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      "ent"."name" AS "attr_name",
      "ent"."day" AS "attr_day",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
      ) AS "attr_signed_up",
      CAST("rel_org"."table_count" AS DOUBLE) AS "attr_org__table_count",
      "ent"."key_account" AS "attr_key_account",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."count_5", 0) AS "count_5",
      COALESCE("agg"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg"."active_days_9", 0) AS "active_days_9",
      COALESCE("agg"."count_10", 0) AS "count_10",
      COALESCE("agg"."count_11", 0) AS "count_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      COALESCE("agg"."count_13", 0) AS "count_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_19") >= 1e-15
            AND ABS("agg"."sum_19") < 1000000000000000 THEN ROUND(
              "agg"."sum_19",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_19"))) + (
                  CASE
                    WHEN ABS("agg"."sum_19") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_19")))) THEN 1
                    WHEN ABS("agg"."sum_19") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_19"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_19"
          END
        ),
        0
      ) AS "sum_19",
      (
        CASE
          WHEN ABS("agg"."avg_20") >= 1e-15
          AND ABS("agg"."avg_20") < 1000000000000000 THEN ROUND(
            "agg"."avg_20",
            (
              14 - FLOOR(LOG(10, ABS("agg"."avg_20"))) + (
                CASE
                  WHEN ABS("agg"."avg_20") < POWER(10, FLOOR(LOG(10, ABS("agg"."avg_20")))) THEN 1
                  WHEN ABS("agg"."avg_20") >= POWER(10, FLOOR(LOG(10, ABS("agg"."avg_20"))) + 1) THEN -1
                  ELSE 0
                END
              )
            )
          )
          ELSE "agg"."avg_20"
        END
      ) AS "avg_20",
      "agg"."min_21" AS "min_21",
      "agg"."max_22" AS "max_22",
      COALESCE("agg"."distinct_23", 0) AS "distinct_23",
      COALESCE("agg"."active_days_24", 0) AS "active_days_24",
      "agg"."first_time_25" AS "first_time_25",
      "agg"."last_time_26" AS "last_time_26",
      "ranked"."first_value_27" AS "first_value_27",
      "ranked"."last_value_28" AS "last_value_28",
      COALESCE("agg"."count_29", 0) AS "count_29",
      "agg"."first_time_30" AS "first_time_30",
      COALESCE("agg"."count_31", 0) AS "count_31",
      COALESCE("agg"."count_32", 0) AS "count_32",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_33") >= 1e-15
            AND ABS("agg"."sum_33") < 1000000000000000 THEN ROUND(
              "agg"."sum_33",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_33"))) + (
                  CASE
                    WHEN ABS("agg"."sum_33") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_33")))) THEN 1
                    WHEN ABS("agg"."sum_33") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_33"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_33"
          END
        ),
        0
      ) AS "sum_33",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17",
      COALESCE(
        "ent"."customer_id" IN (
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
              "t"."customer_id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON "rel_org"."id" = "ent"."org_id"
      AND "rel_org"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."customer_id"
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
          CONTAINS(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'a'
          )
          OR (
            NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
          )
          OR STARTSWITH("f"."attr_name", 'c')
          OR ENDSWITH(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
          )
          OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
          OR (
            NOT COALESCE(
              (
                REGEXP_INSTR(
                  TRANSLATE(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ),
                  'x'
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
          AND (
            ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
            OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
            AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (
            TRANSLATE(
              "f"."attr_day",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            FLOOR(
              DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
          AND ("f"."attr_name" = 'x')
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
            "f"."first_time_25" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND ("f"."last_time_26" > "p"."as_of_minus_3d")
          AND ("f"."first_value_27" = 'home')
          AND ("f"."last_value_28" <> 'exit')
          AND ("f"."count_29" >= 2)
          AND (
            "f"."first_time_30" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
          "f"."attr_name" = 'quote " backslash \\ newline \n tab 	 cr \r emoji 😀'
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
              "t"."customer_id"
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
CREATE OR REPLACE VIEW "comparisons" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
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
              "t"."customer_id"
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
              "t"."customer_id"
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
CREATE OR REPLACE VIEW "deprecated_plain" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    CONTAINS(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'a'
    )
    OR (
      NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
    )
    OR STARTSWITH("f"."attr_name", 'c')
    OR ENDSWITH(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
    )
    OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
    OR (
      NOT COALESCE(
        (
          REGEXP_INSTR(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'x'
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== strings (view)
-- segment strings
CREATE OR REPLACE VIEW "strings" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    CONTAINS(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'a'
    )
    OR (
      NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
    )
    OR STARTSWITH("f"."attr_name", 'c')
    OR ENDSWITH(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
    )
    OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
    OR (
      NOT COALESCE(
        (
          REGEXP_INSTR(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'x'
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    CONTAINS(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'a'
    )
    OR (
      NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
    )
    OR STARTSWITH("f"."attr_name", 'c')
    OR ENDSWITH(
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ),
      'd'
    )
    OR (
      NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
    )
    OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
    OR (
      NOT COALESCE(
        (
          REGEXP_INSTR(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'x'
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      TRANSLATE(
        "f"."attr_name",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (select)
-- segment lists
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
    AND (
      ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
      AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (
      TRANSLATE(
        "f"."attr_day",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (view)
-- segment lists
CREATE OR REPLACE VIEW "lists" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
    AND (
      ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
      AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (
      TRANSLATE(
        "f"."attr_day",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
    AND (
      ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
      AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (
      TRANSLATE(
        "f"."attr_day",
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'abcdefghijklmnopqrstuvwxyz'
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (select)
-- segment times
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (view)
-- segment times
CREATE OR REPLACE VIEW "times" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== arithmetic (select)
-- segment arithmetic
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
              "t"."customer_id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON "rel_org"."id" = "ent"."org_id"
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
CREATE OR REPLACE VIEW "arithmetic" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
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
              "t"."customer_id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON "rel_org"."id" = "ent"."org_id"
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
              "t"."customer_id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON "rel_org"."id" = "ent"."org_id"
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      "ent"."name" AS "attr_name",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
          CONTAINS(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'a'
          )
          OR (
            NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
          )
          OR STARTSWITH("f"."attr_name", 'c')
          OR ENDSWITH(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
          )
          OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
          OR (
            NOT COALESCE(
              (
                REGEXP_INSTR(
                  TRANSLATE(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ),
                  'x'
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
          AND (
            ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
            OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
            AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (
            TRANSLATE(
              "f"."attr_day",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            FLOOR(
              DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
CREATE OR REPLACE VIEW "membership" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      "ent"."name" AS "attr_name",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
          CONTAINS(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'a'
          )
          OR (
            NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
          )
          OR STARTSWITH("f"."attr_name", 'c')
          OR ENDSWITH(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
          )
          OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
          OR (
            NOT COALESCE(
              (
                REGEXP_INSTR(
                  TRANSLATE(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ),
                  'x'
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
          AND (
            ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
            OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
            AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (
            TRANSLATE(
              "f"."attr_day",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            FLOOR(
              DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."count" AS DOUBLE) AS "attr_count",
      "ent"."name" AS "attr_name",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."day" AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."created" AS BIGINT), 3)
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN TO_TIMESTAMP_NTZ(CAST("ent"."time" * 1000 AS BIGINT), 3)
        END
      ) AS "attr_time",
      (
        CASE
          WHEN REGEXP_LIKE(
            CAST("ent"."signed_up" AS VARCHAR),
            '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$'
          ) THEN DATEADD(
            MINUTE,
            - (
              CASE
                WHEN LTRIM(
                  SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                  '0123456789:.'
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  LTRIM(
                    SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
                          2
                        ),
                        ''
                      ) AS INTEGER
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
                            SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                            '0123456789:.'
                          ),
                          2,
                          2
                        ),
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
                              SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
                              '0123456789:.'
                            ),
                            ':',
                            ''
                          ),
                          4,
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
                    CAST("ent"."signed_up" AS VARCHAR),
                    1,
                    length(CAST("ent"."signed_up" AS VARCHAR)) - length(
                      LTRIM(
                        SUBSTR(CAST("ent"."signed_up" AS VARCHAR), 17),
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
              "t"."customer_id"
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
          CONTAINS(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'a'
          )
          OR (
            NOT COALESCE(CONTAINS("f"."attr_name", 'b'), FALSE)
          )
          OR STARTSWITH("f"."attr_name", 'c')
          OR ENDSWITH(
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'd'
          )
          OR (
            NOT COALESCE(STARTSWITH("f"."attr_name", 'e'), FALSE)
          )
          OR (REGEXP_INSTR("f"."attr_name", '^[a-z]+$') > 0)
          OR (
            NOT COALESCE(
              (
                REGEXP_INSTR(
                  TRANSLATE(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ),
                  'x'
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            TRANSLATE(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          ARRAY_CONTAINS(TO_VARIANT('x'), "f"."attr_tags")
          AND (
            ARRAY_CONTAINS(TO_VARIANT('a'), "f"."attr_tags")
            OR ARRAY_CONTAINS(TO_VARIANT('b'), "f"."attr_tags")
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND ARRAY_CONTAINS(TO_VARIANT('US'), "f"."attr_tags")
            AND ARRAY_CONTAINS(TO_VARIANT('CA'), "f"."attr_tags")
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (
            TRANSLATE(
              "f"."attr_day",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMP_NTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            FLOOR(
              DATEDIFF(MICROSECOND, "f"."attr_created", "p"."as_of") / 86400000000
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-86400000), "x"."as_of") AS "as_of_minus_1d",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-5184000000), "x"."as_of") AS "as_of_minus_60d"
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
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      "e"."currency" AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_3",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_4",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login' THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_8",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1d" THEN 1
        END
      ) AS "count_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5) THEN 1
        END
      ) AS "count_10",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_11",
      COUNT(
        CASE
          WHEN "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_12",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d" THEN 1
        END
      ) AS "count_13",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event_name" IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
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
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'login')
        OR ("s"."event" = 'checkout')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_15_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          3600000,
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
      "seg_sequence_15_step_1" AS "x"
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_16_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
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
          "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'checkout'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_16" AS (
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
          "seg_sequence_16_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND DATEADD(MILLISECOND, 1800000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1800000, "y"."t")
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND ("s"."view__page" = 'cart') THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0) THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        (
          "s"."event" = 'view'
          AND ("s"."view__page" = 'cart')
        )
        OR ("s"."event" = 'login')
        OR (
          "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0)
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_17_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          172800000,
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
      "seg_sequence_17_step_1" AS "x"
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_2" AS "reached_2",
          MIN(
            CASE
              WHEN "x"."step_3" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_17_step_2" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_2" = 1
      AND DATEADD(MILLISECOND, 259200000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 259200000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg"."count_9", 0) AS "count_9",
      COALESCE("agg"."count_10", 0) AS "count_10",
      COALESCE("agg"."count_11", 0) AS "count_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      COALESCE("agg"."count_13", 0) AS "count_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        "ent"."customer_id" IN (
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
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
    AND ("f"."attr_name" = 'x')
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
CREATE OR REPLACE VIEW "behaviour" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-86400000), "x"."as_of") AS "as_of_minus_1d",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-5184000000), "x"."as_of") AS "as_of_minus_60d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      "e"."currency" AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_3",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_4",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login' THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_8",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1d" THEN 1
        END
      ) AS "count_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5) THEN 1
        END
      ) AS "count_10",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_11",
      COUNT(
        CASE
          WHEN "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_12",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d" THEN 1
        END
      ) AS "count_13",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event_name" IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
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
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'login')
        OR ("s"."event" = 'checkout')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_15_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          3600000,
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
      "seg_sequence_15_step_1" AS "x"
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_16_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
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
          "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'checkout'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_16" AS (
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
          "seg_sequence_16_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND DATEADD(MILLISECOND, 1800000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1800000, "y"."t")
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND ("s"."view__page" = 'cart') THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0) THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        (
          "s"."event" = 'view'
          AND ("s"."view__page" = 'cart')
        )
        OR ("s"."event" = 'login')
        OR (
          "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0)
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_17_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          172800000,
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
      "seg_sequence_17_step_1" AS "x"
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_2" AS "reached_2",
          MIN(
            CASE
              WHEN "x"."step_3" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_17_step_2" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_2" = 1
      AND DATEADD(MILLISECOND, 259200000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 259200000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg"."count_9", 0) AS "count_9",
      COALESCE("agg"."count_10", 0) AS "count_10",
      COALESCE("agg"."count_11", 0) AS "count_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      COALESCE("agg"."count_13", 0) AS "count_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        "ent"."customer_id" IN (
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
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
    AND ("f"."attr_name" = 'x')
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
      DATEADD(MILLISECOND, (-86400000), "x"."as_of") AS "as_of_minus_1d",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-5184000000), "x"."as_of") AS "as_of_minus_60d"
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
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      "e"."currency" AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_3",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_4",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login' THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_8",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1d" THEN 1
        END
      ) AS "count_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5) THEN 1
        END
      ) AS "count_10",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_11",
      COUNT(
        CASE
          WHEN "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_12",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d" THEN 1
        END
      ) AS "count_13",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event_name" IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
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
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_sequence_15_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout' THEN 1
          ELSE 0
        END
      ) AS "step_2"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        ("s"."event" = 'login')
        OR ("s"."event" = 'checkout')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_15_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          3600000,
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
      "seg_sequence_15_step_1" AS "x"
  ),
  "seg_sequence_15" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_15_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_16_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
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
          "s"."event" = 'view'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
        OR (
          "s"."event" = 'checkout'
          AND "s"."t" > "p"."as_of_minus_7d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_16" AS (
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
          "seg_sequence_16_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND DATEADD(MILLISECOND, 1800000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1800000, "y"."t")
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND ("s"."view__page" = 'cart') THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'login' THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0) THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
    WHERE
      (
        (
          "s"."event" = 'view'
          AND ("s"."view__page" = 'cart')
        )
        OR ("s"."event" = 'login')
        OR (
          "s"."event" = 'checkout'
          AND ("s"."checkout__amount" > 0)
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_17_step_2" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_2" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          172800000,
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
      "seg_sequence_17_step_1" AS "x"
  ),
  "seg_sequence_17" AS (
    SELECT DISTINCT
      "y"."entity_key" AS "entity_key"
    FROM
      (
        SELECT
          "x"."entity_key" AS "entity_key",
          "x"."t" AS "t",
          "x"."reached_2" AS "reached_2",
          MIN(
            CASE
              WHEN "x"."step_3" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS "next_t"
        FROM
          "seg_sequence_17_step_2" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_2" = 1
      AND DATEADD(MILLISECOND, 259200000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 259200000, "y"."t")
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."count_3", 0) AS "count_3",
      COALESCE("agg"."count_4", 0) AS "count_4",
      COALESCE("agg"."active_days_5", 0) AS "active_days_5",
      COALESCE("agg"."active_days_6", 0) AS "active_days_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      COALESCE("agg"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg"."count_9", 0) AS "count_9",
      COALESCE("agg"."count_10", 0) AS "count_10",
      COALESCE("agg"."count_11", 0) AS "count_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      COALESCE("agg"."count_13", 0) AS "count_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        "ent"."customer_id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        "ent"."customer_id" IN (
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
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
    AND ("f"."attr_name" = 'x')
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-3600000), "x"."as_of") AS "as_of_minus_1h",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d",
      DATEADD(MILLISECOND, (-31536000000), "x"."as_of") AS "as_of_minus_365d"
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
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page",
      NULL AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page",
      "e"."currency" AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout' THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_2",
      AVG(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "avg_3",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "min_4",
      MAX(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "max_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN "ev"."view__page"
        END
      ) AS "distinct_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      MIN(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "first_time_8",
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "last_time_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_12",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0) THEN "ev"."t"
        END
      ) AS "first_time_13",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1h" THEN 1
        END
      ) AS "count_14",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_15",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_16"
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
          "e"."customer_id" AS "entity_key",
          (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) AS "t",
          CASE "e"."event_name"
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."payload", 'page') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."payload", 'page') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "view__page"
        FROM
          "shop"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event_name" IN ('view')
          AND (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'view')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "first_value_10_time",
      MAX(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "last_value_11_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."first_value_10_time" THEN "ev"."view__page"
        END
      ) AS "first_value_10",
      MAX(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."last_value_11_time" THEN "ev"."view__page"
        END
      ) AS "last_value_11"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN ROUND(
              "agg"."sum_2",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_2"))) + (
                  CASE
                    WHEN ABS("agg"."sum_2") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2")))) THEN 1
                    WHEN ABS("agg"."sum_2") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN ROUND(
            "agg"."avg_3",
            (
              14 - FLOOR(LOG(10, ABS("agg"."avg_3"))) + (
                CASE
                  WHEN ABS("agg"."avg_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3")))) THEN 1
                  WHEN ABS("agg"."avg_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3"))) + 1) THEN -1
                  ELSE 0
                END
              )
            )
          )
          ELSE "agg"."avg_3"
        END
      ) AS "avg_3",
      "agg"."min_4" AS "min_4",
      "agg"."max_5" AS "max_5",
      COALESCE("agg"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      "agg"."first_time_8" AS "first_time_8",
      "agg"."last_time_9" AS "last_time_9",
      "ranked"."first_value_10" AS "first_value_10",
      "ranked"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN ROUND(
              "agg"."sum_16",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_16"))) + (
                  CASE
                    WHEN ABS("agg"."sum_16") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16")))) THEN 1
                    WHEN ABS("agg"."sum_16") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_16"
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."customer_id"
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== aggregates (view)
-- segment aggregates
CREATE OR REPLACE VIEW "aggregates" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-3600000), "x"."as_of") AS "as_of_minus_1h",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d",
      DATEADD(MILLISECOND, (-31536000000), "x"."as_of") AS "as_of_minus_365d"
    FROM
      (
        SELECT
          SYSDATE() AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page",
      NULL AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page",
      "e"."currency" AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout' THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_2",
      AVG(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "avg_3",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "min_4",
      MAX(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "max_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN "ev"."view__page"
        END
      ) AS "distinct_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      MIN(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "first_time_8",
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "last_time_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_12",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0) THEN "ev"."t"
        END
      ) AS "first_time_13",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1h" THEN 1
        END
      ) AS "count_14",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_15",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_16"
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
          "e"."customer_id" AS "entity_key",
          (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) AS "t",
          CASE "e"."event_name"
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."payload", 'page') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."payload", 'page') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "view__page"
        FROM
          "shop"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event_name" IN ('view')
          AND (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'view')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "first_value_10_time",
      MAX(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "last_value_11_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."first_value_10_time" THEN "ev"."view__page"
        END
      ) AS "first_value_10",
      MAX(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."last_value_11_time" THEN "ev"."view__page"
        END
      ) AS "last_value_11"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN ROUND(
              "agg"."sum_2",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_2"))) + (
                  CASE
                    WHEN ABS("agg"."sum_2") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2")))) THEN 1
                    WHEN ABS("agg"."sum_2") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN ROUND(
            "agg"."avg_3",
            (
              14 - FLOOR(LOG(10, ABS("agg"."avg_3"))) + (
                CASE
                  WHEN ABS("agg"."avg_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3")))) THEN 1
                  WHEN ABS("agg"."avg_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3"))) + 1) THEN -1
                  ELSE 0
                END
              )
            )
          )
          ELSE "agg"."avg_3"
        END
      ) AS "avg_3",
      "agg"."min_4" AS "min_4",
      "agg"."max_5" AS "max_5",
      COALESCE("agg"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      "agg"."first_time_8" AS "first_time_8",
      "agg"."last_time_9" AS "last_time_9",
      "ranked"."first_value_10" AS "first_value_10",
      "ranked"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN ROUND(
              "agg"."sum_16",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_16"))) + (
                  CASE
                    WHEN ABS("agg"."sum_16") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16")))) THEN 1
                    WHEN ABS("agg"."sum_16") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_16"
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."customer_id"
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
      DATEADD(MILLISECOND, (-3600000), "x"."as_of") AS "as_of_minus_1h",
      DATEADD(MILLISECOND, (-259200000), "x"."as_of") AS "as_of_minus_3d",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-2592000000), "x"."as_of") AS "as_of_minus_30d",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d",
      DATEADD(MILLISECOND, (-31536000000), "x"."as_of") AS "as_of_minus_365d"
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
      "e"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) AS "t",
      CASE "e"."event_name"
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN "e"."event_name" = 'view' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."payload", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."payload", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."payload", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "view__page",
      NULL AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      "e"."cust" AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) AS "t",
      'checkout' AS "event",
      CAST("e"."total" AS DOUBLE) AS "checkout__amount",
      NULL AS "view__page",
      "e"."currency" AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."checked_out_at" AS BIGINT), 3)
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout' THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_2",
      AVG(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "avg_3",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "min_4",
      MAX(
        CASE
          WHEN "ev"."event" = 'checkout' THEN "ev"."checkout__amount"
        END
      ) AS "max_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN "ev"."view__page"
        END
      ) AS "distinct_6",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_7",
      MIN(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "first_time_8",
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "last_time_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_12",
      MIN(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0) THEN "ev"."t"
        END
      ) AS "first_time_13",
      COUNT(
        CASE
          WHEN "ev"."t" > "p"."as_of_minus_1h" THEN 1
        END
      ) AS "count_14",
      COUNT(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_15",
      SUM(
        CASE
          WHEN "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ) THEN CAST("ev"."checkout__amount" AS DOUBLE)
        END
      ) AS "sum_16"
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
          "e"."customer_id" AS "entity_key",
          (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) AS "t",
          CASE "e"."event_name"
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS "event",
          (
            CASE
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."payload", 'page') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."payload", 'page')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."payload", 'page') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."payload", 'page') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."payload", 'page') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "view__page"
        FROM
          "shop"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event_name" IN ('view')
          AND (
            CASE
              WHEN "e"."ts" >= -30610224000000
              AND "e"."ts" <= 253402300799999 THEN TO_TIMESTAMP_NTZ(CAST("e"."ts" AS BIGINT), 3)
            END
          ) <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'view')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "first_value_10_time",
      MAX(
        CASE
          WHEN "ev"."event" = 'view' THEN "ev"."t"
        END
      ) AS "last_value_11_time"
    FROM
      "seg_ranked_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_aggregates" AS (
    SELECT
      "rk"."entity_key" AS "entity_key",
      MIN(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."first_value_10_time" THEN "ev"."view__page"
        END
      ) AS "first_value_10",
      MAX(
        CASE
          WHEN "ev"."event" = 'view'
          AND "ev"."t" = "rk"."last_value_11_time" THEN "ev"."view__page"
        END
      ) AS "last_value_11"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN ROUND(
              "agg"."sum_2",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_2"))) + (
                  CASE
                    WHEN ABS("agg"."sum_2") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2")))) THEN 1
                    WHEN ABS("agg"."sum_2") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_2"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN ROUND(
            "agg"."avg_3",
            (
              14 - FLOOR(LOG(10, ABS("agg"."avg_3"))) + (
                CASE
                  WHEN ABS("agg"."avg_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3")))) THEN 1
                  WHEN ABS("agg"."avg_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."avg_3"))) + 1) THEN -1
                  ELSE 0
                END
              )
            )
          )
          ELSE "agg"."avg_3"
        END
      ) AS "avg_3",
      "agg"."min_4" AS "min_4",
      "agg"."max_5" AS "max_5",
      COALESCE("agg"."distinct_6", 0) AS "distinct_6",
      COALESCE("agg"."active_days_7", 0) AS "active_days_7",
      "agg"."first_time_8" AS "first_time_8",
      "agg"."last_time_9" AS "last_time_9",
      "ranked"."first_value_10" AS "first_value_10",
      "ranked"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN ROUND(
              "agg"."sum_16",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_16"))) + (
                  CASE
                    WHEN ABS("agg"."sum_16") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16")))) THEN 1
                    WHEN ABS("agg"."sum_16") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_16"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            )
            ELSE "agg"."sum_16"
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
              "t"."customer_id"
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = "ent"."customer_id"
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."customer_id"
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== flags (select)
-- segment flags
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."key_account" AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
CREATE OR REPLACE VIEW "flags" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."key_account" AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."key_account" AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    "f"."attr_name" = 'quote " backslash \\ newline \n tab 	 cr \r emoji 😀'
  )
ORDER BY
  "f"."entity_key"

-- ===== escapes (view)
-- segment escapes
CREATE OR REPLACE VIEW "escapes" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    "f"."attr_name" = 'quote " backslash \\ newline \n tab 	 cr \r emoji 😀'
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
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      "ent"."name" AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              "t"."customer_id"
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
    "f"."attr_name" = 'quote " backslash \\ newline \n tab 	 cr \r emoji 😀'
  )
ORDER BY
  "f"."entity_key"
