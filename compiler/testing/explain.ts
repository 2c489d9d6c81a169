/**
 * Why a test record is or is not in a segment: the segment's top-level clauses (its `and`
 * terms, or its `or` alternatives), whether each holds for the record, and the values each
 * reads (attributes, keys, event aggregates), as the JavaScript backend computes them on the
 * test's data. `seg test` shows it under a failed expectation.
 */
import { Words } from "../explain/index.ts";
import type { IRCond, IRExpr, IRProject, IRTest, IRTrait } from "../ir.ts";
import { walkCond } from "../ir-utils.ts";
import { compileJs, type CompiledSegments, type EntityInput } from "../js/index.ts";
import { testInputs } from "./data.ts";
import type { MembershipExplanation } from "./types.ts";

interface ClausePlan {
  words: string;
  holds: string;
  values: { words: string; trait: string; type: IRTrait["type"] }[];
}

/** A segment's clauses, compiled once, evaluated for any record of any test. */
interface SegmentPlan {
  mode: "all" | "any";
  member: string;
  clauses: ClausePlan[];
  api: CompiledSegments;
}

type ReadValue = Extract<IRExpr, { k: "attr" | "key" | "agg" }>;

/** The values a clause reads that a person can check against the test's data. */
function readValues(c: IRCond): ReadValue[] {
  const out: ReadValue[] = [];
  const seen = new Set<string>();
  walkCond(c, (e) => {
    if (e.k !== "attr" && e.k !== "key" && e.k !== "agg") return;
    const id = JSON.stringify(e);
    if (seen.has(id)) return;
    seen.add(id);
    out.push(e);
  });
  return out;
}

function planSegment(ir: IRProject, name: string): SegmentPlan | undefined {
  const seg = ir.segments.find((s) => s.name === name);
  if (!seg) return undefined;
  const words = new Words(ir, { entity: seg.entity });
  const sequences = new Set(ir.aggregates.filter((a) => a.kind === "sequence").map((a) => a.id));
  const mode = seg.condition.k === "or" ? "any" : "all";
  const terms = seg.condition.k === "or" ? seg.condition.args : words.clauseConditions(seg.condition);
  // Traits with names no declaration can have (`:`), so none collides with the project's.
  const traits: IRTrait[] = [];
  const trait = (value: IRExpr, type: IRTrait["type"]): string => {
    const traitName = `why:${traits.length}`;
    traits.push({ name: traitName, entity: seg.entity, value, type });
    return traitName;
  };
  const member = trait({ k: "cond", cond: { k: "segment", name } }, "boolean");
  const clauses = terms.map((term) => ({
    words: words.termWords(term),
    holds: trait({ k: "cond", cond: term }, "boolean"),
    values: readValues(term)
      // a sequence is true or false: the clause's mark already says which
      .filter((e) => !(e.k === "agg" && sequences.has(e.id)))
      .map((e) => ({ words: words.expr(e), trait: trait(e, e.type), type: e.type })),
  }));
  return { mode, member, clauses, api: compileJs({ ...ir, traits }, { entity: seg.entity }) };
}

/** A trait's value as the report shows it: strings quoted, instants as ISO text. */
function valueWords(v: unknown, type: IRTrait["type"]): string {
  if (v === null || v === undefined) return "missing";
  if (type === "timestamp" || typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/**
 * Explains memberships of test records. `explain` returns undefined when the JavaScript
 * backend cannot evaluate the record (its error is the engines' to report) or when it
 * computes another membership than `actual` (a disagreement, reported as such).
 */
export class MembershipExplainer {
  private readonly plans = new Map<string, SegmentPlan | undefined>();
  /** The JS inputs of a test's records, by entity and key (built once per test and entity). */
  private readonly inputs = new WeakMap<IRTest, Map<string, Map<string, EntityInput>>>();

  constructor(private readonly ir: IRProject) {}

  explain(test: IRTest, entity: string, key: string | number, segment: string, actual: boolean): MembershipExplanation | undefined {
    if (!this.plans.has(segment)) this.plans.set(segment, planSegment(this.ir, segment));
    const plan = this.plans.get(segment);
    if (!plan) return undefined;
    const input = this.inputOf(test, entity, key);
    if (!input) return undefined;
    let values: Record<string, unknown>;
    try {
      values = plan.api.traits(input, { asOf: test.asOf });
    } catch {
      return undefined;
    }
    if (values[plan.member] !== actual) return undefined;
    return {
      mode: plan.mode,
      clauses: plan.clauses.map((c) => ({
        clause: c.words,
        holds: values[c.holds] === true,
        values: c.values.map((v) => ({ name: v.words, value: valueWords(values[v.trait], v.type) })),
      })),
    };
  }

  private inputOf(test: IRTest, entity: string, key: string | number): EntityInput | undefined {
    let byEntity = this.inputs.get(test);
    if (!byEntity) this.inputs.set(test, (byEntity = new Map()));
    let byKey = byEntity.get(entity);
    if (!byKey) {
      byKey = new Map(testInputs(this.ir, test, entity).map((x) => [String(x.record.key), x.input]));
      byEntity.set(entity, byKey);
    }
    return byKey.get(String(key));
  }
}
