/**
 * The runtime helpers shared by every generated predicate, as JavaScript SOURCE TEXT.
 *
 * It is text (not TypeScript functions) on purpose: the same bytes are evaluated by
 * `compileJs` (through `new Function`) and embedded in the ES module that `emitJsModule`
 * writes, so the two paths cannot drift and the emitted module stays deterministic no
 * matter which tool transpiles this file.
 *
 * Conventions of the generated code:
 * - a missing value is `null` (input `undefined`/`null`/NaN are normalised to `null`);
 * - timestamps are epoch milliseconds (a double; sub-millisecond digits are kept);
 * - every helper whose name starts with `$` is defined here; `SegInputError` is supplied
 *   by the host (a parameter of `new Function`, or a class at the top of the module).
 */
import { ROUNDED_SUM_DIGITS, ROUNDED_SUM_MAX, ROUNDED_SUM_MIN } from "../numbers.ts";

export const RUNTIME_JS = String.raw`const $DAY = 86400000;
const $EMPTY = /* @__PURE__ */ Object.freeze({});
function $desc(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if ($isDate(v)) return Date.prototype.getTime.call(v) === Date.prototype.getTime.call(v) ? "a Date" : "an invalid Date";
  if (typeof v === "string") return "the string " + JSON.stringify(v.length > 40 ? v.slice(0, 40) + "..." : v);
  if (typeof v === "number" || typeof v === "boolean") return typeof v + " " + String(v);
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  if (tag !== "Object") return (/^[AEIO]/.test(tag) ? "an " : "a ") + tag; // "a URLSearchParams", "an Int8Array"
  return "a value of type " + typeof v;
}
function $where(w, i, n) {
  return i < 0 ? w : "event #" + i + " (" + JSON.stringify(n) + "): " + w;
}
function $bad(w, i, n, expected, v) {
  throw new SegInputError($where(w, i, n) + " must be " + expected + ", got " + $desc(v));
}
// The shape of json-values' ISO_TIME_PATTERN (what every backend reads from tables): a zone
// only after a time, written \`Z\` or \`±HH[[:]MM]\` right after it; years from 0001.
const $ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const $MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function $parseIso(s) {
  const m = $ISO.exec(s);
  if (m === null) return NaN;
  const y = +m[1], mo = +m[2], d = +m[3];
  const h = m[4] === undefined ? 0 : +m[4], mi = m[5] === undefined ? 0 : +m[5], sec = m[6] === undefined ? 0 : +m[6];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : $MDAYS[mo - 1]) || h > 23 || mi > 59 || sec > 59) return NaN;
  let t = Date.UTC(y, mo - 1, d, h, mi, sec);
  // Date.UTC reads years 0–99 as 1900–1999: set such a year on a Date (rare, and slower).
  if (y < 100) { const x = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec)); x.setUTCFullYear(y); t = x.getTime(); }
  const f = m[7];
  if (f !== undefined) {
    t += +(f.length >= 3 ? f.slice(0, 3) : (f + "00").slice(0, 3));
    if (f.length > 3) t += +("0." + f.slice(3));
  }
  const z = m[8];
  if (z !== undefined && z !== "Z") {
    const zh = +z.slice(1, 3), zm = z.length > 3 ? +z.slice(z.length - 2) : 0;
    if (zh > 23 || zm > 59) return NaN;
    const off = (zh * 60 + zm) * 60000;
    t = z[0] === "+" ? t - off : t + off;
  }
  return t;
}
/** A Date, also one made in another realm (a vm context, an iframe), where instanceof fails. */
function $isDate(v) {
  return v instanceof Date || Object.prototype.toString.call(v) === "[object Date]";
}
function $toMs(v) {
  // a time beyond JavaScript's Date range (±8.64e15 ms) is no time: traits could not show it
  if (typeof v === "number") return v >= -8.64e15 && v <= 8.64e15 ? v : NaN;
  if ($isDate(v)) return Date.prototype.getTime.call(v);
  if (typeof v === "string") return $parseIso(v);
  return NaN;
}
const $TIME = "a Date, an ISO-8601 string or epoch milliseconds";
function $badTime(w, i, n, v) {
  if (typeof v === "number" && v - v === 0) $bad(w, i, n, "epoch milliseconds within JavaScript's Date range (±8.64e15)", v);
  $bad(w, i, n, $TIME, v);
}
function $evTime(v, i, n) {
  if (v === undefined || v === null) throw new SegInputError("event #" + i + " (" + JSON.stringify(n) + ") has no time");
  const t = $toMs(v);
  if (t !== t) $badTime("time", i, n, v);
  return t;
}
function $str(v, w, i, n) {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) return null;
  return $bad(w, i, n, "a string", v);
}
function $num(v, w, i, n) {
  if (typeof v === "number") return v === v && v !== Infinity && v !== -Infinity ? v : null;
  if (v === undefined || v === null) return null;
  return $bad(w, i, n, "a number", v);
}
// A number key: a bigint that a double holds exactly is that number; one no double holds
// stays a bigint, which compares exactly with a literal (the key of the record, KEY, too).
function $key(v, w) {
  if (typeof v === "bigint") { const n = Number(v); return BigInt(n) === v ? n : v; }
  if (typeof v === "number") return v - v === 0 ? v : null;
  if (v === undefined || v === null) return null;
  return $bad(w, -1, "", "a number or a bigint", v);
}
function $bool(v, w, i, n) {
  if (typeof v === "boolean") return v;
  if (v === undefined || v === null) return null;
  return $bad(w, i, n, "a boolean", v);
}
function $ts(v, w, i, n) {
  if (v === undefined || v === null) return null;
  const t = $toMs(v);
  if (t !== t) $badTime(w, i, n, v);
  return t;
}
function $list(v, w, i, n) {
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return null;
  return $bad(w, i, n, "an array", v);
}
function $props(v, i, n) {
  if (v === undefined || v === null) return $EMPTY;
  if (typeof v === "object" && !Array.isArray(v)) return v;
  return $bad("properties", i, n, "an object", v);
}
function $rel(rec, name, inherited) {
  const r = rec.related;
  if (r === undefined || r === null) {
    // a related record written beside key is an object; a string there is a field of the app's own
    const v = Object.prototype.hasOwnProperty.call(rec, name) ? rec[name] : undefined;
    return $missing(rec, "related", v !== null && typeof v === "object" && !Array.isArray(v) ? [name] : undefined, "a relation");
  }
  if (typeof r !== "object" || Array.isArray(r)) $bad("related", -1, "", "an object", r);
  const v = !inherited ? r[name] : Object.prototype.hasOwnProperty.call(r, name) ? r[name] : undefined;
  if (v === undefined || v === null) return $EMPTY;
  if (typeof v === "object" && !Array.isArray(v)) return v;
  return $bad("related." + name, -1, "", "an object", v);
}
// A field the predicate reads is absent: a near miss of its name among the record's own
// fields ("attribute", "Events", "attrs", "id") is a mistake, not a record without it.
const $FIELD_ALIASES = { key: ["id"], attributes: ["attrs", "props", "properties", "traits"], related: ["relation", "relations", "relationships"], events: [] };
function $nearField(k, field) {
  const a = k.toLowerCase();
  if (a === field || $FIELD_ALIASES[field].includes(a)) return true;
  // one letter added, dropped or changed; not for "key", which too many short names are near ("hey", "ke")
  if (field === "key") return false;
  const [s, l] = a.length <= field.length ? [a, field] : [field, a];
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(s.length === l.length ? i + 1 : i) === l.slice(i + 1);
}
function $missing(rec, field, names, what) {
  for (const k of Object.keys(rec)) {
    if (k !== field && rec[k] !== undefined && rec[k] !== null && $nearField(k, field)) {
      throw new SegInputError("the record has no " + JSON.stringify(field) + " but has " + JSON.stringify(k) + ": did you mean " + JSON.stringify(field) + "?");
    }
  }
  // { key, plan: "pro" }: attributes (relations) written beside key and events instead of inside attributes (related)
  const k = names === undefined ? undefined : $flat(rec, names);
  if (k !== undefined) throw new SegInputError("the record has no " + JSON.stringify(field) + " but has " + JSON.stringify(k) + ", " + what + ": write it inside " + field + ": { ... }");
  return $EMPTY;
}
/** The first of names (those the predicate reads) that obj holds itself, if any. */
function $flat(obj, names) {
  for (let j = 0; j < names.length; j++) {
    const k = names[j];
    if (Object.prototype.hasOwnProperty.call(obj, k) && obj[k] !== undefined && obj[k] !== null) return k;
  }
  return undefined;
}
// An event whose properties are absent: under a near name ("props", "Properties", "attributes"),
// or flattened onto the event ({ name, time, amount }), they are a mistake, not an event without them.
const $PROP_ALIASES = ["props", "attributes", "attrs", "data", "payload", "params", "fields"];
// Runs for every event of a read name that comes without properties: no allocation.
function $noProps(ev, i, n, names) {
  for (const k in ev) {
    if (k === "name" || k === "time" || k === "properties") continue;
    const v = ev[k];
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(ev, k)) continue;
    const a = k.toLowerCase();
    if (a === "properties" || a === "property" || $PROP_ALIASES.includes(a)) {
      throw new SegInputError($where("the event has no \"properties\" but has " + JSON.stringify(k) + ": did you mean \"properties\"?", i, n));
    }
  }
  const k = $flat(ev, names);
  // worded for both readings: an event's own field ({ id, name, time }) may share a property's name
  if (k !== undefined) {
    throw new SegInputError(
      $where("the event has no \"properties\" but has " + JSON.stringify(k) + ", the name of a property the segments read: if it is that property, write it inside properties: { ... }; if the event has no properties, pass properties: {}", i, n),
    );
  }
  return $EMPTY;
}
// An attribute or property absent under its declared name but present under its column name
// (\`lifetime_value: number column "ltv_usd"\`): a database row passed as it is, a silent miss otherwise.
function $byColumn(obj, column, w, name, i, n) {
  if (Object.prototype.hasOwnProperty.call(obj, column) && obj[column] !== undefined && obj[column] !== null) {
    throw new SegInputError($where(w + " is absent, but there is " + JSON.stringify(column) + ", its column name: pass it as " + JSON.stringify(name), i, n));
  }
}
// An event under the value its table stores (\`event login named "Login"\`) rather than its name.
function $storedName(i, n, name) {
  throw new SegInputError($where(JSON.stringify(n) + " is the value the table stores for the event " + JSON.stringify(name) + ": pass events by their declared name, name: " + JSON.stringify(name), i, n));
}
// An input error inside a record names the record by its key, so that a batch's bad row can be found.
function $keyed(e, record, entity) {
  const k = record.key;
  if (!(e instanceof SegInputError) || k === undefined || k === null) return e;
  // a key of another type (an object from untyped JSON) is described: String() of one may throw
  const prefix = entity + " " + (typeof k === "string" ? JSON.stringify(k) : typeof k === "number" || typeof k === "bigint" ? String(k) : "(key: " + $desc(k) + ")") + ": ";
  // a function, not a string: "$&" in a key or a message is no replacement pattern
  if (typeof e.stack === "string") e.stack = e.stack.replace(e.message, () => prefix + e.message);
  e.message = prefix + e.message;
  return e;
}
function $rec(r) {
  if (r === null || typeof r !== "object" || Array.isArray(r)) $bad("the record", -1, "", "an object", r);
  return r;
}
function $event(ev, i) {
  if (ev === null || typeof ev !== "object") throw new SegInputError("event #" + i + " must be an object, got " + $desc(ev));
  if (typeof ev.name !== "string") throw new SegInputError("event #" + i + " has no name (a string)");
  return ev;
}
function $asOf(o) {
  // members(record, "2024-03-10") or { asof } would otherwise evaluate at now, silently
  if (o !== undefined && o !== null) {
    // a Promise, a URL, a Map holding asOf would read as "no asOf": anything whose tag is not Object, unless it has one
    if (typeof o !== "object" || Array.isArray(o) || $isDate(o) || (Object.prototype.toString.call(o) !== "[object Object]" && !("asOf" in o))) $bad("options", -1, "", "an object such as { asOf: \"2024-03-10\" }", o);
    for (const k of Object.keys(o)) if (k !== "asOf" && o[k] !== undefined) throw new SegInputError("options has no " + JSON.stringify(k) + ": the only option is asOf");
  }
  const v = o === undefined || o === null ? undefined : o.asOf;
  if (v === undefined) return Date.now();
  // asOf: null (a NULL column, say) is no instant: now must be asked for by leaving asOf out
  if (v === null) $bad("asOf", -1, "", "a Date, an ISO-8601 string or epoch milliseconds (leave asOf out to evaluate at now)", v);
  const t = $toMs(v);
  if (t !== t) $badTime("asOf", -1, "", v);
  return t;
}
function $fin(x) {
  return x === x && x !== Infinity && x !== -Infinity ? x : null;
}
/** A sum or an average, as every backend gives it (compiler/numbers.ts). */
function $sig(x) {
  if (x === null) return null;
  const a = Math.abs(x);
  return a >= ${ROUNDED_SUM_MIN} && a < ${ROUNDED_SUM_MAX} ? Number(x.toPrecision(${ROUNDED_SUM_DIGITS})) : x;
}
function $cp(a, b) {
  if (a === b) return 0;
  const l = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < l; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xD800 && y >= 0xD800) {
        x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function $lc(s) {
  if (s === null) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]/g, $lc1);
  }
  return s;
}
function $lc1(c) { return String.fromCharCode(c.charCodeAt(0) + 32); }
function $eq(a, b) { return a !== null && b !== null && a === b; }
function $ne(a, b) { return a !== null && b !== null && a !== b; }
function $lt(a, b) { return a !== null && b !== null && a < b; }
function $le(a, b) { return a !== null && b !== null && a <= b; }
function $gt(a, b) { return a !== null && b !== null && a > b; }
function $ge(a, b) { return a !== null && b !== null && a >= b; }
function $slt(a, b) { return a !== null && b !== null && $cp(a, b) < 0; }
function $sle(a, b) { return a !== null && b !== null && $cp(a, b) <= 0; }
function $sgt(a, b) { return a !== null && b !== null && $cp(a, b) > 0; }
function $sge(a, b) { return a !== null && b !== null && $cp(a, b) >= 0; }
function $ncmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function $contains(a, b) { return a !== null && b !== null && a.includes(b); }
function $starts(a, b) { return a !== null && b !== null && a.startsWith(b); }
function $ends(a, b) { return a !== null && b !== null && a.endsWith(b); }
function $re(r, a) { return a !== null && r.test(a); }
function $inSet(s, v) { return v !== null && s.has(v); }
function $inArr(l, v) { return v !== null && l !== null && l.includes(v); }
function $inArrCi(l, v) {
  if (v === null || l === null) return false;
  for (let i = 0; i < l.length; i++) { const x = l[i]; if ((typeof x === "string" ? $lc(x) : x) === v) return true; }
  return false;
}
function $hasAny(l, vs) {
  if (l === null || vs === null) return false;
  for (let i = 0; i < vs.length; i++) if (l.includes(vs[i])) return true;
  return false;
}
function $hasAll(l, vs) {
  if (l === null || vs === null) return false;
  for (let i = 0; i < vs.length; i++) if (!l.includes(vs[i])) return false;
  return true;
}
function $add(a, b) { return a === null || b === null ? null : $fin(a + b); }
function $sub(a, b) { return a === null || b === null ? null : $fin(a - b); }
function $mul(a, b) { return a === null || b === null ? null : $fin(a * b); }
function $div(a, b) { return a === null || b === null || b === 0 ? null : $fin(a / b); }
function $neg(a) { return a === null ? null : -a; }
function $shift(a, ms) { return a === null ? null : a + ms; }
function $days(a, asOf) { return a === null ? null : Math.floor((asOf - a) / $DAY); }
function $sortNum(a) {
  for (let i = 1; i < a.length; i++) {
    if (a[i] < a[i - 1]) { a.sort($ncmp); break; }
  }
  return a;
}
function $seq2(a, b, d, neg, asOf) {
  if (a.length === 0) return false;
  $sortNum(a);
  $sortNum(b);
  let k = 0;
  if (!neg) {
    for (let j = 0; j < a.length; j++) {
      const s = a[j];
      while (k < b.length && b[k] <= s) k++;
      if (k < b.length && b[k] <= s + d) return true;
    }
    return false;
  }
  for (let j = 0; j < a.length; j++) {
    const s = a[j], end = s + d;
    if (end > asOf) return false;
    while (k < b.length && b[k] <= s) k++;
    if (k === b.length || b[k] > end) return true;
  }
  return false;
}
function $seq(steps, within, negLast, asOf) {
  let prev = $sortNum(steps[0]);
  if (prev.length === 0) return false;
  const last = negLast ? steps.length - 1 : steps.length;
  for (let s = 1; s < last; s++) {
    const cur = $sortNum(steps[s]), d = within[s], next = [];
    let j = 0;
    for (let k = 0; k < cur.length; k++) {
      const t = cur[k];
      while (j < prev.length && prev[j] < t) j++;
      if (j > 0 && t <= prev[j - 1] + d) next.push(t);
    }
    if (next.length === 0) return false;
    prev = next;
  }
  if (!negLast) return true;
  const b = $sortNum(steps[last]), d = within[last];
  let k = 0;
  for (let j = 0; j < prev.length; j++) {
    const s = prev[j], end = s + d;
    if (end > asOf) return false;
    while (k < b.length && b[k] <= s) k++;
    if (k === b.length || b[k] > end) return true;
  }
  return false;
}
function $iso(t) { return t === null ? null : new Date(t).toISOString(); }
function $api(E) {
  const preds = Object.create(null);
  for (const name of E.names) preds[name] = E.preds[name];
  return Object.freeze({
    entity: E.entity,
    segmentNames: Object.freeze(E.names.slice()),
    evaluate: E.evaluate,
    members: E.members,
    predicate(name) {
      const p = preds[name];
      if (p === undefined) throw new RangeError("unknown segment " + JSON.stringify(name) + " of entity " + E.entity + "; known: " + E.names.join(", "));
      return p;
    },
    traits: E.traits,
  });
}
`;
