-- ===== membership of customer
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 3600000) AS "as_of_minus_1h",
      ("x"."as_of" - 86400000) AS "as_of_minus_1d",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 5184000000) AS "as_of_minus_60d",
      ("x"."as_of" - 7776000000) AS "as_of_minus_90d",
      ("x"."as_of" - 31536000000) AS "as_of_minus_365d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "active_days_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_7",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_8",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_19",
      AVG(CAST("ev"."checkout__amount" AS REAL)) FILTER (
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
      COUNT(DISTINCT "ev"."view__page") FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_23",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" ASC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
      ("e"."event_name" COLLATE BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
          ) + 3600000
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
      AND ("y"."t" + 1800000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 1800000)
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
          ) + 172800000
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
      AND ("y"."t" + 259200000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 259200000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
        END
      ) AS "attr_signed_up",
      CAST(
        (
          CASE
            WHEN typeof("rel_org"."table_count") IN ('integer', 'real') THEN "rel_org"."table_count"
            WHEN typeof("rel_org"."table_count") = 'text'
            AND json_valid("rel_org"."table_count") THEN CASE
              WHEN json_type("rel_org"."table_count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_org"."table_count", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_org"."table_count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_org__table_count",
      (
        CASE
          WHEN typeof("ent"."key_account") IN ('integer', 'real') THEN "ent"."key_account" <> 0
          WHEN typeof("ent"."key_account") = 'text' THEN CASE lower("ent"."key_account")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_key_account",
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
            AND ABS("agg"."sum_19") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_19") AS REAL)
            ELSE "agg"."sum_19"
          END
        ),
        0
      ) AS "sum_19",
      (
        CASE
          WHEN ABS("agg"."avg_20") >= 1e-15
          AND ABS("agg"."avg_20") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_20") AS REAL)
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
            AND ABS("agg"."sum_33") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_33") AS REAL)
            ELSE "agg"."sum_33"
          END
        ),
        0
      ) AS "sum_33",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_17" AS "sq"
        ),
        FALSE
      ) AS "sequence_17",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
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
          (
            CASE
              WHEN typeof("t"."org_id") = 'real'
              AND "t"."org_id" = CAST("t"."org_id" AS INTEGER)
              AND abs("t"."org_id") < 9007199254740992 THEN CAST(CAST("t"."org_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."org_id" AS TEXT)
            END
          ) AS "org_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (
                (
                  CASE
                    WHEN typeof("t"."id") = 'real'
                    AND "t"."id" = CAST("t"."id" AS INTEGER)
                    AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
                    ELSE CAST("t"."id" AS TEXT)
                  END
                ) COLLATE BINARY
              )
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_org" ON ("rel_org"."id" COLLATE BINARY) = ("ent"."org_id" COLLATE BINARY)
      AND "rel_org"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
          (instr(lower("f"."attr_name"), 'a') > 0)
          OR (
            NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
          )
          OR (substr("f"."attr_name", 1, length('c')) = 'c')
          OR (
            length('d') <= length(lower("f"."attr_name"))
            AND substr(
              lower("f"."attr_name"),
              length(lower("f"."attr_name")) - length('d') + 1
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              (substr("f"."attr_name", 1, length('e')) = 'e'),
              FALSE
            )
          )
          OR ("f"."attr_name" REGEXP '^[a-z]+$')
          OR (
            NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
          )
          OR (lower("f"."attr_name") = 'z')
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'x'
          )
          AND (
            EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'a'
            )
            OR EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'US'
            )
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'CA'
            )
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (lower("f"."attr_day") IN ('us', 'ca'))
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" >= CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" <= CAST(
              ROUND(
                (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
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
            "f"."first_time_25" < CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND ("f"."last_time_26" > "p"."as_of_minus_3d")
          AND ("f"."first_value_27" = 'home')
          AND ("f"."last_value_28" <> 'exit')
          AND ("f"."count_29" >= 2)
          AND (
            "f"."first_time_30" >= CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
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
          "f"."attr_name" = (
            'quote " backslash \ newline ' || char(10) || ' tab 	 cr ' || char(13) || ' emoji 😀'
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "comparisons";
CREATE VIEW "comparisons" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "deprecated_plain";
CREATE VIEW "deprecated_plain" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    (instr(lower("f"."attr_name"), 'a') > 0)
    OR (
      NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
    )
    OR (substr("f"."attr_name", 1, length('c')) = 'c')
    OR (
      length('d') <= length(lower("f"."attr_name"))
      AND substr(
        lower("f"."attr_name"),
        length(lower("f"."attr_name")) - length('d') + 1
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        (substr("f"."attr_name", 1, length('e')) = 'e'),
        FALSE
      )
    )
    OR ("f"."attr_name" REGEXP '^[a-z]+$')
    OR (
      NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
    )
    OR (lower("f"."attr_name") = 'z')
  )
ORDER BY
  "f"."entity_key"

-- ===== strings (view)
-- segment strings
DROP VIEW IF EXISTS "strings";
CREATE VIEW "strings" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    (instr(lower("f"."attr_name"), 'a') > 0)
    OR (
      NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
    )
    OR (substr("f"."attr_name", 1, length('c')) = 'c')
    OR (
      length('d') <= length(lower("f"."attr_name"))
      AND substr(
        lower("f"."attr_name"),
        length(lower("f"."attr_name")) - length('d') + 1
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        (substr("f"."attr_name", 1, length('e')) = 'e'),
        FALSE
      )
    )
    OR ("f"."attr_name" REGEXP '^[a-z]+$')
    OR (
      NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
    )
    OR (lower("f"."attr_name") = 'z')
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    (instr(lower("f"."attr_name"), 'a') > 0)
    OR (
      NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
    )
    OR (substr("f"."attr_name", 1, length('c')) = 'c')
    OR (
      length('d') <= length(lower("f"."attr_name"))
      AND substr(
        lower("f"."attr_name"),
        length(lower("f"."attr_name")) - length('d') + 1
      ) = 'd'
    )
    OR (
      NOT COALESCE(
        (substr("f"."attr_name", 1, length('e')) = 'e'),
        FALSE
      )
    )
    OR ("f"."attr_name" REGEXP '^[a-z]+$')
    OR (
      NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
    )
    OR (lower("f"."attr_name") = 'z')
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'x'
    )
    AND (
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'a'
      )
      OR EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'US'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'CA'
      )
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (lower("f"."attr_day") IN ('us', 'ca'))
  )
ORDER BY
  "f"."entity_key"

-- ===== lists (view)
-- segment lists
DROP VIEW IF EXISTS "lists";
CREATE VIEW "lists" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'x'
    )
    AND (
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'a'
      )
      OR EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'US'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'CA'
      )
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (lower("f"."attr_day") IN ('us', 'ca'))
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."tags" AS "tags",
          "t"."day" AS "day",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'x'
    )
    AND (
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'a'
      )
      OR EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'b'
      )
    )
    AND (
      "f"."attr_tags" IS NOT NULL
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'US'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'CA'
      )
    )
    AND ("f"."attr_day" IN ('mon', 'tue'))
    AND (
      NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
    )
    AND (lower("f"."attr_day") IN ('us', 'ca'))
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
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
      "f"."attr_created" < CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" <= CAST(
        ROUND(
          (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== times (view)
-- segment times
DROP VIEW IF EXISTS "times";
CREATE VIEW "times" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CAST(
            ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
      "f"."attr_created" < CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" <= CAST(
        ROUND(
          (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
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
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
      "f"."attr_created" < CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" > CAST(
        ROUND(
          (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND (
      "f"."attr_created" <= CAST(
        ROUND(
          (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."attr_created" > "p"."as_of_minus_30d")
    AND ("f"."attr_created" <= "p"."as_of_minus_7d")
    AND ("f"."attr_created" > "p"."as_of_minus_3d")
    AND ("f"."attr_created" < "p"."as_of_minus_14d")
    AND (
      floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
    )
    AND ("f"."attr_time" < "p"."as_of_minus_30d")
    AND (
      "f"."attr_signed_up" > CAST(
        ROUND(
          (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      CAST(
        (
          CASE
            WHEN typeof("rel_org"."table_count") IN ('integer', 'real') THEN "rel_org"."table_count"
            WHEN typeof("rel_org"."table_count") = 'text'
            AND json_valid("rel_org"."table_count") THEN CASE
              WHEN json_type("rel_org"."table_count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_org"."table_count", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_org"."table_count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          (
            CASE
              WHEN typeof("t"."org_id") = 'real'
              AND "t"."org_id" = CAST("t"."org_id" AS INTEGER)
              AND abs("t"."org_id") < 9007199254740992 THEN CAST(CAST("t"."org_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."org_id" AS TEXT)
            END
          ) AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (
                (
                  CASE
                    WHEN typeof("t"."id") = 'real'
                    AND "t"."id" = CAST("t"."id" AS INTEGER)
                    AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
                    ELSE CAST("t"."id" AS TEXT)
                  END
                ) COLLATE BINARY
              )
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_org" ON ("rel_org"."id" COLLATE BINARY) = ("ent"."org_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "arithmetic";
CREATE VIEW "arithmetic" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      CAST(
        (
          CASE
            WHEN typeof("rel_org"."table_count") IN ('integer', 'real') THEN "rel_org"."table_count"
            WHEN typeof("rel_org"."table_count") = 'text'
            AND json_valid("rel_org"."table_count") THEN CASE
              WHEN json_type("rel_org"."table_count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_org"."table_count", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_org"."table_count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          (
            CASE
              WHEN typeof("t"."org_id") = 'real'
              AND "t"."org_id" = CAST("t"."org_id" AS INTEGER)
              AND abs("t"."org_id") < 9007199254740992 THEN CAST(CAST("t"."org_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."org_id" AS TEXT)
            END
          ) AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (
                (
                  CASE
                    WHEN typeof("t"."id") = 'real'
                    AND "t"."id" = CAST("t"."id" AS INTEGER)
                    AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
                    ELSE CAST("t"."id" AS TEXT)
                  END
                ) COLLATE BINARY
              )
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_org" ON ("rel_org"."id" COLLATE BINARY) = ("ent"."org_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      CAST(
        (
          CASE
            WHEN typeof("rel_org"."table_count") IN ('integer', 'real') THEN "rel_org"."table_count"
            WHEN typeof("rel_org"."table_count") = 'text'
            AND json_valid("rel_org"."table_count") THEN CASE
              WHEN json_type("rel_org"."table_count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_org"."table_count", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_org"."table_count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_org__table_count"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."count" AS "count",
          (
            CASE
              WHEN typeof("t"."org_id") = 'real'
              AND "t"."org_id" = CAST("t"."org_id" AS INTEGER)
              AND abs("t"."org_id") < 9007199254740992 THEN CAST(CAST("t"."org_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."org_id" AS TEXT)
            END
          ) AS "org_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN (
        SELECT
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) AS "id",
          "t"."table_count" AS "table_count",
          COUNT(*) OVER (
            PARTITION BY
              (
                (
                  CASE
                    WHEN typeof("t"."id") = 'real'
                    AND "t"."id" = CAST("t"."id" AS INTEGER)
                    AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
                    ELSE CAST("t"."id" AS TEXT)
                  END
                ) COLLATE BINARY
              )
          ) AS "seg_key_rows"
        FROM
          "crm"."orgs" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_org" ON ("rel_org"."id" COLLATE BINARY) = ("ent"."org_id" COLLATE BINARY)
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
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
          (instr(lower("f"."attr_name"), 'a') > 0)
          OR (
            NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
          )
          OR (substr("f"."attr_name", 1, length('c')) = 'c')
          OR (
            length('d') <= length(lower("f"."attr_name"))
            AND substr(
              lower("f"."attr_name"),
              length(lower("f"."attr_name")) - length('d') + 1
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              (substr("f"."attr_name", 1, length('e')) = 'e'),
              FALSE
            )
          )
          OR ("f"."attr_name" REGEXP '^[a-z]+$')
          OR (
            NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
          )
          OR (lower("f"."attr_name") = 'z')
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'x'
          )
          AND (
            EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'a'
            )
            OR EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'US'
            )
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'CA'
            )
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (lower("f"."attr_day") IN ('us', 'ca'))
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" >= CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" <= CAST(
              ROUND(
                (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
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
DROP VIEW IF EXISTS "membership";
CREATE VIEW "membership" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          CAST(
            ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
          (instr(lower("f"."attr_name"), 'a') > 0)
          OR (
            NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
          )
          OR (substr("f"."attr_name", 1, length('c')) = 'c')
          OR (
            length('d') <= length(lower("f"."attr_name"))
            AND substr(
              lower("f"."attr_name"),
              length(lower("f"."attr_name")) - length('d') + 1
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              (substr("f"."attr_name", 1, length('e')) = 'e'),
              FALSE
            )
          )
          OR ("f"."attr_name" REGEXP '^[a-z]+$')
          OR (
            NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
          )
          OR (lower("f"."attr_name") = 'z')
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'x'
          )
          AND (
            EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'a'
            )
            OR EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'US'
            )
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'CA'
            )
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (lower("f"."attr_day") IN ('us', 'ca'))
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" >= CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" <= CAST(
              ROUND(
                (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
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
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 1209600000) AS "as_of_minus_14d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      CAST(
        (
          CASE
            WHEN typeof("ent"."count") IN ('integer', 'real') THEN "ent"."count"
            WHEN typeof("ent"."count") = 'text'
            AND json_valid("ent"."count") THEN CASE
              WHEN json_type("ent"."count") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."count", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."count", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_count",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      (
        CASE
          WHEN typeof("ent"."day") = 'real'
          AND "ent"."day" = CAST("ent"."day" AS INTEGER)
          AND abs("ent"."day") < 9007199254740992 THEN CAST(CAST("ent"."day" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."day" AS TEXT)
        END
      ) AS "attr_day",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("ent"."created") IN ('integer', 'real') THEN "ent"."created"
              WHEN typeof("ent"."created") = 'text'
              AND json_valid("ent"."created") THEN CASE
                WHEN json_type("ent"."created") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."created", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."created", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "attr_created",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) >= -30610224000
          AND (
            CASE
              WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
              WHEN typeof("ent"."time") = 'text'
              AND json_valid("ent"."time") THEN CASE
                WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                  END
                )
              END
            END
          ) <= 253402300799.999 THEN (
            (
              CASE
                WHEN typeof("ent"."time") IN ('integer', 'real') THEN "ent"."time"
                WHEN typeof("ent"."time") = 'text'
                AND json_valid("ent"."time") THEN CASE
                  WHEN json_type("ent"."time") IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(json_extract("ent"."time", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."time", '$')
                    END
                  )
                END
              END
            ) * 1000
          )
        END
      ) AS "attr_time",
      (
        CASE
          WHEN typeof("ent"."signed_up") = 'text'
          AND "ent"."signed_up" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
            ROUND(
              (
                julianday(
                  substr(
                    substr(
                      "ent"."signed_up",
                      1,
                      length("ent"."signed_up") - length(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.')
                      )
                    ),
                    1,
                    23
                  )
                ) - 2440587.5
              ) * 86400000
            ) AS INTEGER
          ) - (
            CASE
              WHEN ltrim(substr("ent"."signed_up", 17), '0123456789:.') IN ('', 'Z') THEN 0
              WHEN substr(
                ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                1,
                1
              ) = '-' THEN - (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
              ELSE (
                COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                        2,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                ) * 60 + COALESCE(
                  CAST(
                    NULLIF(
                      substr(
                        replace(
                          ltrim(substr("ent"."signed_up", 17), '0123456789:.'),
                          ':',
                          ''
                        ),
                        4,
                        2
                      ),
                      ''
                    ) AS INTEGER
                  ),
                  0
                )
              )
            END
          ) * 60000
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
              ("t"."customer_id" COLLATE BINARY)
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
          (instr(lower("f"."attr_name"), 'a') > 0)
          OR (
            NOT COALESCE((instr("f"."attr_name", 'b') > 0), FALSE)
          )
          OR (substr("f"."attr_name", 1, length('c')) = 'c')
          OR (
            length('d') <= length(lower("f"."attr_name"))
            AND substr(
              lower("f"."attr_name"),
              length(lower("f"."attr_name")) - length('d') + 1
            ) = 'd'
          )
          OR (
            NOT COALESCE(
              (substr("f"."attr_name", 1, length('e')) = 'e'),
              FALSE
            )
          )
          OR ("f"."attr_name" REGEXP '^[a-z]+$')
          OR (
            NOT COALESCE((lower("f"."attr_name") REGEXP 'x'), FALSE)
          )
          OR (lower("f"."attr_name") = 'z')
        ),
        FALSE
      ) AS "seg_strings",
      COALESCE(
        (
          EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'x'
          )
          AND (
            EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'a'
            )
            OR EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'b'
            )
          )
          AND (
            "f"."attr_tags" IS NOT NULL
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'US'
            )
            AND EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'CA'
            )
          )
          AND ("f"."attr_day" IN ('mon', 'tue'))
          AND (
            NOT COALESCE(("f"."attr_day" IN ('US', 'CA')), FALSE)
          )
          AND (lower("f"."attr_day") IN ('us', 'ca'))
        ),
        FALSE
      ) AS "seg_lists",
      COALESCE(
        (
          ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of")
          AND (
            "f"."attr_created" < CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" > CAST(
              ROUND(
                (julianday('2024-03-01T12:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" >= CAST(
              ROUND(
                (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND (
            "f"."attr_created" <= CAST(
              ROUND(
                (julianday('2024-01-31T22:00:00.250Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
          )
          AND ("f"."attr_created" > "p"."as_of_minus_30d")
          AND ("f"."attr_created" <= "p"."as_of_minus_7d")
          AND ("f"."attr_created" > "p"."as_of_minus_3d")
          AND ("f"."attr_created" < "p"."as_of_minus_14d")
          AND (
            floor(("p"."as_of" - "f"."attr_created") / 86400000.0) > 3
          )
          AND ("f"."attr_time" < "p"."as_of_minus_30d")
          AND (
            "f"."attr_signed_up" > CAST(
              ROUND(
                (julianday('2024-03-01T00:00:00.000Z') - 2440587.5) * 86400000
              ) AS INTEGER
            )
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
      ("x"."as_of" - 86400000) AS "as_of_minus_1d",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 5184000000) AS "as_of_minus_60d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "active_days_5",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_7",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
      ("e"."event_name" COLLATE BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
          ) + 3600000
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
      AND ("y"."t" + 1800000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 1800000)
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
          ) + 172800000
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
      AND ("y"."t" + 259200000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 259200000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
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
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "behaviour";
CREATE VIEW "behaviour" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 86400000) AS "as_of_minus_1d",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 5184000000) AS "as_of_minus_60d"
    FROM
      (
        SELECT
          CAST(
            ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "active_days_5",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_7",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
      ("e"."event_name" COLLATE BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
          ) + 3600000
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
      AND ("y"."t" + 1800000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 1800000)
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
          ) + 172800000
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
      AND ("y"."t" + 259200000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 259200000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
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
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
      ("x"."as_of" - 86400000) AS "as_of_minus_1d",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 5184000000) AS "as_of_minus_60d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      NULL AS "checkout__currency",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "active_days_5",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
      ) AS "active_days_7",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
            AND ("ev"."checkout__currency" = 'USD')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'view'
          AND ("ev"."view__page" IN ('US', 'CA'))
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
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
      ("e"."event_name" COLLATE BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
          ) + 3600000
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
      AND ("y"."t" + 1800000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 1800000)
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
          ) + 172800000
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
      AND ("y"."t" + 259200000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 259200000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name",
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
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_15" AS "sq"
        ),
        FALSE
      ) AS "sequence_15",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_16" AS "sq"
        ),
        FALSE
      ) AS "sequence_16",
      COALESCE(
        ("ent"."customer_id" COLLATE BINARY) IN (
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
      ("x"."as_of" - 3600000) AS "as_of_minus_1h",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 7776000000) AS "as_of_minus_90d",
      ("x"."as_of" - 31536000000) AS "as_of_minus_365d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
                ) AS TEXT
              )
            END
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS REAL)) FILTER (
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
      COUNT(DISTINCT "ev"."view__page") FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" ASC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_2") AS REAL)
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_3") AS REAL)
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
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_16") AS REAL)
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
      "f"."first_time_8" < CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."count_14" > 100)
    AND ("f"."count_15" > 0)
    AND ("f"."sum_16" > 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== aggregates (view)
-- segment aggregates
DROP VIEW IF EXISTS "aggregates";
CREATE VIEW "aggregates" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 3600000) AS "as_of_minus_1h",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 7776000000) AS "as_of_minus_90d",
      ("x"."as_of" - 31536000000) AS "as_of_minus_365d"
    FROM
      (
        SELECT
          CAST(
            ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_events" AS (
    SELECT
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
                ) AS TEXT
              )
            END
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS REAL)) FILTER (
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
      COUNT(DISTINCT "ev"."view__page") FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" ASC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_2") AS REAL)
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_3") AS REAL)
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
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_16") AS REAL)
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
      "f"."first_time_8" < CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
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
      ("x"."as_of" - 3600000) AS "as_of_minus_1h",
      ("x"."as_of" - 259200000) AS "as_of_minus_3d",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 7776000000) AS "as_of_minus_90d",
      ("x"."as_of" - 31536000000) AS "as_of_minus_365d"
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN typeof("seg_as_of"."as_of_text") = 'text'
                      AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                        ROUND(
                          (
                            julianday(
                              substr(
                                substr(
                                  "seg_as_of"."as_of_text",
                                  1,
                                  length("seg_as_of"."as_of_text") - length(
                                    ltrim(
                                      substr("seg_as_of"."as_of_text", 17),
                                      '0123456789:.'
                                    )
                                  )
                                ),
                                1,
                                23
                              )
                            ) - 2440587.5
                          ) * 86400000
                        ) AS INTEGER
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
                      ) * 60000
                    END
                  ),
                  CAST(
                    ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
                  )
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
      ("e"."customer_id" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      CASE ("e"."event_name" COLLATE BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS "event",
      NULL AS "checkout__amount",
      CASE
        WHEN ("e"."event_name" COLLATE BINARY) = 'view' THEN (
          CASE json_type("e"."payload", '$."page"')
            WHEN 'text' THEN json_extract("e"."payload", '$."page"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."payload", '$."page"') = CAST(
                json_extract("e"."payload", '$."page"') AS INTEGER
              )
              AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."payload", '$."page"') AS INTEGER
                ) AS TEXT
              )
            END
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
          WHEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
              WHEN typeof("e"."ts") = 'text'
              AND json_valid("e"."ts") THEN CASE
                WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                  END
                )
              END
            END
          )
        END
      ) <= "p"."as_of"
    UNION ALL
    SELECT
      ("e"."cust" COLLATE BINARY) AS "entity_key",
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          )
        END
      ) AS "t",
      'checkout' AS "event",
      CAST(
        (
          CASE
            WHEN typeof("e"."total") IN ('integer', 'real') THEN "e"."total"
            WHEN typeof("e"."total") = 'text'
            AND json_valid("e"."total") THEN CASE
              WHEN json_type("e"."total") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("e"."total", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."total", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "checkout__amount",
      NULL AS "view__page",
      (
        CASE
          WHEN typeof("e"."currency") = 'real'
          AND "e"."currency" = CAST("e"."currency" AS INTEGER)
          AND abs("e"."currency") < 9007199254740992 THEN CAST(CAST("e"."currency" AS INTEGER) AS TEXT)
          ELSE CAST("e"."currency" AS TEXT)
        END
      ) AS "checkout__currency"
    FROM
      "shop"."checkouts" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        CASE
          WHEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) >= -30610224000000
          AND (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
          ) <= 253402300799999 THEN (
            CASE
              WHEN typeof("e"."checked_out_at") IN ('integer', 'real') THEN "e"."checked_out_at"
              WHEN typeof("e"."checked_out_at") = 'text'
              AND json_valid("e"."checked_out_at") THEN CASE
                WHEN json_type("e"."checked_out_at") IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(json_extract("e"."checked_out_at", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."checked_out_at", '$')
                  END
                )
              END
            END
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
      ) AS "sum_2",
      AVG(CAST("ev"."checkout__amount" AS REAL)) FILTER (
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
      COUNT(DISTINCT "ev"."view__page") FILTER (
        WHERE
          "ev"."event" = 'view'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "distinct_6",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
      SUM(CAST("ev"."checkout__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'checkout'
          AND (
            ("ev"."checkout__currency" = 'USD')
            AND ("ev"."checkout__amount" > 0)
          )
          AND "ev"."t" > CAST(
            ROUND(
              (julianday('2023-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
          AND "ev"."t" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" ASC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" ASC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
          "ev"."view__page" AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN "ev"."view__page" IS NULL THEN 1
                ELSE 0
              END,
              "ev"."view__page" DESC
          ) AS "rn"
        FROM
          (
            SELECT
              ("e"."customer_id" COLLATE BINARY) AS "entity_key",
              (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "t",
              CASE ("e"."event_name" COLLATE BINARY)
                WHEN 'Login' THEN 'login'
                WHEN 'view' THEN 'view'
                WHEN 'empty' THEN 'empty'
              END AS "event",
              (
                CASE json_type("e"."payload", '$."page"')
                  WHEN 'text' THEN json_extract("e"."payload", '$."page"')
                  WHEN 'true' THEN 'true'
                  WHEN 'false' THEN 'false'
                  WHEN 'integer' THEN CASE
                    WHEN abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(json_extract("e"."payload", '$."page"') AS TEXT)
                  END
                  WHEN 'real' THEN CASE
                    WHEN json_extract("e"."payload", '$."page"') = CAST(
                      json_extract("e"."payload", '$."page"') AS INTEGER
                    )
                    AND abs(json_extract("e"."payload", '$."page"')) < 9007199254740992 THEN CAST(
                      CAST(
                        json_extract("e"."payload", '$."page"') AS INTEGER
                      ) AS TEXT
                    )
                  END
                END
              ) AS "view__page"
            FROM
              "shop"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event_name" COLLATE BINARY) IN ('view')
              AND (
                CASE
                  WHEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) >= -30610224000000
                  AND (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
                  ) <= 253402300799999 THEN (
                    CASE
                      WHEN typeof("e"."ts") IN ('integer', 'real') THEN "e"."ts"
                      WHEN typeof("e"."ts") = 'text'
                      AND json_valid("e"."ts") THEN CASE
                        WHEN json_type("e"."ts") IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(json_extract("e"."ts", '$')) <= 1.7976931348623157e308 THEN json_extract("e"."ts", '$')
                          END
                        )
                      END
                    END
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
            AND ABS("agg"."sum_2") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_2") AS REAL)
            ELSE "agg"."sum_2"
          END
        ),
        0
      ) AS "sum_2",
      (
        CASE
          WHEN ABS("agg"."avg_3") >= 1e-15
          AND ABS("agg"."avg_3") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_3") AS REAL)
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
            AND ABS("agg"."sum_16") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_16") AS REAL)
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
              ("t"."customer_id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "shop"."customers" AS "t"
        WHERE
          "t"."customer_id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = ("ent"."customer_id" COLLATE BINARY)
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
      "f"."first_time_8" < CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
    )
    AND ("f"."last_time_9" > "p"."as_of_minus_3d")
    AND ("f"."first_value_10" = 'home')
    AND ("f"."last_value_11" <> 'exit')
    AND ("f"."count_12" >= 2)
    AND (
      "f"."first_time_13" >= CAST(
        ROUND(
          (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
        ) AS INTEGER
      )
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."key_account") IN ('integer', 'real') THEN "ent"."key_account" <> 0
          WHEN typeof("ent"."key_account") = 'text' THEN CASE lower("ent"."key_account")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "flags";
CREATE VIEW "flags" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."key_account") IN ('integer', 'real') THEN "ent"."key_account" <> 0
          WHEN typeof("ent"."key_account") = 'text' THEN CASE lower("ent"."key_account")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."key_account") IN ('integer', 'real') THEN "ent"."key_account" <> 0
          WHEN typeof("ent"."key_account") = 'text' THEN CASE lower("ent"."key_account")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_key_account"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."key_account" AS "key_account",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    "f"."attr_name" = (
      'quote " backslash \ newline ' || char(10) || ' tab 	 cr ' || char(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== escapes (view)
-- segment escapes
DROP VIEW IF EXISTS "escapes";
CREATE VIEW "escapes" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."customer_id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    "f"."attr_name" = (
      'quote " backslash \ newline ' || char(10) || ' tab 	 cr ' || char(13) || ' emoji 😀'
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
                  WHEN typeof("seg_as_of"."as_of_text") = 'text'
                  AND "seg_as_of"."as_of_text" REGEXP '^((000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$' THEN CAST(
                    ROUND(
                      (
                        julianday(
                          substr(
                            substr(
                              "seg_as_of"."as_of_text",
                              1,
                              length("seg_as_of"."as_of_text") - length(
                                ltrim(
                                  substr("seg_as_of"."as_of_text", 17),
                                  '0123456789:.'
                                )
                              )
                            ),
                            1,
                            23
                          )
                        ) - 2440587.5
                      ) * 86400000
                    ) AS INTEGER
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
                  ) * 60000
                END
              ),
              CAST(
                ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
              )
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
          WHEN typeof("ent"."name") = 'real'
          AND "ent"."name" = CAST("ent"."name" AS INTEGER)
          AND abs("ent"."name") < 9007199254740992 THEN CAST(CAST("ent"."name" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."name" AS TEXT)
        END
      ) AS "attr_name"
    FROM
      (
        SELECT
          "t"."customer_id" AS "customer_id",
          "t"."name" AS "name",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."customer_id" COLLATE BINARY)
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
    "f"."attr_name" = (
      'quote " backslash \ newline ' || char(10) || ' tab 	 cr ' || char(13) || ' emoji 😀'
    )
  )
ORDER BY
  "f"."entity_key"
