/**
 * Rename across files, from the checker's symbol index: the definition's name and every
 * resolved use. Renaming something whose name is also its storage name keeps the storage
 * as it was: an attribute or property without `column "…"` gets `column "<old>"`, an event
 * of a wide table without `named "…"` gets `named "<old>"`, an entity without `table "…"`
 * gets `table "<old>"` and its events blocks without `<entity> column "…"` get
 * `<new> column "<old>_id"`, so the compiled SQL does not change.
 */
import type { Range, SegFile } from "../grammar/ast.ts";
import type { TextEdit } from "../grammar/diagnostic.ts";
import type { SymbolDef, SymbolIndex } from "./frontend.ts";
import { keyNameProblem, MAX_SEGMENT_NAME, PROTO_MESSAGE, PROTO_NAME, withArticle } from "../compiler/check/types.ts";
import { sameRange } from "./positions.ts";
import { HARD_KEYWORDS, isKeywordSpelling } from "../grammar/index.ts";

export const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

const RENAMEABLE = new Set(["entity", "attribute", "key", "relation", "event", "property", "const", "param", "trait", "segment", "record"]);

export function canRename(def: SymbolDef): boolean {
  return RENAMEABLE.has(def.kind);
}

/** An error message when `newName` cannot be used for `def`, else undefined. */
export function validateNewName(def: SymbolDef, newName: string, symbols: SymbolIndex): string | undefined {
  if (!IDENT_RE.test(newName)) return `\`${newName}\` is not a valid name: use letters, digits and _, not starting with a digit`;
  if ((HARD_KEYWORDS as readonly string[]).includes(newName)) return `\`${newName}\` is a keyword and cannot be a name`;
  if (newName === def.name) return undefined;
  if (newName === "now") return "`now` is always read as the evaluation time: a value named `now` could never be used";
  // A soft keyword reads as the keyword in places a name can stand (an event `any` is "any
  // event", an attribute `after` ends a test record's field, `segment` starts a declaration):
  // refused, but for the ones test/lsp/rename.test.ts proves harmless as values' names.
  if (isKeywordSpelling(newName) && !(VALUE_KINDS.has(def.kind) && KEYWORDS_SAFE_AS_VALUE_NAMES.has(newName))) {
    return `\`${newName}\` is a keyword of seg: as a name it would read as the keyword in places (\`did any\`, \`x in last\`, a test record's fields); choose another name`;
  }
  // The checker's rules for names (SEG1030, SEG1027, SEG1028): refused here rather than
  // left as errors across the project after the rename.
  if (newName === PROTO_NAME) return PROTO_MESSAGE;
  if (def.kind === "segment" && newName.length > MAX_SEGMENT_NAME) {
    return `a segment's name is a column and a view name: at most ${MAX_SEGMENT_NAME} characters (PostgreSQL cuts longer identifiers), \`${newName}\` has ${newName.length}`;
  }
  const dot = def.qualifiedName.lastIndexOf(".");
  const qn = dot > 0 ? def.qualifiedName.slice(0, dot + 1) + newName : newName;
  const clash = symbols.lookup(qn);
  if (clash) return `\`${newName}\` is already defined (${clash.kind} at ${clash.file}:${clash.nameRange.start.line + 1})`;
  const lower = qn.toLowerCase();
  // (a test record's name is no SQL name: `Bob` beside `bob` is fine)
  const twin = def.kind === "record" ? undefined : symbols.definitions.find((d) => d.qualifiedName.toLowerCase() === lower && d.qualifiedName !== def.qualifiedName);
  if (twin) {
    return `\`${newName}\` differs from the ${twin.kind} \`${twin.name}\` only in case; SQLite, DuckDB and MySQL do not tell SQL names apart by case`;
  }
  const member = MEMBER_KINDS.has(def.kind);
  if (member && def.entity && symbols.lookup(`${def.entity}.${newName}`)) return `\`${newName}\` is already a member of ${def.entity}`;
  // A bare name in a condition is read as the entity's member first, then as a trait, const
  // or param: sharing a name across the two would silently change what uses read.
  if (member || TOP_LEVEL_VALUE_KINDS.has(def.kind)) {
    const shadow = symbols.definitions.find((d) =>
      d.name === newName && (member ? TOP_LEVEL_VALUE_KINDS.has(d.kind) : MEMBER_KINDS.has(d.kind)),
    );
    if (shadow) {
      const what = shadow.entity && MEMBER_KINDS.has(shadow.kind) ? `${shadow.kind} of ${shadow.entity}` : shadow.kind;
      return `\`${newName}\` is already the name of ${withArticle(what)} (${shadow.file}:${shadow.nameRange.start.line + 1}): a condition would read one where it meant the other`;
    }
  }
  // SEG1029: the membership output has the key column beside a column per segment.
  if (def.kind === "segment") {
    for (const key of symbols.definitions) {
      if (key.kind !== "key" || key.entity === undefined || (def.entity !== undefined && key.entity !== def.entity)) continue;
      const problem = keyNameProblem(newName, key.entity, key.name);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** Kinds of names that stand for values (attributes, properties, traits, consts, params). */
const VALUE_KINDS = new Set(["attribute", "property", "trait", "const", "param"]);

/**
 * Soft keywords that are common names of values (`tags`, `count`, `key`) and read as names
 * wherever a value's name stands: test/lsp/rename.test.ts renames every value of a project
 * using each construct to each of them and checks the result.
 */
export const KEYWORDS_SAFE_AS_VALUE_NAMES = new Set(["tags", "owner", "count", "sum", "avg", "min", "max", "distinct", "key", "table", "set", "number", "string", "boolean", "list", "enum", "time", "first"]);

/** Names of an entity's members, read bare in its conditions. */
const MEMBER_KINDS = new Set(["attribute", "relation", "key"]);
/** Project-wide names that a bare name in a condition also reads. */
const TOP_LEVEL_VALUE_KINDS = new Set(["trait", "const", "param"]);

/**
 * Why `def` cannot be renamed without reading other data, else undefined: a property kept
 * in the JSON properties column is read by its name (no `column "…"` can keep the old key;
 * `column` would read a real column instead).
 */
export function storageProblem(def: SymbolDef, file: SegFile | undefined): string | undefined {
  if (def.kind !== "property" || !file) return undefined;
  for (const d of file.declarations) {
    if (d.kind !== "events") continue;
    for (const e of d.events) {
      const p = e.properties.find((x) => sameRange(x.name.range, def.nameRange));
      if (p && !p.column && !e.table) {
        return `\`${def.name}\` is the key of a JSON property of ${e.name.text}: renamed, the segments would read another key of the data; rename it in the data too, then in the schema by hand`;
      }
    }
  }
  return undefined;
}

/**
 * A test record without a key field has its name as its key: renamed to a key another
 * record of its entity gives (`user u { id: "bob" }`), the test would have two `bob`s.
 */
export function recordKeyProblem(def: SymbolDef, newName: string, symbols: SymbolIndex, file: SegFile | undefined): string | undefined {
  if (def.kind !== "record" || !file) return undefined;
  const keyName = symbols.definitions.find((d) => d.kind === "key" && d.entity === def.entity)?.name;
  for (const d of file.declarations) {
    const renamed = d.kind === "test" ? d.records.find((r) => sameRange(r.alias.range, def.nameRange)) : undefined;
    if (d.kind !== "test" || renamed === undefined) continue;
    if (keyName !== undefined && renamed.fields.some((f) => f.name.text === keyName)) return undefined; // its key is its own
    for (const r of d.records) {
      if (r === renamed || r.entity.text !== def.entity) continue;
      const key = r.fields.find((f) => f.name.text === keyName)?.value;
      if (key?.kind === "string" && key.value === newName) {
        return `\`${r.alias.text}\` has the key ${JSON.stringify(newName)}, which \`${def.name}\` would take with the name (a record without a key field is keyed by its name); choose another name`;
      }
    }
  }
  return undefined;
}

/** Extra edits that keep the storage name of a renamed attribute, property or event. */
function storageEdits(def: SymbolDef, file: SegFile | undefined): TextEdit[] {
  if (!file) return [];
  const old = JSON.stringify(def.name);
  for (const d of file.declarations) {
    if (d.kind === "entity" && (def.kind === "attribute" || def.kind === "key")) {
      for (const m of d.members)
        if (m.kind !== "relation" && sameRange(m.name.range, def.nameRange) && !m.column)
          return [{ range: { start: m.type.range.end, end: m.type.range.end }, newText: ` column ${old}` }];
    }
    if (d.kind === "events") {
      for (const e of d.events) {
        if (def.kind === "event" && sameRange(e.name.range, def.nameRange) && !e.storedName && !e.table)
          return [{ range: { start: e.name.range.end, end: e.name.range.end }, newText: ` named ${old}` }];
        if (def.kind === "property" && e.table)
          for (const p of e.properties)
            if (sameRange(p.name.range, def.nameRange) && !p.column)
              return [{ range: { start: p.type.range.end, end: p.type.range.end }, newText: ` column ${old}` }];
      }
    }
  }
  return [];
}

export function renameEdits(
  def: SymbolDef,
  newName: string,
  symbols: SymbolIndex,
  parsedFile: (file: string) => SegFile | undefined,
): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  const add = (file: string, range: Range, newText: string) => {
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    if (!list.some((e) => sameRange(e.range, range))) list.push({ range, newText });
  };
  add(def.file, def.nameRange, newName);
  const references = symbols.referencesTo(def.qualifiedName);
  for (const r of references) add(r.file, r.range, newName);
  for (const e of storageEdits(def, parsedFile(def.file))) add(def.file, e.range, e.newText);
  if (def.kind === "entity") {
    for (const file of new Set([def.file, ...references.map((r) => r.file)])) {
      const parsed = parsedFile(file);
      if (parsed) for (const e of entityStorageEdits(def, newName, parsed)) add(file, e.range, e.newText);
    }
  }
  return byFile;
}

/**
 * What keeps a renamed entity's tables and columns (their defaults come from its name): the
 * entity's `table "<old>"`, and the entity column of each of its events blocks in `file`.
 * Inserted before the first member, where the formatter would put them too.
 */
function entityStorageEdits(def: SymbolDef, newName: string, file: SegFile): TextEdit[] {
  const edits: TextEdit[] = [];
  // Before the member's `///` doc comment (its lines sit right above it), which stays with the member.
  const before = (at: { range: Range; doc?: string }, text: string): void => {
    const docLines = at.doc === undefined ? 0 : at.doc.split("\n").length;
    const start = { line: at.range.start.line - docLines, character: at.range.start.character };
    edits.push({ range: { start, end: start }, newText: `${text}\n  ` });
  };
  for (const d of file.declarations) {
    if (d.kind === "entity" && sameRange(d.name.range, def.nameRange) && !d.table && d.members[0]) before(d.members[0], `table ${JSON.stringify(def.name)}`);
    if (d.kind === "events" && d.entity.text === def.name && !d.entityColumn && d.events[0]) before(d.events[0], `${newName} column ${JSON.stringify(`${def.name}_id`)}`);
  }
  return edits;
}
