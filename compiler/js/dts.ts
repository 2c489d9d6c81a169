/** The `.d.ts` of the emitted module: input types per entity, predicate signatures. */
import type { IRColumnType, IRProject } from "../ir.ts";
import { viaPaths } from "../ir-utils.ts";
import { entityAt } from "../ir-utils.ts";
import { GENERATED_HEADER } from "./header.ts";


function pascalCase(entity: string): string {
  return entity
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== "")
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

/**
 * The type-name stem of every entity (`UserAccount` → `UserAccountInput`, …), unique: the
 * entities `user_account` and `userAccount` would share one, and an entity `seg` would
 * declare `SegEvent` a second time. A taken stem gets the first free number (IR order).
 */
function typeNames(ir: IRProject): Map<string, string> {
  const taken = new Set(["Seg"]); // SegEvent, SegTime, SegOptions, SegInputError are the module's own
  const out = new Map<string, string>();
  for (const e of ir.entities) {
    const base = pascalCase(e.name);
    let stem = base;
    for (let n = 2; taken.has(stem); n++) stem = `${base}${n}`;
    taken.add(stem);
    out.set(e.name, stem);
  }
  return out;
}

function tsType(t: IRColumnType): string {
  switch (t.kind) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return "SegTime";
    case "enum":
      return t.values.length ? t.values.map((v) => JSON.stringify(v)).join(" | ") : "string";
    case "list":
      return `readonly ${t.element}[]`;
  }
}

function prop(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function doc(text: string | undefined, pad: string): string[] {
  if (!text) return [];
  return [`${pad}/** ${text.replace(/\*\//g, "*\\/").replace(/\s*\n\s*/g, " ")} */`];
}

export function genDts(ir: IRProject, entities: string[], def: string, exports: Map<string, string>): string {
  const stems = typeNames(ir);
  const typeName = (entity: string): string => stems.get(entity) ?? pascalCase(entity);
  const out: string[] = [
    GENERATED_HEADER,
    "",
    "/** A timestamp: a Date, an ISO-8601 string (no zone = UTC) or epoch milliseconds. */",
    "export type SegTime = Date | string | number;",
    "export interface SegOptions {",
    "  /** The evaluation instant; default: now, read once per call. */",
    "  asOf?: SegTime | undefined;",
    "}",
    "/** Thrown for invalid input (an event without a time, a wrong attribute type, ...). */",
    "export declare class SegInputError extends Error {}",
    "/**",
    " * An event of any name, as data whose types TypeScript cannot see has it (parsed JSON, a",
    " * queue message). The inputs take declared events only (`UserEvent`): assert such data",
    " * to be those (`as readonly UserEvent[]`); every predicate checks at run time what it reads.",
    " */",
    "export interface SegEvent {",
    "  name: string;",
    "  time: SegTime;",
    "  properties?: Record<string, unknown> | null;",
    "}",
    "",
  ];
  const attrsType = (entity: string): string => `${typeName(entity)}Attributes`;
  const declared = new Set<string>();
  const declareAttrs = (entity: string): void => {
    if (declared.has(entity)) return;
    declared.add(entity);
    const e = ir.entities.find((x) => x.name === entity);
    if (!e) return;
    out.push(...doc(e.doc, ""), `export interface ${attrsType(entity)} {`);
    for (const a of e.attributes) out.push(...doc(a.doc, "  "), `  ${prop(a.name)}?: ${tsType(a.type)} | null | undefined;`);
    out.push("}", "");
  };
  for (const ent of entities) {
    const e = ir.entities.find((x) => x.name === ent)!;
    const T = typeName(ent);
    declareAttrs(ent);
    // related: every direct relation, plus the multi-hop paths the IR uses (`account.parent`);
    // a related record holds its key too, under the key's name (`account.id`)
    const related: [string, string][] = [];
    const relatedType = (target: string): string => {
      declareAttrs(target);
      const key = ir.entities.find((x) => x.name === target)?.key;
      if (!key) return attrsType(target);
      const keyType = key.type === "number" ? "number | bigint" : key.type;
      return `${attrsType(target)} & { ${prop(key.name)}?: ${keyType} | null | undefined }`;
    };
    for (const r of e.relations) related.push([r.name, relatedType(r.target)]);
    for (const path of viaPaths(ir, ent)) {
      if (path.length < 2) continue;
      related.push([path.join("."), relatedType((entityAt(ir, ent, path) ?? e).name)]);
    }
    out.push(`export interface ${T}Related {`);
    for (const [n, t] of related) out.push(`  ${prop(n)}?: ${t} | null | undefined;`);
    out.push("}", "");
    const evs = ir.events.filter((x) => x.entity === ent);
    // Declared events only, by their seg name: a misspelt name, a stored name (`named
    // "Login"`), a property of the wrong type or name is a type error (no `| SegEvent`
    // catch-all, which would accept any of them). An event without properties takes any.
    const members = evs.map((ev) => {
      const props = ev.properties.map((p) => `${prop(p.name)}?: ${tsType(p.type)} | null | undefined`).join("; ");
      const bag = props ? `{ ${props} }` : "Readonly<Record<string, unknown>>";
      return `  | { name: ${JSON.stringify(ev.name)}; time: SegTime; properties?: ${bag} | null | undefined }`;
    });
    out.push(`export type ${T}Event =`, ...(members.length ? members : ["  never"]));
    out[out.length - 1] += ";";
    out.push("");
    out.push(
      `export interface ${T}Input {`,
      `  key?: ${e.key.type === "number" ? "number | bigint" : e.key.type} | null | undefined;`,
      `  attributes?: ${attrsType(ent)} | null | undefined;`,
      `  related?: ${T}Related | null | undefined;`,
      `  events?: readonly ${T}Event[] | null | undefined;`,
      "}",
      "",
    );
    const segs = ir.segments.filter((s) => s.entity === ent);
    out.push(`export type ${T}Segment = ${segs.length ? segs.map((s) => JSON.stringify(s.name)).join(" | ") : "never"};`);
    const traits = ir.traits.filter((t) => t.entity === ent);
    out.push(`export interface ${T}Traits {`);
    for (const t of traits) {
      const ty = t.type === "timestamp" ? "string" : t.type === "list" ? "readonly (string | number)[]" : t.type;
      out.push(...doc(t.doc, "  "), `  ${prop(t.name)}: ${ty} | null;`);
    }
    out.push("}");
    out.push(
      `export interface ${T}Api {`,
      "  readonly entity: string;",
      `  readonly segmentNames: readonly ${T}Segment[];`,
      `  evaluate(record: ${T}Input, options?: SegOptions): Record<${T}Segment, boolean>;`,
      `  members(record: ${T}Input, options?: SegOptions): ${T}Segment[];`,
      `  predicate(name: ${T}Segment): (record: ${T}Input, options?: SegOptions) => boolean;`,
      `  traits(record: ${T}Input, options?: SegOptions): ${T}Traits;`,
      "}",
      "",
    );
  }
  out.push(`export declare const entities: { ${entities.map((e) => `readonly ${prop(e)}: ${typeName(e)}Api`).join("; ")} };`);
  const D = typeName(def);
  out.push(
    `export declare const segmentNames: readonly ${D}Segment[];`,
    `export declare function evaluate(record: ${D}Input, options?: SegOptions): Record<${D}Segment, boolean>;`,
    `export declare function members(record: ${D}Input, options?: SegOptions): ${D}Segment[];`,
    `export declare function traits(record: ${D}Input, options?: SegOptions): ${D}Traits;`,
    `export declare function predicate(name: ${D}Segment): (record: ${D}Input, options?: SegOptions) => boolean;`,
  );
  out.push("export declare const segments: {");
  for (const s of ir.segments) {
    if (!entities.includes(s.entity)) continue;
    out.push(...doc(s.doc, "  "), `  readonly ${prop(s.name)}: (record: ${typeName(s.entity)}Input, options?: SegOptions) => boolean;`);
  }
  out.push("};");
  for (const [seg, exp] of exports) {
    const s = ir.segments.find((x) => x.name === seg)!;
    if (!entities.includes(s.entity)) continue;
    out.push(...doc(s.doc, ""), `export declare const ${exp}: (record: ${typeName(s.entity)}Input, options?: SegOptions) => boolean;`);
  }
  out.push("");
  return out.join("\n");
}
