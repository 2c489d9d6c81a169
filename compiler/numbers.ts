/**
 * Sums and averages are rounded to 15 significant digits when their magnitude lies in
 * [ROUNDED_SUM_MIN, ROUNDED_SUM_MAX) (docs/language.md, "Sums and averages"). Engines add
 * in different orders (parallel plans, the JS loader's event order) and SQLite compensates
 * its sums, so the last bits of a double sum differ between backends: 32.12 + 33.33 +
 * 34.55 was 100 on SQLite and 99.99999999999999 in JavaScript, PostgreSQL and DuckDB, and
 * `sum(…) >= 100` split the members. Rounded, both are 100. Every backend applies this
 * rule: Dialect.roundSignificant through `roundedSum` (compiler/sql/dialect.ts), `$sig` in
 * the JS runtime.
 */
export const ROUNDED_SUM_DIGITS = 15;
/**
 * Below it the digits MariaDB's DECIMAL(65,30) keeps run out. From 1e15 on, rounding to 15
 * digits would change integers (a sum of ids or microseconds, exact on every engine up to
 * 2^53): such sums are kept as added.
 */
export const ROUNDED_SUM_MIN = 1e-15;
export const ROUNDED_SUM_MAX = 1e15;
