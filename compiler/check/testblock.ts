/** `test` blocks → IRTest: records, events at times resolved against the test's as-of. */
import type { Expr, TestDecl } from "../../grammar/ast.ts";
import type { IRExpectation, IRTest, IRTestEvent, IRTestRecord } from "../ir.ts";
import { C } from "./codes.ts";
import { replaceFix, type Env, type Val } from "./env.ts";
import { Lowerer } from "./lower.ts";
import { didYouMean, isStringy, sameKind, aTy, withArticle, type Ty } from "./types.ts";

type TestValue = string | number | boolean | (string | number)[] | null;

export function lowerTest(decl: TestDecl, env: Env, file: string): IRTest | undefined {
  const g = env.g;
  const lw = new Lowerer(env);
  const scope = { kind: "const" } as const;
  let asOf: string | undefined;
  if (!decl.asOf) {
    env.error(C.testTime, decl.name.range, "a test needs `as of <date>` (its evaluation time)");
  } else {
    const v = lw.expr(decl.asOf, scope);
    if (v.ty.k !== "error") {
      if (v.ty.k !== "timestamp" || !v.time || v.time.k !== "instant") {
        env.error(C.testTime, decl.asOf.range, "`as of` needs a fixed date or time, like `2024-06-01`");
      } else asOf = v.time.iso;
    }
  }
  const asOfMs = asOf ? Date.parse(asOf) : 0;

  /** A record's qualified name in the symbol index (SymbolKind "record"). */
  const recordName = (alias: string): string => `test:${decl.name.value}.${alias}`;
  // Aliases first, so relations may point at records declared later.
  const aliases = new Map<string, { entity: string; key: string | number }>();
  const records: IRTestRecord[] = [];
  const valid: boolean[] = [];
  /** The alias of the record holding each (entity, key). */
  const keyHolders = new Map<string, string>();
  for (const r of decl.records) {
    const en = r.entity.text;
    const ent = g.entities.get(en);
    env.dep(`e:${en}`);
    if (aliases.has(r.alias.text)) {
      env.error(C.duplicate, r.alias.range, `\`${r.alias.text}\` is already used in this test`);
      valid.push(false);
      continue;
    }
    if (!ent) {
      const s = didYouMean(en, [...g.entities.keys()]);
      env.error(C.unknownEntity, r.entity.range, `unknown entity \`${en}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(r.entity.range, s) : undefined);
      valid.push(false);
      continue;
    }
    env.ref(r.entity.range, en);
    let key: string | number = r.alias.text;
    const kf = ent.key ? r.fields.find((f) => f.name.text === ent.key!.name) : undefined;
    if (kf) {
      const v = lw.expr(kf.value, scope);
      if (typeof v.literal === "string" || typeof v.literal === "number") key = v.literal;
      else if (v.ty.k !== "error") env.error(C.typeMismatch, kf.value.range, "a key must be a constant string or number");
    } else if (ent.key?.ty.k === "number") {
      env.error(C.typeMismatch, r.alias.range, `${en}'s key \`${ent.key.name}\` is a number: give \`${ent.key.name}: <number>\``);
    }
    const keyId = `${en}\u0000${typeof key}\u0000${key}`;
    const sameKey = keyHolders.get(keyId);
    if (sameKey === undefined) keyHolders.set(keyId, r.alias.text);
    else {
      env.error(
        C.duplicate,
        kf ? kf.value.range : r.alias.range,
        `\`${r.alias.text}\` has the key ${JSON.stringify(key)}, as the ${en} \`${sameKey}\` does: records of one entity need distinct keys`,
      );
    }
    aliases.set(r.alias.text, { entity: en, key });
    env.def({ kind: "record", name: r.alias.text, qualifiedName: recordName(r.alias.text), range: r.range, nameRange: r.alias.range, entity: en, type: en });
    records.push({ entity: en, alias: r.alias.text, key, attributes: {}, relations: {} });
    valid.push(true);
  }

  const constant = (e: Expr, ty: Ty): TestValue | undefined => {
    const v: Val = lw.expr(e, scope);
    if (v.ty.k === "error") return undefined;
    if (!sameKind(v.ty, ty) && !(ty.k === "list" && v.ty.k === "list" && (v.lits?.length ?? 0) === 0)) {
      env.error(C.typeMismatch, e.range, `expected ${aTy(ty)}, but this is ${aTy(v.ty)}`);
      return undefined;
    }
    if (ty.k === "enum" && typeof v.literal === "string" && !ty.values.includes(v.literal)) {
      lw.checkEnum(ty.values, v.literal, e.range);
      return undefined;
    }
    if (v.ty.k === "timestamp") {
      if (!v.time) {
        env.error(C.notConstant, e.range, "a test value must be constant");
        return undefined;
      }
      return v.time.k === "instant" ? v.time.iso : new Date(asOfMs + v.time.offsetMs).toISOString();
    }
    if (v.lits) return v.lits;
    if (v.literal !== undefined) return v.literal;
    env.error(C.notConstant, e.range, "a test value must be constant");
    return undefined;
  };

  const events: IRTestEvent[] = [];
  let ri = 0;
  for (const r of decl.records) {
    if (!valid[ri++]) continue;
    const rec = records.find((x) => x.alias === r.alias.text)!;
    const ent = g.entities.get(rec.entity)!;
    const given = new Set<string>();
    for (const f of r.fields) {
      const fn = f.name.text;
      // `plan: "free", plan: "pro"`: the last one won, silently
      if (given.has(fn)) {
        env.error(C.duplicate, f.name.range, `\`${fn}\` is given twice in this record; keep one`);
        continue;
      }
      given.add(fn);
      if (ent.key && fn === ent.key.name) {
        env.ref(f.name.range, `${ent.name}.${fn}`);
        continue;
      }
      const a = ent.attrs.get(fn);
      if (a) {
        env.ref(f.name.range, `${ent.name}.${fn}`);
        const v = constant(f.value, a.ty);
        if (v !== undefined) rec.attributes[fn] = v;
        continue;
      }
      const rel = ent.relations.get(fn);
      if (rel) {
        env.ref(f.name.range, `${ent.name}.${fn}`);
        if (f.value.kind !== "ref") {
          env.error(C.typeMismatch, f.value.range, `\`${fn}\` is a relation: give the name of ${withArticle(rel.target)} declared in this test`);
          continue;
        }
        const target = aliases.get(f.value.name.text);
        if (!target) {
          const s = didYouMean(f.value.name.text, [...aliases.keys()]);
          env.error(C.unknownAlias, f.value.range, `no record \`${f.value.name.text}\` in this test${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(f.value.range, s) : undefined);
          continue;
        }
        env.ref(f.value.name.range, recordName(f.value.name.text));
        if (target.entity !== rel.target) {
          env.error(C.wrongEntity, f.value.range, `\`${f.value.name.text}\` is ${withArticle(target.entity)}, but \`${fn}\` needs ${withArticle(rel.target)}`);
          continue;
        }
        rec.relations[fn] = target.key;
        continue;
      }
      const s = didYouMean(fn, [...ent.attrs.keys(), ...ent.relations.keys()]);
      env.error(C.unknownName, f.name.range, `${ent.name} has no attribute \`${fn}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(f.name.range, s) : undefined);
    }
    for (const te of r.events) {
      const en = te.event.text;
      env.dep(`n:${en}`);
      const ev = g.events.get(en);
      if (!ev || g.kindOf(en) !== "event") {
        const s = didYouMean(en, [...g.events.values()].filter((x) => x.entity === ent.name).map((x) => x.name));
        env.error(C.unknownEvent, te.event.range, `unknown event \`${en}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(te.event.range, s) : undefined);
        continue;
      }
      env.ref(te.event.range, en);
      if (ev.entity !== ent.name) {
        env.error(C.wrongEntity, te.event.range, `event \`${en}\` happens to ${ev.entity}, not to ${ent.name}`);
        continue;
      }
      const props: IRTestEvent["properties"] = {};
      const givenProps = new Set<string>();
      for (const p of te.properties) {
        if (givenProps.has(p.name.text)) {
          env.error(C.duplicate, p.name.range, `\`${p.name.text}\` is given twice in this event; keep one`);
          continue;
        }
        givenProps.add(p.name.text);
        const pd = ev.props.get(p.name.text);
        if (!pd) {
          const s = didYouMean(p.name.text, [...ev.props.keys()]);
          env.error(C.unknownProperty, p.name.range, `event \`${en}\` has no property \`${p.name.text}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(p.name.range, s) : undefined);
          continue;
        }
        env.ref(p.name.range, `${en}.${p.name.text}`);
        const v = constant(p.value, pd.ty);
        if (v !== undefined) props[p.name.text] = v;
      }
      const tv = lw.expr(te.time, scope);
      if (tv.ty.k === "error") continue;
      if (tv.ty.k !== "timestamp" || !tv.time) {
        env.error(C.testTime, te.time.range, `an event time must be a date or \`<duration> ago\`, but this is ${aTy(tv.ty)}`);
        continue;
      }
      const time = tv.time.k === "instant" ? tv.time.iso : new Date(asOfMs + tv.time.offsetMs).toISOString();
      // Events after as_of are ignored everywhere (LANGUAGE.md): in a test, that is a slip.
      if (asOf !== undefined && Date.parse(time) > asOfMs) {
        env.warn(C.eventAfterAsOf, te.time.range, `this event is after the test's \`as of\` (${asOf}): segments ignore events after the evaluation time, so no segment counts it`);
      }
      events.push({ entity: ent.name, key: rec.key, event: en, time, properties: props });
    }
  }

  const expectations: IRExpectation[] = [];
  for (const x of decl.expectations) {
    const a = aliases.get(x.alias.text);
    if (a) env.ref(x.alias.range, recordName(x.alias.text));
    else {
      const s = didYouMean(x.alias.text, [...aliases.keys()]);
      env.error(C.unknownAlias, x.alias.range, `no record \`${x.alias.text}\` in this test${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(x.alias.range, s) : undefined);
    }
    env.dep(`n:${x.segment.text}`);
    const seg = g.segment(x.segment.text);
    if (!seg) {
      env.dep("*names");
      const s = didYouMean(x.segment.text, g.namesOf(["segment"]));
      env.error(C.unknownSegment, x.segment.range, `unknown segment \`${x.segment.text}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(x.segment.range, s) : undefined);
      continue;
    }
    env.ref(x.segment.range, x.segment.text);
    if (!a) continue;
    if (seg.entity !== undefined && seg.entity !== a.entity) {
      env.error(C.wrongEntity, x.segment.range, `\`${x.segment.text}\` is a segment of ${seg.entity}, but \`${x.alias.text}\` is ${withArticle(a.entity)}`);
      continue;
    }
    expectations.push({ alias: x.alias.text, key: a.key, segment: x.segment.text, member: x.member, line: x.range.start.line });
  }
  void isStringy;
  if (!asOf) return undefined;
  return { name: decl.name.value, asOf, records, events, expectations, file, line: decl.range.start.line };
}
