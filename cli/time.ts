import { CliError } from "./io.ts";

/**
 * An ISO-8601 instant from the command line, as a canonical UTC string. A date alone means
 * its UTC midnight; a time without a zone is UTC (the language's rule), never local time.
 */
export function parseInstant(text: string, flag: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  const ms = match ? Date.parse(`${match[1]}T${match[2] ?? "00:00"}${normalizeZone(match[3])}`) : NaN;
  if (Number.isNaN(ms)) {
    throw new CliError(`${flag} expects an ISO-8601 instant such as 2024-06-01 or 2024-06-01T12:00:00Z, got ${JSON.stringify(text)}`);
  }
  return new Date(ms).toISOString();
}

function normalizeZone(zone: string | undefined): string {
  if (zone === undefined || zone === "Z") return "Z";
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
