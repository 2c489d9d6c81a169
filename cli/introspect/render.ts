/** A schema model as seg source: `schema.seg`, and the starter `segments.seg`. */
import { quote } from "../../grammar/format.ts";
import type { EntityModel, EventsModel, Member, SchemaModel, SegType, TableSource } from "./infer.ts";
import { COUNT_LIMIT, SCAN_ROWS, TYPE_SAMPLE_ROWS } from "./infer.ts";
import { NameSpace } from "./names.ts";

function typeText(type: SegType): string {
  switch (type.kind) {
    case "timestamp":
      return type.storage === "native" ? "timestamp" : `timestamp(${type.storage})`;
    case "list":
      return `list<${type.element}>`;
    default:
      return type.kind;
  }
}

function rowsText(source: TableSource): string {
  if (source.capped) return `over ${COUNT_LIMIT.toLocaleString("en-US")} rows`;
  return `${source.rows.toLocaleString("en-US")} row${source.rows === 1 ? "" : "s"}`;
}

function origin(source: TableSource, what: string): string {
  const read = Math.min(source.rows, TYPE_SAMPLE_ROWS);
  const sampled =
    source.rows === 0 ? "no rows: types from the declared column types" : read === source.rows ? `types from ${read === 1 ? "its row" : `its ${read.toLocaleString("en-US")} rows`}` : `types from the first ${read.toLocaleString("en-US")} rows`;
  return `/// ${what} from ${source.table.view ? "view" : "table"} ${quote(source.segTable)} (${rowsText(source)}; ${sampled}).`;
}

function memberLine(m: Member, alwaysColumn: boolean): string {
  const column = alwaysColumn || m.column !== m.name ? ` column ${quote(m.column)}` : "";
  return `${m.name}: ${typeText(m.type)}${column}`;
}

function entityText(entity: EntityModel): string {
  const lines = [origin(entity.source, "Read"), `entity ${entity.name} {`, `  table ${quote(entity.source.segTable)}`];
  for (const note of entity.notes) lines.push(`  // seg init: ${note}`);
  lines.push(`  key ${memberLine(entity.key, false)}`);
  for (const a of entity.attributes) lines.push(`  ${memberLine(a, false)}`);
  for (const r of entity.relations) lines.push(`  ${r.name}: ${r.target.name} via ${r.column}`);
  lines.push("}");
  return lines.join("\n");
}

function eventsText(block: EventsModel): string {
  const wide = block.nameColumn !== undefined;
  const lines = [
    origin(block.source, wide ? `Events (${block.events.length}, named by column ${quote(block.nameColumn!)}) read` : "One event per row, read"),
    `events of ${block.entity.name} {`,
    `  table ${quote(block.source.segTable)}`,
    `  ${block.entity.name} column ${quote(block.entityColumn)}`,
    `  time column ${quote(block.time.column)}${block.time.storage === "native" ? "" : ` (${block.time.storage})`}`,
  ];
  if (block.nameColumn !== undefined) lines.push(`  name column ${quote(block.nameColumn)}`);
  if (block.propertiesColumn !== undefined) lines.push(`  properties column ${quote(block.propertiesColumn)}`);
  for (const note of block.notes) lines.push(`  // seg init: ${note}`);
  for (const event of block.events) {
    lines.push("");
    const scanned = block.source.rows <= SCAN_ROWS ? `${block.source.rows.toLocaleString("en-US")}` : `the first ${SCAN_ROWS.toLocaleString("en-US")}`;
    if (!event.ownTable) lines.push(`  /// ${event.count.toLocaleString("en-US")} of ${scanned} rows.`);
    for (const note of event.notes) lines.push(`  // seg init: ${note}`);
    const head = `  event ${event.name}${event.stored === undefined ? "" : ` named ${quote(event.stored)}`}`;
    const members = [
      ...(event.ownTable ? [`table ${quote(block.source.segTable)}`] : []),
      // A column of a wide table names its column, or it would be read as a JSON key.
      ...event.properties.map((p) => memberLine(p, !event.ownTable && !p.json)),
    ];
    if (members.length === 0) lines.push(head);
    else lines.push(`${head} {`, ...members.map((m) => `    ${m}`), "  }");
  }
  lines.push("}");
  return lines.join("\n");
}

export function schemaText(model: SchemaModel, target: string): string {
  const parts = [
    `// Written by \`seg init --db ${target}\` from what the database holds: check each type, and\n` +
      "// each line marked `seg init:` (a guess). docs/language.md, \"Schema\", says what a schema can say.",
  ];
  for (const s of model.skipped) parts.push(`// seg init: table ${quote(s.table.segTable)} left out: ${s.reason}.`);
  parts.push(...model.entities.map(entityText), ...model.events.map(eventsText));
  return parts.join("\n\n") + "\n";
}

/**
 * Two segments on the most frequent event of the first events block: who did it in the last
 * 30 days, and who did it on at least 3 days (ever, so that historical data shows members
 * too), each `of` its entity when there are several. None without events.
 */
export function segmentsText(model: SchemaModel): string | undefined {
  const block = model.events.find((b) => b.events.length > 0);
  if (!block) return undefined;
  const top = [...block.events].sort((a, b) => b.count - a.count)[0]!;
  const names = new NameSpace();
  for (const n of [...model.entities.map((e) => e.name), ...model.events.flatMap((b) => b.events.map((e) => e.name))]) names.reserve(n);
  for (const e of model.entities) names.reserve(e.key.name);
  const recent = names.take("active_last_30_days", "segment");
  const repeat = names.take(`repeat_${top.name}`.slice(0, 60), "segment");
  // Of several entities, which one a segment is about is not inferred (SEG1009).
  const of = model.entities.length > 1 ? ` of ${block.entity.name}` : "";
  return (
    `// Starter segments on what \`seg init\` found: edit them, or replace them with your own.\n\n` +
    `/// Did ${top.name} (the most frequent event of ${quote(block.source.segTable)} in the sample) in the last 30 days.\n` +
    `segment ${recent}${of} {\n  where did ${top.name} in last 30 days\n}\n\n` +
    `/// Did ${top.name} on at least 3 different days, ever.\n` +
    `segment ${repeat}${of} {\n  where did ${top.name} on at least 3 days\n}\n`
  );
}
