-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d",
      ("x"."as_of" - 2592000000) AS "as_of_minus_30d",
      ("x"."as_of" - 5356800000) AS "as_of_minus_62d",
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      CASE
        WHEN ("e"."event" COLLATE BINARY) = 'purchase' THEN (
          CASE json_type("e"."props", '$."amount"')
            WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
            WHEN 'real' THEN (
              CASE
                WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
              END
            )
            WHEN 'text' THEN (
              CASE
                WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
                WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
                AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                  WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                    CASE
                      WHEN abs(
                        json_extract(json_extract("e"."props", '$."amount"'), '$')
                      ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                    END
                  )
                END
              END
            )
          END
        )
      END AS "purchase__amount",
      CASE
        WHEN ("e"."event" COLLATE BINARY) = 'feature_used' THEN (
          CASE json_type("e"."props", '$."feature"')
            WHEN 'text' THEN json_extract("e"."props", '$."feature"')
            WHEN 'true' THEN 'true'
            WHEN 'false' THEN 'false'
            WHEN 'integer' THEN CASE
              WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
            END
            WHEN 'real' THEN CASE
              WHEN json_extract("e"."props", '$."feature"') = CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              )
              AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
                CAST(
                  json_extract("e"."props", '$."feature"') AS INTEGER
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
      ("e"."event" COLLATE BINARY) IN ('login', 'feature_used', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
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
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'login'
      ) AS "count_2",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
      ) AS "active_days_3",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "sum_4",
      AVG(CAST("ev"."purchase__amount" AS REAL)) FILTER (
        WHERE
          "ev"."event" = 'purchase'
      ) AS "avg_5",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" IN ('reports'))
      ) AS "count_8",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            lower("ev"."feature_used__feature") IN ('reports')
          )
      ) AS "count_9",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_62d"
      ) AS "active_days_12",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
      AND ("y"."t" + 3600000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 3600000)
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
          ) + 3600000
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
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags",
      CAST(
        (
          CASE
            WHEN typeof("rel_account"."employees") IN ('integer', 'real') THEN "rel_account"."employees"
            WHEN typeof("rel_account"."employees") = 'text'
            AND json_valid("rel_account"."employees") THEN CASE
              WHEN json_type("rel_account"."employees") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_account"."employees", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_account"."employees", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_account__employees",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in",
      (
        CASE
          WHEN typeof("ent"."plan") = 'real'
          AND "ent"."plan" = CAST("ent"."plan" AS INTEGER)
          AND abs("ent"."plan") < 9007199254740992 THEN CAST(CAST("ent"."plan" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."plan" AS TEXT)
        END
      ) AS "attr_plan",
      COALESCE("agg"."count_1", 0) AS "count_1",
      COALESCE("agg"."count_2", 0) AS "count_2",
      COALESCE("agg"."active_days_3", 0) AS "active_days_3",
      COALESCE(
        (
          CASE
            WHEN ABS("agg"."sum_4") >= 1e-15
            AND ABS("agg"."sum_4") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_4") AS REAL)
            ELSE "agg"."sum_4"
          END
        ),
        0
      ) AS "sum_4",
      (
        CASE
          WHEN ABS("agg"."avg_5") >= 1e-15
          AND ABS("agg"."avg_5") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_5") AS REAL)
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
        ("ent"."id" COLLATE BINARY) IN (
          SELECT
            "sq"."entity_key"
          FROM
            "seg_sequence_10" AS "sq"
        ),
        FALSE
      ) AS "sequence_10",
      COALESCE(
        ("ent"."id" COLLATE BINARY) IN (
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
          (
            CASE
              WHEN typeof("t"."account_id") = 'real'
              AND "t"."account_id" = CAST("t"."account_id" AS INTEGER)
              AND abs("t"."account_id") < 9007199254740992 THEN CAST(CAST("t"."account_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."account_id" AS TEXT)
            END
          ) AS "account_id",
          "t"."email" AS "email",
          "t"."signed_up_at" AS "signed_up_at",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."opted_in" AS "opted_in",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
          "t"."employees" AS "employees",
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
          "crm"."accounts" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_account" ON ("rel_account"."id" COLLATE BINARY) = ("ent"."account_id" COLLATE BINARY)
      AND "rel_account"."seg_key_rows" = 1
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
      LEFT JOIN "seg_ranked_2" AS "ranked_2" ON "ranked_2"."entity_key" = ("ent"."id" COLLATE BINARY)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_country" = 'US'), FALSE) AS "seg_us_exact",
      COALESCE((lower("f"."attr_country") = 'us'), FALSE) AS "seg_us_ci",
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
        EXISTS (
          SELECT
            1
          FROM
            json_each("f"."attr_tags")
          WHERE
            json_each.type = 'text'
            AND json_each.value = 'vip'
        ),
        FALSE
      ) AS "seg_vip",
      COALESCE(
        (
          "f"."attr_tags" IS NOT NULL
          AND EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'beta'
          )
          AND EXISTS (
            SELECT
              1
            FROM
              json_each("f"."attr_tags")
            WHERE
              json_each.type = 'text'
              AND json_each.value = 'vip'
          )
        ),
        FALSE
      ) AS "seg_beta_and_vip",
      COALESCE(
        (
          NOT COALESCE(
            EXISTS (
              SELECT
                1
              FROM
                json_each("f"."attr_tags")
              WHERE
                json_each.type = 'text'
                AND json_each.value = 'vip'
            ),
            FALSE
          )
        ),
        FALSE
      ) AS "seg_not_vip",
      COALESCE(("f"."attr_account__employees" >= 1000), FALSE) AS "seg_big_account",
      COALESCE(("f"."attr_country" IN ('US', 'CA')), FALSE) AS "seg_north_america",
      COALESCE(
        (
          NOT COALESCE(("f"."attr_country" IN ('US', 'CA')), FALSE)
        ),
        FALSE
      ) AS "seg_not_north_america",
      COALESCE((lower("f"."attr_country") IN ('us')), FALSE) AS "seg_us_in_ci",
      COALESCE((instr("f"."attr_email", '@x') > 0), FALSE) AS "seg_email_contains",
      COALESCE(
        (
          substr(lower("f"."attr_email"), 1, length('bob')) = 'bob'
        ),
        FALSE
      ) AS "seg_email_starts_ci",
      COALESCE(
        (
          length('.com') <= length(lower("f"."attr_email"))
          AND substr(
            lower("f"."attr_email"),
            length(lower("f"."attr_email")) - length('.com') + 1
          ) = '.com'
        ),
        FALSE
      ) AS "seg_email_ends_ci",
      COALESCE(
        (
          length('.COM') <= length("f"."attr_email")
          AND substr(
            "f"."attr_email",
            length("f"."attr_email") - length('.COM') + 1
          ) = '.COM'
        ),
        FALSE
      ) AS "seg_email_ends_cs",
      COALESCE(("f"."attr_email" < 'b'), FALSE) AS "seg_before_b",
      COALESCE(
        (lower("f"."attr_email") = ('émile' || char(10))),
        FALSE
      ) AS "seg_ci_ascii_only",
      COALESCE(
        ("f"."attr_email" = 'dave''"\--;😀 /* x */'),
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
          "f"."attr_signed_up_at" < CAST(
            ROUND(
              (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
            ) AS INTEGER
          )
        ),
        FALSE
      ) AS "seg_signed_before_2024",
      COALESCE(
        (
          floor(
            ("p"."as_of" - "f"."attr_signed_up_at") / 86400000.0
          ) = 9
        ),
        FALSE
      ) AS "seg_days_since_9",
      COALESCE(
        (
          (
            CAST("f"."attr_lifetime_value" AS REAL) / NULLIF("f"."attr_age", 0)
          ) > 3.3
        ),
        FALSE
      ) AS "seg_float_division",
      COALESCE(
        (
          NOT (
            (
              CAST("f"."attr_lifetime_value" AS REAL) / NULLIF(("f"."attr_age" - 30), 0)
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
          OR ("f"."attr_plan" = 'pro')
        ),
        FALSE
      ) AS "seg_or_const",
      COALESCE(("f"."active_days_12" = 3), FALSE) AS "seg_active_3_days_in_62",
      COALESCE(("f"."active_days_13" = 3), FALSE) AS "seg_active_3_days_in_63",
      COALESCE(("f"."active_days_13" = 4), FALSE) AS "seg_active_4_days_in_63",
      COALESCE(("f"."attr_email" REGEXP '^[a-z]+@'), FALSE) AS "seg_email_regex",
      COALESCE(
        (lower("f"."attr_email") REGEXP '^[a-z]+@'),
        FALSE
      ) AS "seg_email_regex_ci",
      COALESCE(
        ("f"."attr_email" REGEXP '[0-9]|^[A-Za-z0-9_]{5}$'),
        FALSE
      ) AS "seg_email_regex_class",
      COALESCE(("f"."attr_email" REGEXP 'e$'), FALSE) AS "seg_email_end_anchor",
      COALESCE(
        (
          "f"."attr_email" REGEXP ('e[ 	' || char(10) || char(13) || ']$')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_exact (view)
-- segment us_exact
DROP VIEW IF EXISTS "us_exact";
CREATE VIEW "us_exact" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" = 'US')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" = 'US')
ORDER BY
  "f"."entity_key"

-- ===== us_ci (select)
-- segment us_ci
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") = 'us')
ORDER BY
  "f"."entity_key"

-- ===== us_ci (view)
-- segment us_ci
DROP VIEW IF EXISTS "us_ci";
CREATE VIEW "us_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") = 'us')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") = 'us')
ORDER BY
  "f"."entity_key"

-- ===== not_old (select)
-- segment not_old
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "not_old";
CREATE VIEW "not_old" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "age_set";
CREATE VIEW "age_set" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "recent_login";
CREATE VIEW "recent_login" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "login_4_times";
CREATE VIEW "login_4_times" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "active_3_days";
CREATE VIEW "active_3_days" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_7d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "never_logged_in";
CREATE VIEW "never_logged_in" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "big_spender";
CREATE VIEW "big_spender" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "zero_spend";
CREATE VIEW "zero_spend" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      SUM(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
            AND ABS("agg"."sum_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."sum_1") AS REAL)
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      AVG(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_1") AS REAL)
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "no_avg";
CREATE VIEW "no_avg" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      AVG(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_1") AS REAL)
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."amount"')
          WHEN 'integer' THEN CAST(json_extract("e"."props", '$."amount"') AS REAL)
          WHEN 'real' THEN (
            CASE
              WHEN abs(json_extract("e"."props", '$."amount"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."amount"')
            END
          )
          WHEN 'text' THEN (
            CASE
              WHEN typeof(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."amount"')
              WHEN typeof(json_extract("e"."props", '$."amount"')) = 'text'
              AND json_valid(json_extract("e"."props", '$."amount"')) THEN CASE
                WHEN json_type(json_extract("e"."props", '$."amount"')) IN ('integer', 'real') THEN (
                  CASE
                    WHEN abs(
                      json_extract(json_extract("e"."props", '$."amount"'), '$')
                    ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."amount"'), '$')
                  END
                )
              END
            END
          )
        END
      ) AS "purchase__amount"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      AVG(CAST("ev"."purchase__amount" AS REAL)) FILTER (
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
          AND ABS("agg"."avg_1") < 1000000000000000 THEN CAST(printf('%.15g', "agg"."avg_1") AS REAL)
          ELSE "agg"."avg_1"
        END
      ) AS "avg_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "detractor";
CREATE VIEW "detractor" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "first_nps_low";
CREATE VIEW "first_nps_low" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" IN ('reports'))
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "reports";
CREATE VIEW "reports" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" IN ('reports'))
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND ("ev"."feature_used__feature" IN ('reports'))
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            lower("ev"."feature_used__feature") IN ('reports')
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "reports_ci";
CREATE VIEW "reports_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            lower("ev"."feature_used__feature") IN ('reports')
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
  "seg_events" AS (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event",
      (
        CASE json_type("e"."props", '$."feature"')
          WHEN 'text' THEN json_extract("e"."props", '$."feature"')
          WHEN 'true' THEN 'true'
          WHEN 'false' THEN 'false'
          WHEN 'integer' THEN CASE
            WHEN abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(json_extract("e"."props", '$."feature"') AS TEXT)
          END
          WHEN 'real' THEN CASE
            WHEN json_extract("e"."props", '$."feature"') = CAST(
              json_extract("e"."props", '$."feature"') AS INTEGER
            )
            AND abs(json_extract("e"."props", '$."feature"')) < 9007199254740992 THEN CAST(
              CAST(
                json_extract("e"."props", '$."feature"') AS INTEGER
              ) AS TEXT
            )
          END
        END
      ) AS "feature_used__feature"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('feature_used')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(*) FILTER (
        WHERE
          "ev"."event" = 'feature_used'
          AND (
            lower("ev"."feature_used__feature") IN ('reports')
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
      AND ("y"."t" + 3600000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 3600000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "cart_abandoner";
CREATE VIEW "cart_abandoner" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
    FROM
      (
        SELECT
          CAST(
            ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
          ) AS "as_of"
      ) AS "x"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
      AND ("y"."t" + 3600000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 3600000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      ("x"."as_of" - 604800000) AS "as_of_minus_7d"
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_7d"
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
      AND ("y"."t" + 3600000) <= "p"."as_of"
      AND (
        "y"."next_t" IS NULL
        OR "y"."next_t" > ("y"."t" + 3600000)
      )
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      COALESCE(
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
          ) + 3600000
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
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "cart_converted";
CREATE VIEW "cart_converted" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
          ) + 3600000
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
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
  "seg_sequence_events" AS MATERIALIZED (
    SELECT
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('add_to_cart', 'purchase')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
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
          ) + 3600000
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
        ("ent"."id" COLLATE BINARY) IN (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  EXISTS (
    SELECT
      1
    FROM
      json_each("f"."attr_tags")
    WHERE
      json_each.type = 'text'
      AND json_each.value = 'vip'
  )
ORDER BY
  "f"."entity_key"

-- ===== vip (view)
-- segment vip
DROP VIEW IF EXISTS "vip";
CREATE VIEW "vip" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  EXISTS (
    SELECT
      1
    FROM
      json_each("f"."attr_tags")
    WHERE
      json_each.type = 'text'
      AND json_each.value = 'vip'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  EXISTS (
    SELECT
      1
    FROM
      json_each("f"."attr_tags")
    WHERE
      json_each.type = 'text'
      AND json_each.value = 'vip'
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (select)
-- segment beta_and_vip
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'beta'
    )
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'vip'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== beta_and_vip (view)
-- segment beta_and_vip
DROP VIEW IF EXISTS "beta_and_vip";
CREATE VIEW "beta_and_vip" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'beta'
    )
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'vip'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'beta'
    )
    AND EXISTS (
      SELECT
        1
      FROM
        json_each("f"."attr_tags")
      WHERE
        json_each.type = 'text'
        AND json_each.value = 'vip'
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_vip (select)
-- segment not_vip
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'vip'
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== not_vip (view)
-- segment not_vip
DROP VIEW IF EXISTS "not_vip";
CREATE VIEW "not_vip" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'vip'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN json_valid("ent"."tags")
          AND json_type("ent"."tags") = 'array' THEN "ent"."tags"
        END
      ) AS "attr_tags"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."tags" AS "tags",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      EXISTS (
        SELECT
          1
        FROM
          json_each("f"."attr_tags")
        WHERE
          json_each.type = 'text'
          AND json_each.value = 'vip'
      ),
      FALSE
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== big_account (select)
-- segment big_account
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("rel_account"."employees") IN ('integer', 'real') THEN "rel_account"."employees"
            WHEN typeof("rel_account"."employees") = 'text'
            AND json_valid("rel_account"."employees") THEN CASE
              WHEN json_type("rel_account"."employees") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_account"."employees", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_account"."employees", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          (
            CASE
              WHEN typeof("t"."account_id") = 'real'
              AND "t"."account_id" = CAST("t"."account_id" AS INTEGER)
              AND abs("t"."account_id") < 9007199254740992 THEN CAST(CAST("t"."account_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."account_id" AS TEXT)
            END
          ) AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
          "t"."employees" AS "employees",
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
          "crm"."accounts" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_account" ON ("rel_account"."id" COLLATE BINARY) = ("ent"."account_id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "big_account";
CREATE VIEW "big_account" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("rel_account"."employees") IN ('integer', 'real') THEN "rel_account"."employees"
            WHEN typeof("rel_account"."employees") = 'text'
            AND json_valid("rel_account"."employees") THEN CASE
              WHEN json_type("rel_account"."employees") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_account"."employees", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_account"."employees", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          (
            CASE
              WHEN typeof("t"."account_id") = 'real'
              AND "t"."account_id" = CAST("t"."account_id" AS INTEGER)
              AND abs("t"."account_id") < 9007199254740992 THEN CAST(CAST("t"."account_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."account_id" AS TEXT)
            END
          ) AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
          "t"."employees" AS "employees",
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
          "crm"."accounts" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_account" ON ("rel_account"."id" COLLATE BINARY) = ("ent"."account_id" COLLATE BINARY)
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("rel_account"."employees") IN ('integer', 'real') THEN "rel_account"."employees"
            WHEN typeof("rel_account"."employees") = 'text'
            AND json_valid("rel_account"."employees") THEN CASE
              WHEN json_type("rel_account"."employees") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("rel_account"."employees", '$')) <= 1.7976931348623157e308 THEN json_extract("rel_account"."employees", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_account__employees"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          (
            CASE
              WHEN typeof("t"."account_id") = 'real'
              AND "t"."account_id" = CAST("t"."account_id" AS INTEGER)
              AND abs("t"."account_id") < 9007199254740992 THEN CAST(CAST("t"."account_id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."account_id" AS TEXT)
            END
          ) AS "account_id",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
          "t"."employees" AS "employees",
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
          "crm"."accounts" AS "t"
        WHERE
          (
            CASE
              WHEN typeof("t"."id") = 'real'
              AND "t"."id" = CAST("t"."id" AS INTEGER)
              AND abs("t"."id") < 9007199254740992 THEN CAST(CAST("t"."id" AS INTEGER) AS TEXT)
              ELSE CAST("t"."id" AS TEXT)
            END
          ) IS NOT NULL
      ) AS "rel_account" ON ("rel_account"."id" COLLATE BINARY) = ("ent"."account_id" COLLATE BINARY)
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_country" = 'US'), FALSE) AS "seg_us_exact",
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
DROP VIEW IF EXISTS "composed";
CREATE VIEW "composed" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_country" = 'US'), FALSE) AS "seg_us_exact",
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
              ("e"."user_id" COLLATE BINARY) AS "entity_key",
              CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) AS "t",
              ("e"."event" COLLATE BINARY) AS "event",
              (
                CASE json_type("e"."props", '$."score"')
                  WHEN 'integer' THEN CAST(json_extract("e"."props", '$."score"') AS REAL)
                  WHEN 'real' THEN (
                    CASE
                      WHEN abs(json_extract("e"."props", '$."score"')) <= 1.7976931348623157e308 THEN json_extract("e"."props", '$."score"')
                    END
                  )
                  WHEN 'text' THEN (
                    CASE
                      WHEN typeof(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN json_extract("e"."props", '$."score"')
                      WHEN typeof(json_extract("e"."props", '$."score"')) = 'text'
                      AND json_valid(json_extract("e"."props", '$."score"')) THEN CASE
                        WHEN json_type(json_extract("e"."props", '$."score"')) IN ('integer', 'real') THEN (
                          CASE
                            WHEN abs(
                              json_extract(json_extract("e"."props", '$."score"'), '$')
                            ) <= 1.7976931348623157e308 THEN json_extract(json_extract("e"."props", '$."score"'), '$')
                          END
                        )
                      END
                    END
                  )
                END
              ) AS "nps_response__score"
            FROM
              "analytics"."events" AS "e"
              CROSS JOIN "seg_params" AS "p"
            WHERE
              ("e"."event" COLLATE BINARY) IN ('nps_response')
              AND CAST(
                ROUND(
                  (
                    julianday(
                      (
                        CASE
                          WHEN "e"."occurred_at" >= '0'
                          AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                        END
                      )
                    ) - 2440587.5
                  ) * 86400000
                ) AS INTEGER
              ) <= "p"."as_of"
          ) AS "ev"
      ) AS "x"
    WHERE
      "x"."rn" = 1
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country",
      "ranked_1"."last_value_1" AS "last_value_1"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_ranked_1" AS "ranked_1" ON "ranked_1"."entity_key" = ("ent"."id" COLLATE BINARY)
    WHERE
      "ent"."seg_key_rows" = 1
  ),
  "seg_level_1" AS (
    SELECT
      "f".*,
      COALESCE(("f"."attr_country" = 'US'), FALSE) AS "seg_us_exact",
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== north_america (view)
-- segment north_america
DROP VIEW IF EXISTS "north_america";
CREATE VIEW "north_america" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" IN ('US', 'CA'))
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_country" IN ('US', 'CA'))
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (select)
-- segment not_north_america
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    NOT COALESCE(("f"."attr_country" IN ('US', 'CA')), FALSE)
  )
ORDER BY
  "f"."entity_key"

-- ===== not_north_america (view)
-- segment not_north_america
DROP VIEW IF EXISTS "not_north_america";
CREATE VIEW "not_north_america" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    NOT COALESCE(("f"."attr_country" IN ('US', 'CA')), FALSE)
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    NOT COALESCE(("f"."attr_country" IN ('US', 'CA')), FALSE)
  )
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (select)
-- segment us_in_ci
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") IN ('us'))
ORDER BY
  "f"."entity_key"

-- ===== us_in_ci (view)
-- segment us_in_ci
DROP VIEW IF EXISTS "us_in_ci";
CREATE VIEW "us_in_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") IN ('us'))
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."country") = 'real'
          AND "ent"."country" = CAST("ent"."country" AS INTEGER)
          AND abs("ent"."country") < 9007199254740992 THEN CAST(CAST("ent"."country" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."country" AS TEXT)
        END
      ) AS "attr_country"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."country" AS "country",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_country") IN ('us'))
ORDER BY
  "f"."entity_key"

-- ===== email_contains (select)
-- segment email_contains
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (instr("f"."attr_email", '@x') > 0)
ORDER BY
  "f"."entity_key"

-- ===== email_contains (view)
-- segment email_contains
DROP VIEW IF EXISTS "email_contains";
CREATE VIEW "email_contains" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (instr("f"."attr_email", '@x') > 0)
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (instr("f"."attr_email", '@x') > 0)
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (select)
-- segment email_starts_ci
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    substr(lower("f"."attr_email"), 1, length('bob')) = 'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_starts_ci (view)
-- segment email_starts_ci
DROP VIEW IF EXISTS "email_starts_ci";
CREATE VIEW "email_starts_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    substr(lower("f"."attr_email"), 1, length('bob')) = 'bob'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    substr(lower("f"."attr_email"), 1, length('bob')) = 'bob'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (select)
-- segment email_ends_ci
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.com') <= length(lower("f"."attr_email"))
    AND substr(
      lower("f"."attr_email"),
      length(lower("f"."attr_email")) - length('.com') + 1
    ) = '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_ci (view)
-- segment email_ends_ci
DROP VIEW IF EXISTS "email_ends_ci";
CREATE VIEW "email_ends_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.com') <= length(lower("f"."attr_email"))
    AND substr(
      lower("f"."attr_email"),
      length(lower("f"."attr_email")) - length('.com') + 1
    ) = '.com'
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.com') <= length(lower("f"."attr_email"))
    AND substr(
      lower("f"."attr_email"),
      length(lower("f"."attr_email")) - length('.com') + 1
    ) = '.com'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (select)
-- segment email_ends_cs
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.COM') <= length("f"."attr_email")
    AND substr(
      "f"."attr_email",
      length("f"."attr_email") - length('.COM') + 1
    ) = '.COM'
  )
ORDER BY
  "f"."entity_key"

-- ===== email_ends_cs (view)
-- segment email_ends_cs
DROP VIEW IF EXISTS "email_ends_cs";
CREATE VIEW "email_ends_cs" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.COM') <= length("f"."attr_email")
    AND substr(
      "f"."attr_email",
      length("f"."attr_email") - length('.COM') + 1
    ) = '.COM'
  )
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    length('.COM') <= length("f"."attr_email")
    AND substr(
      "f"."attr_email",
      length("f"."attr_email") - length('.COM') + 1
    ) = '.COM'
  )
ORDER BY
  "f"."entity_key"

-- ===== before_b (select)
-- segment before_b
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" < 'b')
ORDER BY
  "f"."entity_key"

-- ===== before_b (view)
-- segment before_b
DROP VIEW IF EXISTS "before_b";
CREATE VIEW "before_b" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" < 'b')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" < 'b')
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (select)
-- segment ci_ascii_only
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") = ('émile' || char(10)))
ORDER BY
  "f"."entity_key"

-- ===== ci_ascii_only (view)
-- segment ci_ascii_only
DROP VIEW IF EXISTS "ci_ascii_only";
CREATE VIEW "ci_ascii_only" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") = ('émile' || char(10)))
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") = ('émile' || char(10)))
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (select)
-- segment hostile_equal
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" = 'dave''"\--;😀 /* x */')
ORDER BY
  "f"."entity_key"

-- ===== hostile_equal (view)
-- segment hostile_equal
DROP VIEW IF EXISTS "hostile_equal";
CREATE VIEW "hostile_equal" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" = 'dave''"\--;😀 /* x */')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" = 'dave''"\--;😀 /* x */')
ORDER BY
  "f"."entity_key"

-- ===== signed_recent (select)
-- segment signed_recent
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
DROP VIEW IF EXISTS "signed_recent";
CREATE VIEW "signed_recent" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
DROP VIEW IF EXISTS "not_signed_recent";
CREATE VIEW "not_signed_recent" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_signed_up_at" < CAST(
      ROUND(
        (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
      ) AS INTEGER
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== signed_before_2024 (view)
-- segment signed_before_2024
DROP VIEW IF EXISTS "signed_before_2024";
CREATE VIEW "signed_before_2024" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_signed_up_at" < CAST(
      ROUND(
        (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
      ) AS INTEGER
    )
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_signed_up_at" < CAST(
      ROUND(
        (julianday('2024-01-01T00:00:00.000Z') - 2440587.5) * 86400000
      ) AS INTEGER
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (select)
-- segment days_since_9
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      ("p"."as_of" - "f"."attr_signed_up_at") / 86400000.0
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== days_since_9 (view)
-- segment days_since_9
DROP VIEW IF EXISTS "days_since_9";
CREATE VIEW "days_since_9" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      ("p"."as_of" - "f"."attr_signed_up_at") / 86400000.0
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
      "ent"."id" AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "ent"."signed_up_at" >= '0'
                  AND substr("ent"."signed_up_at", 5, 1) = '-' THEN "ent"."signed_up_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "attr_signed_up_at"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."signed_up_at" AS "signed_up_at",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
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
      ("p"."as_of" - "f"."attr_signed_up_at") / 86400000.0
    ) = 9
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (select)
-- segment float_division
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      CAST("f"."attr_lifetime_value" AS REAL) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== float_division (view)
-- segment float_division
DROP VIEW IF EXISTS "float_division";
CREATE VIEW "float_division" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      CAST("f"."attr_lifetime_value" AS REAL) / NULLIF("f"."attr_age", 0)
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      CAST("f"."attr_lifetime_value" AS REAL) / NULLIF("f"."attr_age", 0)
    ) > 3.3
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (select)
-- segment division_by_zero
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
        CAST("f"."attr_lifetime_value" AS REAL) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== division_by_zero (view)
-- segment division_by_zero
DROP VIEW IF EXISTS "division_by_zero";
CREATE VIEW "division_by_zero" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
        CAST("f"."attr_lifetime_value" AS REAL) / NULLIF(("f"."attr_age" - 30), 0)
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
      "ent"."id" AS "entity_key",
      CAST(
        (
          CASE
            WHEN typeof("ent"."ltv_usd") IN ('integer', 'real') THEN "ent"."ltv_usd"
            WHEN typeof("ent"."ltv_usd") = 'text'
            AND json_valid("ent"."ltv_usd") THEN CASE
              WHEN json_type("ent"."ltv_usd") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."ltv_usd", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."ltv_usd", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_lifetime_value",
      CAST(
        (
          CASE
            WHEN typeof("ent"."age") IN ('integer', 'real') THEN "ent"."age"
            WHEN typeof("ent"."age") = 'text'
            AND json_valid("ent"."age") THEN CASE
              WHEN json_type("ent"."age") IN ('integer', 'real') THEN (
                CASE
                  WHEN abs(json_extract("ent"."age", '$')) <= 1.7976931348623157e308 THEN json_extract("ent"."age", '$')
                END
              )
            END
          END
        ) AS REAL
      ) AS "attr_age"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."ltv_usd" AS "ltv_usd",
          "t"."age" AS "age",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
        CAST("f"."attr_lifetime_value" AS REAL) / NULLIF(("f"."attr_age" - 30), 0)
      ) IS NOT NULL
    )
  )
ORDER BY
  "f"."entity_key"

-- ===== opted_in (select)
-- segment opted_in
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "opted_in";
CREATE VIEW "opted_in" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
DROP VIEW IF EXISTS "not_opted_in";
CREATE VIEW "not_opted_in" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."opted_in") IN ('integer', 'real') THEN "ent"."opted_in" <> 0
          WHEN typeof("ent"."opted_in") = 'text' THEN CASE lower("ent"."opted_in")
            WHEN '1' THEN 1
            WHEN 't' THEN 1
            WHEN 'true' THEN 1
            WHEN '0' THEN 0
            WHEN 'f' THEN 0
            WHEN 'false' THEN 0
          END
        END
      ) AS "attr_opted_in"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."opted_in" AS "opted_in",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."plan") = 'real'
          AND "ent"."plan" = CAST("ent"."plan" AS INTEGER)
          AND abs("ent"."plan") < 9007199254740992 THEN CAST(CAST("ent"."plan" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."plan" AS TEXT)
        END
      ) AS "attr_plan"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    OR ("f"."attr_plan" = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== or_const (view)
-- segment or_const
DROP VIEW IF EXISTS "or_const";
CREATE VIEW "or_const" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."plan") = 'real'
          AND "ent"."plan" = CAST("ent"."plan" AS INTEGER)
          AND abs("ent"."plan") < 9007199254740992 THEN CAST(CAST("ent"."plan" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."plan" AS TEXT)
        END
      ) AS "attr_plan"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    OR ("f"."attr_plan" = 'pro')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."plan") = 'real'
          AND "ent"."plan" = CAST("ent"."plan" AS INTEGER)
          AND abs("ent"."plan") < 9007199254740992 THEN CAST(CAST("ent"."plan" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."plan" AS TEXT)
        END
      ) AS "attr_plan"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."plan" AS "plan",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    OR ("f"."attr_plan" = 'pro')
  )
ORDER BY
  "f"."entity_key"

-- ===== active_3_days_in_62 (select)
-- segment active_3_days_in_62
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5356800000) AS "as_of_minus_62d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_62d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_62d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "active_3_days_in_62";
CREATE VIEW "active_3_days_in_62" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5356800000) AS "as_of_minus_62d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_62d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_62d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 5356800000) AS "as_of_minus_62d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_62d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
        WHERE
          "ev"."event" = 'login'
          AND "ev"."t" > "p"."as_of_minus_62d"
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "active_3_days_in_63";
CREATE VIEW "active_3_days_in_63" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
DROP VIEW IF EXISTS "active_4_days_in_63";
CREATE VIEW "active_4_days_in_63" AS
WITH
  "seg_params" AS (
    SELECT
      "x"."as_of" AS "as_of",
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      ("x"."as_of" - 5443200000) AS "as_of_minus_63d"
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
      ("e"."user_id" COLLATE BINARY) AS "entity_key",
      CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) AS "t",
      ("e"."event" COLLATE BINARY) AS "event"
    FROM
      "analytics"."events" AS "e"
      CROSS JOIN "seg_params" AS "p"
    WHERE
      ("e"."event" COLLATE BINARY) IN ('login')
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) <= "p"."as_of"
      AND CAST(
        ROUND(
          (
            julianday(
              (
                CASE
                  WHEN "e"."occurred_at" >= '0'
                  AND substr("e"."occurred_at", 5, 1) = '-' THEN "e"."occurred_at"
                END
              )
            ) - 2440587.5
          ) * 86400000
        ) AS INTEGER
      ) > "p"."as_of_minus_63d"
  ),
  "seg_aggregates" AS (
    SELECT
      "ev"."entity_key" AS "entity_key",
      COUNT(DISTINCT date("ev"."t" / 1000.0, 'unixepoch')) FILTER (
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
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
      LEFT JOIN "seg_aggregates" AS "agg" ON "agg"."entity_key" = ("ent"."id" COLLATE BINARY)
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex (view)
-- segment email_regex
DROP VIEW IF EXISTS "email_regex";
CREATE VIEW "email_regex" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '^[a-z]+@')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (select)
-- segment email_regex_ci
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") REGEXP '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_ci (view)
-- segment email_regex_ci
DROP VIEW IF EXISTS "email_regex_ci";
CREATE VIEW "email_regex_ci" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") REGEXP '^[a-z]+@')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  (lower("f"."attr_email") REGEXP '^[a-z]+@')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (select)
-- segment email_regex_class
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '[0-9]|^[A-Za-z0-9_]{5}$')
ORDER BY
  "f"."entity_key"

-- ===== email_regex_class (view)
-- segment email_regex_class
DROP VIEW IF EXISTS "email_regex_class";
CREATE VIEW "email_regex_class" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '[0-9]|^[A-Za-z0-9_]{5}$')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP '[0-9]|^[A-Za-z0-9_]{5}$')
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (select)
-- segment email_end_anchor
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_end_anchor (view)
-- segment email_end_anchor
DROP VIEW IF EXISTS "email_end_anchor";
CREATE VIEW "email_end_anchor" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP 'e$')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
      ) AS "ent"
    WHERE
      "ent"."seg_key_rows" = 1
  )
SELECT
  "f"."entity_key" AS "id"
FROM
  "seg_facts" AS "f"
WHERE
  ("f"."attr_email" REGEXP 'e$')
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (select)
-- segment email_newline_at_end
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_email" REGEXP ('e[ 	' || char(10) || char(13) || ']$')
  )
ORDER BY
  "f"."entity_key"

-- ===== email_newline_at_end (view)
-- segment email_newline_at_end
DROP VIEW IF EXISTS "email_newline_at_end";
CREATE VIEW "email_newline_at_end" AS
WITH
  "seg_params" AS (
    SELECT
      CAST(
        ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER
      ) AS "as_of"
  ),
  "seg_facts" AS (
    SELECT
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_email" REGEXP ('e[ 	' || char(10) || char(13) || ']$')
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
      "ent"."id" AS "entity_key",
      (
        CASE
          WHEN typeof("ent"."email") = 'real'
          AND "ent"."email" = CAST("ent"."email" AS INTEGER)
          AND abs("ent"."email") < 9007199254740992 THEN CAST(CAST("ent"."email" AS INTEGER) AS TEXT)
          ELSE CAST("ent"."email" AS TEXT)
        END
      ) AS "attr_email"
    FROM
      (
        SELECT
          "t"."id" AS "id",
          "t"."email" AS "email",
          COUNT(*) OVER (
            PARTITION BY
              ("t"."id" COLLATE BINARY)
          ) AS "seg_key_rows"
        FROM
          "analytics"."users" AS "t"
        WHERE
          "t"."id" IS NOT NULL
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
    "f"."attr_email" REGEXP ('e[ 	' || char(10) || char(13) || ']$')
  )
ORDER BY
  "f"."entity_key"
