-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-604800000), "x"."as_of") AS "as_of_minus_7d",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d",
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
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
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
      END AS "purchase__amount",
      CASE
        WHEN "e"."event" = 'purchase' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'currency')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'currency') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'currency')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'currency') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "purchase__currency",
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
        WHEN "e"."event" = 'page_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'path') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'path') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'path') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "page_viewed__path",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'experiment') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'experiment') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'variant') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'variant') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__variant",
      CASE
        WHEN "e"."event" = 'subscription_cancelled' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'reason')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'reason') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'reason')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'reason') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'reason') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'reason') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "subscription_cancelled__reason",
      CASE
        WHEN "e"."event" = 'rage_click' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'page')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'page') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'page')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'page') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'page') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'page') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'page') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "rage_click__page",
      CASE
        WHEN "e"."event" = 'support_ticket_opened' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'priority') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'priority') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'priority') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "support_ticket_opened__priority",
      CASE
        WHEN "e"."event" = 'session_started' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'device_os')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'device_os') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'device_os')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'device_os') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'device_os') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'device_os') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN (
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
        "e"."event" IN ('login', 'purchase', 'experiment_viewed')
        OR (
          "e"."event" IN (
            'session_started',
            'feature_used',
            'rage_click',
            'support_ticket_opened'
          )
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
        OR (
          "e"."event" IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('subscription_cancelled')
          AND "e"."occurred_at" > "p"."as_of_minus_90d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase' THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
      ) AS "sum_1",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
      ) AS "sum_2",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
        END
      ) AS "count_3",
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
      ) AS "last_time_4",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_5",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_8",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND (
            "ev"."feature_used__feature" IN ('reports', 'dashboards', 'exports')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_9",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" = 'exports')
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_10",
      COUNT(
        CASE
          WHEN "ev"."event" = 'page_viewed'
          AND STARTSWITH("ev"."page_viewed__path", '/pricing')
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_11",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_12",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND (
            (
              "ev"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("ev"."experiment_viewed__variant" = 'B')
          ) THEN 1
        END
      ) AS "count_13",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_15",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" < "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_16",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_17",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_18",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_19",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN CAST("ev"."t" AS DATE)
        END
      ) AS "active_days_20",
      COUNT(
        CASE
          WHEN "ev"."event" = 'subscription_cancelled'
          AND CONTAINS(
            TRANSLATE(
              "ev"."subscription_cancelled__reason",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'price'
          )
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
        END
      ) AS "count_23",
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
      ) AS "last_time_24",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_25",
      MIN(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100) THEN "ev"."t"
        END
      ) AS "first_time_28",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_29",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND (
            REGEXP_INSTR("ev"."rage_click__page", '^/checkout(/|$)') > 0
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_30",
      COUNT(
        CASE
          WHEN "ev"."event" = 'support_ticket_opened'
          AND (
            "ev"."support_ticket_opened__priority" IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_31",
      COUNT(
        CASE
          WHEN "ev"."event" = 'session_started'
          AND (
            "ev"."session_started__device_os" IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_32"
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
          CASE
            WHEN "e"."event" = 'nps_response' THEN (
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
            )
          END AS "nps_response__score",
          CASE
            WHEN "e"."event" = 'session_started' THEN (
              CASE
                WHEN TYPEOF(
                  GET ("e"."props", 'browser')
                ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                  GET ("e"."props", 'browser') AS VARCHAR
                )
                WHEN TYPEOF(
                  GET ("e"."props", 'browser')
                ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
                AND CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                ) = TRUNC(
                  CAST(
                    GET ("e"."props", 'browser') AS DOUBLE
                  )
                )
                AND ABS(
                  CAST(
                    GET ("e"."props", 'browser') AS DOUBLE
                  )
                ) < 9007199254740992 THEN CAST(
                  CAST(
                    CAST(
                      GET ("e"."props", 'browser') AS DOUBLE
                    ) AS BIGINT
                  ) AS VARCHAR
                )
              END
            )
          END AS "session_started__browser"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('session_started', 'nps_response')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      (
        ("ev"."event" = 'nps_response')
        OR ("ev"."event" = 'session_started')
      )
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'nps_response' THEN "ev"."t"
        END
      ) AS "last_value_6_time",
      MAX(
        CASE
          WHEN "ev"."event" = 'session_started' THEN "ev"."t"
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
          AND "ev"."t" = "rk"."last_value_6_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_6",
      MAX(
        CASE
          WHEN "ev"."event" = 'session_started'
          AND "ev"."t" = "rk"."last_value_7_time" THEN "ev"."session_started__browser"
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
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'experiment') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'experiment') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'variant') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'variant') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN (
        'cart_viewed',
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started',
        'experiment_viewed'
      )
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN (
          'purchase',
          'trial_started',
          'subscription_started',
          'experiment_viewed'
        )
        OR (
          "e"."event" IN ('cart_viewed', 'add_to_cart')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          604800000,
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
      AND DATEADD(MILLISECOND, 1209600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1209600000, "y"."t")
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
      AND DATEADD(MILLISECOND, 3600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 3600000, "y"."t")
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
      "seg_sequence_27_step_1" AS "x"
  ),
  "seg_sequence_27_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
          )
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
      "ent"."country" AS "attr_country",
      CAST("ent"."age" AS DOUBLE) AS "attr_age",
      "ent"."opted_in" AS "attr_opted_in",
      "ent"."plan" AS "attr_plan",
      "ent"."signed_up_at" AS "attr_signed_up_at",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."email" AS "attr_email",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees",
      "rel_account"."industry" AS "attr_account__industry",
      CAST("rel_account"."arr" AS DOUBLE) AS "attr_account__arr",
      "rel_account"."hq_country" AS "attr_account__hq_country",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
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
      ) AS "sum_1",
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
      COALESCE("agg"."count_3", 0) AS "count_3",
      "agg"."last_time_4" AS "last_time_4",
      COALESCE("agg"."active_days_5", 0) AS "active_days_5",
      "ranked"."last_value_6" AS "last_value_6",
      "ranked"."last_value_7" AS "last_value_7",
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
        "ent"."id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_14" AS "sq"
        ),
        FALSE
      ) AS "sequence_14",
      COALESCE(
        "ent"."id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_21" AS "sq"
        ),
        FALSE
      ) AS "sequence_21",
      COALESCE(
        "ent"."id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_22" AS "sq"
        ),
        FALSE
      ) AS "sequence_22",
      COALESCE(
        "ent"."id" IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_26" AS "sq"
        ),
        FALSE
      ) AS "sequence_26",
      COALESCE(
        "ent"."id" IN (
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
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
      AND "rel_account"."seg_key_rows" = 1
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
          ("f"."attr_country" IN ('US', 'CA'))
          AND ("f"."attr_age" >= 30)
          AND ("f"."attr_age" <= 50)
        ),
        FALSE
      ) AS "seg_na_mid_career",
      COALESCE(
        (
          (
            "f"."attr_country" IN (
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
      COALESCE(("f"."attr_plan" = 'enterprise'), FALSE) AS "seg_enterprise_plan",
      COALESCE(
        (
          ("f"."attr_signed_up_at" > "p"."as_of_minus_30d")
          AND ("f"."attr_signed_up_at" <= "p"."as_of")
        ),
        FALSE
      ) AS "seg_new_signups",
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid",
      COALESCE(("f"."attr_plan" = 'free'), FALSE) AS "seg_free",
      COALESCE(
        (
          (
            ARRAY_CONTAINS(TO_VARIANT('beta'), "f"."attr_tags")
            OR ARRAY_CONTAINS(TO_VARIANT('vip'), "f"."attr_tags")
          )
          AND (
            NOT COALESCE(
              ENDSWITH(
                TRANSLATE(
                  "f"."attr_email",
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  'abcdefghijklmnopqrstuvwxyz'
                ),
                '@gmail.com'
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
          ("f"."attr_plan" = 'enterprise')
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
          AND ("f"."attr_account__industry" = 'fintech')
        ),
        FALSE
      ) AS "seg_enterprise_fintech",
      COALESCE(
        (
          ("f"."attr_account__arr" >= 50000)
          AND (
            "f"."attr_account__hq_country" IN (
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
            FLOOR(
              DATEDIFF(MICROSECOND, "f"."last_time_4", "p"."as_of") / 86400000000
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
          FLOOR(
            DATEDIFF(MICROSECOND, "f"."last_time_24", "p"."as_of") / 86400000000
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
      COALESCE(("f"."last_value_7" = 'Safari'), FALSE) AS "seg_safari_users",
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
            "f"."first_time_28" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
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
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."age" AS "age",
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
  (
    ("f"."attr_country" IN ('US', 'CA'))
    AND ("f"."attr_age" >= 30)
    AND ("f"."attr_age" <= 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== na_mid_career (view)
-- segment na_mid_career
-- Mid-career users in North America, the core persona of the growth team.
-- owner: growth
CREATE OR REPLACE VIEW "na_mid_career" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."age" AS "age",
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
  (
    ("f"."attr_country" IN ('US', 'CA'))
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
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      CAST("ent"."age" AS DOUBLE) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."age" AS "age",
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
  (
    ("f"."attr_country" IN ('US', 'CA'))
    AND ("f"."attr_age" >= 30)
    AND ("f"."attr_age" <= 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== eea_marketable (select)
-- segment eea_marketable
-- Users in the European Economic Area who agreed to marketing e-mail (GDPR-safe audience).
-- owner: marketing
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
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."opted_in" AS "opted_in",
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
  (
    (
      "f"."attr_country" IN (
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
CREATE OR REPLACE VIEW "eea_marketable" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."opted_in" AS "opted_in",
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
  (
    (
      "f"."attr_country" IN (
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
      "ent"."id" AS "entity_key",
      "ent"."country" AS "attr_country",
      "ent"."opted_in" AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          "t"."opted_in" AS "opted_in",
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
  (
    (
      "f"."attr_country" IN (
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'enterprise')
ORDER BY
  "f"."entity_key"

-- ===== enterprise_plan (view)
-- segment enterprise_plan
-- Users on the enterprise plan.
-- owner: sales
CREATE OR REPLACE VIEW "enterprise_plan" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'enterprise')
ORDER BY
  "f"."entity_key";

-- ===== enterprise_plan (dbt)
-- segment enterprise_plan
-- Users on the enterprise plan.
-- owner: sales
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'enterprise')
ORDER BY
  "f"."entity_key"

-- ===== new_signups (select)
-- segment new_signups
-- Users who signed up in the last 30 days.
-- owner: growth
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
CREATE OR REPLACE VIEW "new_signups" COPY GRANTS AS
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" IN ('pro', 'enterprise'))
ORDER BY
  "f"."entity_key"

-- ===== paid (view)
-- segment paid
-- Paying users (pro or enterprise).
-- owner: finance
CREATE OR REPLACE VIEW "paid" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" IN ('pro', 'enterprise'))
ORDER BY
  "f"."entity_key";

-- ===== paid (dbt)
-- segment paid
-- Paying users (pro or enterprise).
-- owner: finance
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" IN ('pro', 'enterprise'))
ORDER BY
  "f"."entity_key"

-- ===== free (select)
-- segment free
-- Users on the free plan.
-- owner: finance
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'free')
ORDER BY
  "f"."entity_key"

-- ===== free (view)
-- segment free
-- Users on the free plan.
-- owner: finance
CREATE OR REPLACE VIEW "free" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'free')
ORDER BY
  "f"."entity_key";

-- ===== free (dbt)
-- segment free
-- Users on the free plan.
-- owner: finance
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan"
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
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_plan" = 'free')
ORDER BY
  "f"."entity_key"

-- ===== beta_testers (select)
-- segment beta_testers
-- Users flagged for the beta programme, or VIPs, who signed up with a work address.
-- owner: product
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."email" AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          "t"."email" AS "email",
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
  (
    (
      ARRAY_CONTAINS(TO_VARIANT('beta'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('vip'), "f"."attr_tags")
    )
    AND (
      NOT COALESCE(
        ENDSWITH(
          TRANSLATE(
            "f"."attr_email",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          '@gmail.com'
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
CREATE OR REPLACE VIEW "beta_testers" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."email" AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          "t"."email" AS "email",
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
  (
    (
      ARRAY_CONTAINS(TO_VARIANT('beta'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('vip'), "f"."attr_tags")
    )
    AND (
      NOT COALESCE(
        ENDSWITH(
          TRANSLATE(
            "f"."attr_email",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          '@gmail.com'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN IS_ARRAY("ent"."tags") THEN "ent"."tags"
        END
      ) AS "attr_tags",
      "ent"."email" AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          "t"."email" AS "email",
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
  (
    (
      ARRAY_CONTAINS(TO_VARIANT('beta'), "f"."attr_tags")
      OR ARRAY_CONTAINS(TO_VARIANT('vip'), "f"."attr_tags")
    )
    AND (
      NOT COALESCE(
        ENDSWITH(
          TRANSLATE(
            "f"."attr_email",
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'abcdefghijklmnopqrstuvwxyz'
          ),
          '@gmail.com'
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
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age",
      "ent"."country" AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          "t"."country" AS "country",
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
CREATE OR REPLACE VIEW "unprofiled" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age",
      "ent"."country" AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          "t"."country" AS "country",
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
      "ent"."id" AS "entity_key",
      CAST("ent"."age" AS DOUBLE) AS "attr_age",
      "ent"."country" AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          "t"."country" AS "country",
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
-- Engaged customers on the top plan: frequent logins and use of the core workflow.
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
-- Engaged customers on the top plan: frequent logins and use of the core workflow.
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

-- ===== most_active (select)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key"

-- ===== most_active (view)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
CREATE OR REPLACE VIEW "most_active" COPY GRANTS AS
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key";

-- ===== most_active (dbt)
-- segment most_active
-- The most active users: logged in on at least 20 of the last 30 days.
-- owner: growth
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
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN CAST("ev"."t" AS DATE)
        END
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
  ("f"."active_days_1" >= 20)
ORDER BY
  "f"."entity_key"

-- ===== heavy_exporters (select)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      (
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" = 'exports')
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== heavy_exporters (view)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
CREATE OR REPLACE VIEW "heavy_exporters" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      (
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" = 'exports')
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key";

-- ===== heavy_exporters (dbt)
-- segment heavy_exporters
-- Users who exported data at least 3 times in the last two weeks.
-- owner: product
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      (
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
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('feature_used')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" = 'exports')
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
  ("f"."count_1" >= 3)
ORDER BY
  "f"."entity_key"

-- ===== pricing_curious (select)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'page_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'path') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'path') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'path') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN ('purchase')
        OR (
          "e"."event" IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'page_viewed'
          AND STARTSWITH("ev"."page_viewed__path", '/pricing')
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
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

-- ===== pricing_curious (view)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
CREATE OR REPLACE VIEW "pricing_curious" COPY GRANTS AS
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'page_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'path') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'path') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'path') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN ('purchase')
        OR (
          "e"."event" IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'page_viewed'
          AND STARTSWITH("ev"."page_viewed__path", '/pricing')
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
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

-- ===== pricing_curious (dbt)
-- segment pricing_curious
-- Users who looked at pricing pages last week but have not bought anything yet.
-- owner: growth
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'page_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'path') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'path')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'path') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'path') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'path') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "page_viewed__path"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('page_viewed', 'purchase')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        "e"."event" IN ('purchase')
        OR (
          "e"."event" IN ('page_viewed')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'page_viewed'
          AND STARTSWITH("ev"."page_viewed__path", '/pricing')
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
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

-- ===== checkout_v2_variant_b (select)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
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
            GET ("e"."props", 'experiment')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'experiment') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'experiment')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'experiment') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'variant') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'variant') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND (
            (
              "ev"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("ev"."experiment_viewed__variant" = 'B')
          ) THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_v2_variant_b (view)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
CREATE OR REPLACE VIEW "checkout_v2_variant_b" COPY GRANTS AS
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
            GET ("e"."props", 'experiment')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'experiment') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'experiment')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'experiment') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'variant') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'variant') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND (
            (
              "ev"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("ev"."experiment_viewed__variant" = 'B')
          ) THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== checkout_v2_variant_b (dbt)
-- segment checkout_v2_variant_b
-- Saw variant B of the new checkout experiment.
-- owner: experimentation
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
            GET ("e"."props", 'experiment')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'experiment') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'experiment')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'experiment') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__experiment",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'variant') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'variant')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'variant') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND (
            (
              "ev"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("ev"."experiment_viewed__variant" = 'B')
          ) THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_v2_control_converted (select)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
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
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'experiment') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'experiment') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'variant') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'variant') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase', 'experiment_viewed')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          604800000,
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

-- ===== checkout_v2_control_converted (view)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
CREATE OR REPLACE VIEW "checkout_v2_control_converted" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'experiment') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'experiment') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'variant') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'variant') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase', 'experiment_viewed')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          604800000,
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

-- ===== checkout_v2_control_converted (dbt)
-- segment checkout_v2_control_converted
-- Saw the control of the checkout experiment and then bought within a week.
-- owner: experimentation
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
      "e"."event" AS "event",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'experiment') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'experiment')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'experiment') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'experiment') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'experiment') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__experiment",
      CASE
        WHEN "e"."event" = 'experiment_viewed' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'variant') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'variant')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'variant') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'variant') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'variant') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "experiment_viewed__variant"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('purchase', 'experiment_viewed')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
              "s"."experiment_viewed__experiment" = 'checkout_v2'
            )
            AND ("s"."experiment_viewed__variant" = 'control')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          604800000,
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

-- ===== recently_experimented (select)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
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
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== recently_experimented (view)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
CREATE OR REPLACE VIEW "recently_experimented" COPY GRANTS AS
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
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== recently_experimented (dbt)
-- segment recently_experimented
-- Was exposed to any experiment in the last 30 days (for holdout checks).
-- owner: experimentation
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
      "e"."event" IN ('experiment_viewed')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'experiment_viewed'
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== enterprise_fintech (select)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
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
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees",
      "rel_account"."industry" AS "attr_account__industry"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
    AND ("f"."attr_account__industry" = 'fintech')
  )
ORDER BY
  "f"."entity_key"

-- ===== enterprise_fintech (view)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
CREATE OR REPLACE VIEW "enterprise_fintech" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees",
      "rel_account"."industry" AS "attr_account__industry"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
    AND ("f"."attr_account__industry" = 'fintech')
  )
ORDER BY
  "f"."entity_key";

-- ===== enterprise_fintech (dbt)
-- segment enterprise_fintech
-- Users at large fintech companies, the target of the enterprise sales motion.
-- owner: sales
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
      "ent"."id" AS "entity_key",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees",
      "rel_account"."industry" AS "attr_account__industry"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
    AND ("f"."attr_account__industry" = 'fintech')
  )
ORDER BY
  "f"."entity_key"

-- ===== smb_customers (select)
-- segment smb_customers
-- Users at small companies (under 50 people) that pay us.
-- owner: sales
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
CREATE OR REPLACE VIEW "smb_customers" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      CAST("rel_account"."employees" AS DOUBLE) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
      AND "rel_account"."seg_key_rows" = 1
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
      "ent"."id" AS "entity_key",
      CAST("rel_account"."arr" AS DOUBLE) AS "attr_account__arr",
      "rel_account"."hq_country" AS "attr_account__hq_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
      "f"."attr_account__hq_country" IN (
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
CREATE OR REPLACE VIEW "eea_strategic_accounts" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("rel_account"."arr" AS DOUBLE) AS "attr_account__arr",
      "rel_account"."hq_country" AS "attr_account__hq_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
      "f"."attr_account__hq_country" IN (
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
      "ent"."id" AS "entity_key",
      CAST("rel_account"."arr" AS DOUBLE) AS "attr_account__arr",
      "rel_account"."hq_country" AS "attr_account__hq_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."account_id" AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              "t"."id"
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
              "t"."id"
          ) AS "seg_key_rows"
        FROM
          "crm"."accounts" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "rel_account" ON "rel_account"."id" = "ent"."account_id"
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
      "f"."attr_account__hq_country" IN (
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
-- Used to log in, but not in the last 30 days.
-- owner: growth
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
-- Used to log in, but not in the last 30 days.
-- owner: growth
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

-- ===== inactive (select)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
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

-- ===== inactive (view)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
CREATE OR REPLACE VIEW "inactive" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
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

-- ===== inactive (dbt)
-- segment inactive
-- Logged in between two weeks and a month ago but not since: about to churn.
-- owner: growth
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('login')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_30d"
          AND "ev"."t" <= "p"."as_of_minus_14d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
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

-- ===== activated_new_users (select)
-- segment activated_new_users
-- Signed up in the last 14 days and already logged in on at least 2 days.
-- owner: growth
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN CAST("ev"."t" AS DATE)
        END
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
CREATE OR REPLACE VIEW "activated_new_users" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN CAST("ev"."t" AS DATE)
        END
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
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        DISTINCT CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN CAST("ev"."t" AS DATE)
        END
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
CREATE OR REPLACE VIEW "at_risk" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-1209600000), "x"."as_of") AS "as_of_minus_14d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_14d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_14d" THEN 1
        END
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
      "ent"."plan" AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
-- Started a trial and subscribed within 14 days of starting it.
-- owner: growth
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
-- Started a trial and subscribed within 14 days of starting it.
-- owner: growth
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

-- ===== trial_churned (select)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
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
      AND DATEADD(MILLISECOND, 1209600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1209600000, "y"."t")
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

-- ===== trial_churned (view)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
CREATE OR REPLACE VIEW "trial_churned" COPY GRANTS AS
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
      AND DATEADD(MILLISECOND, 1209600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1209600000, "y"."t")
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

-- ===== trial_churned (dbt)
-- segment trial_churned
-- Started a trial and did not subscribe within 14 days.
-- owner: growth
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
      AND DATEADD(MILLISECOND, 1209600000, "y"."t") <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > DATEADD(MILLISECOND, 1209600000, "y"."t")
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

-- ===== price_churners (select)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'reason') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'reason') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'reason') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'subscription_cancelled'
          AND CONTAINS(
            TRANSLATE(
              "ev"."subscription_cancelled__reason",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'price'
          )
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== price_churners (view)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
CREATE OR REPLACE VIEW "price_churners" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'reason') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'reason') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'reason') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'subscription_cancelled'
          AND CONTAINS(
            TRANSLATE(
              "ev"."subscription_cancelled__reason",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'price'
          )
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== price_churners (dbt)
-- segment price_churners
-- Cancelled a subscription in the last 90 days because of price.
-- owner: finance
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'reason') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'reason')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'reason') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'reason') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'reason') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "subscription_cancelled__reason"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('subscription_cancelled')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'subscription_cancelled'
          AND CONTAINS(
            TRANSLATE(
              "ev"."subscription_cancelled__reason",
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
              'abcdefghijklmnopqrstuvwxyz'
            ),
            'price'
          )
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== winback_candidates (select)
-- segment winback_candidates
-- Last login more than 90 days ago and reachable by e-mail: the win-back campaign.
-- owner: marketing
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
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
CREATE OR REPLACE VIEW "winback_candidates" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
      MAX(
        CASE
          WHEN "ev"."event" = 'login' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    (
      FLOOR(
        DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
-- Customers whose purchases add up to the high-value line or more.
-- owner: finance
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
-- Customers whose purchases add up to the high-value line or more.
-- owner: finance
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

-- ===== low_ltv (select)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
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
      "e"."event" AS "event"
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
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== low_ltv (view)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
CREATE OR REPLACE VIEW "low_ltv" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
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
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key";

-- ===== low_ltv (dbt)
-- segment low_ltv
-- Customers who bought something, but little: under 50 USD of lifetime value.
-- owner: finance
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
      "e"."event" AS "event"
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
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST("ent"."ltv_usd" AS DOUBLE) AS "attr_lifetime_value",
      COALESCE("agg"."count_1", 0) AS "count_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
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
    AND ("f"."attr_lifetime_value" < 50)
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_recent_buyers (select)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
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
      "e"."event" AS "event"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    FLOOR(
      DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
    ) < 30
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_recent_buyers (view)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_recent_buyers" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      SYSDATE() AS "as_of"
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
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    FLOOR(
      DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
    ) < 30
  )
ORDER BY
  "f"."entity_key";

-- ===== rfm_recent_buyers (dbt)
-- segment rfm_recent_buyers
-- RFM recency: bought in the last 30 days.
-- owner: finance
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
      "e"."event" AS "event"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
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
  CROSS JOIN "seg_params" AS "p"
WHERE
  (
    FLOOR(
      DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
    ) < 30
  )
ORDER BY
  "f"."entity_key"

-- ===== rfm_frequent_buyers (select)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== rfm_frequent_buyers (view)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_frequent_buyers" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-31536000000), "x"."as_of") AS "as_of_minus_365d"
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key";

-- ===== rfm_frequent_buyers (dbt)
-- segment rfm_frequent_buyers
-- RFM frequency: at least 2 orders of 50 or more in the last year.
-- owner: finance
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      AND "e"."occurred_at" > "p"."as_of_minus_365d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== rfm_big_spenders (select)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key"

-- ===== rfm_big_spenders (view)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
CREATE OR REPLACE VIEW "rfm_big_spenders" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key";

-- ===== rfm_big_spenders (dbt)
-- segment rfm_big_spenders
-- RFM monetary: 500 USD or more in the last 90 days.
-- owner: finance
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency",
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
      AND "e"."occurred_at" > "p"."as_of_minus_90d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
  ("f"."sum_1" >= 500)
ORDER BY
  "f"."entity_key"

-- ===== rfm_champions (select)
-- segment rfm_champions
-- The best customers on all three RFM axes.
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
      ) AS "last_time_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_2",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_3") < 1000000000000000 THEN ROUND(
              "agg"."sum_3",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_3"))) + (
                  CASE
                    WHEN ABS("agg"."sum_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3")))) THEN 1
                    WHEN ABS("agg"."sum_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
          FLOOR(
            DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
CREATE OR REPLACE VIEW "rfm_champions" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
      ) AS "last_time_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_2",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_3") < 1000000000000000 THEN ROUND(
              "agg"."sum_3",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_3"))) + (
                  CASE
                    WHEN ABS("agg"."sum_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3")))) THEN 1
                    WHEN ABS("agg"."sum_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
          FLOOR(
            DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      ) AS "purchase__amount",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'currency') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'currency')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'currency') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'currency') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'currency') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "purchase__currency"
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
      MAX(
        CASE
          WHEN "ev"."event" = 'purchase' THEN "ev"."t"
        END
      ) AS "last_time_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 50)
          AND "ev"."t" > "p"."as_of_minus_365d" THEN 1
        END
      ) AS "count_2",
      SUM(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__currency" = 'USD')
          AND "ev"."t" > "p"."as_of_minus_90d" THEN CAST("ev"."purchase__amount" AS DOUBLE)
        END
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
            AND ABS("agg"."sum_3") < 1000000000000000 THEN ROUND(
              "agg"."sum_3",
              (
                14 - FLOOR(LOG(10, ABS("agg"."sum_3"))) + (
                  CASE
                    WHEN ABS("agg"."sum_3") < POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3")))) THEN 1
                    WHEN ABS("agg"."sum_3") >= POWER(10, FLOOR(LOG(10, ABS("agg"."sum_3"))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
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
          FLOOR(
            DATEDIFF(MICROSECOND, "f"."last_time_1", "p"."as_of") / 86400000000
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
-- Added something to the cart last week and did not buy within the hour.
-- owner: growth
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
-- Added something to the cart last week and did not buy within the hour.
-- owner: growth
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

-- ===== cart_completers (select)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
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
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('cart_viewed', 'add_to_cart', 'purchase')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
          )
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

-- ===== cart_completers (view)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
CREATE OR REPLACE VIEW "cart_completers" COPY GRANTS AS
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
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('cart_viewed', 'add_to_cart', 'purchase')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
          )
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

-- ===== cart_completers (dbt)
-- segment cart_completers
-- Looked at the cart, added an item and bought it, each within a day of the step before.
-- owner: growth
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
  "seg_sequence_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('cart_viewed', 'add_to_cart', 'purchase')
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
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
  "seg_sequence_1_step_3" AS (
    SELECT
      "x".*,
      CASE
        WHEN "x"."step_3" = 1
        AND "x"."t" <= DATEADD(
          MILLISECOND,
          86400000,
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
          )
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

-- ===== new_high_value_buyers (select)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
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
      MIN(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100) THEN "ev"."t"
        END
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== new_high_value_buyers (view)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
CREATE OR REPLACE VIEW "new_high_value_buyers" COPY GRANTS AS
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
      MIN(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100) THEN "ev"."t"
        END
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
  )
ORDER BY
  "f"."entity_key";

-- ===== new_high_value_buyers (dbt)
-- segment new_high_value_buyers
-- Paying users whose first purchase was this year and at least 100.
-- owner: finance
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
      MIN(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND ("ev"."purchase__amount" >= 100) THEN "ev"."t"
        END
      ) AS "first_time_1"
    FROM
      "seg_events" AS "ev"
    GROUP BY
      "ev"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      "ent"."plan" AS "attr_plan",
      "agg"."first_time_1" AS "first_time_1"
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
      COALESCE(("f"."attr_plan" IN ('pro', 'enterprise')), FALSE) AS "seg_paid"
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
      "f"."first_time_1" >= CAST('2025-01-01T00:00:00.000Z' AS TIMESTAMP_NTZ)
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== lapsed_buyers (select)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== lapsed_buyers (view)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
CREATE OR REPLACE VIEW "lapsed_buyers" COPY GRANTS AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key";

-- ===== lapsed_buyers (dbt)
-- segment lapsed_buyers
-- RFM lapsed: bought before, but nothing in the last 90 days.
-- owner: finance
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      DATEADD(MILLISECOND, (-7776000000), "x"."as_of") AS "as_of_minus_90d"
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
      "e"."event" IN ('purchase')
      AND "e"."occurred_at" <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase' THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'purchase'
          AND "ev"."t" > "p"."as_of_minus_90d" THEN 1
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
    AND ("f"."count_2" = 0)
  )
ORDER BY
  "f"."entity_key"

-- ===== promoters (select)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key"

-- ===== promoters (view)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
CREATE OR REPLACE VIEW "promoters" COPY GRANTS AS
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key";

-- ===== promoters (dbt)
-- segment promoters
-- NPS promoters: latest answer 9 or 10.
-- owner: cx
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
  ("f"."last_value_1" >= 9)
ORDER BY
  "f"."entity_key"

-- ===== passives (select)
-- segment passives
-- NPS passives: latest answer 7 or 8.
-- owner: cx
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
CREATE OR REPLACE VIEW "passives" COPY GRANTS AS
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
-- NPS detractors: latest answer 6 or lower.
-- owner: cx
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
-- NPS detractors: latest answer 6 or lower.
-- owner: cx
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

-- ===== rage_clickers (select)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== rage_clickers (view)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
CREATE OR REPLACE VIEW "rage_clickers" COPY GRANTS AS
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== rage_clickers (dbt)
-- segment rage_clickers
-- Rage-clicked anywhere last week.
-- owner: frontend
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
  "seg_events" AS (
    SELECT
      "e"."user_id" AS "entity_key",
      "e"."occurred_at" AS "t",
      "e"."event" AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== checkout_frustrated (select)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'page') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'page') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'page') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND (
            REGEXP_INSTR("ev"."rage_click__page", '^/checkout(/|$)') > 0
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== checkout_frustrated (view)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
CREATE OR REPLACE VIEW "checkout_frustrated" COPY GRANTS AS
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'page') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'page') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'page') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND (
            REGEXP_INSTR("ev"."rage_click__page", '^/checkout(/|$)') > 0
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key";

-- ===== checkout_frustrated (dbt)
-- segment checkout_frustrated
-- Rage-clicked on the checkout at least twice in the last 30 days.
-- owner: frontend
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'page') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'page')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'page') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'page') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'page') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "rage_click__page"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND (
            REGEXP_INSTR("ev"."rage_click__page", '^/checkout(/|$)') > 0
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 2)
ORDER BY
  "f"."entity_key"

-- ===== needs_outreach (select)
-- segment needs_outreach
-- Opened an urgent or high-priority ticket in the last 30 days and is a detractor or
-- rage clicker: the CX team calls them.
-- owner: cx
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
        WHEN "e"."event" = 'support_ticket_opened' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'priority') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'priority') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'priority') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'support_ticket_opened'
          AND (
            "ev"."support_ticket_opened__priority" IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_3"
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
      ) AS "last_value_2_time"
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
          AND "ev"."t" = "rk"."last_value_2_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_2"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
CREATE OR REPLACE VIEW "needs_outreach" COPY GRANTS AS
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
        WHEN "e"."event" = 'support_ticket_opened' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'priority') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'priority') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'priority') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'support_ticket_opened'
          AND (
            "ev"."support_ticket_opened__priority" IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_3"
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
      ) AS "last_value_2_time"
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
          AND "ev"."t" = "rk"."last_value_2_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_2"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
        WHEN "e"."event" = 'support_ticket_opened' THEN (
          CASE
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
              GET ("e"."props", 'priority') AS VARCHAR
            )
            WHEN TYPEOF(
              GET ("e"."props", 'priority')
            ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
            AND CAST(
              GET ("e"."props", 'priority') AS DOUBLE
            ) = TRUNC(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                GET ("e"."props", 'priority') AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  GET ("e"."props", 'priority') AS DOUBLE
                ) AS BIGINT
              ) AS VARCHAR
            )
          END
        )
      END AS "support_ticket_opened__priority"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('rage_click', 'support_ticket_opened')
      AND "e"."occurred_at" <= "p"."as_of"
      AND (
        (
          "e"."event" IN ('rage_click')
          AND "e"."occurred_at" > "p"."as_of_minus_7d"
        )
        OR (
          "e"."event" IN ('support_ticket_opened')
          AND "e"."occurred_at" > "p"."as_of_minus_30d"
        )
      )
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'support_ticket_opened'
          AND (
            "ev"."support_ticket_opened__priority" IN ('high', 'urgent')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
      ) AS "count_1",
      COUNT(
        CASE
          WHEN "ev"."event" = 'rage_click'
          AND "ev"."t" > "p"."as_of_minus_7d" THEN 1
        END
      ) AS "count_3"
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
      ) AS "last_value_2_time"
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
          AND "ev"."t" = "rk"."last_value_2_time" THEN "ev"."nps_response__score"
        END
      ) AS "last_value_2"
    FROM
      "seg_ranked_events" AS "ev"
      INNER JOIN "seg_ranked" AS "rk" ON "rk"."entity_key" = "ev"."entity_key"
    GROUP BY
      "rk"."entity_key"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE("agg"."count_1", 0) AS "count_1",
      "ranked"."last_value_2" AS "last_value_2",
      COALESCE("agg"."count_3", 0) AS "count_3"
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
      LEFT JOIN "seg_ranked_aggregates" AS "ranked" ON "ranked"."entity_key" = "ent"."id"
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
                GET ("e"."props", 'browser')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."props", 'browser') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."props", 'browser')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."props", 'browser') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."props", 'browser') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "session_started__browser"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('session_started')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'session_started')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'session_started' THEN "ev"."t"
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
          WHEN "ev"."event" = 'session_started'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."session_started__browser"
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
  ("f"."last_value_1" = 'Safari')
ORDER BY
  "f"."entity_key"

-- ===== safari_users (view)
-- segment safari_users
-- Users whose latest session was in Safari (WebKit-specific bugs hit them first).
-- owner: frontend
CREATE OR REPLACE VIEW "safari_users" COPY GRANTS AS
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
                GET ("e"."props", 'browser')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."props", 'browser') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."props", 'browser')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."props", 'browser') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."props", 'browser') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "session_started__browser"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('session_started')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'session_started')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'session_started' THEN "ev"."t"
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
          WHEN "ev"."event" = 'session_started'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."session_started__browser"
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
  ("f"."last_value_1" = 'Safari')
ORDER BY
  "f"."entity_key";

-- ===== safari_users (dbt)
-- segment safari_users
-- Users whose latest session was in Safari (WebKit-specific bugs hit them first).
-- owner: frontend
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
                GET ("e"."props", 'browser')
              ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
                GET ("e"."props", 'browser') AS VARCHAR
              )
              WHEN TYPEOF(
                GET ("e"."props", 'browser')
              ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
              AND CAST(
                GET ("e"."props", 'browser') AS DOUBLE
              ) = TRUNC(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  GET ("e"."props", 'browser') AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    GET ("e"."props", 'browser') AS DOUBLE
                  ) AS BIGINT
                ) AS VARCHAR
              )
            END
          ) AS "session_started__browser"
        FROM
          "analytics"."events" AS "e"
          CROSS JOIN "seg_params" AS "p"
        WHERE
          "e"."event" IN ('session_started')
          AND "e"."occurred_at" <= "p"."as_of"
      ) AS "ev"
    WHERE
      ("ev"."event" = 'session_started')
  ),
  "seg_ranked" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      MAX(
        CASE
          WHEN "ev"."event" = 'session_started' THEN "ev"."t"
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
          WHEN "ev"."event" = 'session_started'
          AND "ev"."t" = "rk"."last_value_1_time" THEN "ev"."session_started__browser"
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
  ("f"."last_value_1" = 'Safari')
ORDER BY
  "f"."entity_key"

-- ===== mobile_users (select)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'device_os') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'device_os') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'device_os') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'session_started'
          AND (
            "ev"."session_started__device_os" IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"

-- ===== mobile_users (view)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
CREATE OR REPLACE VIEW "mobile_users" COPY GRANTS AS
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'device_os') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'device_os') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'device_os') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'session_started'
          AND (
            "ev"."session_started__device_os" IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key";

-- ===== mobile_users (dbt)
-- segment mobile_users
-- Users who opened a session on a mobile OS in the last 30 days.
-- owner: mobile
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
      "e"."event" AS "event",
      (
        CASE
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('VARCHAR', 'BOOLEAN') THEN CAST(
            GET ("e"."props", 'device_os') AS VARCHAR
          )
          WHEN TYPEOF(
            GET ("e"."props", 'device_os')
          ) IN ('INTEGER', 'DECIMAL', 'DOUBLE')
          AND CAST(
            GET ("e"."props", 'device_os') AS DOUBLE
          ) = TRUNC(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          )
          AND ABS(
            CAST(
              GET ("e"."props", 'device_os') AS DOUBLE
            )
          ) < 9007199254740992 THEN CAST(
            CAST(
              CAST(
                GET ("e"."props", 'device_os') AS DOUBLE
              ) AS BIGINT
            ) AS VARCHAR
          )
        END
      ) AS "session_started__device_os"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      "e"."event" IN ('session_started')
      AND "e"."occurred_at" <= "p"."as_of"
      AND "e"."occurred_at" > "p"."as_of_minus_30d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(
        CASE
          WHEN "ev"."event" = 'session_started'
          AND (
            "ev"."session_started__device_os" IN ('iOS', 'Android')
          )
          AND "ev"."t" > "p"."as_of_minus_30d" THEN 1
        END
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
  ("f"."count_1" >= 1)
ORDER BY
  "f"."entity_key"
