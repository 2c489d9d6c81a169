/**
 * A trait of a related entity read through a relation (`account.seats` for
 * `trait seats of account = employees * 2`): its value with every attribute and key read
 * through the relation. Only values made of the related record's own columns move: an
 * aggregate counts the related entity's events and `in x` asks for its segments, which the
 * backends compute per evaluated entity only.
 */
import type { IRCond, IRExpr } from "../ir.ts";

/** `e` as seen from the entity that reaches its record through `via`; undefined when it cannot be. */
export function exprThroughRelation(via: string[], e: IRExpr): IRExpr | undefined {
  switch (e.k) {
    case "lit":
    case "list":
    case "time":
      return e;
    case "attr":
    case "key":
      return { ...e, via: [...via, ...e.via] };
    case "timeShift":
    case "neg":
    case "daysSince": {
      const value = exprThroughRelation(via, e.value);
      return value && { ...e, value };
    }
    case "arith": {
      const left = exprThroughRelation(via, e.left);
      const right = exprThroughRelation(via, e.right);
      return left && right && { ...e, left, right };
    }
    case "cond": {
      const cond = condThroughRelation(via, e.cond);
      return cond && { ...e, cond };
    }
    case "agg":
    case "prop":
      return undefined;
  }
}

/** `c` as seen from the entity that reaches its record through `via`; undefined when it cannot be. */
export function condThroughRelation(via: string[], c: IRCond): IRCond | undefined {
  const ex = (e: IRExpr) => exprThroughRelation(via, e);
  switch (c.k) {
    case "and":
    case "or": {
      const args = c.args.map((a) => condThroughRelation(via, a));
      return args.every((a) => a !== undefined) ? { ...c, args: args as IRCond[] } : undefined;
    }
    case "not": {
      const arg = condThroughRelation(via, c.arg);
      return arg && { ...c, arg };
    }
    case "const":
      return c;
    case "cmp": {
      const left = ex(c.left);
      const right = ex(c.right);
      return left && right && { ...c, left, right };
    }
    case "inList": {
      const value = ex(c.value);
      const list = ex(c.list);
      return value && list && { ...c, value, list };
    }
    case "isSet":
    case "truthy": {
      const value = ex(c.value);
      return value && { ...c, value };
    }
    case "str": {
      const value = ex(c.value);
      const pattern = ex(c.pattern);
      return value && pattern && { ...c, value, pattern };
    }
    case "regex": {
      const value = ex(c.value);
      return value && { ...c, value };
    }
    case "has": {
      const list = ex(c.list);
      const values = ex(c.values);
      return list && values && { ...c, list, values };
    }
    case "segment":
      return undefined;
  }
}
