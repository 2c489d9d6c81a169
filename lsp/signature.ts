/** Signature help for aggregates (`count(`, `sum(`, …) and `days_since(`. */
import type { SignatureHelp, SignatureInformation } from "vscode-languageserver/node";
import type { Position } from "../grammar/ast.ts";
import type { Token } from "./frontend.ts";
import { isAggFn, isKw, isPunct, lastTokenBefore } from "./tokens.ts";
import { cmpPos } from "./positions.ts";

interface Sig {
  label: string;
  params: string[];
  doc: string;
}

const WHERE = "where <condition>";
const WINDOW = "<window>";

export const SIGS: Record<string, Sig> = {
  count: { label: `count(<event> [${WHERE}] [${WINDOW}])`, params: ["<event>", WHERE, WINDOW], doc: "Number of matching events; 0 when none." },
  sum: { label: `sum(<event>.<property> [${WHERE}] [${WINDOW}])`, params: ["<event>.<property>", WHERE, WINDOW], doc: "Sum of the property over matching events where it is set; 0 when none." },
  avg: { label: `avg(<event>.<property> [${WHERE}] [${WINDOW}])`, params: ["<event>.<property>", WHERE, WINDOW], doc: "Average of the property over matching events; missing when none." },
  min: { label: `min(<event>.<property> [${WHERE}] [${WINDOW}])`, params: ["<event>.<property>", WHERE, WINDOW], doc: "Smallest value of the property; missing when none." },
  max: { label: `max(<event>.<property> [${WHERE}] [${WINDOW}])`, params: ["<event>.<property>", WHERE, WINDOW], doc: "Largest value of the property; missing when none." },
  distinct: { label: `distinct(<event>.<property> [${WHERE}] [${WINDOW}])`, params: ["<event>.<property>", WHERE, WINDOW], doc: "Number of distinct values of the property; 0 when none." },
  active_days: { label: `active_days(<event> [${WHERE}] [${WINDOW}])`, params: ["<event>", WHERE, WINDOW], doc: "Number of distinct UTC days with a matching event; 0 when none." },
  first: { label: `first(<event>[.<property>] [${WHERE}] [${WINDOW}])`, params: ["<event>[.<property>]", WHERE, WINDOW], doc: "The earliest matching event: `first(e).time` is its time, `first(e.p)` its property; missing when none." },
  last: { label: `last(<event>[.<property>] [${WHERE}] [${WINDOW}])`, params: ["<event>[.<property>]", WHERE, WINDOW], doc: "The latest matching event: `last(e).time` is its time, `last(e.p)` its property; missing when none." },
  days_since: { label: "days_since(<time>)", params: ["<time>"], doc: "Whole days from the time to the evaluation instant (as_of)." },
};

function info(s: Sig): SignatureInformation {
  return {
    label: s.label,
    documentation: { kind: "markdown", value: s.doc + "\n\nWindow: `in last 30 days`, `between 60 days and 30 days ago`, `before <time>`, `after <time>`." },
    parameters: s.params.map((p) => {
      const start = s.label.indexOf(p);
      return { label: [start, start + p.length] as [number, number] };
    }),
  };
}

export function signatureHelp(tokens: readonly Token[], pos: Position): SignatureHelp | null {
  let j = lastTokenBefore(tokens, pos);
  // a `(` right at the cursor end counts; a `)` ending at the cursor closes the call
  let depth = 0;
  let activeParameter = 0;
  const seen: Token[] = [];
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    if (isPunct(t, ")", "]")) {
      if (cmpPos(t.range.end, pos) <= 0) depth++;
      continue;
    }
    if (isPunct(t, "{", "}")) return null;
    if (isPunct(t, "(", "[")) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const fn = tokens[j - 1];
      if (isPunct(t, "(") && (isAggFn(fn) || isKw(fn, "days_since"))) {
        const name = fn!.image;
        const sig = SIGS[name];
        if (!sig) return null;
        if (name !== "days_since") {
          for (const s of seen) {
            if (isKw(s, "where")) activeParameter = Math.max(activeParameter, 1);
            if (isKw(s, "last", "before", "after", "between")) activeParameter = 2;
          }
        }
        return { signatures: [info(sig)], activeSignature: 0, activeParameter };
      }
      seen.length = 0; // an inner group: its keywords are not the call's
      continue;
    }
    if (depth === 0) seen.push(t);
  }
  return null;
}
