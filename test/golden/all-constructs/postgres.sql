-- ===== membership of customer
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "checkout__currency",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
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
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST("e"."currency" AS TEXT) AS "checkout__currency",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_3",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_4",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_5",
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
      ) AS "active_days_6",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_8",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "active_days_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_10",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5)
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE "C") = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND (("ev"."view__page" COLLATE "C") IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_14",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_19",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_20",
      MIN("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "min_21",
      MAX("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "max_22",
      COUNT(DISTINCT ("ev"."view__page" COLLATE "C")) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_23",
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_24",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "first_time_25",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_26",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_29",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0)
      ) AS "first_time_30",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_31",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_32",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            (("ev"."checkout__currency" COLLATE "C") = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "sum_33"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_27"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") ASC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_ranked_2" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_28"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event_name" AS TEXT) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
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
      AND ("y"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1800000 milliseconds')
      )
  ),
  "seg_sequence_18_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND (("s"."view__page" COLLATE "C") = 'cart') THEN 1
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
          AND (("s"."view__page" COLLATE "C") = 'cart')
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
          ) + INTERVAL '172800000 milliseconds'
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
      AND ("y"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '259200000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      CAST("ent"."day" AS TEXT) AS "attr_day",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
      ) AS "attr_signed_up",
      (
        CASE
          WHEN "rel_org"."table_count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_org"."table_count" <> 0
            AND "rel_org"."table_count" > -1e-300
            AND "rel_org"."table_count" < 1e-300
            AND CAST("rel_org"."table_count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_org"."table_count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_org__table_count",
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
            AND ABS("agg"."sum_19") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_19" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_19"
          END
        ),
        0
      ) AS "sum_19",
      (
        CASE
          WHEN ABS("agg"."avg_20") >= 1e-15
          AND ABS("agg"."avg_20") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_20" AS NUMERIC) AS DOUBLE PRECISION
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
      "ranked_1"."first_value_27" AS "first_value_27",
      "ranked_2"."last_value_28" AS "last_value_28",
      COALESCE("agg"."count_29", 0) AS "count_29",
      "agg"."first_time_30" AS "first_time_30",
      COALESCE("agg"."count_31", 0) AS "count_31",
      COALESCE("agg"."count_32", 0) AS "count_32",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_33") >= 1e-15
            AND ABS("agg"."sum_33") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_33" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_33"
          END
        ),
        0
      ) AS "sum_33",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
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
              CAST("t"."customer_id" AS TEXT)
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON CAST("rel_org"."id" AS TEXT) = CAST("ent"."org_id" AS TEXT)
      AND "rel_org"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
          (
            strpos(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'a'
            ) > 0
          )
          OR (
            NOT COALESCE(
              (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
              FALSE
            )
          )
          OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
          OR (
            right(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              length('d')
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE "C"), 'e'),
              FALSE
            )
          )
          OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
          OR (
            NOT COALESCE(
              (
                (
                  translate(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ) COLLATE "C"
                ) ~ 'x'
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
              ) COLLATE "C"
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
          )
          AND (
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
            )
            OR (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
            )
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
            )
          )
          AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
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
                      "f"."attr_created"
                  )
                ) / 86400
              ) AS DOUBLE PRECISION
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
          AND (("f"."attr_name" COLLATE "C") = 'x')
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
            "f"."first_time_25" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND ("f"."last_time_26" > "p"."as_of_minus_3d")
          AND (("f"."first_value_27" COLLATE "C") = 'home')
          AND (("f"."last_value_28" COLLATE "C") <> 'exit')
          AND ("f"."count_29" >= 2)
          AND (
            "f"."first_time_30" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
          ("f"."attr_name" COLLATE "C") = (
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      strpos(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        'a'
      ) > 0
    )
    OR (
      NOT COALESCE(
        (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
        FALSE
      )
    )
    OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
    OR (
      right(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        length('d')
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE "C"), 'e'),
        FALSE
      )
    )
    OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
    OR (
      NOT COALESCE(
        (
          (
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) ~ 'x'
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
        ) COLLATE "C"
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== strings (view)
-- segment strings
CREATE OR REPLACE VIEW "strings" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      strpos(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        'a'
      ) > 0
    )
    OR (
      NOT COALESCE(
        (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
        FALSE
      )
    )
    OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
    OR (
      right(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        length('d')
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE "C"), 'e'),
        FALSE
      )
    )
    OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
    OR (
      NOT COALESCE(
        (
          (
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) ~ 'x'
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
        ) COLLATE "C"
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== strings (dbt)
-- segment strings
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      strpos(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        'a'
      ) > 0
    )
    OR (
      NOT COALESCE(
        (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
        FALSE
      )
    )
    OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
    OR (
      right(
        (
          translate(
            "f"."attr_name",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ) COLLATE "C"
        ),
        length('d')
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        starts_with(("f"."attr_name" COLLATE "C"), 'e'),
        FALSE
      )
    )
    OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
    OR (
      NOT COALESCE(
        (
          (
            translate(
              "f"."attr_name",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ) COLLATE "C"
          ) ~ 'x'
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
        ) COLLATE "C"
      ) = 'z'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (select)
-- segment lists
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
    )
    AND (
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
      )
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
      )
    )
    AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (view)
-- segment lists
CREATE OR REPLACE VIEW "lists" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
    )
    AND (
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
      )
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
      )
    )
    AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== lists (dbt)
-- segment lists
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    (
      CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
    )
    AND (
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
      )
      AND (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
      )
    )
    AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      (
        translate(
          "f"."attr_day",
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'abcdefghijklmnopqrstuvwxyz'
        ) COLLATE "C"
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (select)
-- segment times
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
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
                "f"."attr_created"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (view)
-- segment times
CREATE OR REPLACE VIEW "times" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
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
                "f"."attr_created"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== times (dbt)
-- segment times
WITH
  "seg_params" AS NOT materialized (
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
      "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND (
      "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
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
                "f"."attr_created"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== arithmetic (select)
-- segment arithmetic
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      (
        CASE
          WHEN "rel_org"."table_count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_org"."table_count" <> 0
            AND "rel_org"."table_count" > -1e-300
            AND "rel_org"."table_count" < 1e-300
            AND CAST("rel_org"."table_count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_org"."table_count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON CAST("rel_org"."id" AS TEXT) = CAST("ent"."org_id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      (
        CASE
          WHEN "rel_org"."table_count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_org"."table_count" <> 0
            AND "rel_org"."table_count" > -1e-300
            AND "rel_org"."table_count" < 1e-300
            AND CAST("rel_org"."table_count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_org"."table_count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON CAST("rel_org"."id" AS TEXT) = CAST("ent"."org_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      (
        CASE
          WHEN "rel_org"."table_count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_org"."table_count" <> 0
            AND "rel_org"."table_count" > -1e-300
            AND "rel_org"."table_count" < 1e-300
            AND CAST("rel_org"."table_count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_org"."table_count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          "t"."org_id" AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
              CAST("t"."id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_org" ON CAST("rel_org"."id" AS TEXT) = CAST("ent"."org_id" AS TEXT)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
          (
            strpos(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'a'
            ) > 0
          )
          OR (
            NOT COALESCE(
              (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
              FALSE
            )
          )
          OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
          OR (
            right(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              length('d')
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE "C"), 'e'),
              FALSE
            )
          )
          OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
          OR (
            NOT COALESCE(
              (
                (
                  translate(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ) COLLATE "C"
                ) ~ 'x'
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
              ) COLLATE "C"
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
          )
          AND (
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
            )
            OR (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
            )
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
            )
          )
          AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
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
                      "f"."attr_created"
                  )
                ) / 86400
              ) AS DOUBLE PRECISION
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '259200000 milliseconds') AS "as_of_minus_3d",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
      ("x"."as_of" - INTERVAL '2592000000 milliseconds') AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
          (
            strpos(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'a'
            ) > 0
          )
          OR (
            NOT COALESCE(
              (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
              FALSE
            )
          )
          OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
          OR (
            right(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              length('d')
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE "C"), 'e'),
              FALSE
            )
          )
          OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
          OR (
            NOT COALESCE(
              (
                (
                  translate(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ) COLLATE "C"
                ) ~ 'x'
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
              ) COLLATE "C"
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
          )
          AND (
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
            )
            OR (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
            )
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
            )
          )
          AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
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
                      "f"."attr_created"
                  )
                ) / 86400
              ) AS DOUBLE PRECISION
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
  "seg_params" AS NOT materialized (
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
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN "ent"."count" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."count" <> 0
            AND "ent"."count" > -1e-300
            AND "ent"."count" < 1e-300
            AND CAST("ent"."count" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."count" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_count",
      CAST("ent"."name" AS TEXT) AS "attr_name",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."day" AS TEXT) AS "attr_day",
      (
        CASE
          WHEN "ent"."created" >= -30610224000000
          AND "ent"."created" <= 253402300799999 THEN (
            to_timestamp(floor("ent"."created" / 1000.0)) + (
              "ent"."created" - floor("ent"."created" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN "ent"."time" >= -30610224000
          AND "ent"."time" <= 253402300799.999 THEN to_timestamp("ent"."time")
        END
      ) AS "attr_time",
      (
        CASE
          WHEN CAST("ent"."signed_up" AS TEXT) ~ '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN (
            CAST(
              substr(
                substr(
                  CAST("ent"."signed_up" AS TEXT),
                  1,
                  length(CAST("ent"."signed_up" AS TEXT)) - length(
                    ltrim(
                      substr(CAST("ent"."signed_up" AS TEXT), 17),
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
                substr(CAST("ent"."signed_up" AS TEXT), 17),
                '0123456789:.'
              ) IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(
                  substr(CAST("ent"."signed_up" AS TEXT), 17),
                  '0123456789:.'
                ),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(
                          substr(CAST("ent"."signed_up" AS TEXT), 17),
                          '0123456789:.'
                        ),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(
                            substr(CAST("ent"."signed_up" AS TEXT), 17),
                            '0123456789:.'
                          ),
                          ':',
                          ''
                        ),
                        4,
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
              CAST("t"."customer_id" AS TEXT)
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
          (
            strpos(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'a'
            ) > 0
          )
          OR (
            NOT COALESCE(
              (strpos(("f"."attr_name" COLLATE "C"), 'b') > 0),
              FALSE
            )
          )
          OR starts_with(("f"."attr_name" COLLATE "C"), 'c')
          OR (
            right(
              (
                translate(
                  "f"."attr_name",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              length('d')
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              starts_with(("f"."attr_name" COLLATE "C"), 'e'),
              FALSE
            )
          )
          OR (("f"."attr_name" COLLATE "C") ~ '^[a-z]+$')
          OR (
            NOT COALESCE(
              (
                (
                  translate(
                    "f"."attr_name",
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'abcdefghijklmnopqrstuvwxyz'
                  ) COLLATE "C"
                ) ~ 'x'
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
              ) COLLATE "C"
            ) = 'z'
          )
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          (
            CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('x' AS TEXT))
          )
          AND (
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('a' AS TEXT))
            )
            OR (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('b' AS TEXT))
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('US' AS TEXT))
            )
            AND (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('CA' AS TEXT))
            )
          )
          AND (("f"."attr_day" COLLATE "C") IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (("f"."attr_day" COLLATE "C") IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            (
              translate(
                "f"."attr_day",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
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
            "f"."attr_created" < CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" > CAST('2024-03-01T12:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
          AND (
            "f"."attr_created" <= CAST('2024-01-31T22:00:00.250Z' AS TIMESTAMPTZ)
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
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
                      "f"."attr_created"
                  )
                ) / 86400
              ) AS DOUBLE PRECISION
            ) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST('2024-03-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "checkout__currency",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
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
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST("e"."currency" AS TEXT) AS "checkout__currency",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "active_days_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE "C") = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND (("ev"."view__page" COLLATE "C") IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event_name" AS TEXT) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
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
      AND ("y"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1800000 milliseconds')
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND (("s"."view__page" COLLATE "C") = 'cart') THEN 1
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
          AND (("s"."view__page" COLLATE "C") = 'cart')
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
          ) + INTERVAL '172800000 milliseconds'
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
      AND ("y"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '259200000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
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
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
    AND (("f"."attr_name" COLLATE "C") = 'x')
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
  "seg_params" AS NOT materialized (
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
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "checkout__currency",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
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
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST("e"."currency" AS TEXT) AS "checkout__currency",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "active_days_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE "C") = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND (("ev"."view__page" COLLATE "C") IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event_name" AS TEXT) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
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
      AND ("y"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1800000 milliseconds')
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND (("s"."view__page" COLLATE "C") = 'cart') THEN 1
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
          AND (("s"."view__page" COLLATE "C") = 'cart')
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
          ) + INTERVAL '172800000 milliseconds'
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
      AND ("y"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '259200000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
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
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
    AND (("f"."attr_name" COLLATE "C") = 'x')
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
  "seg_params" AS NOT materialized (
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
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "checkout__currency",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
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
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST("e"."currency" AS TEXT) AS "checkout__currency",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_3",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_4",
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
      ) AS "active_days_5",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_6",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "active_days_7",
      COUNT(DISTINCT CAST(timezone ('UTC', "ev"."t") AS DATE)) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "active_days_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1d"
      ) AS "count_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 5)
      ) AS "count_10",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" > 5)
            AND (("ev"."checkout__currency" COLLATE "C") = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND (("ev"."view__page" COLLATE "C") IN ('US', 'CA'))
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__amount" >= 10)
            AND ("ev"."checkout__amount" <= 20)
          )
          AND "ev"."t" > "p"."as_of_minus_3d"
      ) AS "count_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 1)
          AND "ev"."t" > "p"."as_of_minus_60d"
          AND "ev"."t" <= "p"."as_of_minus_30d"
      ) AS "count_14"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event_name" AS TEXT) IN ('Login', 'view')
      AND (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
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
      AND ("y"."t" + INTERVAL '1800000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1800000 milliseconds')
      )
  ),
  "seg_sequence_17_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'view'
          AND (("s"."view__page" COLLATE "C") = 'cart') THEN 1
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
          AND (("s"."view__page" COLLATE "C") = 'cart')
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
          ) + INTERVAL '172800000 milliseconds'
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
      AND ("y"."t" + INTERVAL '259200000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '259200000 milliseconds')
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name",
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
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        CAST("ent"."customer_id" AS TEXT) IN (
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
    AND (("f"."attr_name" COLLATE "C") = 'x')
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
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
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
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page",
      CAST(NULL AS TEXT) AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page",
      CAST("e"."currency" AS TEXT) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "min_4",
      MAX("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "max_5",
      COUNT(DISTINCT ("ev"."view__page" COLLATE "C")) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_7",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "first_time_8",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            (("ev"."checkout__currency" COLLATE "C") = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "sum_16"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_10"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") ASC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_ranked_2" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_11"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_2" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_3" AS NUMERIC) AS DOUBLE PRECISION
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
      "ranked_1"."first_value_10" AS "first_value_10",
      "ranked_2"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_16" AS NUMERIC) AS DOUBLE PRECISION
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE "C") = 'home')
    AND (("f"."last_value_11" COLLATE "C") <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
  "seg_params" AS NOT materialized (
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
          CURRENT_TIMESTAMP AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page",
      CAST(NULL AS TEXT) AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page",
      CAST("e"."currency" AS TEXT) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "min_4",
      MAX("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "max_5",
      COUNT(DISTINCT ("ev"."view__page" COLLATE "C")) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_7",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "first_time_8",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            (("ev"."checkout__currency" COLLATE "C") = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "sum_16"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_10"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") ASC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_ranked_2" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_11"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_2" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_3" AS NUMERIC) AS DOUBLE PRECISION
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
      "ranked_1"."first_value_10" AS "first_value_10",
      "ranked_2"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_16" AS NUMERIC) AS DOUBLE PRECISION
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE "C") = 'home')
    AND (("f"."last_value_11" COLLATE "C") <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
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
  "seg_params" AS NOT materialized (
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
      CAST("e"."customer_id" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      CASE CAST("e"."event_name" AS TEXT)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      CAST(NULL AS DOUBLE PRECISION) AS "checkout__amount",
      CASE
        WHEN CAST("e"."event_name" AS TEXT) = 'view' THEN (
          CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "view__page",
      CAST(NULL AS TEXT) AS "checkout__currency"
    FROM
      "shop"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."ts" >= -30610224000000
          AND "e"."ts" <= 253402300799999 THEN (
            to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      CAST("e"."cust" AS TEXT) AS "entity_key",
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) AS "t",
      'checkout' AS "event",
      (
        CASE
          WHEN "e"."total" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "e"."total" <> 0
            AND "e"."total" > -1e-300
            AND "e"."total" < 1e-300
            AND CAST("e"."total" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("e"."total" AS DOUBLE PRECISION)
          END
        END
      ) AS "checkout__amount",
      CAST(NULL AS TEXT) AS "view__page",
      CAST("e"."currency" AS TEXT) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN "e"."checked_out_at" >= -30610224000000
          AND "e"."checked_out_at" <= 253402300799999 THEN (
            to_timestamp(floor("e"."checked_out_at" / 1000.0)) + (
              "e"."checked_out_at" - floor("e"."checked_out_at" / 1000.0) * 1000
            ) * INTERVAL '1 millisecond'
          )
        END
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "avg_3",
      MIN("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "min_4",
      MAX("ev"."checkout__amount") FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "max_5",
      COUNT(DISTINCT ("ev"."view__page" COLLATE "C")) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_7",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "first_time_8",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_12",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND ("ev"."checkout__amount" > 0)
      ) AS "first_time_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."t" > "p"."as_of_minus_1h"
      ) AS "count_14",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_7d"
      ) AS "count_15",
      SUM(CAST("ev"."checkout__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            (("ev"."checkout__currency" COLLATE "C") = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST('2023-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          AND "ev"."t" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
      ) AS "sum_16"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "first_value_10"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") ASC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_ranked_2" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_11"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."view__page" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."view__page" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."view__page" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."customer_id" AS TEXT) AS "entity_key",
              (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) AS "t",
              CASE CAST("e"."event_name" AS TEXT)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE jsonb_typeof((CAST("e"."payload" AS JSONB) -> 'page'))
                  WHEN 'string' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'boolean' THEN (CAST("e"."payload" AS JSONB) ->> 'page')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."payload" AS JSONB) -> 'page') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event_name" AS TEXT) IN ('view')
              AND (
                CASE
                  WHEN "e"."ts" >= -30610224000000
                  AND "e"."ts" <= 253402300799999 THEN (
                    to_timestamp(floor("e"."ts" / 1000.0)) + ("e"."ts" - floor("e"."ts" / 1000.0) * 1000) * INTERVAL '1 millisecond'
                  )
                END
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_2") >= 1e-15
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_2" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(
            CAST("agg"."avg_3" AS NUMERIC) AS DOUBLE PRECISION
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
      "ranked_1"."first_value_10" AS "first_value_10",
      "ranked_2"."last_value_11" AS "last_value_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      "agg"."first_time_13" AS "first_time_13",
      COALESCE("agg"."count_14", 0) AS "count_14",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_16") >= 1e-15
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_16" AS NUMERIC) AS DOUBLE PRECISION
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
              CAST("t"."customer_id" AS TEXT)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."customer_id" AS TEXT)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = CAST("ent"."customer_id" AS TEXT)
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
      "f"."first_time_8" < CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND (("f"."first_value_10" COLLATE "C") = 'home')
    AND (("f"."last_value_11" COLLATE "C") <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST('2024-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== flags (select)
-- segment flags
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
      "ent"."customer_id" AS "entity_key",
      "ent"."key_account" AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
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
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      "ent"."key_account" AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    ("f"."attr_name" COLLATE "C") = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== escapes (view)
-- segment escapes
CREATE OR REPLACE VIEW "escapes" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    ("f"."attr_name" COLLATE "C") = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== escapes (dbt)
-- segment escapes
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
      "ent"."customer_id" AS "entity_key",
      CAST("ent"."name" AS TEXT) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              CAST("t"."customer_id" AS TEXT)
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
    ("f"."attr_name" COLLATE "C") = (
      'quote " backslash \ newline ' || chr(10) || ' tab 	 cr ' || chr(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"
