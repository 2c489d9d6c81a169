-- ===== membership of user
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '604800000 milliseconds') AS "as_of_minus_7d",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d",
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
        WHEN CAST("e"."event" AS TEXT) = 'purchase' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "purchase__currency",
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
        WHEN CAST("e"."event" AS TEXT) = 'page_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'path'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'number' THEN CASE
              WHEN CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) = trunc(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              )
              AND abs(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "page_viewed__path",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__variant",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'subscription_cancelled' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'reason'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "subscription_cancelled__reason",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'rage_click' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'page'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'page')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'page')
            WHEN 'number' THEN CASE
              WHEN CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) = trunc(
                CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
              )
              AND abs(
                CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "rage_click__page",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'support_ticket_opened' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'priority'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "support_ticket_opened__priority",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'session_started' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'device_os'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN (
        'login',
        'session_started',
        'feature_used',
        'page_viewed',
        'purchase',
        'rage_click',
        'support_ticket_opened',
        'subscription_cancelled',
        'experiment_viewed'
      )
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('login', 'purchase', 'experiment_viewed')
        OR (
          CAST("e"."event" AS TEXT) IN (
            'session_started',
            'feature_used',
            'rage_click',
            'support_ticket_opened'
          )
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('subscription_cancelled')
          AND "e"."occurred_at" > "p"."as_of_minus_90d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_1",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_2",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "count_3",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_4",
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
      ) AS "active_days_5",
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
      ) AS "active_days_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_9",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") = 'exports'
          )
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_10",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'page_viewed'
          AND starts_with(
            ("ev"."page_viewed__path" COLLATE "C"),
            '/pricing'
          )
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_11",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_12",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND (
            (
              ("ev"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("ev"."experiment_viewed__variant" COLLATE "C") = 'B'
            )
          )
      ) AS "count_13",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_15",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d"
      ) AS "count_16",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_17",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d"
      ) AS "count_18",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
      ) AS "count_19",
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
                  AND "ev"."t" > "p"."as_of_minus_14d"
              ) AS BIT(64)
            ) AS TEXT
          ),
          '0',
          ''
        )
      ) AS "active_days_20",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'subscription_cancelled'
          AND (
            strpos(
              (
                translate(
                  "ev"."subscription_cancelled__reason",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'price'
            ) > 0
          )
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "count_23",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_24",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_25",
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100)
      ) AS "first_time_28",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_29",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND (
            ("ev"."rage_click__page" COLLATE "C") ~ '^/checkout(/|$)'
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_30",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'support_ticket_opened'
          AND (
            (
              "ev"."support_ticket_opened__priority" COLLATE "C"
            ) IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_31",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'session_started'
          AND (
            ("ev"."session_started__device_os" COLLATE "C") IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_32"
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
      "x"."v" AS "last_value_7"
    FROM
      (
        SELECT
          "ev"."entity_key" AS "entity_key",
          ("ev"."session_started__browser" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."session_started__browser" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."session_started__browser" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'browser'))
                  WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "session_started__browser"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('session_started')
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN (
        'cart_viewed',
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started',
        'experiment_viewed'
      )
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN (
          'purchase',
          'trial_started',
          'subscription_started',
          'experiment_viewed'
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('cart_viewed', 'add_to_cart')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_sequence_14_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          ) THEN 1
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
        (
          "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          )
        )
        OR ("s"."event" = 'purchase')
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_14_step_2" AS (
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
          ) + INTERVAL '604800000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_14_step_1" AS "x"
  ),
  "seg_sequence_14" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_14_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_21_step_1" AS (
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
  "seg_sequence_21_step_2" AS (
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
      "seg_sequence_21_step_1" AS "x"
  ),
  "seg_sequence_21" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_21_step_2" AS "x"
    WHERE
      "x"."reached_2" = 1
  ),
  "seg_sequence_22_step_1" AS (
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
  "seg_sequence_22" AS (
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
          "seg_sequence_22_step_1" AS "x"
      ) AS "y"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "y"."reached_1" = 1
      AND ("y"."t" + INTERVAL '1209600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1209600000 milliseconds')
      )
  ),
  "seg_sequence_26_step_1" AS (
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
  "seg_sequence_26" AS (
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
          "seg_sequence_26_step_1" AS "x"
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
  "seg_sequence_27_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
      )
    GROUP BY
      "s"."entity_key",
      "s"."t"
  ),
  "seg_sequence_27_step_2" AS (
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
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_27_step_1" AS "x"
  ),
  "seg_sequence_27_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_3"
    FROM
      "seg_sequence_27_step_2" AS "x"
  ),
  "seg_sequence_27" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_27_step_3" AS "x"
    WHERE
      "x"."reached_3" = 1
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
      "ent"."opted_in" AS "attr_opted_in",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      "ent"."signed_up_at" AS "attr_signed_up_at",
      (
        CASE
          WHEN jsonb_typeof(CAST("ent"."tags" AS JSONB)) = 'array' THEN CAST("ent"."tags" AS JSONB)
        END
      ) AS "attr_tags",
      CAST("ent"."email" AS TEXT) AS "attr_email",
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
      CAST("rel_account"."industry" AS TEXT) AS "attr_account__industry",
      (
        CASE
          WHEN "rel_account"."arr" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."arr" <> 0
            AND "rel_account"."arr" > -1e-300
            AND "rel_account"."arr" < 1e-300
            AND CAST("rel_account"."arr" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."arr" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__arr",
      CAST("rel_account"."hq_country" AS TEXT) AS "attr_account__hq_country",
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
      ) AS "sum_1",
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
      COALESCE("agg"."count_3", 0) AS "count_3",
      "agg"."last_time_4" AS "last_time_4",
      COALESCE("agg"."active_days_5", 0) AS "active_days_5",
      "ranked_1"."last_value_6" AS "last_value_6",
      "ranked_2"."last_value_7" AS "last_value_7",
      COALESCE("agg"."active_days_8", 0) AS "active_days_8",
      COALESCE("agg"."count_9", 0) AS "count_9",
      COALESCE("agg"."count_10", 0) AS "count_10",
      COALESCE("agg"."count_11", 0) AS "count_11",
      COALESCE("agg"."count_12", 0) AS "count_12",
      COALESCE("agg"."count_13", 0) AS "count_13",
      COALESCE("agg"."count_15", 0) AS "count_15",
      COALESCE("agg"."count_16", 0) AS "count_16",
      COALESCE("agg"."count_17", 0) AS "count_17",
      COALESCE("agg"."count_18", 0) AS "count_18",
      COALESCE("agg"."count_19", 0) AS "count_19",
      COALESCE("agg"."active_days_20", 0) AS "active_days_20",
      COALESCE("agg"."count_23", 0) AS "count_23",
      "agg"."last_time_24" AS "last_time_24",
      COALESCE("agg"."count_25", 0) AS "count_25",
      "agg"."first_time_28" AS "first_time_28",
      COALESCE("agg"."count_29", 0) AS "count_29",
      COALESCE("agg"."count_30", 0) AS "count_30",
      COALESCE("agg"."count_31", 0) AS "count_31",
      COALESCE("agg"."count_32", 0) AS "count_32",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_14" AS "sq"
        ),
        FALSE
      ) AS "sequence_14",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_21" AS "sq"
        ),
        FALSE
      ) AS "sequence_21",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_22" AS "sq"
        ),
        FALSE
      ) AS "sequence_22",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_26" AS "sq"
        ),
        FALSE
      ) AS "sequence_26",
      COALESCE(
        CAST("ent"."id" AS TEXT) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_27" AS "sq"
        ),
        FALSE
      ) AS "sequence_27"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."age" AS "age",
          "t"."opted_in" AS "opted_in",
          "t"."plan" AS "plan",
          "t"."signed_up_at" AS "signed_up_at",
          "t"."tags" AS "tags",
          "t"."email" AS "email",
          "t"."account_id" AS "account_id",
          "t"."ltv_usd" AS "ltv_usd",
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
          "t"."industry" AS "industry",
          "t"."arr" AS "arr",
          "t"."hq_country" AS "hq_country",
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
      COALESCE(
        (
          (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
          AND ("f"."attr_age" >= 30)
          AND ("f"."attr_age" <= 50)
        ),
        FALSE
      ) AS "seg_na_mid_career",
      COALESCE(
        (
          (
            ("f"."attr_country" COLLATE "C") IN (
              'DE',
              'FR',
              'NL',
              'ES',
              'IT',
              'SE',
              'PL',
              'IE',
              'AT',
              'BE'
            )
          )
          AND ("f"."attr_opted_in" = TRUE)
        ),
        FALSE
      ) AS "seg_eea_marketable",
      COALESCE(
        (("f"."attr_plan" COLLATE "C") = 'enterprise'),
        FALSE
      ) AS "seg_enterprise_plan",
      COALESCE(
        (
          ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
          AND ("f"."attr_signed_up_at" <= "p"."as_of")
        ),
        FALSE
      ) AS "seg_new_signups",
      COALESCE(
        (
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid",
      COALESCE((("f"."attr_plan" COLLATE "C") = 'free'), FALSE) AS "seg_free",
      COALESCE(
        (
          (
            (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
            )
            OR (
              CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
            )
          )
          AND (
            NOT COALESCE(
              (
                right(
                  (
                    translate(
                      "f"."attr_email",
                      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                      'abcdefghijklmnopqrstuvwxyz'
                    ) COLLATE "C"
                  ),
                  length('@gmail.com')
                ) = '@gmail.com'
              ),
              FALSE
            )
          )
        ),
        FALSE
      ) AS "seg_beta_testers",
      COALESCE(
        (
          (NOT ("f"."attr_age" IS NOT NULL))
          AND (NOT ("f"."attr_country" IS NOT NULL))
        ),
        FALSE
      ) AS "seg_unprofiled",
      COALESCE(
        (
          (("f"."attr_plan" COLLATE "C") = 'enterprise')
          AND ("f"."active_days_8" >= 4)
          AND ("f"."count_9" >= 1)
        ),
        FALSE
      ) AS "seg_power_users",
      COALESCE(("f"."active_days_5" >= 20), FALSE) AS "seg_most_active",
      COALESCE(("f"."count_10" >= 3), FALSE) AS "seg_heavy_exporters",
      COALESCE(
        (
          ("f"."count_11" >= 1)
          AND (NOT COALESCE(("f"."count_12" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_pricing_curious",
      COALESCE(("f"."count_13" >= 1), FALSE) AS "seg_checkout_v2_variant_b",
      COALESCE(("f"."sequence_14" = TRUE), FALSE) AS "seg_checkout_v2_control_converted",
      COALESCE(("f"."count_15" >= 1), FALSE) AS "seg_recently_experimented",
      COALESCE(
        (
          ("f"."attr_account__employees" >= 1000)
          AND (
            ("f"."attr_account__industry" COLLATE "C") = 'fintech'
          )
        ),
        FALSE
      ) AS "seg_enterprise_fintech",
      COALESCE(
        (
          ("f"."attr_account__arr" >= 50000)
          AND (
            ("f"."attr_account__hq_country" COLLATE "C") IN (
              'DE',
              'FR',
              'NL',
              'ES',
              'IT',
              'SE',
              'PL',
              'IE',
              'AT',
              'BE'
            )
          )
        ),
        FALSE
      ) AS "seg_eea_strategic_accounts",
      COALESCE(
        (
          ("f"."count_16" >= 1)
          AND (NOT COALESCE(("f"."count_17" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_churned",
      COALESCE(
        (
          ("f"."count_18" >= 1)
          AND (NOT COALESCE(("f"."count_19" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_inactive",
      COALESCE(
        (
          ("f"."attr_signed_up_at" > "p"."as_of_minus_14d")
          AND ("f"."attr_signed_up_at" <= "p"."as_of")
          AND ("f"."active_days_20" >= 2)
        ),
        FALSE
      ) AS "seg_activated_new_users",
      COALESCE(("f"."sequence_21" = TRUE), FALSE) AS "seg_trial_converted",
      COALESCE(("f"."sequence_22" = TRUE), FALSE) AS "seg_trial_churned",
      COALESCE(("f"."count_23" >= 1), FALSE) AS "seg_price_churners",
      COALESCE(
        (
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
                      "f"."last_time_4"
                  )
                ) / 86400
              ) AS DOUBLE PRECISION
            ) > 90
          )
          AND ("f"."attr_opted_in" = TRUE)
        ),
        FALSE
      ) AS "seg_winback_candidates",
      COALESCE(("f"."sum_1" >= 1000), FALSE) AS "seg_high_ltv",
      COALESCE(
        (
          ("f"."count_12" >= 1)
          AND ("f"."attr_lifetime_value" < 50)
        ),
        FALSE
      ) AS "seg_low_ltv",
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
                    "f"."last_time_24"
                )
              ) / 86400
            ) AS DOUBLE PRECISION
          ) < 30
        ),
        FALSE
      ) AS "seg_rfm_recent_buyers",
      COALESCE(("f"."count_25" >= 2), FALSE) AS "seg_rfm_frequent_buyers",
      COALESCE(("f"."sum_2" >= 500), FALSE) AS "seg_rfm_big_spenders",
      COALESCE(("f"."sequence_26" = TRUE), FALSE) AS "seg_cart_abandoners",
      COALESCE(("f"."sequence_27" = TRUE), FALSE) AS "seg_cart_completers",
      COALESCE(
        (
          ("f"."count_12" >= 1)
          AND ("f"."count_3" = 0)
        ),
        FALSE
      ) AS "seg_lapsed_buyers",
      COALESCE(("f"."last_value_6" >= 9), FALSE) AS "seg_promoters",
      COALESCE(
        (
          ("f"."last_value_6" >= 7)
          AND ("f"."last_value_6" <= 8)
        ),
        FALSE
      ) AS "seg_passives",
      COALESCE(("f"."last_value_6" <= 6), FALSE) AS "seg_detractors",
      COALESCE(("f"."count_29" >= 1), FALSE) AS "seg_rage_clickers",
      COALESCE(("f"."count_30" >= 2), FALSE) AS "seg_checkout_frustrated",
      COALESCE(
        (("f"."last_value_7" COLLATE "C") = 'Safari'),
        FALSE
      ) AS "seg_safari_users",
      COALESCE(("f"."count_32" >= 1), FALSE) AS "seg_mobile_users"
    FROM
      "seg_facts" AS "f"
      CROSS JOIN "seg_params" AS "p"
  ),
  "seg_level_2" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_account__employees" < 50)
          AND "f"."seg_paid"
        ),
        FALSE
      ) AS "seg_smb_customers",
      COALESCE(
        (
          "f"."seg_paid"
          AND (NOT COALESCE(("f"."count_19" >= 1), FALSE))
        ),
        FALSE
      ) AS "seg_at_risk",
      COALESCE(
        (
          "f"."seg_rfm_recent_buyers"
          AND "f"."seg_rfm_frequent_buyers"
          AND "f"."seg_rfm_big_spenders"
        ),
        FALSE
      ) AS "seg_rfm_champions",
      COALESCE(
        (
          "f"."seg_paid"
          AND (
            "f"."first_time_28" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
          )
        ),
        FALSE
      ) AS "seg_new_high_value_buyers",
      COALESCE(
        (
          ("f"."count_31" >= 1)
          AND (
            "f"."seg_detractors"
            OR "f"."seg_rage_clickers"
          )
        ),
        FALSE
      ) AS "seg_needs_outreach"
    FROM
      "seg_level_1" AS "f"
  )
SELECT
  "f"."entity_key" AS "id",
  "f"."seg_na_mid_career" AS "na_mid_career",
  "f"."seg_eea_marketable" AS "eea_marketable",
  "f"."seg_enterprise_plan" AS "enterprise_plan",
  "f"."seg_new_signups" AS "new_signups",
  "f"."seg_paid" AS "paid",
  "f"."seg_free" AS "free",
  "f"."seg_beta_testers" AS "beta_testers",
  "f"."seg_unprofiled" AS "unprofiled",
  "f"."seg_power_users" AS "power_users",
  "f"."seg_most_active" AS "most_active",
  "f"."seg_heavy_exporters" AS "heavy_exporters",
  "f"."seg_pricing_curious" AS "pricing_curious",
  "f"."seg_checkout_v2_variant_b" AS "checkout_v2_variant_b",
  "f"."seg_checkout_v2_control_converted" AS "checkout_v2_control_converted",
  "f"."seg_recently_experimented" AS "recently_experimented",
  "f"."seg_enterprise_fintech" AS "enterprise_fintech",
  "f"."seg_smb_customers" AS "smb_customers",
  "f"."seg_eea_strategic_accounts" AS "eea_strategic_accounts",
  "f"."seg_churned" AS "churned",
  "f"."seg_inactive" AS "inactive",
  "f"."seg_activated_new_users" AS "activated_new_users",
  "f"."seg_at_risk" AS "at_risk",
  "f"."seg_trial_converted" AS "trial_converted",
  "f"."seg_trial_churned" AS "trial_churned",
  "f"."seg_price_churners" AS "price_churners",
  "f"."seg_winback_candidates" AS "winback_candidates",
  "f"."seg_high_ltv" AS "high_ltv",
  "f"."seg_low_ltv" AS "low_ltv",
  "f"."seg_rfm_recent_buyers" AS "rfm_recent_buyers",
  "f"."seg_rfm_frequent_buyers" AS "rfm_frequent_buyers",
  "f"."seg_rfm_big_spenders" AS "rfm_big_spenders",
  "f"."seg_rfm_champions" AS "rfm_champions",
  "f"."seg_cart_abandoners" AS "cart_abandoners",
  "f"."seg_cart_completers" AS "cart_completers",
  "f"."seg_new_high_value_buyers" AS "new_high_value_buyers",
  "f"."seg_lapsed_buyers" AS "lapsed_buyers",
  "f"."seg_promoters" AS "promoters",
  "f"."seg_passives" AS "passives",
  "f"."seg_detractors" AS "detractors",
  "f"."seg_rage_clickers" AS "rage_clickers",
  "f"."seg_checkout_frustrated" AS "checkout_frustrated",
  "f"."seg_needs_outreach" AS "needs_outreach",
  "f"."seg_safari_users" AS "safari_users",
  "f"."seg_mobile_users" AS "mobile_users"
FROM
  "seg_level_2" AS "f"
ORDER BY
  "f"."entity_key"

-- ===== na_mid_career (select)
-- segment na_mid_career
-- Mid-career users in North America, the core persona of the growth team.
-- owner: growth
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
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
    (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
    AND ("f"."attr_age" >= 30)
    AND ("f"."attr_age" <= 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== na_mid_career (view)
-- segment na_mid_career
-- Mid-career users in North America, the core persona of the growth team.
-- owner: growth
CREATE OR REPLACE VIEW "na_mid_career" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
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
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
    (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
    AND ("f"."attr_age" >= 30)
    AND ("f"."attr_age" <= 50)
  )
ORDER BY
  "f"."entity_key";

-- ===== na_mid_career (dbt)
-- segment na_mid_career
-- Mid-career users in North America, the core persona of the growth team.
-- owner: growth
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
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
    (("f"."attr_country" COLLATE "C") IN ('US', 'CA'))
    AND ("f"."attr_age" >= 30)
    AND ("f"."attr_age" <= 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== eea_marketable (select)
-- segment eea_marketable
-- Users in the European Economic Area who agreed to marketing e-mail (GDPR-safe audience).
-- owner: marketing
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
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      ("f"."attr_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== eea_marketable (view)
-- segment eea_marketable
-- Users in the European Economic Area who agreed to marketing e-mail (GDPR-safe audience).
-- owner: marketing
CREATE OR REPLACE VIEW "eea_marketable" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      ("f"."attr_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key";

-- ===== eea_marketable (dbt)
-- segment eea_marketable
-- Users in the European Economic Area who agreed to marketing e-mail (GDPR-safe audience).
-- owner: marketing
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
      CAST("ent"."country" AS TEXT) AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
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
  (
    (
      ("f"."attr_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== enterprise_plan (select)
-- segment enterprise_plan
-- Users on the enterprise plan.
-- owner: sales
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
  (("f"."attr_plan" COLLATE "C") = 'enterprise')
ORDER BY
  "f"."entity_key"

-- ===== enterprise_plan (view)
-- segment enterprise_plan
-- Users on the enterprise plan.
-- owner: sales
CREATE OR REPLACE VIEW "enterprise_plan" AS
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
  (("f"."attr_plan" COLLATE "C") = 'enterprise')
ORDER BY
  "f"."entity_key";

-- ===== enterprise_plan (dbt)
-- segment enterprise_plan
-- Users on the enterprise plan.
-- owner: sales
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
  (("f"."attr_plan" COLLATE "C") = 'enterprise')
ORDER BY
  "f"."entity_key"

-- ===== new_signups (select)
-- segment new_signups
-- Users who signed up in the last 30 days.
-- owner: growth
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
  )
ORDER BY
  "f"."entity_key"

-- ===== new_signups (view)
-- segment new_signups
-- Users who signed up in the last 30 days.
-- owner: growth
CREATE OR REPLACE VIEW "new_signups" AS
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
  )
ORDER BY
  "f"."entity_key";

-- ===== new_signups (dbt)
-- segment new_signups
-- Users who signed up in the last 30 days.
-- owner: growth
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
  )
ORDER BY
  "f"."entity_key"

-- ===== paid (select)
-- segment paid
-- Paying users (pro or enterprise).
-- owner: finance
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
    ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
  )
ORDER BY
  "f"."entity_key"

-- ===== paid (view)
-- segment paid
-- Paying users (pro or enterprise).
-- owner: finance
CREATE OR REPLACE VIEW "paid" AS
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
    ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
  )
ORDER BY
  "f"."entity_key";

-- ===== paid (dbt)
-- segment paid
-- Paying users (pro or enterprise).
-- owner: finance
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
    ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
  )
ORDER BY
  "f"."entity_key"

-- ===== free (select)
-- segment free
-- Users on the free plan.
-- owner: finance
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
  (("f"."attr_plan" COLLATE "C") = 'free')
ORDER BY
  "f"."entity_key"

-- ===== free (view)
-- segment free
-- Users on the free plan.
-- owner: finance
CREATE OR REPLACE VIEW "free" AS
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
  (("f"."attr_plan" COLLATE "C") = 'free')
ORDER BY
  "f"."entity_key";

-- ===== free (dbt)
-- segment free
-- Users on the free plan.
-- owner: finance
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
  (("f"."attr_plan" COLLATE "C") = 'free')
ORDER BY
  "f"."entity_key"

-- ===== beta_testers (select)
-- segment beta_testers
-- Users flagged for the beta programme, or VIPs, who signed up with a work address.
-- owner: product
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
      ) AS "attr_tags",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      )
    )
    AND (
      NOT COALESCE(
        (
          right(
            (
              translate(
                "f"."attr_email",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ),
            length('@gmail.com')
          ) = '@gmail.com'
        ),
        FALSE
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_testers (view)
-- segment beta_testers
-- Users flagged for the beta programme, or VIPs, who signed up with a work address.
-- owner: product
CREATE OR REPLACE VIEW "beta_testers" AS
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
      ) AS "attr_tags",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      )
    )
    AND (
      NOT COALESCE(
        (
          right(
            (
              translate(
                "f"."attr_email",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ),
            length('@gmail.com')
          ) = '@gmail.com'
        ),
        FALSE
      )
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== beta_testers (dbt)
-- segment beta_testers
-- Users flagged for the beta programme, or VIPs, who signed up with a work address.
-- owner: product
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
      ) AS "attr_tags",
      CAST("ent"."email" AS TEXT) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
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
      (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('beta' AS TEXT))
      )
      OR (
        CAST("f"."attr_tags" AS JSONB) @> jsonb_build_array(CAST('vip' AS TEXT))
      )
    )
    AND (
      NOT COALESCE(
        (
          right(
            (
              translate(
                "f"."attr_email",
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                'abcdefghijklmnopqrstuvwxyz'
              ) COLLATE "C"
            ),
            length('@gmail.com')
          ) = '@gmail.com'
        ),
        FALSE
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== unprofiled (select)
-- segment unprofiled
-- Users we know nothing about demographically: both age and country missing.
-- owner: data
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
      ) AS "attr_age",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
    (NOT ("f"."attr_age" IS NOT NULL))
    AND (NOT ("f"."attr_country" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key"

-- ===== unprofiled (view)
-- segment unprofiled
-- Users we know nothing about demographically: both age and country missing.
-- owner: data
CREATE OR REPLACE VIEW "unprofiled" AS
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
      ) AS "attr_age",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
    (NOT ("f"."attr_age" IS NOT NULL))
    AND (NOT ("f"."attr_country" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key";

-- ===== unprofiled (dbt)
-- segment unprofiled
-- Users we know nothing about demographically: both age and country missing.
-- owner: data
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
      ) AS "attr_age",
      CAST("ent"."country" AS TEXT) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
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
    (NOT ("f"."attr_age" IS NOT NULL))
    AND (NOT ("f"."attr_country" IS NOT NULL))
  )
ORDER BY
  "f"."entity_key"

-- ===== power_users (select)
-- segment power_users
-- Engaged customers on the top plan: frequent logins and use of the core workflow.
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
-- Engaged customers on the top plan: frequent logins and use of the core workflow.
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
-- Engaged customers on the top plan: frequent logins and use of the core workflow.
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

-- ===== most_active (select)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key"

-- ===== most_active (view)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
CREATE OR REPLACE VIEW "most_active" AS
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key";

-- ===== most_active (dbt)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
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
                  AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key"

-- ===== heavy_exporters (select)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") = 'exports'
          )
          AND "ev"."t" > "p"."as_of_minus_14d"
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== heavy_exporters (view)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
CREATE OR REPLACE VIEW "heavy_exporters" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") = 'exports'
          )
          AND "ev"."t" > "p"."as_of_minus_14d"
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key";

-- ===== heavy_exporters (dbt)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            ("ev"."feature_used__feature" COLLATE "C") = 'exports'
          )
          AND "ev"."t" > "p"."as_of_minus_14d"
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== pricing_curious (select)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'page_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'path'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'number' THEN CASE
              WHEN CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) = trunc(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              )
              AND abs(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('purchase')
        OR (
          CAST("e"."event" AS TEXT) IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'page_viewed'
          AND starts_with(
            ("ev"."page_viewed__path" COLLATE "C"),
            '/pricing'
          )
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
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

-- ===== pricing_curious (view)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
CREATE OR REPLACE VIEW "pricing_curious" AS
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'page_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'path'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'number' THEN CASE
              WHEN CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) = trunc(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              )
              AND abs(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('purchase')
        OR (
          CAST("e"."event" AS TEXT) IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'page_viewed'
          AND starts_with(
            ("ev"."page_viewed__path" COLLATE "C"),
            '/pricing'
          )
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
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

-- ===== pricing_curious (dbt)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'page_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'path'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'path')
            WHEN 'number' THEN CASE
              WHEN CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) = trunc(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              )
              AND abs(
                CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC)
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST((CAST("e"."props" AS JSONB) -> 'path') AS NUMERIC) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        CAST("e"."event" AS TEXT) IN ('purchase')
        OR (
          CAST("e"."event" AS TEXT) IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'page_viewed'
          AND starts_with(
            ("ev"."page_viewed__path" COLLATE "C"),
            '/pricing'
          )
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
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

-- ===== checkout_v2_variant_b (select)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
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
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND (
            (
              ("ev"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("ev"."experiment_viewed__variant" COLLATE "C") = 'B'
            )
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_v2_variant_b (view)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
CREATE OR REPLACE VIEW "checkout_v2_variant_b" AS
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
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND (
            (
              ("ev"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("ev"."experiment_viewed__variant" COLLATE "C") = 'B'
            )
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== checkout_v2_variant_b (dbt)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
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
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND (
            (
              ("ev"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("ev"."experiment_viewed__variant" COLLATE "C") = 'B'
            )
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_v2_control_converted (select)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase', 'experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          ) THEN 1
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
        (
          "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          )
        )
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
          ) + INTERVAL '604800000 milliseconds'
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

-- ===== checkout_v2_control_converted (view)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
CREATE OR REPLACE VIEW "checkout_v2_control_converted" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase', 'experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          ) THEN 1
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
        (
          "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          )
        )
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
          ) + INTERVAL '604800000 milliseconds'
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

-- ===== checkout_v2_control_converted (dbt)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
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
      CAST("e"."event" AS TEXT) AS "event",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'experiment'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'experiment')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'experiment') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN CAST("e"."event" AS TEXT) = 'experiment_viewed' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'variant'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'variant')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'variant') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('purchase', 'experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          ) THEN 1
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
        (
          "s"."event" = 'experiment_viewed'
          AND (
            (
              ("s"."experiment_viewed__experiment" COLLATE "C") = 'checkout_v2'
            )
            AND (
              ("s"."experiment_viewed__variant" COLLATE "C") = 'control'
            )
          )
        )
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
          ) + INTERVAL '604800000 milliseconds'
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

-- ===== recently_experimented (select)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
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
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== recently_experimented (view)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
CREATE OR REPLACE VIEW "recently_experimented" AS
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
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== recently_experimented (dbt)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
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
      CAST("e"."event" AS TEXT) IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== enterprise_fintech (select)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
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
      ) AS "attr_account__employees",
      CAST("rel_account"."industry" AS TEXT) AS "attr_account__industry"
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
          "t"."industry" AS "industry",
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
  (
    ("f"."attr_account__employees" >= 1000)
    AND (
      ("f"."attr_account__industry" COLLATE "C") = 'fintech'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== enterprise_fintech (view)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
CREATE OR REPLACE VIEW "enterprise_fintech" AS
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
      ) AS "attr_account__employees",
      CAST("rel_account"."industry" AS TEXT) AS "attr_account__industry"
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
          "t"."industry" AS "industry",
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
  (
    ("f"."attr_account__employees" >= 1000)
    AND (
      ("f"."attr_account__industry" COLLATE "C") = 'fintech'
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== enterprise_fintech (dbt)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
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
      ) AS "attr_account__employees",
      CAST("rel_account"."industry" AS TEXT) AS "attr_account__industry"
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
          "t"."industry" AS "industry",
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
  (
    ("f"."attr_account__employees" >= 1000)
    AND (
      ("f"."attr_account__industry" COLLATE "C") = 'fintech'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== smb_customers (select)
-- segment smb_customers
-- Users at small companies (under 50 people) that pay us.
-- owner: sales
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
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
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
          "t"."plan" AS "plan",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."attr_account__employees" < 50)
    AND "f"."seg_paid"
  )
ORDER BY
  "f"."entity_key"

-- ===== smb_customers (view)
-- segment smb_customers
-- Users at small companies (under 50 people) that pay us.
-- owner: sales
CREATE OR REPLACE VIEW "smb_customers" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      CURRENT_TIMESTAMP AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
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
          "t"."plan" AS "plan",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."attr_account__employees" < 50)
    AND "f"."seg_paid"
  )
ORDER BY
  "f"."entity_key";

-- ===== smb_customers (dbt)
-- segment smb_customers
-- Users at small companies (under 50 people) that pay us.
-- owner: sales
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
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
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
          "t"."plan" AS "plan",
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(
        (
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."attr_account__employees" < 50)
    AND "f"."seg_paid"
  )
ORDER BY
  "f"."entity_key"

-- ===== eea_strategic_accounts (select)
-- segment eea_strategic_accounts
-- Users at accounts with an annual contract of 50k USD or more, headquartered in the EEA.
-- owner: sales
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
          WHEN "rel_account"."arr" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."arr" <> 0
            AND "rel_account"."arr" > -1e-300
            AND "rel_account"."arr" < 1e-300
            AND CAST("rel_account"."arr" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."arr" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__arr",
      CAST("rel_account"."hq_country" AS TEXT) AS "attr_account__hq_country"
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
          "t"."arr" AS "arr",
          "t"."hq_country" AS "hq_country",
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
  (
    ("f"."attr_account__arr" >= 50000)
    AND (
      ("f"."attr_account__hq_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== eea_strategic_accounts (view)
-- segment eea_strategic_accounts
-- Users at accounts with an annual contract of 50k USD or more, headquartered in the EEA.
-- owner: sales
CREATE OR REPLACE VIEW "eea_strategic_accounts" AS
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
          WHEN "rel_account"."arr" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."arr" <> 0
            AND "rel_account"."arr" > -1e-300
            AND "rel_account"."arr" < 1e-300
            AND CAST("rel_account"."arr" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."arr" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__arr",
      CAST("rel_account"."hq_country" AS TEXT) AS "attr_account__hq_country"
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
          "t"."arr" AS "arr",
          "t"."hq_country" AS "hq_country",
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
  (
    ("f"."attr_account__arr" >= 50000)
    AND (
      ("f"."attr_account__hq_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== eea_strategic_accounts (dbt)
-- segment eea_strategic_accounts
-- Users at accounts with an annual contract of 50k USD or more, headquartered in the EEA.
-- owner: sales
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
          WHEN "rel_account"."arr" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "rel_account"."arr" <> 0
            AND "rel_account"."arr" > -1e-300
            AND "rel_account"."arr" < 1e-300
            AND CAST("rel_account"."arr" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("rel_account"."arr" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_account__arr",
      CAST("rel_account"."hq_country" AS TEXT) AS "attr_account__hq_country"
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
          "t"."arr" AS "arr",
          "t"."hq_country" AS "hq_country",
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
  (
    ("f"."attr_account__arr" >= 50000)
    AND (
      ("f"."attr_account__hq_country" COLLATE "C") IN (
        'DE',
        'FR',
        'NL',
        'ES',
        'IT',
        'SE',
        'PL',
        'IE',
        'AT',
        'BE'
      )
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== churned (select)
-- segment churned
-- Used to log in, but not in the last 30 days.
-- owner: growth
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
-- Used to log in, but not in the last 30 days.
-- owner: growth
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
-- Used to log in, but not in the last 30 days.
-- owner: growth
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

-- ===== inactive (select)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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

-- ===== inactive (view)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
CREATE OR REPLACE VIEW "inactive" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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

-- ===== inactive (dbt)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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

-- ===== activated_new_users (select)
-- segment activated_new_users
-- Signed up in the last 14 days and already logged in on at least 2 days.
-- owner: growth
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
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
                  AND "ev"."t" > "p"."as_of_minus_14d"
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
      "ent"."signed_up_at" AS "attr_signed_up_at",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_14d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
    AND ("f"."active_days_1" >= 2)
  )
ORDER BY
  "f"."entity_key"

-- ===== activated_new_users (view)
-- segment activated_new_users
-- Signed up in the last 14 days and already logged in on at least 2 days.
-- owner: growth
CREATE OR REPLACE VIEW "activated_new_users" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
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
                  AND "ev"."t" > "p"."as_of_minus_14d"
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
      "ent"."signed_up_at" AS "attr_signed_up_at",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_14d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
    AND ("f"."active_days_1" >= 2)
  )
ORDER BY
  "f"."entity_key";

-- ===== activated_new_users (dbt)
-- segment activated_new_users
-- Signed up in the last 14 days and already logged in on at least 2 days.
-- owner: growth
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
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
                  AND "ev"."t" > "p"."as_of_minus_14d"
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
      "ent"."signed_up_at" AS "attr_signed_up_at",
      COALESCE("agg"."active_days_1", 0) AS "active_days_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
    ("f"."attr_signed_up_at" > "p"."as_of_minus_14d")
    AND ("f"."attr_signed_up_at" <= "p"."as_of")
    AND ("f"."active_days_1" >= 2)
  )
ORDER BY
  "f"."entity_key"

-- ===== at_risk (select)
-- segment at_risk
-- Paying customers who have gone quiet: no login for two weeks. (LANGUAGE.md's
-- `in power_users and not did login in last 14 days` is always empty: power users
-- logged in within the last 7 days by definition.)
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (NOT COALESCE(("f"."count_1" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== at_risk (view)
-- segment at_risk
-- Paying customers who have gone quiet: no login for two weeks. (LANGUAGE.md's
-- `in power_users and not did login in last 14 days` is always empty: power users
-- logged in within the last 7 days by definition.)
CREATE OR REPLACE VIEW "at_risk" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (NOT COALESCE(("f"."count_1" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key";

-- ===== at_risk (dbt)
-- segment at_risk
-- Paying customers who have gone quiet: no login for two weeks. (LANGUAGE.md's
-- `in power_users and not did login in last 14 days` is always empty: power users
-- logged in within the last 7 days by definition.)
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '1209600000 milliseconds') AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d"
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
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (NOT COALESCE(("f"."count_1" >= 1), FALSE))
  )
ORDER BY
  "f"."entity_key"

-- ===== trial_converted (select)
-- segment trial_converted
-- Started a trial and subscribed within 14 days of starting it.
-- owner: growth
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
-- Started a trial and subscribed within 14 days of starting it.
-- owner: growth
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
-- Started a trial and subscribed within 14 days of starting it.
-- owner: growth
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

-- ===== trial_churned (select)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
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
      AND ("y"."t" + INTERVAL '1209600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1209600000 milliseconds')
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

-- ===== trial_churned (view)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
CREATE OR REPLACE VIEW "trial_churned" AS
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
      AND ("y"."t" + INTERVAL '1209600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1209600000 milliseconds')
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

-- ===== trial_churned (dbt)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
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
      AND ("y"."t" + INTERVAL '1209600000 milliseconds') <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + INTERVAL '1209600000 milliseconds')
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

-- ===== price_churners (select)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'reason'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'subscription_cancelled'
          AND (
            strpos(
              (
                translate(
                  "ev"."subscription_cancelled__reason",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'price'
            ) > 0
          )
          AND "ev"."t" > "p"."as_of_minus_90d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== price_churners (view)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
CREATE OR REPLACE VIEW "price_churners" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'reason'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'subscription_cancelled'
          AND (
            strpos(
              (
                translate(
                  "ev"."subscription_cancelled__reason",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'price'
            ) > 0
          )
          AND "ev"."t" > "p"."as_of_minus_90d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== price_churners (dbt)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'reason'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'reason')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'reason') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'subscription_cancelled'
          AND (
            strpos(
              (
                translate(
                  "ev"."subscription_cancelled__reason",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ) COLLATE "C"
              ),
              'price'
            ) > 0
          )
          AND "ev"."t" > "p"."as_of_minus_90d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== winback_candidates (select)
-- segment winback_candidates
-- Last login more than 90 days ago and reachable by e-mail: the win-back campaign.
-- owner: marketing
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in",
      "agg"."last_time_1" AS "last_time_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
                "f"."last_time_1"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 90
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== winback_candidates (view)
-- segment winback_candidates
-- Last login more than 90 days ago and reachable by e-mail: the win-back campaign.
-- owner: marketing
CREATE OR REPLACE VIEW "winback_candidates" AS
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in",
      "agg"."last_time_1" AS "last_time_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
                "f"."last_time_1"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 90
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key";

-- ===== winback_candidates (dbt)
-- segment winback_candidates
-- Last login more than 90 days ago and reachable by e-mail: the win-back campaign.
-- owner: marketing
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."opted_in" AS "attr_opted_in",
      "agg"."last_time_1" AS "last_time_1"
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
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = CAST("ent"."id" AS TEXT)
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
                "f"."last_time_1"
            )
          ) / 86400
        ) AS DOUBLE PRECISION
      ) > 90
    )
    AND ("f"."attr_opted_in" = TRUE)
  )
ORDER BY
  "f"."entity_key"

-- ===== high_ltv (select)
-- segment high_ltv
-- Customers whose purchases add up to the high-value line or more.
-- owner: finance
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
-- Customers whose purchases add up to the high-value line or more.
-- owner: finance
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
-- Customers whose purchases add up to the high-value line or more.
-- owner: finance
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

-- ===== low_ltv (select)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1"
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
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== low_ltv (view)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
CREATE OR REPLACE VIEW "low_ltv" AS
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1"
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
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key";

-- ===== low_ltv (dbt)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1"
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
          WHEN "ent"."ltv_usd" BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE
            WHEN "ent"."ltv_usd" <> 0
            AND "ent"."ltv_usd" > -1e-300
            AND "ent"."ltv_usd" < 1e-300
            AND CAST("ent"."ltv_usd" AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0
            ELSE CAST("ent"."ltv_usd" AS DOUBLE PRECISION)
          END
        END
      ) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_recent_buyers (select)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1"
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
              "f"."last_time_1"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) < 30
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_recent_buyers (view)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_recent_buyers" AS
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1"
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
              "f"."last_time_1"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) < 30
  )
ORDER BY
  "f"."entity_key";

-- ===== rfm_recent_buyers (dbt)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1"
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
              "f"."last_time_1"
          )
        ) / 86400
      ) AS DOUBLE PRECISION
    ) < 30
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_frequent_buyers (select)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== rfm_frequent_buyers (view)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_frequent_buyers" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '31536000000 milliseconds') AS "as_of_minus_365d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key";

-- ===== rfm_frequent_buyers (dbt)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== rfm_big_spenders (select)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key"

-- ===== rfm_big_spenders (view)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_big_spenders" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key";

-- ===== rfm_big_spenders (dbt)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_1"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key"

-- ===== rfm_champions (select)
-- segment rfm_champions
-- The best customers on all three RFM axes.
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency"
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_2",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_3") >= 1e-15
            AND ABS("agg"."sum_3") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_3" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_3"
          END
        ),
        0
      ) AS "sum_3"
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
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
                    "f"."last_time_1"
                )
              ) / 86400
            ) AS DOUBLE PRECISION
          ) < 30
        ),
        FALSE
      ) AS "seg_rfm_recent_buyers",
      COALESCE(("f"."count_2" >= 2), FALSE) AS "seg_rfm_frequent_buyers",
      COALESCE(("f"."sum_3" >= 500), FALSE) AS "seg_rfm_big_spenders"
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
    "f"."seg_rfm_recent_buyers"
    AND "f"."seg_rfm_frequent_buyers"
    AND "f"."seg_rfm_big_spenders"
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_champions (view)
-- segment rfm_champions
-- The best customers on all three RFM axes.
CREATE OR REPLACE VIEW "rfm_champions" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency"
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_2",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_3") >= 1e-15
            AND ABS("agg"."sum_3") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_3" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_3"
          END
        ),
        0
      ) AS "sum_3"
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
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
                    "f"."last_time_1"
                )
              ) / 86400
            ) AS DOUBLE PRECISION
          ) < 30
        ),
        FALSE
      ) AS "seg_rfm_recent_buyers",
      COALESCE(("f"."count_2" >= 2), FALSE) AS "seg_rfm_frequent_buyers",
      COALESCE(("f"."sum_3" >= 500), FALSE) AS "seg_rfm_big_spenders"
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
    "f"."seg_rfm_recent_buyers"
    AND "f"."seg_rfm_frequent_buyers"
    AND "f"."seg_rfm_big_spenders"
  )
ORDER BY
  "f"."entity_key";

-- ===== rfm_champions (dbt)
-- segment rfm_champions
-- The best customers on all three RFM axes.
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'currency'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'currency')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'currency') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "purchase__currency"
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
      MAX("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "last_time_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d"
      ) AS "count_2",
      SUM(CAST("ev"."purchase__amount" AS DOUBLE PRECISION)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND (("ev"."purchase__currency" COLLATE "C") = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d"
      ) AS "sum_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "agg"."last_time_1" AS "last_time_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_3") >= 1e-15
            AND ABS("agg"."sum_3") < 1000000000000000 THEN CAST(
              CAST("agg"."sum_3" AS NUMERIC) AS DOUBLE PRECISION
            )
            ELSE "agg"."sum_3"
          END
        ),
        0
      ) AS "sum_3"
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
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
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
                    "f"."last_time_1"
                )
              ) / 86400
            ) AS DOUBLE PRECISION
          ) < 30
        ),
        FALSE
      ) AS "seg_rfm_recent_buyers",
      COALESCE(("f"."count_2" >= 2), FALSE) AS "seg_rfm_frequent_buyers",
      COALESCE(("f"."sum_3" >= 500), FALSE) AS "seg_rfm_big_spenders"
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
    "f"."seg_rfm_recent_buyers"
    AND "f"."seg_rfm_frequent_buyers"
    AND "f"."seg_rfm_big_spenders"
  )
ORDER BY
  "f"."entity_key"

-- ===== cart_abandoners (select)
-- segment cart_abandoners
-- Added something to the cart last week and did not buy within the hour.
-- owner: growth
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
-- Added something to the cart last week and did not buy within the hour.
-- owner: growth
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
-- Added something to the cart last week and did not buy within the hour.
-- owner: growth
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

-- ===== cart_completers (select)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('cart_viewed', 'add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
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
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_3"
    FROM
      "seg_sequence_1_step_2" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_3" AS "x"
    WHERE
      "x"."reached_3" = 1
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

-- ===== cart_completers (view)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
CREATE OR REPLACE VIEW "cart_completers" AS
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('cart_viewed', 'add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
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
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_3"
    FROM
      "seg_sequence_1_step_2" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_3" AS "x"
    WHERE
      "x"."reached_3" = 1
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

-- ===== cart_completers (dbt)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      CAST("e"."user_id" AS TEXT) AS "entity_key",
      "e"."occurred_at" AS "t",
      CAST("e"."event" AS TEXT) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('cart_viewed', 'add_to_cart', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_sequence_1_step_1" AS (
    SELECT
      "s"."entity_key" AS "entity_key",
      "s"."t" AS "t",
      MAX(
        CASE
          WHEN "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "reached_1",
      MAX(
        CASE
          WHEN "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_2",
      MAX(
        CASE
          WHEN "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d" THEN 1
          ELSE 0
        END
      ) AS "step_3"
    FROM
      "seg_sequence_events" AS "s"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      (
        (
          "s"."event" = 'cart_viewed'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'add_to_cart'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
        OR (
          "s"."event" = 'purchase'
          AND "s"."t" > "p"."as_of_minus_30d"
        )
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
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_2"
    FROM
      "seg_sequence_1_step_1" AS "x"
  ),
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= (
          MAX(
            CASE
              WHEN "x"."reached_2" = 1 THEN "x"."t"
            END
          ) OVER (
            PARTITION BY
              "x"."entity_key"
            ORDER BY
              "x"."t" ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) + INTERVAL '86400000 milliseconds'
        ) THEN 1
        ELSE 0
      END AS "reached_3"
    FROM
      "seg_sequence_1_step_2" AS "x"
  ),
  "seg_sequence_1" AS (
    SELECT DISTINCT
      "x"."entity_key" AS "entity_key"
    FROM
      "seg_sequence_1_step_3" AS "x"
    WHERE
      "x"."reached_3" = 1
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

-- ===== new_high_value_buyers (select)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
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
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100)
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== new_high_value_buyers (view)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
CREATE OR REPLACE VIEW "new_high_value_buyers" AS
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
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100)
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== new_high_value_buyers (dbt)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
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
      MIN("ev"."t") FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100)
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."plan" AS TEXT) AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
          ("f"."attr_plan" COLLATE "C") IN ('pro', 'enterprise')
        ),
        FALSE
      ) AS "seg_paid"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    "f"."seg_paid"
    AND (
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMPTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lapsed_buyers (select)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
-- $1: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now; other text is an error
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d"
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== lapsed_buyers (view)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
CREATE OR REPLACE VIEW "lapsed_buyers" AS
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d"
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key";

-- ===== lapsed_buyers (dbt)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
WITH
  "seg_params" AS NOT materialized (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - INTERVAL '7776000000 milliseconds') AS "as_of_minus_90d"
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
      CAST("e"."event" AS TEXT) IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d"
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== promoters (select)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key"

-- ===== promoters (view)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
CREATE OR REPLACE VIEW "promoters" AS
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key";

-- ===== promoters (dbt)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key"

-- ===== passives (select)
-- segment passives
-- NPS passives: latest answer 7 or 8.
-- owner: cx
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
  (
    ("f"."last_value_1" >= 7)
    AND ("f"."last_value_1" <= 8)
  )
ORDER BY
  "f"."entity_key"

-- ===== passives (view)
-- segment passives
-- NPS passives: latest answer 7 or 8.
-- owner: cx
CREATE OR REPLACE VIEW "passives" AS
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
  (
    ("f"."last_value_1" >= 7)
    AND ("f"."last_value_1" <= 8)
  )
ORDER BY
  "f"."entity_key";

-- ===== passives (dbt)
-- segment passives
-- NPS passives: latest answer 7 or 8.
-- owner: cx
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
  (
    ("f"."last_value_1" >= 7)
    AND ("f"."last_value_1" <= 8)
  )
ORDER BY
  "f"."entity_key"

-- ===== detractors (select)
-- segment detractors
-- NPS detractors: latest answer 6 or lower.
-- owner: cx
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
-- NPS detractors: latest answer 6 or lower.
-- owner: cx
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
-- NPS detractors: latest answer 6 or lower.
-- owner: cx
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

-- ===== rage_clickers (select)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
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
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== rage_clickers (view)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
CREATE OR REPLACE VIEW "rage_clickers" AS
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
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== rage_clickers (dbt)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
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
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_frustrated (select)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'page'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'number' THEN CASE
            WHEN CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) = trunc(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            )
            AND abs(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND (
            ("ev"."rage_click__page" COLLATE "C") ~ '^/checkout(/|$)'
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== checkout_frustrated (view)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
CREATE OR REPLACE VIEW "checkout_frustrated" AS
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'page'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'number' THEN CASE
            WHEN CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) = trunc(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            )
            AND abs(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND (
            ("ev"."rage_click__page" COLLATE "C") ~ '^/checkout(/|$)'
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key";

-- ===== checkout_frustrated (dbt)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'page'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'page')
          WHEN 'number' THEN CASE
            WHEN CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) = trunc(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            )
            AND abs(
              CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC)
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST((CAST("e"."props" AS JSONB) -> 'page') AS NUMERIC) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND (
            ("ev"."rage_click__page" COLLATE "C") ~ '^/checkout(/|$)'
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== needs_outreach (select)
-- segment needs_outreach
-- Opened an urgent or high-priority ticket in the last 30 days and is a detractor or
-- rage clicker: the CX team calls them.
-- owner: cx
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
        WHEN CAST("e"."event" AS TEXT) = 'support_ticket_opened' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'priority'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'support_ticket_opened'
          AND (
            (
              "ev"."support_ticket_opened__priority" COLLATE "C"
            ) IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_2"
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
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked_1"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."last_value_2" <= 6), FALSE) AS "seg_detractors",
      COALESCE(("f"."count_3" >= 1), FALSE) AS "seg_rage_clickers"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (
      "f"."seg_detractors"
      OR "f"."seg_rage_clickers"
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== needs_outreach (view)
-- segment needs_outreach
-- Opened an urgent or high-priority ticket in the last 30 days and is a detractor or
-- rage clicker: the CX team calls them.
-- owner: cx
CREATE OR REPLACE VIEW "needs_outreach" AS
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
        WHEN CAST("e"."event" AS TEXT) = 'support_ticket_opened' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'priority'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'support_ticket_opened'
          AND (
            (
              "ev"."support_ticket_opened__priority" COLLATE "C"
            ) IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_2"
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
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked_1"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."last_value_2" <= 6), FALSE) AS "seg_detractors",
      COALESCE(("f"."count_3" >= 1), FALSE) AS "seg_rage_clickers"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (
      "f"."seg_detractors"
      OR "f"."seg_rage_clickers"
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== needs_outreach (dbt)
-- segment needs_outreach
-- Opened an urgent or high-priority ticket in the last 30 days and is a detractor or
-- rage clicker: the CX team calls them.
-- owner: cx
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
        WHEN CAST("e"."event" AS TEXT) = 'support_ticket_opened' THEN (
          CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'priority'))
            WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'priority')
            WHEN 'number' THEN CASE
              WHEN CAST(
                (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
              ) = trunc(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              )
              AND abs(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    (CAST("e"."props" AS JSONB) -> 'priority') AS NUMERIC
                  ) AS BIGINT
                ) AS TEXT
              )
            END
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          CAST("e"."event" AS TEXT) IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          CAST("e"."event" AS TEXT) IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'support_ticket_opened'
          AND (
            (
              "ev"."support_ticket_opened__priority" COLLATE "C"
            ) IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
      ) AS "count_1",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "count_3"
    FROM
      "seg_events" AS "ev"
      CROSS JOIN "seg_params" AS "p"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_ranked_1" AS (
    SELECT
      "x"."entity_key" AS "entity_key",
      "x"."v" AS "last_value_2"
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
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked_1"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = CAST("ent"."id" AS TEXT)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."last_value_2" <= 6), FALSE) AS "seg_detractors",
      COALESCE(("f"."count_3" >= 1), FALSE) AS "seg_rage_clickers"
    FROM
      "seg_facts" AS "f"
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_level_1" AS "f"
WHERE
  (
    ("f"."count_1" >= 1)
    AND (
      "f"."seg_detractors"
      OR "f"."seg_rage_clickers"
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== safari_users (select)
-- segment safari_users
-- Users whose latest session was in Safari (WebKit-specific bugs hit them first).
-- owner: frontend
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
          ("ev"."session_started__browser" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."session_started__browser" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."session_started__browser" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'browser'))
                  WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "session_started__browser"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('session_started')
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
  (("f"."last_value_1" COLLATE "C") = 'Safari')
ORDER BY
  "f"."entity_key"

-- ===== safari_users (view)
-- segment safari_users
-- Users whose latest session was in Safari (WebKit-specific bugs hit them first).
-- owner: frontend
CREATE OR REPLACE VIEW "safari_users" AS
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
          ("ev"."session_started__browser" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."session_started__browser" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."session_started__browser" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'browser'))
                  WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "session_started__browser"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('session_started')
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
  (("f"."last_value_1" COLLATE "C") = 'Safari')
ORDER BY
  "f"."entity_key";

-- ===== safari_users (dbt)
-- segment safari_users
-- Users whose latest session was in Safari (WebKit-specific bugs hit them first).
-- owner: frontend
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
          ("ev"."session_started__browser" COLLATE "C") AS "v",
          ROW_NUMBER() OVER (
            PARTITION BY
              "ev"."entity_key"
            ORDER BY
              "ev"."t" DESC,
              CASE
                WHEN ("ev"."session_started__browser" COLLATE "C") IS NULL THEN 1
                ELSE 0
              END,
              ("ev"."session_started__browser" COLLATE "C") DESC
          ) AS "rn"
        FROM
          (
            SELECT
              CAST("e"."user_id" AS TEXT) AS "entity_key",
              "e"."occurred_at" AS "t",
              CAST("e"."event" AS TEXT) AS "event",
              (
                CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'browser'))
                  WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'browser')
                  WHEN 'number' THEN CASE
                    WHEN CAST(
                      (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                    ) = trunc(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    )
                    AND abs(
                      CAST(
                        (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                      )
                    ) < 9007199254740992 THEN CAST(
                      CAST(
                        CAST(
                          (CAST("e"."props" AS JSONB) -> 'browser') AS NUMERIC
                        ) AS BIGINT
                      ) AS TEXT
                    )
                  END
                END
              ) AS "session_started__browser"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              CAST("e"."event" AS TEXT) IN ('session_started')
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
  (("f"."last_value_1" COLLATE "C") = 'Safari')
ORDER BY
  "f"."entity_key"

-- ===== mobile_users (select)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'device_os'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'session_started'
          AND (
            ("ev"."session_started__device_os" COLLATE "C") IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== mobile_users (view)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
CREATE OR REPLACE VIEW "mobile_users" AS
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'device_os'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'session_started'
          AND (
            ("ev"."session_started__device_os" COLLATE "C") IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== mobile_users (dbt)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
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
      CAST("e"."event" AS TEXT) AS "event",
      (
        CASE jsonb_typeof((CAST("e"."props" AS JSONB) -> 'device_os'))
          WHEN 'string' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'boolean' THEN (CAST("e"."props" AS JSONB) ->> 'device_os')
          WHEN 'number' THEN CASE
            WHEN CAST(
              (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
            ) = trunc(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            )
            AND abs(
              CAST(
                (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  (CAST("e"."props" AS JSONB) -> 'device_os') AS NUMERIC
                ) AS BIGINT
              ) AS TEXT
            )
          END
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      CAST("e"."event" AS TEXT) IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'session_started'
          AND (
            ("ev"."session_started__device_os" COLLATE "C") IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d"
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"
