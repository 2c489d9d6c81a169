import { instantProblem, parseTimeLiteral, TIME_FORMAT, timeLiteralProblem } from "../compiler/check/types.ts";
import { CliError } from "./io.ts";

/**
 * An ISO-8601 instant from the command line, as a canonical UTC string: the language's own
 * time literal (a date alone is its UTC midnight; a time without a zone is UTC, never local
 * time), in the range every engine stores.
 */
export function parseInstant(text: string, flag: string): string {
  const iso = parseTimeLiteral(text);
  if (iso === undefined) {
    const problem = timeLiteralProblem(text);
    throw new CliError(
      problem === TIME_FORMAT
        ? `${flag} expects an ISO-8601 instant such as 2024-06-01 or 2024-06-01T12:00:00Z, got ${JSON.stringify(text)}`
        : `${flag} ${JSON.stringify(text)}: ${problem}`,
    );
  }
  const problem = instantProblem(Date.parse(iso));
  if (problem !== undefined) throw new CliError(`${flag} ${JSON.stringify(text)}: ${problem}`);
  return iso;
}
