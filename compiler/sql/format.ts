/**
 * Pretty-printing of generated SQL with sql-formatter, so output is readable in pull
 * requests and byte-identical for identical input (the formatter is deterministic).
 */
import { format } from "sql-formatter";
import type { Dialect } from "./dialect.ts";

export function formatSql(text: string, dialect: Dialect): string {
  const out = format(text, {
    language: dialect.formatterLanguage,
    keywordCase: "upper",
    tabWidth: 2,
    linesBetweenQueries: 1,
    ...(dialect.placeholders === "?" ? { paramTypes: { positional: true } } : {}),
  });
  // sql-formatter takes REPLACE for the statement keyword and moves its parenthesis away;
  // MySQL wants function names directly followed by "(".
  return out.replace(/\bREPLACE\s+\(/g, "REPLACE(");
}
