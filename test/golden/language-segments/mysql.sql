-- ===== membership of user
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-1209600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-15 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_14d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT(? USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'purchase' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."amount"')) <> 'NULL'
            AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
              WHEN ABS(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
                )
              ) < 1.7976931348623157e308 THEN CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
              )
            END
          END
        )
      END AS `purchase__amount`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used', 'purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        CAST(`e`.`event` AS BINARY) IN ('login', 'purchase')
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_3`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_4`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_14d` THEN 1
        END
      ) AS `count_5`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'purchase' THEN CAST(`ev`.`purchase__amount` AS DOUBLE)
        END
      ) AS `sum_6`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_events` AS (
    SELECT
      `ev`.*
    FROM
      (
        SELECT
          UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
          `e`.`occurred_at` AS `t`,
          CAST(`e`.`event` AS BINARY) AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."score"')) <> 'NULL'
              AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
                WHEN ABS(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                  )
                ) < 1.7976931348623157e308 THEN CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                )
              END
            END
          ) AS `nps_response__score`
        FROM
          `analytics`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event` AS BINARY) IN ('nps_response')
          AND `e`.`occurred_at` <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'nps_response')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response' THEN `ev`.`t`
        END
      ) AS `last_value_7_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response'
          AND `ev`.`t` = `rk`.`last_value_7_time` THEN `ev`.`nps_response__score`
        END
      ) AS `last_value_7`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN (
        'add_to_cart',
        'purchase',
        'trial_started',
        'subscription_started'
      )
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        CAST(`e`.`event` AS BINARY) IN ('trial_started', 'subscription_started')
        OR (
          CAST(`e`.`event` AS BINARY) IN ('add_to_cart', 'purchase')
          AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
        )
      )
  ),
  `seg_sequence_8_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        (
          `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_8` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_1` AS `reached_1`,
          MIN(
            CASE
              WHEN `x`.`step_2` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_8_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_sequence_9_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'trial_started')
        OR (`s`.`event` = 'subscription_started')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_9_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            1209600000000,
            MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            )
          ),
          CASE
            WHEN MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            ) > CAST('9999-12-17 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_9_step_1` AS `x`
  ),
  `seg_sequence_9` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_9_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`,
      COALESCE(`agg`.`count_4`, 0) AS `count_4`,
      COALESCE(`agg`.`count_5`, 0) AS `count_5`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_6`) >= 1e-15
            AND ABS(`agg`.`sum_6`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_6` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_6`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_6`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_6`)))) THEN 1
                      WHEN ABS(`agg`.`sum_6`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_6`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_6`
          END
        ),
        0
      ) AS `sum_6`,
      `ranked`.`last_value_7` AS `last_value_7`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_8` AS `sq`
        ),
        FALSE
      ) AS `sequence_8`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_9` AS `sq`
        ),
        FALSE
      ) AS `sequence_9`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
          AND (`f`.`active_days_1` >= 4)
          AND (`f`.`count_2` >= 1)
        ),
        FALSE
      ) AS `seg_power_users`,
      COALESCE(
        (
          (`f`.`count_3` >= 1)
          AND (NOT COALESCE((`f`.`count_4` >= 1), FALSE))
        ),
        FALSE
      ) AS `seg_churned`,
      COALESCE((`f`.`sum_6` >= 1000), FALSE) AS `seg_high_ltv`,
      COALESCE((`f`.`last_value_7` <= 6), FALSE) AS `seg_detractors`,
      COALESCE((`f`.`sequence_8` = TRUE), FALSE) AS `seg_cart_abandoners`,
      COALESCE((`f`.`sequence_9` = TRUE), FALSE) AS `seg_trial_converted`
    FROM
      `seg_facts` AS `f`
  ),
  `seg_level_2` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          `f`.`seg_power_users`
          AND (NOT COALESCE((`f`.`count_5` >= 1), FALSE))
        ),
        FALSE
      ) AS `seg_at_risk`
    FROM
      `seg_level_1` AS `f`
  )
SELECT
  `f`.`entity_key` AS `id`,
  `f`.`seg_power_users` AS `power_users`,
  `f`.`seg_churned` AS `churned`,
  `f`.`seg_at_risk` AS `at_risk`,
  `f`.`seg_high_ltv` AS `high_ltv`,
  `f`.`seg_detractors` AS `detractors`,
  `f`.`seg_cart_abandoners` AS `cart_abandoners`,
  `f`.`seg_trial_converted` AS `trial_converted`
FROM
  `seg_level_2` AS `f`
ORDER BY
  `f`.`entity_key`

-- ===== power_users (select)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT(? USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
    AND (`f`.`active_days_1` >= 4)
    AND (`f`.`count_2` >= 1)
  )
ORDER BY
  `f`.`entity_key`

-- ===== power_users (view)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
CREATE OR REPLACE VIEW `power_users` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
    AND (`f`.`active_days_1` >= 4)
    AND (`f`.`count_2` >= 1)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== power_users (dbt)
-- segment power_users
-- Engaged customers on the top plan.
-- owner: growth
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
    AND (`f`.`active_days_1` >= 4)
    AND (`f`.`count_2` >= 1)
  )
ORDER BY
  `f`.`entity_key`

-- ===== churned (select)
-- segment churned
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT(? USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`count_1` >= 1)
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`

-- ===== churned (view)
-- segment churned
CREATE OR REPLACE VIEW `churned` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`count_1` >= 1)
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`;

-- ===== churned (dbt)
-- segment churned
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`count_1` >= 1)
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`

-- ===== at_risk (select)
-- segment at_risk
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-1209600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-15 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_14d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT(? USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_14d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_14d` THEN 1
        END
      ) AS `count_3`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
          AND (`f`.`active_days_1` >= 4)
          AND (`f`.`count_2` >= 1)
        ),
        FALSE
      ) AS `seg_power_users`
    FROM
      `seg_facts` AS `f`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_power_users`
    AND (NOT COALESCE((`f`.`count_3` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`

-- ===== at_risk (view)
-- segment at_risk
CREATE OR REPLACE VIEW `at_risk` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-1209600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-15 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_14d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_14d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_14d` THEN 1
        END
      ) AS `count_3`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
          AND (`f`.`active_days_1` >= 4)
          AND (`f`.`count_2` >= 1)
        ),
        FALSE
      ) AS `seg_power_users`
    FROM
      `seg_facts` AS `f`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_power_users`
    AND (NOT COALESCE((`f`.`count_3` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`;

-- ===== at_risk (dbt)
-- segment at_risk
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-1209600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-15 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_14d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-2592000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-31 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_30d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      CASE
        WHEN CAST(`e`.`event` AS BINARY) = 'feature_used' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."feature"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."feature"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `feature_used__feature`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('login', 'feature_used')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND (
        (
          CAST(`e`.`event` AS BINARY) IN ('login')
          AND `e`.`occurred_at` > `p`.`as_of_minus_14d`
        )
        OR (
          CAST(`e`.`event` AS BINARY) IN ('feature_used')
          AND `e`.`occurred_at` > `p`.`as_of_minus_30d`
        )
      )
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'feature_used'
          AND (
            CAST(`ev`.`feature_used__feature` AS BINARY) IN ('reports', 'dashboards', 'exports')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_14d` THEN 1
        END
      ) AS `count_3`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      CONVERT(`ent`.`plan` USING utf8mb4) AS `attr_plan`,
      COALESCE(`agg`.`active_days_1`, 0) AS `active_days_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          `t`.`plan` AS `plan`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (CAST(`f`.`attr_plan` AS BINARY) = 'enterprise')
          AND (`f`.`active_days_1` >= 4)
          AND (`f`.`count_2` >= 1)
        ),
        FALSE
      ) AS `seg_power_users`
    FROM
      `seg_facts` AS `f`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_power_users`
    AND (NOT COALESCE((`f`.`count_3` >= 1), FALSE))
  )
ORDER BY
  `f`.`entity_key`

-- ===== high_ltv (select)
-- segment high_ltv
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT(? USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      (
        CASE
          WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."amount"')) <> 'NULL'
          AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
            WHEN ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
              )
            ) < 1.7976931348623157e308 THEN CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
            )
          END
        END
      ) AS `purchase__amount`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'purchase' THEN CAST(`ev`.`purchase__amount` AS DOUBLE)
        END
      ) AS `sum_1`
    FROM
      `seg_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_1`) >= 1e-15
            AND ABS(`agg`.`sum_1`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_1` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_1`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_1`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`)))) THEN 1
                      WHEN ABS(`agg`.`sum_1`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_1`
          END
        ),
        0
      ) AS `sum_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sum_1` >= 1000)
ORDER BY
  `f`.`entity_key`

-- ===== high_ltv (view)
-- segment high_ltv
CREATE OR REPLACE VIEW `high_ltv` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      (
        CASE
          WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."amount"')) <> 'NULL'
          AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
            WHEN ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
              )
            ) < 1.7976931348623157e308 THEN CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
            )
          END
        END
      ) AS `purchase__amount`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'purchase' THEN CAST(`ev`.`purchase__amount` AS DOUBLE)
        END
      ) AS `sum_1`
    FROM
      `seg_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_1`) >= 1e-15
            AND ABS(`agg`.`sum_1`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_1` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_1`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_1`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`)))) THEN 1
                      WHEN ABS(`agg`.`sum_1`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_1`
          END
        ),
        0
      ) AS `sum_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sum_1` >= 1000)
ORDER BY
  `f`.`entity_key`;

-- ===== high_ltv (dbt)
-- segment high_ltv
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`,
      (
        CASE
          WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."amount"')) <> 'NULL'
          AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
            WHEN ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
              )
            ) < 1.7976931348623157e308 THEN CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."amount"')) AS DOUBLE
            )
          END
        END
      ) AS `purchase__amount`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'purchase' THEN CAST(`ev`.`purchase__amount` AS DOUBLE)
        END
      ) AS `sum_1`
    FROM
      `seg_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_1`) >= 1e-15
            AND ABS(`agg`.`sum_1`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_1` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_1`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_1`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`)))) THEN 1
                      WHEN ABS(`agg`.`sum_1`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_1`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_1`
          END
        ),
        0
      ) AS `sum_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sum_1` >= 1000)
ORDER BY
  `f`.`entity_key`

-- ===== detractors (select)
-- segment detractors
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT(? USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_ranked_events` AS (
    SELECT
      `ev`.*
    FROM
      (
        SELECT
          UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
          `e`.`occurred_at` AS `t`,
          CAST(`e`.`event` AS BINARY) AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."score"')) <> 'NULL'
              AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
                WHEN ABS(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                  )
                ) < 1.7976931348623157e308 THEN CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                )
              END
            END
          ) AS `nps_response__score`
        FROM
          `analytics`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event` AS BINARY) IN ('nps_response')
          AND `e`.`occurred_at` <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'nps_response')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response' THEN `ev`.`t`
        END
      ) AS `last_value_1_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response'
          AND `ev`.`t` = `rk`.`last_value_1_time` THEN `ev`.`nps_response__score`
        END
      ) AS `last_value_1`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      `ranked`.`last_value_1` AS `last_value_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`last_value_1` <= 6)
ORDER BY
  `f`.`entity_key`

-- ===== detractors (view)
-- segment detractors
CREATE OR REPLACE VIEW `detractors` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_ranked_events` AS (
    SELECT
      `ev`.*
    FROM
      (
        SELECT
          UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
          `e`.`occurred_at` AS `t`,
          CAST(`e`.`event` AS BINARY) AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."score"')) <> 'NULL'
              AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
                WHEN ABS(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                  )
                ) < 1.7976931348623157e308 THEN CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                )
              END
            END
          ) AS `nps_response__score`
        FROM
          `analytics`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event` AS BINARY) IN ('nps_response')
          AND `e`.`occurred_at` <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'nps_response')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response' THEN `ev`.`t`
        END
      ) AS `last_value_1_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response'
          AND `ev`.`t` = `rk`.`last_value_1_time` THEN `ev`.`nps_response__score`
        END
      ) AS `last_value_1`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      `ranked`.`last_value_1` AS `last_value_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`last_value_1` <= 6)
ORDER BY
  `f`.`entity_key`;

-- ===== detractors (dbt)
-- segment detractors
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_ranked_events` AS (
    SELECT
      `ev`.*
    FROM
      (
        SELECT
          UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
          `e`.`occurred_at` AS `t`,
          CAST(`e`.`event` AS BINARY) AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`props`, '$."score"')) <> 'NULL'
              AND JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B205C745C6E5C725D2A2D7B302C317D28307C5B312D395D5B302D395D2A29285B2E5D5B302D395D2B297B302C317D285B65455D5B2B2D5D7B302C317D5B302D395D2B297B302C317D5B205C745C6E5C725D2A24' THEN CASE
                WHEN ABS(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                  )
                ) < 1.7976931348623157e308 THEN CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`props`, '$."score"')) AS DOUBLE
                )
              END
            END
          ) AS `nps_response__score`
        FROM
          `analytics`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event` AS BINARY) IN ('nps_response')
          AND `e`.`occurred_at` <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'nps_response')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response' THEN `ev`.`t`
        END
      ) AS `last_value_1_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'nps_response'
          AND `ev`.`t` = `rk`.`last_value_1_time` THEN `ev`.`nps_response__score`
        END
      ) AS `last_value_1`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      `ranked`.`last_value_1` AS `last_value_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256))
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`last_value_1` <= 6)
ORDER BY
  `f`.`entity_key`

-- ===== cart_abandoners (select)
-- segment cart_abandoners
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT(? USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('add_to_cart', 'purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        (
          `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_1` AS `reached_1`,
          MIN(
            CASE
              WHEN `x`.`step_2` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_1_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`

-- ===== cart_abandoners (view)
-- segment cart_abandoners
CREATE OR REPLACE VIEW `cart_abandoners` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('add_to_cart', 'purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        (
          `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_1` AS `reached_1`,
          MIN(
            CASE
              WHEN `x`.`step_2` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_1_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`;

-- ===== cart_abandoners (dbt)
-- segment cart_abandoners
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-604800000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-08 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_7d`
    FROM
      (
        SELECT
          (
            (
              SELECT
                COALESCE(
                  (
                    CASE
                      WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                        MINUTE,
                        - (
                          CASE
                            WHEN COALESCE(
                              REGEXP_SUBSTR(
                                SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                '[Z+-].*$'
                              ),
                              ''
                            ) IN ('', 'Z') THEN 0
                            WHEN substr(
                              COALESCE(
                                REGEXP_SUBSTR(
                                  SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                  '[Z+-].*$'
                                ),
                                ''
                              ),
                              1,
                              1
                            ) = '-' THEN - (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                            ELSE (
                              COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      2,
                                      2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              ) * 60 + COALESCE(
                                CAST(
                                  NULLIF(
                                    substr(
                                      REPLACE(
                                          COALESCE(
                                            REGEXP_SUBSTR(
                                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                              '[Z+-].*$'
                                            ),
                                            ''
                                          ),
                                          ':',
                                          ''
                                        ),
                                        4,
                                        2
                                    ),
                                    ''
                                  ) AS SIGNED
                                ),
                                0
                              )
                            )
                          END
                        ),
                        CAST(
                          REPLACE(
                              substr(
                                substr(
                                  `seg_as_of`.`as_of_text`,
                                  1,
                                  length(`seg_as_of`.`as_of_text`) - length(
                                    COALESCE(
                                      REGEXP_SUBSTR(
                                        SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                        '[Z+-].*$'
                                      ),
                                      ''
                                    )
                                  )
                                ),
                                1,
                                23
                              ),
                              'T',
                              ' '
                            ) AS DATETIME(3)
                        )
                      )
                    END
                  ),
                  UTC_TIMESTAMP(3)
                ) AS `as_of`
              FROM
                (
                  SELECT
                    CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
                ) AS `seg_as_of`
            )
          ) AS `as_of`
      ) AS `x`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('add_to_cart', 'purchase')
      AND `e`.`occurred_at` <= `p`.`as_of`
      AND `e`.`occurred_at` > `p`.`as_of_minus_7d`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        (
          `s`.`event` = 'add_to_cart'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'purchase'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_1` AS `reached_1`,
          MIN(
            CASE
              WHEN `x`.`step_2` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_1_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 3600000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`

-- ===== trial_converted (select)
-- segment trial_converted
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT(? USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('trial_started', 'subscription_started')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'trial_started')
        OR (`s`.`event` = 'subscription_started')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            1209600000000,
            MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            )
          ),
          CASE
            WHEN MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            ) > CAST('9999-12-17 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_1_step_1` AS `x`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_1_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`

-- ===== trial_converted (view)
-- segment trial_converted
CREATE OR REPLACE VIEW `trial_converted` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('trial_started', 'subscription_started')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'trial_started')
        OR (`s`.`event` = 'subscription_started')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            1209600000000,
            MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            )
          ),
          CASE
            WHEN MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            ) > CAST('9999-12-17 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_1_step_1` AS `x`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_1_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`;

-- ===== trial_converted (dbt)
-- segment trial_converted
WITH
  `seg_params` AS (
    SELECT
      (
        (
          SELECT
            COALESCE(
              (
                CASE
                  WHEN `seg_as_of`.`as_of_text` COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
                    MINUTE,
                    - (
                      CASE
                        WHEN COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                            '[Z+-].*$'
                          ),
                          ''
                        ) IN ('', 'Z') THEN 0
                        WHEN substr(
                          COALESCE(
                            REGEXP_SUBSTR(
                              SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                              '[Z+-].*$'
                            ),
                            ''
                          ),
                          1,
                          1
                        ) = '-' THEN - (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                        ELSE (
                          COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  COALESCE(
                                    REGEXP_SUBSTR(
                                      SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                      '[Z+-].*$'
                                    ),
                                    ''
                                  ),
                                  2,
                                  2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          ) * 60 + COALESCE(
                            CAST(
                              NULLIF(
                                substr(
                                  REPLACE(
                                      COALESCE(
                                        REGEXP_SUBSTR(
                                          SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                          '[Z+-].*$'
                                        ),
                                        ''
                                      ),
                                      ':',
                                      ''
                                    ),
                                    4,
                                    2
                                ),
                                ''
                              ) AS SIGNED
                            ),
                            0
                          )
                        )
                      END
                    ),
                    CAST(
                      REPLACE(
                          substr(
                            substr(
                              `seg_as_of`.`as_of_text`,
                              1,
                              length(`seg_as_of`.`as_of_text`) - length(
                                COALESCE(
                                  REGEXP_SUBSTR(
                                    SUBSTRING(`seg_as_of`.`as_of_text`, 17),
                                    '[Z+-].*$'
                                  ),
                                  ''
                                )
                              )
                            ),
                            1,
                            23
                          ),
                          'T',
                          ' '
                        ) AS DATETIME(3)
                    )
                  )
                END
              ),
              UTC_TIMESTAMP(3)
            ) AS `as_of`
          FROM
            (
              SELECT
                CONVERT({% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %} USING utf8mb4) AS `as_of_text`
            ) AS `seg_as_of`
        )
      ) AS `as_of`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`user_id` USING utf8mb4), 256)) AS `entity_key`,
      `e`.`occurred_at` AS `t`,
      CAST(`e`.`event` AS BINARY) AS `event`
    FROM
      `analytics`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event` AS BINARY) IN ('trial_started', 'subscription_started')
      AND `e`.`occurred_at` <= `p`.`as_of`
  ),
  `seg_sequence_1_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'trial_started' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'subscription_started' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'trial_started')
        OR (`s`.`event` = 'subscription_started')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_1_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            1209600000000,
            MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            )
          ),
          CASE
            WHEN MAX(
              CASE
                WHEN `x`.`reached_1` = 1 THEN `x`.`t`
              END
            ) OVER (
              PARTITION BY
                `x`.`entity_key`
              ORDER BY
                `x`.`t` ROWS BETWEEN UNBOUNDED PRECEDING
                AND 1 PRECEDING
            ) > CAST('9999-12-17 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_1_step_1` AS `x`
  ),
  `seg_sequence_1` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_1_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`id` AS `entity_key`,
      COALESCE(
        UNHEX(SHA2(CONVERT(`ent`.`id` USING utf8mb4), 256)) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_1` AS `sq`
        ),
        FALSE
      ) AS `sequence_1`
    FROM
      (
        SELECT
          `t`.`id` AS `id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `analytics`.`users` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (`f`.`sequence_1` = TRUE)
ORDER BY
  `f`.`entity_key`
