-- ===== membership of customer
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-3600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-01 01:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1h`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-86400000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-5184000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-03-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_60d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-7776000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-04-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_90d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-31536000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0002-01-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_365d`
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
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      NULL AS `checkout__currency`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login' THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
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
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_5`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_6`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_7`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_8`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login' THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_9`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1d` THEN 1
        END
      ) AS `count_10`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 5) THEN 1
        END
      ) AS `count_11`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` > 5)
            AND (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_12`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'view'
          AND (CAST(`ev`.`view__page` AS BINARY) IN ('US', 'CA'))
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_13`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` >= 10)
            AND (`ev`.`checkout__amount` <= 20)
          )
          AND `ev`.`t` > `p`.`as_of_minus_3d` THEN 1
        END
      ) AS `count_14`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 1)
          AND `ev`.`t` > `p`.`as_of_minus_60d`
          AND `ev`.`t` <= `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_15`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_19`,
      AVG(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_90d` THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `avg_20`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `min_21`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `max_22`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `distinct_23`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_30d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_24`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `first_time_25`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `last_time_26`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` >= 50)
          AND `ev`.`t` > `p`.`as_of_minus_365d` THEN 1
        END
      ) AS `count_29`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 0) THEN `ev`.`t`
        END
      ) AS `first_time_30`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1h` THEN 1
        END
      ) AS `count_31`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_32`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
            AND (`ev`.`checkout__amount` > 0)
          )
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          )
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_33`
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
          UNHEX(
            SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
          ) AS `entity_key`,
          (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) AS `t`,
          CASE CAST(`e`.`event_name` AS BINARY)
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
                'INTEGER',
                'UNSIGNED INTEGER',
                'DOUBLE',
                'DECIMAL'
              )
              AND CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              ) = FLOOR(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                  ) AS SIGNED
                ) AS CHAR
              )
            END
          ) AS `view__page`
        FROM
          `shop`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event_name` AS BINARY) IN ('view')
          AND (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'view')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `first_value_27_time`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `last_value_28_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`first_value_27_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `first_value_27`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`last_value_28_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `last_value_28`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event_name` AS BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_sequence_16_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'login')
        OR (`s`.`event` = 'checkout')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_16_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            3600000000,
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
            ) > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_16_step_1` AS `x`
  ),
  `seg_sequence_16` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_16_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_sequence_17_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
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
          `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'checkout'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_17` AS (
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
          `seg_sequence_17_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_sequence_18_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart') THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `step_2`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0) THEN 1
          ELSE 0
        END
      ) AS `step_3`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (
          `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart')
        )
        OR (`s`.`event` = 'login')
        OR (
          `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0)
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_18_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            172800000000,
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
            ) > CAST('9999-12-29 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_18_step_1` AS `x`
  ),
  `seg_sequence_18` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_2` AS `reached_2`,
          MIN(
            CASE
              WHEN `x`.`step_3` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_18_step_2` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_2` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`,
      CAST(`rel_org`.`table_count` AS DOUBLE) AS `attr_org__table_count`,
      (`ent`.`key_account` <> 0) AS `attr_key_account`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`,
      COALESCE(`agg`.`count_4`, 0) AS `count_4`,
      COALESCE(`agg`.`count_5`, 0) AS `count_5`,
      COALESCE(`agg`.`active_days_6`, 0) AS `active_days_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      COALESCE(`agg`.`active_days_8`, 0) AS `active_days_8`,
      COALESCE(`agg`.`active_days_9`, 0) AS `active_days_9`,
      COALESCE(`agg`.`count_10`, 0) AS `count_10`,
      COALESCE(`agg`.`count_11`, 0) AS `count_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      COALESCE(`agg`.`count_13`, 0) AS `count_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(`agg`.`count_15`, 0) AS `count_15`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_19`) >= 1e-15
            AND ABS(`agg`.`sum_19`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_19` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_19`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_19`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_19`)))) THEN 1
                      WHEN ABS(`agg`.`sum_19`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_19`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_19`
          END
        ),
        0
      ) AS `sum_19`,
      (
        CASE
          WHEN ABS(`agg`.`avg_20`) >= 1e-15
          AND ABS(`agg`.`avg_20`) < 1000000000000000 THEN CAST(
            ROUND(
              CAST(`agg`.`avg_20` AS DECIMAL(65, 30)),
              (
                14 - FLOOR(LOG10(ABS(`agg`.`avg_20`))) + (
                  CASE
                    WHEN ABS(`agg`.`avg_20`) < POW(10, FLOOR(LOG10(ABS(`agg`.`avg_20`)))) THEN 1
                    WHEN ABS(`agg`.`avg_20`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`avg_20`))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            ) AS DOUBLE
          )
          ELSE `agg`.`avg_20`
        END
      ) AS `avg_20`,
      `agg`.`min_21` AS `min_21`,
      `agg`.`max_22` AS `max_22`,
      COALESCE(`agg`.`distinct_23`, 0) AS `distinct_23`,
      COALESCE(`agg`.`active_days_24`, 0) AS `active_days_24`,
      `agg`.`first_time_25` AS `first_time_25`,
      `agg`.`last_time_26` AS `last_time_26`,
      `ranked`.`first_value_27` AS `first_value_27`,
      `ranked`.`last_value_28` AS `last_value_28`,
      COALESCE(`agg`.`count_29`, 0) AS `count_29`,
      `agg`.`first_time_30` AS `first_time_30`,
      COALESCE(`agg`.`count_31`, 0) AS `count_31`,
      COALESCE(`agg`.`count_32`, 0) AS `count_32`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_33`) >= 1e-15
            AND ABS(`agg`.`sum_33`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_33` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_33`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_33`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_33`)))) THEN 1
                      WHEN ABS(`agg`.`sum_33`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_33`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_33`
          END
        ),
        0
      ) AS `sum_33`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_16` AS `sq`
        ),
        FALSE
      ) AS `sequence_16`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_17` AS `sq`
        ),
        FALSE
      ) AS `sequence_17`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_18` AS `sq`
        ),
        FALSE
      ) AS `sequence_18`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`name` AS `name`,
          `t`.`day` AS `day`,
          `t`.`tags` AS `tags`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          `t`.`org_id` AS `org_id`,
          `t`.`key_account` AS `key_account`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN (
        SELECT
          `t`.`id` AS `id`,
          `t`.`table_count` AS `table_count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `crm`.`orgs` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `rel_org` ON `rel_org`.`id` = `ent`.`org_id`
      AND CAST(CONVERT(`rel_org`.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(`ent`.`org_id` USING utf8mb4) AS BINARY)
      AND `rel_org`.`seg_key_rows` = 1
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (`f`.`attr_count` = 1)
          AND (`f`.`attr_count` <> 2)
          AND (`f`.`attr_count` < 3)
          AND (`f`.`attr_count` <= 4)
          AND (`f`.`attr_count` > 5)
          AND (`f`.`attr_count` >= 6)
        ),
        FALSE
      ) AS `seg_comparisons`,
      COALESCE(
        (
          (`f`.`attr_name` IS NOT NULL)
          AND (NOT (`f`.`attr_day` IS NOT NULL))
        ),
        FALSE
      ) AS `seg_deprecated_plain`,
      COALESCE(
        (
          (
            INSTR(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              CAST('a' AS BINARY)
            ) > 0
          )
          OR (
            NOT COALESCE(
              (
                INSTR(
                  CAST(`f`.`attr_name` AS BINARY),
                  CAST('b' AS BINARY)
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            LEFT(
              CAST(`f`.`attr_name` AS BINARY),
              LENGTH(CAST('c' AS BINARY))
            ) = CAST('c' AS BINARY)
          )
          OR (
            RIGHT(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              LENGTH(CAST('d' AS BINARY))
            ) = CAST('d' AS BINARY)
          )
          OR (
            NOT COALESCE(
              (
                LEFT(
                  CAST(`f`.`attr_name` AS BINARY),
                  LENGTH(CAST('e' AS BINARY))
                ) = CAST('e' AS BINARY)
              ),
              FALSE
            )
          )
          OR (
            CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
          )
          OR (
            NOT COALESCE(
              (
                CONVERT(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(
                                                                                                                      REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                        'B',
                                                                                                                        'b'
                                                                                                                    ),
                                                                                                                    'C',
                                                                                                                    'c'
                                                                                                                ),
                                                                                                                'D',
                                                                                                                'd'
                                                                                                            ),
                                                                                                            'E',
                                                                                                            'e'
                                                                                                        ),
                                                                                                        'F',
                                                                                                        'f'
                                                                                                    ),
                                                                                                    'G',
                                                                                                    'g'
                                                                                                ),
                                                                                                'H',
                                                                                                'h'
                                                                                            ),
                                                                                            'I',
                                                                                            'i'
                                                                                        ),
                                                                                        'J',
                                                                                        'j'
                                                                                    ),
                                                                                    'K',
                                                                                    'k'
                                                                                ),
                                                                                'L',
                                                                                'l'
                                                                            ),
                                                                            'M',
                                                                            'm'
                                                                        ),
                                                                        'N',
                                                                        'n'
                                                                    ),
                                                                    'O',
                                                                    'o'
                                                                ),
                                                                'P',
                                                                'p'
                                                            ),
                                                            'Q',
                                                            'q'
                                                        ),
                                                        'R',
                                                        'r'
                                                    ),
                                                    'S',
                                                    's'
                                                ),
                                                'T',
                                                't'
                                            ),
                                            'U',
                                            'u'
                                        ),
                                        'V',
                                        'v'
                                    ),
                                    'W',
                                    'w'
                                ),
                                'X',
                                'x'
                            ),
                            'Y',
                            'y'
                        ),
                        'Z',
                        'z'
                    ) USING utf8mb4
                ) COLLATE utf8mb4_bin REGEXP 'x'
              ),
              FALSE
            )
          )
          OR (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) = 'z'
          )
        ),
        FALSE
      ) AS `seg_strings`,
      COALESCE(
        (
          (
            CASE
              WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
              ELSE EXISTS (
                SELECT
                  1
                FROM
                  JSON_TABLE(
                    `f`.`attr_tags`,
                    '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                  ) AS seg_element
                WHERE
                  JSON_TYPE(seg_element.seg_j) = 'STRING'
                  AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
              )
            END
          )
          AND (
            (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
                )
              END
            )
            OR (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
                )
              END
            )
          )
          AND (
            `f`.`attr_tags` IS NOT NULL
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
                )
              END
            )
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
                )
              END
            )
          )
          AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS `seg_lists`,
      COALESCE(
        (
          (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of`)
          AND (
            `f`.`attr_created` < CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` >= CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` <= CAST(
              REPLACE(
                  REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
          AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
          AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
          AND (
            FLOOR(
              TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
            ) > 3
          )
          AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
          AND (
            `f`.`attr_signed_up` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
        ),
        FALSE
      ) AS `seg_times`,
      COALESCE(
        (
          (((`f`.`attr_count` + 1) - 1.5) > (-5))
          AND (((`f`.`attr_count` + 1) * 2) >= 1)
          AND (`f`.`attr_org__table_count` >= 1000)
        ),
        FALSE
      ) AS `seg_arithmetic`,
      COALESCE(
        (
          (`f`.`count_2` >= 1)
          AND (NOT COALESCE((`f`.`count_3` >= 1), FALSE))
          AND (NOT COALESCE((`f`.`count_3` >= 1), FALSE))
          AND (`f`.`count_4` >= 3)
          AND (`f`.`count_2` <= 1)
          AND (`f`.`count_5` = 2)
          AND (`f`.`active_days_6` >= 4)
          AND (`f`.`active_days_7` <= 2)
          AND (`f`.`active_days_8` = 1)
          AND (`f`.`active_days_9` >= 3)
          AND (`f`.`count_10` >= 1)
          AND (`f`.`count_11` >= 1)
          AND (CAST(`f`.`attr_name` AS BINARY) = 'x')
          AND (`f`.`count_12` >= 1)
          AND (`f`.`count_13` >= 1)
          AND (`f`.`count_14` >= 1)
          AND (`f`.`count_15` >= 1)
          AND (`f`.`sequence_16` = TRUE)
          AND (`f`.`sequence_17` = TRUE)
          AND (`f`.`sequence_18` = TRUE)
        ),
        FALSE
      ) AS `seg_behaviour`,
      COALESCE(
        (
          (`f`.`count_3` >= 2)
          AND (`f`.`sum_19` >= 1000)
          AND (`f`.`avg_20` > 10)
          AND (`f`.`min_21` > 0)
          AND (`f`.`max_22` < 10000)
          AND (`f`.`distinct_23` >= 3)
          AND (`f`.`active_days_24` >= 10)
          AND (
            `f`.`first_time_25` < CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`last_time_26` > `p`.`as_of_minus_3d`)
          AND (CAST(`f`.`first_value_27` AS BINARY) = 'home')
          AND (CAST(`f`.`last_value_28` AS BINARY) <> 'exit')
          AND (`f`.`count_29` >= 2)
          AND (
            `f`.`first_time_30` >= CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`count_31` > 100)
          AND (`f`.`count_32` > 0)
          AND (`f`.`sum_33` > 0)
        ),
        FALSE
      ) AS `seg_aggregates`,
      COALESCE(
        (
          (`f`.`attr_key_account` = TRUE)
          OR (`f`.`attr_key_account` = FALSE)
        ),
        FALSE
      ) AS `seg_flags`,
      COALESCE(
        (
          CAST(`f`.`attr_name` AS BINARY) = _utf8mb4 X'71756F74652022206261636B736C617368205C206E65776C696E65200A207461622009206372200D20656D6F6A6920F09F9880'
        ),
        FALSE
      ) AS `seg_escapes`
    FROM
      `seg_facts` AS `f`
      CROSS JOIN `seg_params` AS `p`
  ),
  `seg_level_2` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          `f`.`seg_comparisons`
          AND (NOT `f`.`seg_strings`)
          AND (
            NOT (
              `f`.`seg_lists`
              OR `f`.`seg_times`
            )
          )
        ),
        FALSE
      ) AS `seg_membership`
    FROM
      `seg_level_1` AS `f`
  )
SELECT
  `f`.`entity_key` AS `id`,
  `f`.`seg_comparisons` AS `comparisons`,
  `f`.`seg_deprecated_plain` AS `deprecated_plain`,
  `f`.`seg_strings` AS `strings`,
  `f`.`seg_lists` AS `lists`,
  `f`.`seg_times` AS `times`,
  `f`.`seg_arithmetic` AS `arithmetic`,
  `f`.`seg_membership` AS `membership`,
  `f`.`seg_behaviour` AS `behaviour`,
  `f`.`seg_aggregates` AS `aggregates`,
  `f`.`seg_flags` AS `flags`,
  `f`.`seg_escapes` AS `escapes`
FROM
  `seg_level_2` AS `f`
ORDER BY
  `f`.`entity_key`

-- ===== comparisons (select)
-- segment comparisons
-- owner: analytics
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_count` = 1)
    AND (`f`.`attr_count` <> 2)
    AND (`f`.`attr_count` < 3)
    AND (`f`.`attr_count` <= 4)
    AND (`f`.`attr_count` > 5)
    AND (`f`.`attr_count` >= 6)
  )
ORDER BY
  `f`.`entity_key`

-- ===== comparisons (view)
-- segment comparisons
-- owner: analytics
CREATE OR REPLACE VIEW `comparisons` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_count` = 1)
    AND (`f`.`attr_count` <> 2)
    AND (`f`.`attr_count` < 3)
    AND (`f`.`attr_count` <= 4)
    AND (`f`.`attr_count` > 5)
    AND (`f`.`attr_count` >= 6)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== comparisons (dbt)
-- segment comparisons
-- owner: analytics
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_count` = 1)
    AND (`f`.`attr_count` <> 2)
    AND (`f`.`attr_count` < 3)
    AND (`f`.`attr_count` <= 4)
    AND (`f`.`attr_count` > 5)
    AND (`f`.`attr_count` >= 6)
  )
ORDER BY
  `f`.`entity_key`

-- ===== deprecated_plain (select)
-- segment deprecated_plain
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_name` IS NOT NULL)
    AND (NOT (`f`.`attr_day` IS NOT NULL))
  )
ORDER BY
  `f`.`entity_key`

-- ===== deprecated_plain (view)
-- segment deprecated_plain
CREATE OR REPLACE VIEW `deprecated_plain` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_name` IS NOT NULL)
    AND (NOT (`f`.`attr_day` IS NOT NULL))
  )
ORDER BY
  `f`.`entity_key`;

-- ===== deprecated_plain (dbt)
-- segment deprecated_plain
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_name` IS NOT NULL)
    AND (NOT (`f`.`attr_day` IS NOT NULL))
  )
ORDER BY
  `f`.`entity_key`

-- ===== strings (select)
-- segment strings
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      INSTR(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        CAST('a' AS BINARY)
      ) > 0
    )
    OR (
      NOT COALESCE(
        (
          INSTR(
            CAST(`f`.`attr_name` AS BINARY),
            CAST('b' AS BINARY)
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      LEFT(
        CAST(`f`.`attr_name` AS BINARY),
        LENGTH(CAST('c' AS BINARY))
      ) = CAST('c' AS BINARY)
    )
    OR (
      RIGHT(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        LENGTH(CAST('d' AS BINARY))
      ) = CAST('d' AS BINARY)
    )
    OR (
      NOT COALESCE(
        (
          LEFT(
            CAST(`f`.`attr_name` AS BINARY),
            LENGTH(CAST('e' AS BINARY))
          ) = CAST('e' AS BINARY)
        ),
        FALSE
      )
    )
    OR (
      CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
    )
    OR (
      NOT COALESCE(
        (
          CONVERT(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                  'B',
                                                                                                                  'b'
                                                                                                              ),
                                                                                                              'C',
                                                                                                              'c'
                                                                                                          ),
                                                                                                          'D',
                                                                                                          'd'
                                                                                                      ),
                                                                                                      'E',
                                                                                                      'e'
                                                                                                  ),
                                                                                                  'F',
                                                                                                  'f'
                                                                                              ),
                                                                                              'G',
                                                                                              'g'
                                                                                          ),
                                                                                          'H',
                                                                                          'h'
                                                                                      ),
                                                                                      'I',
                                                                                      'i'
                                                                                  ),
                                                                                  'J',
                                                                                  'j'
                                                                              ),
                                                                              'K',
                                                                              'k'
                                                                          ),
                                                                          'L',
                                                                          'l'
                                                                      ),
                                                                      'M',
                                                                      'm'
                                                                  ),
                                                                  'N',
                                                                  'n'
                                                              ),
                                                              'O',
                                                              'o'
                                                          ),
                                                          'P',
                                                          'p'
                                                      ),
                                                      'Q',
                                                      'q'
                                                  ),
                                                  'R',
                                                  'r'
                                              ),
                                              'S',
                                              's'
                                          ),
                                          'T',
                                          't'
                                      ),
                                      'U',
                                      'u'
                                  ),
                                  'V',
                                  'v'
                              ),
                              'W',
                              'w'
                          ),
                          'X',
                          'x'
                      ),
                      'Y',
                      'y'
                  ),
                  'Z',
                  'z'
              ) USING utf8mb4
          ) COLLATE utf8mb4_bin REGEXP 'x'
        ),
        FALSE
      )
    )
    OR (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) = 'z'
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== strings (view)
-- segment strings
CREATE OR REPLACE VIEW `strings` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      INSTR(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        CAST('a' AS BINARY)
      ) > 0
    )
    OR (
      NOT COALESCE(
        (
          INSTR(
            CAST(`f`.`attr_name` AS BINARY),
            CAST('b' AS BINARY)
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      LEFT(
        CAST(`f`.`attr_name` AS BINARY),
        LENGTH(CAST('c' AS BINARY))
      ) = CAST('c' AS BINARY)
    )
    OR (
      RIGHT(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        LENGTH(CAST('d' AS BINARY))
      ) = CAST('d' AS BINARY)
    )
    OR (
      NOT COALESCE(
        (
          LEFT(
            CAST(`f`.`attr_name` AS BINARY),
            LENGTH(CAST('e' AS BINARY))
          ) = CAST('e' AS BINARY)
        ),
        FALSE
      )
    )
    OR (
      CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
    )
    OR (
      NOT COALESCE(
        (
          CONVERT(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                  'B',
                                                                                                                  'b'
                                                                                                              ),
                                                                                                              'C',
                                                                                                              'c'
                                                                                                          ),
                                                                                                          'D',
                                                                                                          'd'
                                                                                                      ),
                                                                                                      'E',
                                                                                                      'e'
                                                                                                  ),
                                                                                                  'F',
                                                                                                  'f'
                                                                                              ),
                                                                                              'G',
                                                                                              'g'
                                                                                          ),
                                                                                          'H',
                                                                                          'h'
                                                                                      ),
                                                                                      'I',
                                                                                      'i'
                                                                                  ),
                                                                                  'J',
                                                                                  'j'
                                                                              ),
                                                                              'K',
                                                                              'k'
                                                                          ),
                                                                          'L',
                                                                          'l'
                                                                      ),
                                                                      'M',
                                                                      'm'
                                                                  ),
                                                                  'N',
                                                                  'n'
                                                              ),
                                                              'O',
                                                              'o'
                                                          ),
                                                          'P',
                                                          'p'
                                                      ),
                                                      'Q',
                                                      'q'
                                                  ),
                                                  'R',
                                                  'r'
                                              ),
                                              'S',
                                              's'
                                          ),
                                          'T',
                                          't'
                                      ),
                                      'U',
                                      'u'
                                  ),
                                  'V',
                                  'v'
                              ),
                              'W',
                              'w'
                          ),
                          'X',
                          'x'
                      ),
                      'Y',
                      'y'
                  ),
                  'Z',
                  'z'
              ) USING utf8mb4
          ) COLLATE utf8mb4_bin REGEXP 'x'
        ),
        FALSE
      )
    )
    OR (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) = 'z'
    )
  )
ORDER BY
  `f`.`entity_key`;

-- ===== strings (dbt)
-- segment strings
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      INSTR(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        CAST('a' AS BINARY)
      ) > 0
    )
    OR (
      NOT COALESCE(
        (
          INSTR(
            CAST(`f`.`attr_name` AS BINARY),
            CAST('b' AS BINARY)
          ) > 0
        ),
        FALSE
      )
    )
    OR (
      LEFT(
        CAST(`f`.`attr_name` AS BINARY),
        LENGTH(CAST('c' AS BINARY))
      ) = CAST('c' AS BINARY)
    )
    OR (
      RIGHT(
        CAST(
          REPLACE(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                'B',
                                                                                                                'b'
                                                                                                            ),
                                                                                                            'C',
                                                                                                            'c'
                                                                                                        ),
                                                                                                        'D',
                                                                                                        'd'
                                                                                                    ),
                                                                                                    'E',
                                                                                                    'e'
                                                                                                ),
                                                                                                'F',
                                                                                                'f'
                                                                                            ),
                                                                                            'G',
                                                                                            'g'
                                                                                        ),
                                                                                        'H',
                                                                                        'h'
                                                                                    ),
                                                                                    'I',
                                                                                    'i'
                                                                                ),
                                                                                'J',
                                                                                'j'
                                                                            ),
                                                                            'K',
                                                                            'k'
                                                                        ),
                                                                        'L',
                                                                        'l'
                                                                    ),
                                                                    'M',
                                                                    'm'
                                                                ),
                                                                'N',
                                                                'n'
                                                            ),
                                                            'O',
                                                            'o'
                                                        ),
                                                        'P',
                                                        'p'
                                                    ),
                                                    'Q',
                                                    'q'
                                                ),
                                                'R',
                                                'r'
                                            ),
                                            'S',
                                            's'
                                        ),
                                        'T',
                                        't'
                                    ),
                                    'U',
                                    'u'
                                ),
                                'V',
                                'v'
                            ),
                            'W',
                            'w'
                        ),
                        'X',
                        'x'
                    ),
                    'Y',
                    'y'
                ),
                'Z',
                'z'
            ) AS BINARY
        ),
        LENGTH(CAST('d' AS BINARY))
      ) = CAST('d' AS BINARY)
    )
    OR (
      NOT COALESCE(
        (
          LEFT(
            CAST(`f`.`attr_name` AS BINARY),
            LENGTH(CAST('e' AS BINARY))
          ) = CAST('e' AS BINARY)
        ),
        FALSE
      )
    )
    OR (
      CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
    )
    OR (
      NOT COALESCE(
        (
          CONVERT(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                  'B',
                                                                                                                  'b'
                                                                                                              ),
                                                                                                              'C',
                                                                                                              'c'
                                                                                                          ),
                                                                                                          'D',
                                                                                                          'd'
                                                                                                      ),
                                                                                                      'E',
                                                                                                      'e'
                                                                                                  ),
                                                                                                  'F',
                                                                                                  'f'
                                                                                              ),
                                                                                              'G',
                                                                                              'g'
                                                                                          ),
                                                                                          'H',
                                                                                          'h'
                                                                                      ),
                                                                                      'I',
                                                                                      'i'
                                                                                  ),
                                                                                  'J',
                                                                                  'j'
                                                                              ),
                                                                              'K',
                                                                              'k'
                                                                          ),
                                                                          'L',
                                                                          'l'
                                                                      ),
                                                                      'M',
                                                                      'm'
                                                                  ),
                                                                  'N',
                                                                  'n'
                                                              ),
                                                              'O',
                                                              'o'
                                                          ),
                                                          'P',
                                                          'p'
                                                      ),
                                                      'Q',
                                                      'q'
                                                  ),
                                                  'R',
                                                  'r'
                                              ),
                                              'S',
                                              's'
                                          ),
                                          'T',
                                          't'
                                      ),
                                      'U',
                                      'u'
                                  ),
                                  'V',
                                  'v'
                              ),
                              'W',
                              'w'
                          ),
                          'X',
                          'x'
                      ),
                      'Y',
                      'y'
                  ),
                  'Z',
                  'z'
              ) USING utf8mb4
          ) COLLATE utf8mb4_bin REGEXP 'x'
        ),
        FALSE
      )
    )
    OR (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) = 'z'
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== lists (select)
-- segment lists
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      CASE
        WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
        ELSE EXISTS (
          SELECT
            1
          FROM
            JSON_TABLE(
              `f`.`attr_tags`,
              '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
            ) AS seg_element
          WHERE
            JSON_TYPE(seg_element.seg_j) = 'STRING'
            AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
        )
      END
    )
    AND (
      (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
          )
        END
      )
      OR (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
          )
        END
      )
    )
    AND (
      `f`.`attr_tags` IS NOT NULL
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
          )
        END
      )
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
          )
        END
      )
    )
    AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== lists (view)
-- segment lists
CREATE OR REPLACE VIEW `lists` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      CASE
        WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
        ELSE EXISTS (
          SELECT
            1
          FROM
            JSON_TABLE(
              `f`.`attr_tags`,
              '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
            ) AS seg_element
          WHERE
            JSON_TYPE(seg_element.seg_j) = 'STRING'
            AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
        )
      END
    )
    AND (
      (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
          )
        END
      )
      OR (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
          )
        END
      )
    )
    AND (
      `f`.`attr_tags` IS NOT NULL
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
          )
        END
      )
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
          )
        END
      )
    )
    AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  `f`.`entity_key`;

-- ===== lists (dbt)
-- segment lists
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (
      CASE
        WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
        ELSE EXISTS (
          SELECT
            1
          FROM
            JSON_TABLE(
              `f`.`attr_tags`,
              '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
            ) AS seg_element
          WHERE
            JSON_TYPE(seg_element.seg_j) = 'STRING'
            AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
        )
      END
    )
    AND (
      (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
          )
        END
      )
      OR (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
          )
        END
      )
    )
    AND (
      `f`.`attr_tags` IS NOT NULL
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
          )
        END
      )
      AND (
        CASE
          WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
          ELSE EXISTS (
            SELECT
              1
            FROM
              JSON_TABLE(
                `f`.`attr_tags`,
                '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
              ) AS seg_element
            WHERE
              JSON_TYPE(seg_element.seg_j) = 'STRING'
              AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
          )
        END
      )
    )
    AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
    AND (
      NOT COALESCE(
        (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
        FALSE
      )
    )
    AND (
      CAST(
        REPLACE(
            REPLACE(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                              'B',
                                                                                                              'b'
                                                                                                          ),
                                                                                                          'C',
                                                                                                          'c'
                                                                                                      ),
                                                                                                      'D',
                                                                                                      'd'
                                                                                                  ),
                                                                                                  'E',
                                                                                                  'e'
                                                                                              ),
                                                                                              'F',
                                                                                              'f'
                                                                                          ),
                                                                                          'G',
                                                                                          'g'
                                                                                      ),
                                                                                      'H',
                                                                                      'h'
                                                                                  ),
                                                                                  'I',
                                                                                  'i'
                                                                              ),
                                                                              'J',
                                                                              'j'
                                                                          ),
                                                                          'K',
                                                                          'k'
                                                                      ),
                                                                      'L',
                                                                      'l'
                                                                  ),
                                                                  'M',
                                                                  'm'
                                                              ),
                                                              'N',
                                                              'n'
                                                          ),
                                                          'O',
                                                          'o'
                                                      ),
                                                      'P',
                                                      'p'
                                                  ),
                                                  'Q',
                                                  'q'
                                              ),
                                              'R',
                                              'r'
                                          ),
                                          'S',
                                          's'
                                      ),
                                      'T',
                                      't'
                                  ),
                                  'U',
                                  'u'
                              ),
                              'V',
                              'v'
                          ),
                          'W',
                          'w'
                      ),
                      'X',
                      'x'
                  ),
                  'Y',
                  'y'
              ),
              'Z',
              'z'
          ) AS BINARY
      ) IN ('us', 'ca')
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== times (select)
-- segment times
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of`)
    AND (
      `f`.`attr_created` < CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` <= CAST(
        REPLACE(
            REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
    AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
    AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
    AND (
      FLOOR(
        TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
      ) > 3
    )
    AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
    AND (
      `f`.`attr_signed_up` > CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== times (view)
-- segment times
CREATE OR REPLACE VIEW `times` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of`)
    AND (
      `f`.`attr_created` < CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` <= CAST(
        REPLACE(
            REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
    AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
    AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
    AND (
      FLOOR(
        TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
      ) > 3
    )
    AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
    AND (
      `f`.`attr_signed_up` > CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
  )
ORDER BY
  `f`.`entity_key`;

-- ===== times (dbt)
-- segment times
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of`)
    AND (
      `f`.`attr_created` < CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` > CAST(
        REPLACE(
            REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (
      `f`.`attr_created` <= CAST(
        REPLACE(
            REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
    AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
    AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
    AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
    AND (
      FLOOR(
        TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
      ) > 3
    )
    AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
    AND (
      `f`.`attr_signed_up` > CAST(
        REPLACE(
            REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== arithmetic (select)
-- segment arithmetic
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CAST(`rel_org`.`table_count` AS DOUBLE) AS `attr_org__table_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`org_id` AS `org_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN (
        SELECT
          `t`.`id` AS `id`,
          `t`.`table_count` AS `table_count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `crm`.`orgs` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `rel_org` ON `rel_org`.`id` = `ent`.`org_id`
      AND CAST(CONVERT(`rel_org`.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(`ent`.`org_id` USING utf8mb4) AS BINARY)
      AND `rel_org`.`seg_key_rows` = 1
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (((`f`.`attr_count` + 1) - 1.5) > (-5))
    AND (((`f`.`attr_count` + 1) * 2) >= 1)
    AND (`f`.`attr_org__table_count` >= 1000)
  )
ORDER BY
  `f`.`entity_key`

-- ===== arithmetic (view)
-- segment arithmetic
CREATE OR REPLACE VIEW `arithmetic` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CAST(`rel_org`.`table_count` AS DOUBLE) AS `attr_org__table_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`org_id` AS `org_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN (
        SELECT
          `t`.`id` AS `id`,
          `t`.`table_count` AS `table_count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `crm`.`orgs` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `rel_org` ON `rel_org`.`id` = `ent`.`org_id`
      AND CAST(CONVERT(`rel_org`.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(`ent`.`org_id` USING utf8mb4) AS BINARY)
      AND `rel_org`.`seg_key_rows` = 1
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (((`f`.`attr_count` + 1) - 1.5) > (-5))
    AND (((`f`.`attr_count` + 1) * 2) >= 1)
    AND (`f`.`attr_org__table_count` >= 1000)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== arithmetic (dbt)
-- segment arithmetic
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CAST(`rel_org`.`table_count` AS DOUBLE) AS `attr_org__table_count`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`org_id` AS `org_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN (
        SELECT
          `t`.`id` AS `id`,
          `t`.`table_count` AS `table_count`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(SHA2(CONVERT(`t`.`id` USING utf8mb4), 256))
          ) AS `seg_key_rows`
        FROM
          `crm`.`orgs` AS `t`
        WHERE
          `t`.`id` IS NOT NULL
      ) AS `rel_org` ON `rel_org`.`id` = `ent`.`org_id`
      AND CAST(CONVERT(`rel_org`.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(`ent`.`org_id` USING utf8mb4) AS BINARY)
      AND `rel_org`.`seg_key_rows` = 1
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (((`f`.`attr_count` + 1) - 1.5) > (-5))
    AND (((`f`.`attr_count` + 1) * 2) >= 1)
    AND (`f`.`attr_org__table_count` >= 1000)
  )
ORDER BY
  `f`.`entity_key`

-- ===== membership (select)
-- segment membership
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`name` AS `name`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (`f`.`attr_count` = 1)
          AND (`f`.`attr_count` <> 2)
          AND (`f`.`attr_count` < 3)
          AND (`f`.`attr_count` <= 4)
          AND (`f`.`attr_count` > 5)
          AND (`f`.`attr_count` >= 6)
        ),
        FALSE
      ) AS `seg_comparisons`,
      COALESCE(
        (
          (
            INSTR(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              CAST('a' AS BINARY)
            ) > 0
          )
          OR (
            NOT COALESCE(
              (
                INSTR(
                  CAST(`f`.`attr_name` AS BINARY),
                  CAST('b' AS BINARY)
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            LEFT(
              CAST(`f`.`attr_name` AS BINARY),
              LENGTH(CAST('c' AS BINARY))
            ) = CAST('c' AS BINARY)
          )
          OR (
            RIGHT(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              LENGTH(CAST('d' AS BINARY))
            ) = CAST('d' AS BINARY)
          )
          OR (
            NOT COALESCE(
              (
                LEFT(
                  CAST(`f`.`attr_name` AS BINARY),
                  LENGTH(CAST('e' AS BINARY))
                ) = CAST('e' AS BINARY)
              ),
              FALSE
            )
          )
          OR (
            CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
          )
          OR (
            NOT COALESCE(
              (
                CONVERT(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(
                                                                                                                      REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                        'B',
                                                                                                                        'b'
                                                                                                                    ),
                                                                                                                    'C',
                                                                                                                    'c'
                                                                                                                ),
                                                                                                                'D',
                                                                                                                'd'
                                                                                                            ),
                                                                                                            'E',
                                                                                                            'e'
                                                                                                        ),
                                                                                                        'F',
                                                                                                        'f'
                                                                                                    ),
                                                                                                    'G',
                                                                                                    'g'
                                                                                                ),
                                                                                                'H',
                                                                                                'h'
                                                                                            ),
                                                                                            'I',
                                                                                            'i'
                                                                                        ),
                                                                                        'J',
                                                                                        'j'
                                                                                    ),
                                                                                    'K',
                                                                                    'k'
                                                                                ),
                                                                                'L',
                                                                                'l'
                                                                            ),
                                                                            'M',
                                                                            'm'
                                                                        ),
                                                                        'N',
                                                                        'n'
                                                                    ),
                                                                    'O',
                                                                    'o'
                                                                ),
                                                                'P',
                                                                'p'
                                                            ),
                                                            'Q',
                                                            'q'
                                                        ),
                                                        'R',
                                                        'r'
                                                    ),
                                                    'S',
                                                    's'
                                                ),
                                                'T',
                                                't'
                                            ),
                                            'U',
                                            'u'
                                        ),
                                        'V',
                                        'v'
                                    ),
                                    'W',
                                    'w'
                                ),
                                'X',
                                'x'
                            ),
                            'Y',
                            'y'
                        ),
                        'Z',
                        'z'
                    ) USING utf8mb4
                ) COLLATE utf8mb4_bin REGEXP 'x'
              ),
              FALSE
            )
          )
          OR (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) = 'z'
          )
        ),
        FALSE
      ) AS `seg_strings`,
      COALESCE(
        (
          (
            CASE
              WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
              ELSE EXISTS (
                SELECT
                  1
                FROM
                  JSON_TABLE(
                    `f`.`attr_tags`,
                    '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                  ) AS seg_element
                WHERE
                  JSON_TYPE(seg_element.seg_j) = 'STRING'
                  AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
              )
            END
          )
          AND (
            (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
                )
              END
            )
            OR (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
                )
              END
            )
          )
          AND (
            `f`.`attr_tags` IS NOT NULL
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
                )
              END
            )
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
                )
              END
            )
          )
          AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS `seg_lists`,
      COALESCE(
        (
          (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of`)
          AND (
            `f`.`attr_created` < CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` >= CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` <= CAST(
              REPLACE(
                  REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
          AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
          AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
          AND (
            FLOOR(
              TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
            ) > 3
          )
          AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
          AND (
            `f`.`attr_signed_up` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
        ),
        FALSE
      ) AS `seg_times`
    FROM
      `seg_facts` AS `f`
      CROSS JOIN `seg_params` AS `p`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_comparisons`
    AND (NOT `f`.`seg_strings`)
    AND (
      NOT (
        `f`.`seg_lists`
        OR `f`.`seg_times`
      )
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== membership (view)
-- segment membership
CREATE OR REPLACE VIEW `membership` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`name` AS `name`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (`f`.`attr_count` = 1)
          AND (`f`.`attr_count` <> 2)
          AND (`f`.`attr_count` < 3)
          AND (`f`.`attr_count` <= 4)
          AND (`f`.`attr_count` > 5)
          AND (`f`.`attr_count` >= 6)
        ),
        FALSE
      ) AS `seg_comparisons`,
      COALESCE(
        (
          (
            INSTR(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              CAST('a' AS BINARY)
            ) > 0
          )
          OR (
            NOT COALESCE(
              (
                INSTR(
                  CAST(`f`.`attr_name` AS BINARY),
                  CAST('b' AS BINARY)
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            LEFT(
              CAST(`f`.`attr_name` AS BINARY),
              LENGTH(CAST('c' AS BINARY))
            ) = CAST('c' AS BINARY)
          )
          OR (
            RIGHT(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              LENGTH(CAST('d' AS BINARY))
            ) = CAST('d' AS BINARY)
          )
          OR (
            NOT COALESCE(
              (
                LEFT(
                  CAST(`f`.`attr_name` AS BINARY),
                  LENGTH(CAST('e' AS BINARY))
                ) = CAST('e' AS BINARY)
              ),
              FALSE
            )
          )
          OR (
            CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
          )
          OR (
            NOT COALESCE(
              (
                CONVERT(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(
                                                                                                                      REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                        'B',
                                                                                                                        'b'
                                                                                                                    ),
                                                                                                                    'C',
                                                                                                                    'c'
                                                                                                                ),
                                                                                                                'D',
                                                                                                                'd'
                                                                                                            ),
                                                                                                            'E',
                                                                                                            'e'
                                                                                                        ),
                                                                                                        'F',
                                                                                                        'f'
                                                                                                    ),
                                                                                                    'G',
                                                                                                    'g'
                                                                                                ),
                                                                                                'H',
                                                                                                'h'
                                                                                            ),
                                                                                            'I',
                                                                                            'i'
                                                                                        ),
                                                                                        'J',
                                                                                        'j'
                                                                                    ),
                                                                                    'K',
                                                                                    'k'
                                                                                ),
                                                                                'L',
                                                                                'l'
                                                                            ),
                                                                            'M',
                                                                            'm'
                                                                        ),
                                                                        'N',
                                                                        'n'
                                                                    ),
                                                                    'O',
                                                                    'o'
                                                                ),
                                                                'P',
                                                                'p'
                                                            ),
                                                            'Q',
                                                            'q'
                                                        ),
                                                        'R',
                                                        'r'
                                                    ),
                                                    'S',
                                                    's'
                                                ),
                                                'T',
                                                't'
                                            ),
                                            'U',
                                            'u'
                                        ),
                                        'V',
                                        'v'
                                    ),
                                    'W',
                                    'w'
                                ),
                                'X',
                                'x'
                            ),
                            'Y',
                            'y'
                        ),
                        'Z',
                        'z'
                    ) USING utf8mb4
                ) COLLATE utf8mb4_bin REGEXP 'x'
              ),
              FALSE
            )
          )
          OR (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) = 'z'
          )
        ),
        FALSE
      ) AS `seg_strings`,
      COALESCE(
        (
          (
            CASE
              WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
              ELSE EXISTS (
                SELECT
                  1
                FROM
                  JSON_TABLE(
                    `f`.`attr_tags`,
                    '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                  ) AS seg_element
                WHERE
                  JSON_TYPE(seg_element.seg_j) = 'STRING'
                  AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
              )
            END
          )
          AND (
            (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
                )
              END
            )
            OR (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
                )
              END
            )
          )
          AND (
            `f`.`attr_tags` IS NOT NULL
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
                )
              END
            )
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
                )
              END
            )
          )
          AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS `seg_lists`,
      COALESCE(
        (
          (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of`)
          AND (
            `f`.`attr_created` < CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` >= CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` <= CAST(
              REPLACE(
                  REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
          AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
          AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
          AND (
            FLOOR(
              TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
            ) > 3
          )
          AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
          AND (
            `f`.`attr_signed_up` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
        ),
        FALSE
      ) AS `seg_times`
    FROM
      `seg_facts` AS `f`
      CROSS JOIN `seg_params` AS `p`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_comparisons`
    AND (NOT `f`.`seg_strings`)
    AND (
      NOT (
        `f`.`seg_lists`
        OR `f`.`seg_times`
      )
    )
  )
ORDER BY
  `f`.`entity_key`;

-- ===== membership (dbt)
-- segment membership
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CAST(`ent`.`count` AS DOUBLE) AS `attr_count`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      (
        CASE
          WHEN JSON_VALID(`ent`.`tags`)
          AND JSON_TYPE(`ent`.`tags`) = 'ARRAY' THEN `ent`.`tags`
        END
      ) AS `attr_tags`,
      CONVERT(`ent`.`day` USING utf8mb4) AS `attr_day`,
      (
        CASE
          WHEN `ent`.`created` >= -30610224000000
          AND `ent`.`created` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `ent`.`created` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_created`,
      (
        CASE
          WHEN `ent`.`time` >= -30610224000
          AND `ent`.`time` <= 253402300799.999 THEN TIMESTAMPADD(
            MICROSECOND,
            ROUND(`ent`.`time` * 1000000),
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `attr_time`,
      (
        CASE
          WHEN CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E28283030305B312D395D7C30305B312D395D5B302D395D7C305B312D395D5B302D395D5B302D395D7C5B312D395D5B302D395D5B302D395D5B302D395D292D2828305B31333537385D7C315B30325D292D28305B312D395D7C5B31325D5B302D395D7C335B30315D297C28305B3436395D7C3131292D28305B312D395D7C5B31325D5B302D395D7C3330297C30322D28305B312D395D7C315B302D395D7C325B302D385D29297C285B302D395D5B302D395D28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D297C28305B34385D7C5B323436385D5B3034385D7C5B31333537395D5B32365D293030292D30322D323929285B54205D285B30315D5B302D395D7C325B302D335D293A5B302D355D5B302D395D283A5B302D355D5B302D395D285B2E5D5B302D395D2B297B302C317D297B302C317D285A7C5B2B2D5D285B30315D5B302D395D7C325B302D335D29283A7B302C317D5B302D355D5B302D395D297B302C317D297B302C317D297B302C317D5C7A' THEN TIMESTAMPADD(
            MINUTE,
            - (
              CASE
                WHEN COALESCE(
                  REGEXP_SUBSTR(
                    SUBSTRING(
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      17
                    ),
                    '[Z+-].*$'
                  ),
                  ''
                ) IN ('', 'Z') THEN 0
                WHEN substr(
                  COALESCE(
                    REGEXP_SUBSTR(
                      SUBSTRING(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                        17
                      ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                              SUBSTRING(
                                CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                17
                              ),
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
                                  SUBSTRING(
                                    CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                                    17
                                  ),
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
                      CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                      1,
                      length(
                        CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4)
                      ) - length(
                        COALESCE(
                          REGEXP_SUBSTR(
                            SUBSTRING(
                              CAST(`ent`.`signed_up` AS CHAR CHARACTER SET utf8mb4),
                              17
                            ),
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
      ) AS `attr_signed_up`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`count` AS `count`,
          `t`.`name` AS `name`,
          `t`.`tags` AS `tags`,
          `t`.`day` AS `day`,
          `t`.`created` AS `created`,
          `t`.`time` AS `time`,
          `t`.`signed_up` AS `signed_up`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  ),
  `seg_level_1` AS (
    SELECT
      `f`.*,
      COALESCE(
        (
          (`f`.`attr_count` = 1)
          AND (`f`.`attr_count` <> 2)
          AND (`f`.`attr_count` < 3)
          AND (`f`.`attr_count` <= 4)
          AND (`f`.`attr_count` > 5)
          AND (`f`.`attr_count` >= 6)
        ),
        FALSE
      ) AS `seg_comparisons`,
      COALESCE(
        (
          (
            INSTR(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              CAST('a' AS BINARY)
            ) > 0
          )
          OR (
            NOT COALESCE(
              (
                INSTR(
                  CAST(`f`.`attr_name` AS BINARY),
                  CAST('b' AS BINARY)
                ) > 0
              ),
              FALSE
            )
          )
          OR (
            LEFT(
              CAST(`f`.`attr_name` AS BINARY),
              LENGTH(CAST('c' AS BINARY))
            ) = CAST('c' AS BINARY)
          )
          OR (
            RIGHT(
              CAST(
                REPLACE(
                    REPLACE(
                        REPLACE(
                            REPLACE(
                                REPLACE(
                                    REPLACE(
                                        REPLACE(
                                            REPLACE(
                                                REPLACE(
                                                    REPLACE(
                                                        REPLACE(
                                                            REPLACE(
                                                                REPLACE(
                                                                    REPLACE(
                                                                        REPLACE(
                                                                            REPLACE(
                                                                                REPLACE(
                                                                                    REPLACE(
                                                                                        REPLACE(
                                                                                            REPLACE(
                                                                                                REPLACE(
                                                                                                    REPLACE(
                                                                                                        REPLACE(
                                                                                                            REPLACE(
                                                                                                                REPLACE(
                                                                                                                    REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                      'B',
                                                                                                                      'b'
                                                                                                                  ),
                                                                                                                  'C',
                                                                                                                  'c'
                                                                                                              ),
                                                                                                              'D',
                                                                                                              'd'
                                                                                                          ),
                                                                                                          'E',
                                                                                                          'e'
                                                                                                      ),
                                                                                                      'F',
                                                                                                      'f'
                                                                                                  ),
                                                                                                  'G',
                                                                                                  'g'
                                                                                              ),
                                                                                              'H',
                                                                                              'h'
                                                                                          ),
                                                                                          'I',
                                                                                          'i'
                                                                                      ),
                                                                                      'J',
                                                                                      'j'
                                                                                  ),
                                                                                  'K',
                                                                                  'k'
                                                                              ),
                                                                              'L',
                                                                              'l'
                                                                          ),
                                                                          'M',
                                                                          'm'
                                                                      ),
                                                                      'N',
                                                                      'n'
                                                                  ),
                                                                  'O',
                                                                  'o'
                                                              ),
                                                              'P',
                                                              'p'
                                                          ),
                                                          'Q',
                                                          'q'
                                                      ),
                                                      'R',
                                                      'r'
                                                  ),
                                                  'S',
                                                  's'
                                              ),
                                              'T',
                                              't'
                                          ),
                                          'U',
                                          'u'
                                      ),
                                      'V',
                                      'v'
                                  ),
                                  'W',
                                  'w'
                              ),
                              'X',
                              'x'
                          ),
                          'Y',
                          'y'
                      ),
                      'Z',
                      'z'
                  ) AS BINARY
              ),
              LENGTH(CAST('d' AS BINARY))
            ) = CAST('d' AS BINARY)
          )
          OR (
            NOT COALESCE(
              (
                LEFT(
                  CAST(`f`.`attr_name` AS BINARY),
                  LENGTH(CAST('e' AS BINARY))
                ) = CAST('e' AS BINARY)
              ),
              FALSE
            )
          )
          OR (
            CONVERT(`f`.`attr_name` USING utf8mb4) COLLATE utf8mb4_bin REGEXP _utf8mb4 X'5E5B612D7A5D2B5C7A'
          )
          OR (
            NOT COALESCE(
              (
                CONVERT(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(
                                                                                                                      REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                        'B',
                                                                                                                        'b'
                                                                                                                    ),
                                                                                                                    'C',
                                                                                                                    'c'
                                                                                                                ),
                                                                                                                'D',
                                                                                                                'd'
                                                                                                            ),
                                                                                                            'E',
                                                                                                            'e'
                                                                                                        ),
                                                                                                        'F',
                                                                                                        'f'
                                                                                                    ),
                                                                                                    'G',
                                                                                                    'g'
                                                                                                ),
                                                                                                'H',
                                                                                                'h'
                                                                                            ),
                                                                                            'I',
                                                                                            'i'
                                                                                        ),
                                                                                        'J',
                                                                                        'j'
                                                                                    ),
                                                                                    'K',
                                                                                    'k'
                                                                                ),
                                                                                'L',
                                                                                'l'
                                                                            ),
                                                                            'M',
                                                                            'm'
                                                                        ),
                                                                        'N',
                                                                        'n'
                                                                    ),
                                                                    'O',
                                                                    'o'
                                                                ),
                                                                'P',
                                                                'p'
                                                            ),
                                                            'Q',
                                                            'q'
                                                        ),
                                                        'R',
                                                        'r'
                                                    ),
                                                    'S',
                                                    's'
                                                ),
                                                'T',
                                                't'
                                            ),
                                            'U',
                                            'u'
                                        ),
                                        'V',
                                        'v'
                                    ),
                                    'W',
                                    'w'
                                ),
                                'X',
                                'x'
                            ),
                            'Y',
                            'y'
                        ),
                        'Z',
                        'z'
                    ) USING utf8mb4
                ) COLLATE utf8mb4_bin REGEXP 'x'
              ),
              FALSE
            )
          )
          OR (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_name`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) = 'z'
          )
        ),
        FALSE
      ) AS `seg_strings`,
      COALESCE(
        (
          (
            CASE
              WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('x'))
              ELSE EXISTS (
                SELECT
                  1
                FROM
                  JSON_TABLE(
                    `f`.`attr_tags`,
                    '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                  ) AS seg_element
                WHERE
                  JSON_TYPE(seg_element.seg_j) = 'STRING'
                  AND CAST(seg_element.seg_v AS BINARY) = CAST('x' AS BINARY)
              )
            END
          )
          AND (
            (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('a'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('a' AS BINARY)
                )
              END
            )
            OR (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('b'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('b' AS BINARY)
                )
              END
            )
          )
          AND (
            `f`.`attr_tags` IS NOT NULL
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('US'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('US' AS BINARY)
                )
              END
            )
            AND (
              CASE
                WHEN INSTR(`f`.`attr_tags`, _utf8mb4 X'5C') = 0 THEN JSON_OVERLAPS(`f`.`attr_tags`, JSON_ARRAY('CA'))
                ELSE EXISTS (
                  SELECT
                    1
                  FROM
                    JSON_TABLE(
                      `f`.`attr_tags`,
                      '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')
                    ) AS seg_element
                  WHERE
                    JSON_TYPE(seg_element.seg_j) = 'STRING'
                    AND CAST(seg_element.seg_v AS BINARY) = CAST('CA' AS BINARY)
                )
              END
            )
          )
          AND (CAST(`f`.`attr_day` AS BINARY) IN ('mon', 'tue'))
          AND (
            NOT COALESCE(
              (CAST(`f`.`attr_day` AS BINARY) IN ('US', 'CA')),
              FALSE
            )
          )
          AND (
            CAST(
              REPLACE(
                  REPLACE(
                      REPLACE(
                          REPLACE(
                              REPLACE(
                                  REPLACE(
                                      REPLACE(
                                          REPLACE(
                                              REPLACE(
                                                  REPLACE(
                                                      REPLACE(
                                                          REPLACE(
                                                              REPLACE(
                                                                  REPLACE(
                                                                      REPLACE(
                                                                          REPLACE(
                                                                              REPLACE(
                                                                                  REPLACE(
                                                                                      REPLACE(
                                                                                          REPLACE(
                                                                                              REPLACE(
                                                                                                  REPLACE(
                                                                                                      REPLACE(
                                                                                                          REPLACE(
                                                                                                              REPLACE(
                                                                                                                  REPLACE(`f`.`attr_day`, 'A', 'a'),
                                                                                                                    'B',
                                                                                                                    'b'
                                                                                                                ),
                                                                                                                'C',
                                                                                                                'c'
                                                                                                            ),
                                                                                                            'D',
                                                                                                            'd'
                                                                                                        ),
                                                                                                        'E',
                                                                                                        'e'
                                                                                                    ),
                                                                                                    'F',
                                                                                                    'f'
                                                                                                ),
                                                                                                'G',
                                                                                                'g'
                                                                                            ),
                                                                                            'H',
                                                                                            'h'
                                                                                        ),
                                                                                        'I',
                                                                                        'i'
                                                                                    ),
                                                                                    'J',
                                                                                    'j'
                                                                                ),
                                                                                'K',
                                                                                'k'
                                                                            ),
                                                                            'L',
                                                                            'l'
                                                                        ),
                                                                        'M',
                                                                        'm'
                                                                    ),
                                                                    'N',
                                                                    'n'
                                                                ),
                                                                'O',
                                                                'o'
                                                            ),
                                                            'P',
                                                            'p'
                                                        ),
                                                        'Q',
                                                        'q'
                                                    ),
                                                    'R',
                                                    'r'
                                                ),
                                                'S',
                                                's'
                                            ),
                                            'T',
                                            't'
                                        ),
                                        'U',
                                        'u'
                                    ),
                                    'V',
                                    'v'
                                ),
                                'W',
                                'w'
                            ),
                            'X',
                            'x'
                        ),
                        'Y',
                        'y'
                    ),
                    'Z',
                    'z'
                ) AS BINARY
            ) IN ('us', 'ca')
          )
        ),
        FALSE
      ) AS `seg_lists`,
      COALESCE(
        (
          (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of`)
          AND (
            `f`.`attr_created` < CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T12:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` >= CAST(
              REPLACE(
                  REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (
            `f`.`attr_created` <= CAST(
              REPLACE(
                  REPLACE('2024-01-31T22:00:00.250Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
          AND (`f`.`attr_created` > `p`.`as_of_minus_30d`)
          AND (`f`.`attr_created` <= `p`.`as_of_minus_7d`)
          AND (`f`.`attr_created` > `p`.`as_of_minus_3d`)
          AND (`f`.`attr_created` < `p`.`as_of_minus_14d`)
          AND (
            FLOOR(
              TIMESTAMPDIFF(MICROSECOND, `f`.`attr_created`, `p`.`as_of`) / 86400000000
            ) > 3
          )
          AND (`f`.`attr_time` < `p`.`as_of_minus_30d`)
          AND (
            `f`.`attr_signed_up` > CAST(
              REPLACE(
                  REPLACE('2024-03-01T00:00:00.000Z', 'T', ' '),
                    'Z',
                    ''
                ) AS DATETIME(3)
            )
          )
        ),
        FALSE
      ) AS `seg_times`
    FROM
      `seg_facts` AS `f`
      CROSS JOIN `seg_params` AS `p`
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_level_1` AS `f`
WHERE
  (
    `f`.`seg_comparisons`
    AND (NOT `f`.`seg_strings`)
    AND (
      NOT (
        `f`.`seg_lists`
        OR `f`.`seg_times`
      )
    )
  )
ORDER BY
  `f`.`entity_key`

-- ===== behaviour (select)
-- segment behaviour
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-86400000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-5184000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-03-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_60d`
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
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      NULL AS `checkout__currency`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login' THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_3`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_4`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_6`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_7`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login' THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_8`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1d` THEN 1
        END
      ) AS `count_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 5) THEN 1
        END
      ) AS `count_10`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` > 5)
            AND (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_11`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'view'
          AND (CAST(`ev`.`view__page` AS BINARY) IN ('US', 'CA'))
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_12`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` >= 10)
            AND (`ev`.`checkout__amount` <= 20)
          )
          AND `ev`.`t` > `p`.`as_of_minus_3d` THEN 1
        END
      ) AS `count_13`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 1)
          AND `ev`.`t` > `p`.`as_of_minus_60d`
          AND `ev`.`t` <= `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_14`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event_name` AS BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_sequence_15_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'login')
        OR (`s`.`event` = 'checkout')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_15_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            3600000000,
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
            ) > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_15_step_1` AS `x`
  ),
  `seg_sequence_15` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_15_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_sequence_16_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
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
          `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'checkout'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_16` AS (
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
          `seg_sequence_16_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_sequence_17_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart') THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `step_2`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0) THEN 1
          ELSE 0
        END
      ) AS `step_3`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (
          `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart')
        )
        OR (`s`.`event` = 'login')
        OR (
          `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0)
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_17_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            172800000000,
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
            ) > CAST('9999-12-29 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_17_step_1` AS `x`
  ),
  `seg_sequence_17` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_2` AS `reached_2`,
          MIN(
            CASE
              WHEN `x`.`step_3` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_17_step_2` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_2` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`,
      COALESCE(`agg`.`count_4`, 0) AS `count_4`,
      COALESCE(`agg`.`active_days_5`, 0) AS `active_days_5`,
      COALESCE(`agg`.`active_days_6`, 0) AS `active_days_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      COALESCE(`agg`.`active_days_8`, 0) AS `active_days_8`,
      COALESCE(`agg`.`count_9`, 0) AS `count_9`,
      COALESCE(`agg`.`count_10`, 0) AS `count_10`,
      COALESCE(`agg`.`count_11`, 0) AS `count_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      COALESCE(`agg`.`count_13`, 0) AS `count_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_15` AS `sq`
        ),
        FALSE
      ) AS `sequence_15`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_16` AS `sq`
        ),
        FALSE
      ) AS `sequence_16`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_17` AS `sq`
        ),
        FALSE
      ) AS `sequence_17`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
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
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
    AND (`f`.`count_3` >= 3)
    AND (`f`.`count_1` <= 1)
    AND (`f`.`count_4` = 2)
    AND (`f`.`active_days_5` >= 4)
    AND (`f`.`active_days_6` <= 2)
    AND (`f`.`active_days_7` = 1)
    AND (`f`.`active_days_8` >= 3)
    AND (`f`.`count_9` >= 1)
    AND (`f`.`count_10` >= 1)
    AND (CAST(`f`.`attr_name` AS BINARY) = 'x')
    AND (`f`.`count_11` >= 1)
    AND (`f`.`count_12` >= 1)
    AND (`f`.`count_13` >= 1)
    AND (`f`.`count_14` >= 1)
    AND (`f`.`sequence_15` = TRUE)
    AND (`f`.`sequence_16` = TRUE)
    AND (`f`.`sequence_17` = TRUE)
  )
ORDER BY
  `f`.`entity_key`

-- ===== behaviour (view)
-- segment behaviour
CREATE OR REPLACE VIEW `behaviour` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-86400000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-5184000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-03-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_60d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      NULL AS `checkout__currency`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login' THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_3`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_4`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_6`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_7`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login' THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_8`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1d` THEN 1
        END
      ) AS `count_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 5) THEN 1
        END
      ) AS `count_10`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` > 5)
            AND (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_11`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'view'
          AND (CAST(`ev`.`view__page` AS BINARY) IN ('US', 'CA'))
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_12`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` >= 10)
            AND (`ev`.`checkout__amount` <= 20)
          )
          AND `ev`.`t` > `p`.`as_of_minus_3d` THEN 1
        END
      ) AS `count_13`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 1)
          AND `ev`.`t` > `p`.`as_of_minus_60d`
          AND `ev`.`t` <= `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_14`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event_name` AS BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_sequence_15_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'login')
        OR (`s`.`event` = 'checkout')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_15_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            3600000000,
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
            ) > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_15_step_1` AS `x`
  ),
  `seg_sequence_15` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_15_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_sequence_16_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
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
          `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'checkout'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_16` AS (
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
          `seg_sequence_16_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_sequence_17_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart') THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `step_2`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0) THEN 1
          ELSE 0
        END
      ) AS `step_3`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (
          `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart')
        )
        OR (`s`.`event` = 'login')
        OR (
          `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0)
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_17_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            172800000000,
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
            ) > CAST('9999-12-29 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_17_step_1` AS `x`
  ),
  `seg_sequence_17` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_2` AS `reached_2`,
          MIN(
            CASE
              WHEN `x`.`step_3` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_17_step_2` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_2` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`,
      COALESCE(`agg`.`count_4`, 0) AS `count_4`,
      COALESCE(`agg`.`active_days_5`, 0) AS `active_days_5`,
      COALESCE(`agg`.`active_days_6`, 0) AS `active_days_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      COALESCE(`agg`.`active_days_8`, 0) AS `active_days_8`,
      COALESCE(`agg`.`count_9`, 0) AS `count_9`,
      COALESCE(`agg`.`count_10`, 0) AS `count_10`,
      COALESCE(`agg`.`count_11`, 0) AS `count_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      COALESCE(`agg`.`count_13`, 0) AS `count_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_15` AS `sq`
        ),
        FALSE
      ) AS `sequence_15`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_16` AS `sq`
        ),
        FALSE
      ) AS `sequence_16`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_17` AS `sq`
        ),
        FALSE
      ) AS `sequence_17`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
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
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
    AND (`f`.`count_3` >= 3)
    AND (`f`.`count_1` <= 1)
    AND (`f`.`count_4` = 2)
    AND (`f`.`active_days_5` >= 4)
    AND (`f`.`active_days_6` <= 2)
    AND (`f`.`active_days_7` = 1)
    AND (`f`.`active_days_8` >= 3)
    AND (`f`.`count_9` >= 1)
    AND (`f`.`count_10` >= 1)
    AND (CAST(`f`.`attr_name` AS BINARY) = 'x')
    AND (`f`.`count_11` >= 1)
    AND (`f`.`count_12` >= 1)
    AND (`f`.`count_13` >= 1)
    AND (`f`.`count_14` >= 1)
    AND (`f`.`sequence_15` = TRUE)
    AND (`f`.`sequence_16` = TRUE)
    AND (`f`.`sequence_17` = TRUE)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== behaviour (dbt)
-- segment behaviour
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-86400000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-5184000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-03-02 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_60d`
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
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      NULL AS `checkout__currency`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login' THEN 1
        END
      ) AS `count_1`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_2`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_3`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_4`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_7d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_6`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_7`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'login' THEN DATE(`ev`.`t`)
        END
      ) AS `active_days_8`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1d` THEN 1
        END
      ) AS `count_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 5) THEN 1
        END
      ) AS `count_10`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` > 5)
            AND (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
          )
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_11`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'view'
          AND (CAST(`ev`.`view__page` AS BINARY) IN ('US', 'CA'))
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_12`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (`ev`.`checkout__amount` >= 10)
            AND (`ev`.`checkout__amount` <= 20)
          )
          AND `ev`.`t` > `p`.`as_of_minus_3d` THEN 1
        END
      ) AS `count_13`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 1)
          AND `ev`.`t` > `p`.`as_of_minus_60d`
          AND `ev`.`t` <= `p`.`as_of_minus_30d` THEN 1
        END
      ) AS `count_14`
    FROM
      `seg_events` AS `ev`
      CROSS JOIN `seg_params` AS `p`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_sequence_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      CAST(`e`.`event_name` AS BINARY) IN ('Login', 'view')
      AND (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_sequence_15_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout' THEN 1
          ELSE 0
        END
      ) AS `step_2`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (`s`.`event` = 'login')
        OR (`s`.`event` = 'checkout')
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_15_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            3600000000,
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
            ) > CAST('9999-12-31 22:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_15_step_1` AS `x`
  ),
  `seg_sequence_15` AS (
    SELECT DISTINCT
      `x`.`entity_key` AS `entity_key`
    FROM
      `seg_sequence_15_step_2` AS `x`
    WHERE
      `x`.`reached_2` = 1
  ),
  `seg_sequence_16_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d` THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
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
          `s`.`event` = 'view'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
        OR (
          `s`.`event` = 'checkout'
          AND `s`.`t` > `p`.`as_of_minus_7d`
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_16` AS (
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
          `seg_sequence_16_step_1` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_1` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 1800000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-31 23:29:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_sequence_17_step_1` AS (
    SELECT
      `s`.`entity_key` AS `entity_key`,
      `s`.`t` AS `t`,
      MAX(
        CASE
          WHEN `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart') THEN 1
          ELSE 0
        END
      ) AS `reached_1`,
      MAX(
        CASE
          WHEN `s`.`event` = 'login' THEN 1
          ELSE 0
        END
      ) AS `step_2`,
      MAX(
        CASE
          WHEN `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0) THEN 1
          ELSE 0
        END
      ) AS `step_3`
    FROM
      `seg_sequence_events` AS `s`
    WHERE
      (
        (
          `s`.`event` = 'view'
          AND (CAST(`s`.`view__page` AS BINARY) = 'cart')
        )
        OR (`s`.`event` = 'login')
        OR (
          `s`.`event` = 'checkout'
          AND (`s`.`checkout__amount` > 0)
        )
      )
    GROUP BY
      `s`.`entity_key`,
      `s`.`t`
  ),
  `seg_sequence_17_step_2` AS (
    SELECT
      `x`.*,
      CASE
        WHEN `x`.`step_2` = 1
        AND `x`.`t` <= COALESCE(
          TIMESTAMPADD(
            MICROSECOND,
            172800000000,
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
            ) > CAST('9999-12-29 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        ) THEN 1
        ELSE 0
      END AS `reached_2`
    FROM
      `seg_sequence_17_step_1` AS `x`
  ),
  `seg_sequence_17` AS (
    SELECT DISTINCT
      `y`.`entity_key` AS `entity_key`
    FROM
      (
        SELECT
          `x`.`entity_key` AS `entity_key`,
          `x`.`t` AS `t`,
          `x`.`reached_2` AS `reached_2`,
          MIN(
            CASE
              WHEN `x`.`step_3` = 1 THEN `x`.`t`
            END
          ) OVER (
            PARTITION BY
              `x`.`entity_key`
            ORDER BY
              `x`.`t` DESC ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING
          ) AS `next_t`
        FROM
          `seg_sequence_17_step_2` AS `x`
      ) AS `y`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      `y`.`reached_2` = 1
      AND COALESCE(
        TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
        CASE
          WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
        END
      ) <= `p`.`as_of`
      AND (
        `y`.`next_t` IS NULL
        OR `y`.`next_t` > COALESCE(
          TIMESTAMPADD(MICROSECOND, 259200000000, `y`.`t`),
          CASE
            WHEN `y`.`t` > CAST('9999-12-28 23:59:59.999' AS DATETIME(3)) THEN CAST('9999-12-31 23:59:59.999' AS DATETIME(3))
          END
        )
      )
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(`agg`.`count_2`, 0) AS `count_2`,
      COALESCE(`agg`.`count_3`, 0) AS `count_3`,
      COALESCE(`agg`.`count_4`, 0) AS `count_4`,
      COALESCE(`agg`.`active_days_5`, 0) AS `active_days_5`,
      COALESCE(`agg`.`active_days_6`, 0) AS `active_days_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      COALESCE(`agg`.`active_days_8`, 0) AS `active_days_8`,
      COALESCE(`agg`.`count_9`, 0) AS `count_9`,
      COALESCE(`agg`.`count_10`, 0) AS `count_10`,
      COALESCE(`agg`.`count_11`, 0) AS `count_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      COALESCE(`agg`.`count_13`, 0) AS `count_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_15` AS `sq`
        ),
        FALSE
      ) AS `sequence_15`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_16` AS `sq`
        ),
        FALSE
      ) AS `sequence_16`,
      COALESCE(
        UNHEX(
          SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
        ) IN (
          SELECT
            `sq`.`entity_key`
          FROM
            `seg_sequence_17` AS `sq`
        ),
        FALSE
      ) AS `sequence_17`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
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
    AND (NOT COALESCE((`f`.`count_2` >= 1), FALSE))
    AND (`f`.`count_3` >= 3)
    AND (`f`.`count_1` <= 1)
    AND (`f`.`count_4` = 2)
    AND (`f`.`active_days_5` >= 4)
    AND (`f`.`active_days_6` <= 2)
    AND (`f`.`active_days_7` = 1)
    AND (`f`.`active_days_8` >= 3)
    AND (`f`.`count_9` >= 1)
    AND (`f`.`count_10` >= 1)
    AND (CAST(`f`.`attr_name` AS BINARY) = 'x')
    AND (`f`.`count_11` >= 1)
    AND (`f`.`count_12` >= 1)
    AND (`f`.`count_13` >= 1)
    AND (`f`.`count_14` >= 1)
    AND (`f`.`sequence_15` = TRUE)
    AND (`f`.`sequence_16` = TRUE)
    AND (`f`.`sequence_17` = TRUE)
  )
ORDER BY
  `f`.`entity_key`

-- ===== aggregates (select)
-- segment aggregates
-- ?: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now, as does text that is no such time
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-3600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-01 01:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1h`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-7776000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-04-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_90d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-31536000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0002-01-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_365d`
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
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`,
      NULL AS `checkout__currency`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_1`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_2`,
      AVG(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_90d` THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `avg_3`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `min_4`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `max_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `distinct_6`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_30d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_7`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `first_time_8`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `last_time_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` >= 50)
          AND `ev`.`t` > `p`.`as_of_minus_365d` THEN 1
        END
      ) AS `count_12`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 0) THEN `ev`.`t`
        END
      ) AS `first_time_13`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1h` THEN 1
        END
      ) AS `count_14`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_15`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
            AND (`ev`.`checkout__amount` > 0)
          )
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          )
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_16`
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
          UNHEX(
            SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
          ) AS `entity_key`,
          (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) AS `t`,
          CASE CAST(`e`.`event_name` AS BINARY)
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
                'INTEGER',
                'UNSIGNED INTEGER',
                'DOUBLE',
                'DECIMAL'
              )
              AND CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              ) = FLOOR(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                  ) AS SIGNED
                ) AS CHAR
              )
            END
          ) AS `view__page`
        FROM
          `shop`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event_name` AS BINARY) IN ('view')
          AND (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'view')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `first_value_10_time`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `last_value_11_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`first_value_10_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `first_value_10`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`last_value_11_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `last_value_11`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_2`) >= 1e-15
            AND ABS(`agg`.`sum_2`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_2` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_2`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_2`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`)))) THEN 1
                      WHEN ABS(`agg`.`sum_2`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_2`
          END
        ),
        0
      ) AS `sum_2`,
      (
        CASE
          WHEN ABS(`agg`.`avg_3`) >= 1e-15
          AND ABS(`agg`.`avg_3`) < 1000000000000000 THEN CAST(
            ROUND(
              CAST(`agg`.`avg_3` AS DECIMAL(65, 30)),
              (
                14 - FLOOR(LOG10(ABS(`agg`.`avg_3`))) + (
                  CASE
                    WHEN ABS(`agg`.`avg_3`) < POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`)))) THEN 1
                    WHEN ABS(`agg`.`avg_3`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            ) AS DOUBLE
          )
          ELSE `agg`.`avg_3`
        END
      ) AS `avg_3`,
      `agg`.`min_4` AS `min_4`,
      `agg`.`max_5` AS `max_5`,
      COALESCE(`agg`.`distinct_6`, 0) AS `distinct_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      `agg`.`first_time_8` AS `first_time_8`,
      `agg`.`last_time_9` AS `last_time_9`,
      `ranked`.`first_value_10` AS `first_value_10`,
      `ranked`.`last_value_11` AS `last_value_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      `agg`.`first_time_13` AS `first_time_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(`agg`.`count_15`, 0) AS `count_15`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_16`) >= 1e-15
            AND ABS(`agg`.`sum_16`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_16` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_16`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_16`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`)))) THEN 1
                      WHEN ABS(`agg`.`sum_16`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_16`
          END
        ),
        0
      ) AS `sum_16`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`count_1` >= 2)
    AND (`f`.`sum_2` >= 1000)
    AND (`f`.`avg_3` > 10)
    AND (`f`.`min_4` > 0)
    AND (`f`.`max_5` < 10000)
    AND (`f`.`distinct_6` >= 3)
    AND (`f`.`active_days_7` >= 10)
    AND (
      `f`.`first_time_8` < CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`last_time_9` > `p`.`as_of_minus_3d`)
    AND (CAST(`f`.`first_value_10` AS BINARY) = 'home')
    AND (CAST(`f`.`last_value_11` AS BINARY) <> 'exit')
    AND (`f`.`count_12` >= 2)
    AND (
      `f`.`first_time_13` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`count_14` > 100)
    AND (`f`.`count_15` > 0)
    AND (`f`.`sum_16` > 0)
  )
ORDER BY
  `f`.`entity_key`

-- ===== aggregates (view)
-- segment aggregates
CREATE OR REPLACE VIEW `aggregates` AS
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-3600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-01 01:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1h`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-7776000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-04-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_90d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-31536000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0002-01-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_365d`
    FROM
      (
        SELECT
          UTC_TIMESTAMP(3) AS `as_of`
      ) AS `x`
  ),
  `seg_events` AS (
    SELECT
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`,
      NULL AS `checkout__currency`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_1`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_2`,
      AVG(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_90d` THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `avg_3`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `min_4`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `max_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `distinct_6`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_30d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_7`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `first_time_8`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `last_time_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` >= 50)
          AND `ev`.`t` > `p`.`as_of_minus_365d` THEN 1
        END
      ) AS `count_12`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 0) THEN `ev`.`t`
        END
      ) AS `first_time_13`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1h` THEN 1
        END
      ) AS `count_14`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_15`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
            AND (`ev`.`checkout__amount` > 0)
          )
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          )
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_16`
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
          UNHEX(
            SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
          ) AS `entity_key`,
          (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) AS `t`,
          CASE CAST(`e`.`event_name` AS BINARY)
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
                'INTEGER',
                'UNSIGNED INTEGER',
                'DOUBLE',
                'DECIMAL'
              )
              AND CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              ) = FLOOR(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                  ) AS SIGNED
                ) AS CHAR
              )
            END
          ) AS `view__page`
        FROM
          `shop`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event_name` AS BINARY) IN ('view')
          AND (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'view')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `first_value_10_time`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `last_value_11_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`first_value_10_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `first_value_10`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`last_value_11_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `last_value_11`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_2`) >= 1e-15
            AND ABS(`agg`.`sum_2`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_2` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_2`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_2`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`)))) THEN 1
                      WHEN ABS(`agg`.`sum_2`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_2`
          END
        ),
        0
      ) AS `sum_2`,
      (
        CASE
          WHEN ABS(`agg`.`avg_3`) >= 1e-15
          AND ABS(`agg`.`avg_3`) < 1000000000000000 THEN CAST(
            ROUND(
              CAST(`agg`.`avg_3` AS DECIMAL(65, 30)),
              (
                14 - FLOOR(LOG10(ABS(`agg`.`avg_3`))) + (
                  CASE
                    WHEN ABS(`agg`.`avg_3`) < POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`)))) THEN 1
                    WHEN ABS(`agg`.`avg_3`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            ) AS DOUBLE
          )
          ELSE `agg`.`avg_3`
        END
      ) AS `avg_3`,
      `agg`.`min_4` AS `min_4`,
      `agg`.`max_5` AS `max_5`,
      COALESCE(`agg`.`distinct_6`, 0) AS `distinct_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      `agg`.`first_time_8` AS `first_time_8`,
      `agg`.`last_time_9` AS `last_time_9`,
      `ranked`.`first_value_10` AS `first_value_10`,
      `ranked`.`last_value_11` AS `last_value_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      `agg`.`first_time_13` AS `first_time_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(`agg`.`count_15`, 0) AS `count_15`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_16`) >= 1e-15
            AND ABS(`agg`.`sum_16`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_16` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_16`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_16`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`)))) THEN 1
                      WHEN ABS(`agg`.`sum_16`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_16`
          END
        ),
        0
      ) AS `sum_16`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`count_1` >= 2)
    AND (`f`.`sum_2` >= 1000)
    AND (`f`.`avg_3` > 10)
    AND (`f`.`min_4` > 0)
    AND (`f`.`max_5` < 10000)
    AND (`f`.`distinct_6` >= 3)
    AND (`f`.`active_days_7` >= 10)
    AND (
      `f`.`first_time_8` < CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`last_time_9` > `p`.`as_of_minus_3d`)
    AND (CAST(`f`.`first_value_10` AS BINARY) = 'home')
    AND (CAST(`f`.`last_value_11` AS BINARY) <> 'exit')
    AND (`f`.`count_12` >= 2)
    AND (
      `f`.`first_time_13` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`count_14` > 100)
    AND (`f`.`count_15` > 0)
    AND (`f`.`sum_16` > 0)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== aggregates (dbt)
-- segment aggregates
WITH
  `seg_params` AS (
    SELECT
      `x`.`as_of` AS `as_of`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-3600000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-01 01:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_1h`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-259200000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-01-04 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_3d`,
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
      ) AS `as_of_minus_30d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-7776000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0001-04-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_90d`,
      COALESCE(
        TIMESTAMPADD(MICROSECOND, (-31536000000000), `x`.`as_of`),
        CASE
          WHEN `x`.`as_of` >= CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
          AND `x`.`as_of` < CAST('0002-01-01 00:00:00.000' AS DATETIME(3)) THEN CAST('0001-01-01 00:00:00.000' AS DATETIME(3))
        END
      ) AS `as_of_minus_365d`
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
      UNHEX(
        SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
      ) AS `entity_key`,
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      CASE CAST(`e`.`event_name` AS BINARY)
        WHEN 'Login' THEN 'login'
        WHEN 'view' THEN 'view'
        WHEN 'empty' THEN 'empty'
      END AS `event`,
      NULL AS `checkout__amount`,
      CASE
        WHEN CAST(`e`.`event_name` AS BINARY) = 'view' THEN (
          CASE
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
            WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
              'INTEGER',
              'UNSIGNED INTEGER',
              'DOUBLE',
              'DECIMAL'
            )
            AND CAST(
              JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
            ) = FLOOR(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            )
            AND ABS(
              CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              )
            ) < 9007199254740992 THEN CAST(
              CAST(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                ) AS SIGNED
              ) AS CHAR
            )
          END
        )
      END AS `view__page`,
      NULL AS `checkout__currency`
    FROM
      `shop`.`events` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`ts` >= -30610224000000
          AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`ts` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
    UNION ALL
    SELECT
      UNHEX(SHA2(CONVERT(`e`.`cust` USING utf8mb4), 256)) AS `entity_key`,
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) AS `t`,
      'checkout' AS `event`,
      CAST(`e`.`total` AS DOUBLE) AS `checkout__amount`,
      NULL AS `view__page`,
      CONVERT(`e`.`currency` USING utf8mb4) AS `checkout__currency`
    FROM
      `shop`.`checkouts` AS `e`
      CROSS JOIN `seg_params` AS `p`
    WHERE
      (
        CASE
          WHEN `e`.`checked_out_at` >= -30610224000000
          AND `e`.`checked_out_at` <= 253402300799999 THEN TIMESTAMPADD(
            MICROSECOND,
            `e`.`checked_out_at` * 1000,
            CAST('1970-01-01 00:00:00' AS DATETIME(3))
          )
        END
      ) <= `p`.`as_of`
  ),
  `seg_aggregates` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'login'
          AND `ev`.`t` > `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_1`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_2`,
      AVG(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_90d` THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `avg_3`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `min_4`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'checkout' THEN `ev`.`checkout__amount`
        END
      ) AS `max_5`,
      COUNT(
        DISTINCT CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` > `p`.`as_of_minus_30d` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `distinct_6`,
      BIT_COUNT(
        BIT_OR(
          CASE
            WHEN `ev`.`event` = 'login'
            AND `ev`.`t` > `p`.`as_of_minus_30d` THEN (1 << DATEDIFF(`p`.`as_of`, `ev`.`t`))
          END
        )
      ) AS `active_days_7`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `first_time_8`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'login' THEN `ev`.`t`
        END
      ) AS `last_time_9`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` >= 50)
          AND `ev`.`t` > `p`.`as_of_minus_365d` THEN 1
        END
      ) AS `count_12`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (`ev`.`checkout__amount` > 0) THEN `ev`.`t`
        END
      ) AS `first_time_13`,
      COUNT(
        CASE
          WHEN `ev`.`t` > `p`.`as_of_minus_1h` THEN 1
        END
      ) AS `count_14`,
      COUNT(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND `ev`.`t` > `p`.`as_of_minus_30d`
          AND `ev`.`t` <= `p`.`as_of_minus_7d` THEN 1
        END
      ) AS `count_15`,
      SUM(
        CASE
          WHEN `ev`.`event` = 'checkout'
          AND (
            (CAST(`ev`.`checkout__currency` AS BINARY) = 'USD')
            AND (`ev`.`checkout__amount` > 0)
          )
          AND `ev`.`t` > CAST(
            REPLACE(
                REPLACE('2023-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          )
          AND `ev`.`t` < CAST(
            REPLACE(
                REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
                  'Z',
                  ''
              ) AS DATETIME(3)
          ) THEN CAST(`ev`.`checkout__amount` AS DOUBLE)
        END
      ) AS `sum_16`
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
          UNHEX(
            SHA2(CONVERT(`e`.`customer_id` USING utf8mb4), 256)
          ) AS `entity_key`,
          (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) AS `t`,
          CASE CAST(`e`.`event_name` AS BINARY)
            WHEN 'Login' THEN 'login'
            WHEN 'view' THEN 'view'
            WHEN 'empty' THEN 'empty'
          END AS `event`,
          (
            CASE
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN ('STRING', 'BOOLEAN') THEN JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"'))
              WHEN JSON_TYPE(JSON_EXTRACT(`e`.`payload`, '$."page"')) IN (
                'INTEGER',
                'UNSIGNED INTEGER',
                'DOUBLE',
                'DECIMAL'
              )
              AND CAST(
                JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
              ) = FLOOR(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              )
              AND ABS(
                CAST(
                  JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                )
              ) < 9007199254740992 THEN CAST(
                CAST(
                  CAST(
                    JSON_UNQUOTE(JSON_EXTRACT(`e`.`payload`, '$."page"')) AS DOUBLE
                  ) AS SIGNED
                ) AS CHAR
              )
            END
          ) AS `view__page`
        FROM
          `shop`.`events` AS `e`
          CROSS JOIN `seg_params` AS `p`
        WHERE
          CAST(`e`.`event_name` AS BINARY) IN ('view')
          AND (
            CASE
              WHEN `e`.`ts` >= -30610224000000
              AND `e`.`ts` <= 253402300799999 THEN TIMESTAMPADD(
                MICROSECOND,
                `e`.`ts` * 1000,
                CAST('1970-01-01 00:00:00' AS DATETIME(3))
              )
            END
          ) <= `p`.`as_of`
      ) AS `ev`
    WHERE
      (`ev`.`event` = 'view')
  ),
  `seg_ranked` AS (
    SELECT
      `ev`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `first_value_10_time`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view' THEN `ev`.`t`
        END
      ) AS `last_value_11_time`
    FROM
      `seg_ranked_events` AS `ev`
    GROUP BY
      `ev`.`entity_key`
  ),
  `seg_ranked_aggregates` AS (
    SELECT
      `rk`.`entity_key` AS `entity_key`,
      MIN(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`first_value_10_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `first_value_10`,
      MAX(
        CASE
          WHEN `ev`.`event` = 'view'
          AND `ev`.`t` = `rk`.`last_value_11_time` THEN CAST(`ev`.`view__page` AS BINARY)
        END
      ) AS `last_value_11`
    FROM
      `seg_ranked_events` AS `ev`
      INNER JOIN `seg_ranked` AS `rk` ON `rk`.`entity_key` = `ev`.`entity_key`
    GROUP BY
      `rk`.`entity_key`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      COALESCE(`agg`.`count_1`, 0) AS `count_1`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_2`) >= 1e-15
            AND ABS(`agg`.`sum_2`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_2` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_2`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_2`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`)))) THEN 1
                      WHEN ABS(`agg`.`sum_2`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_2`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_2`
          END
        ),
        0
      ) AS `sum_2`,
      (
        CASE
          WHEN ABS(`agg`.`avg_3`) >= 1e-15
          AND ABS(`agg`.`avg_3`) < 1000000000000000 THEN CAST(
            ROUND(
              CAST(`agg`.`avg_3` AS DECIMAL(65, 30)),
              (
                14 - FLOOR(LOG10(ABS(`agg`.`avg_3`))) + (
                  CASE
                    WHEN ABS(`agg`.`avg_3`) < POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`)))) THEN 1
                    WHEN ABS(`agg`.`avg_3`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`avg_3`))) + 1) THEN -1
                    ELSE 0
                  END
                )
              )
            ) AS DOUBLE
          )
          ELSE `agg`.`avg_3`
        END
      ) AS `avg_3`,
      `agg`.`min_4` AS `min_4`,
      `agg`.`max_5` AS `max_5`,
      COALESCE(`agg`.`distinct_6`, 0) AS `distinct_6`,
      COALESCE(`agg`.`active_days_7`, 0) AS `active_days_7`,
      `agg`.`first_time_8` AS `first_time_8`,
      `agg`.`last_time_9` AS `last_time_9`,
      `ranked`.`first_value_10` AS `first_value_10`,
      `ranked`.`last_value_11` AS `last_value_11`,
      COALESCE(`agg`.`count_12`, 0) AS `count_12`,
      `agg`.`first_time_13` AS `first_time_13`,
      COALESCE(`agg`.`count_14`, 0) AS `count_14`,
      COALESCE(`agg`.`count_15`, 0) AS `count_15`,
      COALESCE(
        (
          CASE
            WHEN ABS(`agg`.`sum_16`) >= 1e-15
            AND ABS(`agg`.`sum_16`) < 1000000000000000 THEN CAST(
              ROUND(
                CAST(`agg`.`sum_16` AS DECIMAL(65, 30)),
                (
                  14 - FLOOR(LOG10(ABS(`agg`.`sum_16`))) + (
                    CASE
                      WHEN ABS(`agg`.`sum_16`) < POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`)))) THEN 1
                      WHEN ABS(`agg`.`sum_16`) >= POW(10, FLOOR(LOG10(ABS(`agg`.`sum_16`))) + 1) THEN -1
                      ELSE 0
                    END
                  )
                )
              ) AS DOUBLE
            )
            ELSE `agg`.`sum_16`
          END
        ),
        0
      ) AS `sum_16`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
      LEFT JOIN `seg_aggregates` AS `agg` ON `agg`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
      LEFT JOIN `seg_ranked_aggregates` AS `ranked` ON `ranked`.`entity_key` = UNHEX(
        SHA2(CONVERT(`ent`.`customer_id` USING utf8mb4), 256)
      )
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
  CROSS JOIN `seg_params` AS `p`
WHERE
  (
    (`f`.`count_1` >= 2)
    AND (`f`.`sum_2` >= 1000)
    AND (`f`.`avg_3` > 10)
    AND (`f`.`min_4` > 0)
    AND (`f`.`max_5` < 10000)
    AND (`f`.`distinct_6` >= 3)
    AND (`f`.`active_days_7` >= 10)
    AND (
      `f`.`first_time_8` < CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`last_time_9` > `p`.`as_of_minus_3d`)
    AND (CAST(`f`.`first_value_10` AS BINARY) = 'home')
    AND (CAST(`f`.`last_value_11` AS BINARY) <> 'exit')
    AND (`f`.`count_12` >= 2)
    AND (
      `f`.`first_time_13` >= CAST(
        REPLACE(
            REPLACE('2024-01-01T00:00:00.000Z', 'T', ' '),
              'Z',
              ''
          ) AS DATETIME(3)
      )
    )
    AND (`f`.`count_14` > 100)
    AND (`f`.`count_15` > 0)
    AND (`f`.`sum_16` > 0)
  )
ORDER BY
  `f`.`entity_key`

-- ===== flags (select)
-- segment flags
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (`ent`.`key_account` <> 0) AS `attr_key_account`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`key_account` AS `key_account`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_key_account` = TRUE)
    OR (`f`.`attr_key_account` = FALSE)
  )
ORDER BY
  `f`.`entity_key`

-- ===== flags (view)
-- segment flags
CREATE OR REPLACE VIEW `flags` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (`ent`.`key_account` <> 0) AS `attr_key_account`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`key_account` AS `key_account`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_key_account` = TRUE)
    OR (`f`.`attr_key_account` = FALSE)
  )
ORDER BY
  `f`.`entity_key`;

-- ===== flags (dbt)
-- segment flags
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      (`ent`.`key_account` <> 0) AS `attr_key_account`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`key_account` AS `key_account`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    (`f`.`attr_key_account` = TRUE)
    OR (`f`.`attr_key_account` = FALSE)
  )
ORDER BY
  `f`.`entity_key`

-- ===== escapes (select)
-- segment escapes
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    CAST(`f`.`attr_name` AS BINARY) = _utf8mb4 X'71756F74652022206261636B736C617368205C206E65776C696E65200A207461622009206372200D20656D6F6A6920F09F9880'
  )
ORDER BY
  `f`.`entity_key`

-- ===== escapes (view)
-- segment escapes
CREATE OR REPLACE VIEW `escapes` AS
WITH
  `seg_params` AS (
    SELECT
      UTC_TIMESTAMP(3) AS `as_of`
  ),
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    CAST(`f`.`attr_name` AS BINARY) = _utf8mb4 X'71756F74652022206261636B736C617368205C206E65776C696E65200A207461622009206372200D20656D6F6A6920F09F9880'
  )
ORDER BY
  `f`.`entity_key`;

-- ===== escapes (dbt)
-- segment escapes
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
  `seg_facts` AS (
    SELECT
      `ent`.`customer_id` AS `entity_key`,
      CONVERT(`ent`.`name` USING utf8mb4) AS `attr_name`
    FROM
      (
        SELECT
          `t`.`customer_id` AS `customer_id`,
          `t`.`name` AS `name`,
          COUNT(*) OVER (
            PARTITION BY
              UNHEX(
                SHA2(CONVERT(`t`.`customer_id` USING utf8mb4), 256)
              )
          ) AS `seg_key_rows`
        FROM
          `shop`.`customers` AS `t`
        WHERE
          `t`.`customer_id` IS NOT NULL
      ) AS `ent`
    WHERE
      `ent`.`seg_key_rows` = 1
  )
SELECT
  `f`.`entity_key` AS `id`
FROM
  `seg_facts` AS `f`
WHERE
  (
    CAST(`f`.`attr_name` AS BINARY) = _utf8mb4 X'71756F74652022206261636B736C617368205C206E65776C696E65200A207461622009206372200D20656D6F6A6920F09F9880'
  )
ORDER BY
  `f`.`entity_key`
