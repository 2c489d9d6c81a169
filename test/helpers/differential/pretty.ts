/**
 * Readable text for IR conditions, expressions, aggregates and the data of a case, used
 * in the differential suite's failure reports (seg-like, but not .seg syntax: it shows
 * exactly the IR, e.g. windows as bounds relative to asOf).
 */
import type { IRAggregate, IRCond, IRExpr, IREventSelector, IRProject, IRTest, IRTimeRef, IRWindow } from "../../../compiler/ir.ts";

function dur(ms: number): string {
  const a = Math.abs(ms);
  const units: [number, string][] = [
    [86_400_000, "d"],
    [3_600_000, "h"],
    [1000, "s"],
  ];
  for (const [u, n] of units) if (a >= u && a % u === 0) return `${a / u}${n}`;
  return `${a}ms`;
}

export function prettyTime(r: IRTimeRef): string {
  if (r.k === "instant") return r.iso;
  if (r.offsetMs === 0) return "asOf";
  return `asOf ${r.offsetMs < 0 ? "-" : "+"} ${dur(r.offsetMs)}`;
}

export function prettyWindow(w: IRWindow): string {
  const parts: string[] = [];
  if (w.after) parts.push(`t > ${prettyTime(w.after)}`);
  if (w.until) parts.push(`t <= ${prettyTime(w.until)}`);
  if (w.before) parts.push(`t < ${prettyTime(w.before)}`);
  return parts.length ? `[${parts.join(", ")}]` : "[all history]";
}

function prettySelector(s: IREventSelector): string {
  const f = s.filter ? ` where ${prettyCond(s.filter)}` : "";
  return `${s.event ?? "any"}${f} ${prettyWindow(s.window)}`;
}

export function prettyAgg(a: IRAggregate): string {
  if (a.kind === "sequence") {
    return `sequence(${a.steps
      .map((s, i) => `${i === 0 ? "" : `then${s.negated ? " not" : ""} within ${dur(s.withinMs ?? 0)} `}${prettySelector(s.select)}`)
      .join(" ")})`;
  }
  const v = a.value ? `, ${prettyExpr(a.value)}` : "";
  return `${a.fn}(${prettySelector(a.select)}${v})`;
}

export function prettyExpr(e: IRExpr): string {
  switch (e.k) {
    case "lit":
      return e.type === "timestamp" ? `@${String(e.value)}` : JSON.stringify(e.value);
    case "list":
      return JSON.stringify(e.values);
    case "attr":
      return [...e.via, e.name].join(".");
    case "key":
      return [...e.via, "<key>"].join(".");
    case "prop":
      return `.${e.name}`;
    case "time":
      return prettyTime(e.ref);
    case "timeShift":
      return `(${prettyExpr(e.value)} ${e.ms < 0 ? "-" : "+"} ${dur(e.ms)})`;
    case "arith":
      return `(${prettyExpr(e.left)} ${e.op} ${prettyExpr(e.right)})`;
    case "neg":
      return `-(${prettyExpr(e.value)})`;
    case "daysSince":
      return `days_since(${prettyExpr(e.value)})`;
    case "agg":
      try {
        return prettyAgg(JSON.parse(e.id) as IRAggregate);
      } catch {
        return `agg<${e.id}>`;
      }
    case "cond":
      return `{${prettyCond(e.cond)}}`;
  }
}

export function prettyCond(c: IRCond): string {
  const ci = (x: { ci?: boolean }) => (x.ci ? " (ci)" : "");
  switch (c.k) {
    case "and":
    case "or":
      return `(${c.args.map(prettyCond).join(` ${c.k} `)})`;
    case "not":
      return `not ${prettyCond(c.arg)}`;
    case "const":
      return String(c.value);
    case "cmp":
      return `${prettyExpr(c.left)} ${c.op}${ci(c)} ${prettyExpr(c.right)}`;
    case "inList":
      return `${prettyExpr(c.value)} in${ci(c)} ${prettyExpr(c.list)}`;
    case "isSet":
      return `${prettyExpr(c.value)} is set`;
    case "str":
      return `${prettyExpr(c.value)} ${c.op}${ci(c)} ${prettyExpr(c.pattern)}`;
    case "regex":
      return `${prettyExpr(c.value)} matches${ci(c)} /${c.pattern}/`;
    case "has":
      return `${prettyExpr(c.list)} has ${c.mode} ${prettyExpr(c.values)}`;
    case "truthy":
      return `truthy ${prettyExpr(c.value)}`;
    case "segment":
      return `in ${c.name}`;
  }
}

/** The schema in a few lines. */
export function prettySchema(ir: IRProject): string {
  const lines: string[] = [];
  for (const e of ir.entities) {
    lines.push(
      `entity ${e.name} table ${e.table.join(".")} key ${e.key.name}:${e.key.type} (column ${e.key.column}); ` +
        e.attributes.map((a) => `${a.name}:${typeLabel(a.type)}${a.column !== a.name ? ` column ${a.column}` : ""}`).join(", ") +
        e.relations.map((r) => `; ${r.name} -> ${r.target} via ${r.foreignKey}`).join(""),
    );
  }
  for (const s of ir.eventSources) {
    lines.push(
      `events ${s.id}: table ${s.table.join(".")} entity ${s.entityColumn} time ${s.timeColumn} (${s.timeStorage})` +
        (s.nameColumn ? ` name ${s.nameColumn}` : "") +
        (s.propertiesColumn ? ` props ${s.propertiesColumn}` : ""),
    );
  }
  for (const ev of ir.events) {
    lines.push(
      `  event ${ev.name} in ${ev.source}${ev.nameValue !== undefined ? ` as ${JSON.stringify(ev.nameValue)}` : ""} { ${ev.properties
        .map((p) => `${p.name}:${typeLabel(p.type)} ${p.storage.kind === "json" ? `json ${JSON.stringify(p.storage.key)}` : `column ${p.storage.column}`}`)
        .join(", ")} }`,
    );
  }
  return lines.join("\n");
}

function typeLabel(t: IRProject["entities"][number]["attributes"][number]["type"]): string {
  switch (t.kind) {
    case "timestamp":
      return `timestamp(${t.storage})`;
    case "enum":
      return `enum${JSON.stringify(t.values)}`;
    case "list":
      return `list<${t.element}>`;
    default:
      return t.kind;
  }
}

/** Records (of `keys` only, when given) with their events, one per line. */
export function prettyData(data: IRTest, keys?: Set<string>): string {
  const lines = [`asOf ${data.asOf}`];
  for (const r of data.records) {
    if (keys && r.entity === "user" && !keys.has(String(r.key))) continue;
    lines.push(`${r.entity} ${JSON.stringify(r.key)} ${JSON.stringify(r.attributes)}${Object.keys(r.relations).length ? ` relations ${JSON.stringify(r.relations)}` : ""}`);
    for (const e of data.events) {
      if (r.entity === e.entity && String(e.key) === String(r.key)) lines.push(`  ${e.time} ${e.event} ${JSON.stringify(e.properties)}`);
    }
  }
  return lines.join("\n");
}
