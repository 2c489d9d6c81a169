/**
 * The grammar: one grammar-only `CstParser` (recovery on, full node locations), following
 * grammar/CONTEXT.md. No actions build anything here; grammar/visitor.ts turns the CST
 * into the AST.
 *
 * Two pieces of parser state live on the instance and are reset by `resetState()`:
 * - `filter`: true while parsing an event filter (`did E where …`, an aggregate's
 *   `where`); then `in last`, `before`, `after` and `between D and D ago` end the filter
 *   and become the event's window (checked in gates).
 * - `depth`: expression nesting; past MAX_NESTING the parser skips the nested group
 *   instead of recursing, and records where in `tooDeepAt` (SEG0004).
 * Tokens at the top level that cannot start a declaration are skipped up to the next
 * declaration keyword and recorded in `junkAt` (SEG0001).
 * Both skips are plain code outside the grammar DSL (not run while Chevrotain records the
 * grammar), so they do not pollute the lookahead and follow sets.
 */
import { CstParser, EOF, tokenMatcher, type IToken, type TokenType } from "chevrotain";
import { ARITHMETIC, messageProvider } from "./messages.ts";
import * as T from "./lexer.ts";

/** Deepest nesting of parentheses / brackets inside one expression. */
export const MAX_NESTING = 32;

function isType(tok: IToken, type: TokenType): boolean {
  return tokenMatcher(tok, type);
}

/** Tokens after which a window or frequency of `did` may start. */
export class SegParser extends CstParser {
  filter = false;
  depth = 0;
  /**
   * Alternatives and option objects, built once: tsx/esbuild (keepNames) wraps every
   * `{ ALT: () => ... }` closure in a naming helper, which costs more than the parse.
   */
  private readonly cache = new Map<string, unknown>();
  private c<V>(key: string, make: () => V): V {
    let v = this.cache.get(key) as V | undefined;
    if (v === undefined) {
      v = make();
      this.cache.set(key, v);
    }
    return v;
  }
  /** First token of every group swallowed because it was nested too deep. */
  tooDeepAt: IToken[] = [];
  /** First token of every run of tokens that could not start a declaration. */
  junkAt: IToken[] = [];

  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: "onlyOffset",
      maxLookahead: 1,
      skipValidations: process.env.SEG_VALIDATE_GRAMMAR !== "1",
      errorMessageProvider: messageProvider,
    });
    this.performSelfAnalysis();
  }

  resetState(): void {
    this.filter = false;
    this.depth = 0;
    this.tooDeepAt = [];
    this.junkAt = [];
  }

  // ------------------------------------------------------------------------------------
  // Helpers used in gates

  private la(i: number): IToken {
    return this.LA(i);
  }
  private is(i: number, type: TokenType): boolean {
    return isType(this.LA(i), type);
  }

  /** Does a comparison/predicate suffix start here (honouring the event-filter flag)? */
  private suffixStarts(): boolean {
    const t = this.LA(1).tokenType;
    if (isType(this.LA(1), T.CompareOp)) return true;
    switch (t) {
      case T.In:
        if (this.is(2, T.Last)) return !this.filter;
        return true;
      case T.Not:
        return (
          this.is(2, T.In) ||
          this.is(2, T.Contains) ||
          this.is(2, T.Starts) ||
          this.is(2, T.Ends) ||
          this.is(2, T.Matches)
        );
      case T.Between:
        return !(this.filter && this.betweenIsWindow());
      case T.Before:
      case T.After:
        return !this.filter;
      case T.Is:
      case T.Contains:
      case T.Starts:
      case T.Ends:
      case T.Matches:
      case T.Has:
        return true;
      default:
        return false;
    }
  }

  /**
   * At `between`: is this `between D1 and D2 ago` (a window) rather than a comparison?
   * True when the operand after `and` ends in `ago` and the one before it is no time (no
   * `ago`, date or `now` in it; the visitor's isTime decides the same).
   */
  private betweenIsWindow(): boolean {
    let i = 2;
    let depth = 0;
    let sawTime = false;
    for (; ; i++) {
      const tok = this.LA(i);
      const tt = tok.tokenType;
      if (tt === EOF) return false;
      // `ago`, a date or `now` before the `and`, in parentheses too: a time, so a range of
      // times (`between 2024-06-01 and 1 hour ago`), not the window `between 30 days and 7 days ago`
      if (tt === T.Ago || tt === T.TimeLit || tt === T.Now) sawTime = true;
      if (tt === T.LParen || tt === T.LBracket) depth++;
      else if (tt === T.RParen || tt === T.RBracket) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0) {
        if (tt === T.And) break;
        if (tt === T.Or || tt === T.Then || tt === T.Where || tt === T.LBrace || tt === T.RBrace) return false;
      }
      if (i > 200) return false;
    }
    if (sawTime) return false;
    depth = 0;
    for (i++; i < 400; i++) {
      const tok = this.LA(i);
      const tt = tok.tokenType;
      if (tt === EOF) return false;
      if (tt === T.LParen || tt === T.LBracket) depth++;
      else if (tt === T.RParen || tt === T.RBracket) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0) {
        if (tt === T.Ago) return true;
        const ok =
          tt === T.NumberLit ||
          tt === T.Dot ||
          tt === T.Plus ||
          tt === T.Minus ||
          tt === T.Star ||
          tt === T.Slash ||
          isType(tok, T.Unit) ||
          (isType(tok, T.Identifier) &&
            tt !== T.Before &&
            tt !== T.After &&
            tt !== T.Between &&
            tt !== T.On &&
            tt !== T.At &&
            tt !== T.Exactly &&
            tt !== T.Within);
        if (!ok) return false;
      }
    }
    return false;
  }

  /** Does a `did` frequency or window start here? */
  private didTailStarts(): boolean {
    switch (this.LA(1).tokenType) {
      case T.At:
        return this.is(2, T.Least) || this.is(2, T.Most);
      case T.Exactly:
        return this.is(2, T.NumberLit);
      case T.On:
        return this.is(2, T.At) || this.is(2, T.Exactly) || this.is(2, T.NumberLit);
      case T.In:
        return this.is(2, T.Last);
      case T.Between:
      case T.Before:
      case T.After:
        return true;
      default:
        return false;
    }
  }

  private windowStarts(): boolean {
    const t = this.LA(1).tokenType;
    if (t === T.In) return this.is(2, T.Last);
    return t === T.Between || t === T.Before || t === T.After;
  }

  private withFilter<R>(on: boolean, f: () => R): R {
    const saved = this.filter;
    this.ACTION(() => {
      this.filter = on;
    });
    try {
      return f();
    } finally {
      this.ACTION(() => {
        this.filter = saved;
      });
    }
  }

  // ------------------------------------------------------------------------------------
  // Declarations

  file = this.RULE("file", () => {
    const declarations = (): void => this.MANY(() => this.SUBRULE(this.declaration));
    declarations();
    if (this.RECORDING_PHASE) return;
    // Tokens that cannot start a declaration: remember where, skip to the next one.
    while (this.LA(1).tokenType !== EOF) {
      this.junkAt.push(this.LA(1));
      do this.SKIP_TOKEN();
      while (this.LA(1).tokenType !== EOF && !this.declarationStarts());
      declarations();
    }
  });

  private declarationStarts(at = 1): boolean {
    const t = this.LA(at).tokenType;
    return (
      t === T.Entity ||
      t === T.Events ||
      t === T.Const ||
      t === T.Param ||
      t === T.Trait ||
      t === T.Segment ||
      t === T.Test
    );
  }

  /** A declaration keyword followed by what a declaration needs (`segment x`, `test "t"`). */
  private declStartsHere(): boolean {
    if (!this.declarationStarts()) return false;
    const t = this.LA(1).tokenType;
    if (t === T.Test) return this.is(2, T.StringLit);
    if (t === T.Events) return this.is(2, T.Of);
    return this.is(2, T.Identifier);
  }

  declaration = this.RULE("declaration", () => {
    this.OR(this.c("OR@7331", () => [
      { ALT: () => this.SUBRULE(this.entityDecl) },
      { ALT: () => this.SUBRULE(this.eventsDecl) },
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.paramDecl) },
      { ALT: () => this.SUBRULE(this.traitDecl) },
      { ALT: () => this.SUBRULE(this.segmentDecl) },
      { ALT: () => this.SUBRULE(this.testDecl) },
    ]));
  });

  entityDecl = this.RULE("entityDecl", () => {
    this.CONSUME(T.Entity);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.LBrace);
    this.MANY(this.c("MANY@7874", () => ({ GATE: () => !this.declStartsHere(), DEF: () => this.SUBRULE(this.entityMember) })));
    this.CONSUME(T.RBrace);
  });

  entityMember = this.RULE("entityMember", () => {
    this.OR(this.c("OR@8059", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.is(2, T.StringLit),
          ALT: () => this.SUBRULE(this.tableClause),
        },
        {
          GATE: () => this.is(1, T.Key) && !this.is(2, T.Colon),
          ALT: () => {
            this.CONSUME(T.Key);
            this.SUBRULE(this.typedMember);
          },
        },
        {
          GATE: () => this.is(3, T.Identifier) && this.is(4, T.Via),
          ALT: () => this.SUBRULE(this.relationMember),
        },
        { ALT: () => this.SUBRULE1(this.typedMember) },
      ],
    })));
  });

  tableClause = this.RULE("tableClause", () => {
    this.CONSUME(T.Table);
    this.CONSUME(T.StringLit, { LABEL: "value" });
  });

  /** `name: type [column "c"]` — attributes, keys and event properties. */
  typedMember = this.RULE("typedMember", () => {
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
    this.OPTION(this.c("OPTION@9030", () => ({
      GATE: () => this.is(2, T.StringLit),
      DEF: () => {
        this.CONSUME(T.Column);
        this.CONSUME(T.StringLit, { LABEL: "column" });
      },
    })));
  });

  relationMember = this.RULE("relationMember", () => {
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Colon);
    this.CONSUME1(T.Identifier, { LABEL: "target" });
    this.CONSUME(T.Via);
    this.CONSUME2(T.Identifier, { LABEL: "foreignKey" });
  });

  type = this.RULE("type", () => {
    this.OR(this.c("OR@9534", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.StringType) },
        { ALT: () => this.CONSUME(T.NumberType) },
        { ALT: () => this.CONSUME(T.BooleanType) },
        {
          ALT: () => {
            this.CONSUME(T.Timestamp);
            this.OPTION(() => this.SUBRULE(this.storage));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Enum);
            this.CONSUME(T.LParen);
            this.OPTION1(() => {
              this.CONSUME(T.StringLit, { LABEL: "values" });
              this.MANY(this.c("MANY@10110", () => ({
                GATE: () => !this.is(2, T.RParen),
                DEF: () => {
                  this.CONSUME(T.Comma);
                  this.CONSUME1(T.StringLit, { LABEL: "values" });
                },
              })));
              this.OPTION2(() => this.CONSUME1(T.Comma));
            });
            this.CONSUME(T.RParen);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.List);
            this.CONSUME(T.Lt);
            this.SUBRULE(this.type, { LABEL: "element" });
            this.CONSUME(T.Gt);
          },
        },
      ],
    })));
  });

  /** `(unix_seconds)` / `(unix_millis)` / `(iso_text)` / `(native)` */
  storage = this.RULE("storage", () => {
    this.CONSUME(T.LParen);
    this.OR(this.c("OR@10836", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.UnixSeconds) },
        { ALT: () => this.CONSUME(T.UnixMillis) },
        { ALT: () => this.CONSUME(T.IsoText) },
        { ALT: () => this.CONSUME(T.NativeStorage) },
      ],
    })));
    this.CONSUME(T.RParen);
  });

  eventsDecl = this.RULE("eventsDecl", () => {
    this.CONSUME(T.Events);
    this.CONSUME(T.Of);
    this.CONSUME(T.Identifier, { LABEL: "entity" });
    this.CONSUME(T.LBrace);
    this.MANY(this.c("MANY@11205", () => ({ GATE: () => !this.declStartsHere(), DEF: () => this.SUBRULE(this.eventsMember) })));
    this.CONSUME(T.RBrace);
  });

  eventsMember = this.RULE("eventsMember", () => {
    this.OR(this.c("OR@11390", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.is(2, T.StringLit), ALT: () => this.SUBRULE(this.tableClause) },
        { GATE: () => this.is(2, T.Column), ALT: () => this.SUBRULE(this.columnClause) },
        { ALT: () => this.SUBRULE(this.eventDecl) },
      ],
    })));
  });

  /** `user column "user_id"`, `time column "ts" (unix_seconds)`, `name column "event"` */
  columnClause = this.RULE("columnClause", () => {
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Column);
    this.CONSUME(T.StringLit, { LABEL: "value" });
    this.OPTION(() => this.SUBRULE(this.storage));
  });

  eventDecl = this.RULE("eventDecl", () => {
    this.CONSUME(T.Event);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.OPTION(() => {
      this.CONSUME(T.Named);
      const list = !this.RECORDING_PHASE && this.LA(1).tokenType === T.LBracket;
      this.CONSUME(T.StringLit, { LABEL: "storedName" });
      // `named ["login", "Login"]`: one error (the mismatch says why), not one per element.
      // The recovery skipped the `[` and read the first string (or, before a string-less
      // list, left the rule: the list's other tokens are reported where they stand).
      if (list) this.skipPastClosing(T.LBracket, T.RBracket, this.LA(1).tokenType === T.LBracket ? 0 : 1);
    });
    this.OPTION1(() => {
      this.CONSUME(T.LBrace);
      this.MANY(this.c("MANY@12337", () => ({
        GATE: () => !this.declStartsHere(),
        DEF: () => {
        this.SUBRULE(this.eventMember);
        this.OPTION2(() => this.CONSUME(T.Comma));
        },
      })));
      this.CONSUME(T.RBrace);
    });
  });

  eventMember = this.RULE("eventMember", () => {
    this.OR(this.c("OR@12624", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.is(2, T.StringLit), ALT: () => this.SUBRULE(this.tableClause) },
        { GATE: () => this.is(2, T.Column), ALT: () => this.SUBRULE(this.columnClause) },
        { ALT: () => this.SUBRULE(this.typedMember) },
      ],
    })));
  });

  constDecl = this.RULE("constDecl", () => {
    this.CONSUME(T.Const);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expr);
  });

  paramDecl = this.RULE("paramDecl", () => {
    this.CONSUME(T.Param);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expr);
  });

  traitDecl = this.RULE("traitDecl", () => {
    this.CONSUME(T.Trait);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.OPTION(() => {
      this.CONSUME(T.Of);
      this.CONSUME1(T.Identifier, { LABEL: "entity" });
    });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expr);
  });

  segmentDecl = this.RULE("segmentDecl", () => {
    this.CONSUME(T.Segment);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.OPTION(() => {
      this.CONSUME(T.Of);
      this.CONSUME1(T.Identifier, { LABEL: "entity" });
    });
    this.OR(this.c("OR@13862", () => [
      {
        ALT: () => {
          this.CONSUME(T.Assign);
          this.SUBRULE(this.expr);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY(() => this.SUBRULE(this.segmentItem));
          this.CONSUME(T.RBrace);
        },
      },
    ]));
  });

  segmentItem = this.RULE("segmentItem", () => {
    this.OR(this.c("OR@14234", () => [
      {
        ALT: () => {
          this.CONSUME(T.Owner);
          this.CONSUME(T.StringLit, { LABEL: "owner" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Tags);
          this.SUBRULE(this.list);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Deprecated);
          this.OPTION(() => this.CONSUME1(T.StringLit, { LABEL: "reason" }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Where);
          this.SUBRULE(this.expr);
        },
      },
    ]));
  });

  testDecl = this.RULE("testDecl", () => {
    this.CONSUME(T.Test);
    this.CONSUME(T.StringLit, { LABEL: "name" });
    this.CONSUME(T.LBrace);
    this.MANY(this.c("MANY@14947", () => ({ GATE: () => !this.declStartsHere(), DEF: () => this.SUBRULE(this.testItem) })));
    this.CONSUME(T.RBrace);
  });

  testItem = this.RULE("testItem", () => {
    this.OR(this.c("OR@15120", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.is(2, T.Of),
          ALT: () => {
            this.CONSUME(T.As);
            this.CONSUME(T.Of);
            this.SUBRULE(this.expr);
          },
        },
        {
          GATE: () => !this.is(3, T.LBrace),
          ALT: () => {
            this.CONSUME(T.Expect);
            this.SUBRULE(this.recordName);
            this.OPTION(() => this.CONSUME(T.Not));
            this.CONSUME(T.In);
            this.CONSUME1(T.Identifier, { LABEL: "segment" });
          },
        },
        { ALT: () => this.SUBRULE(this.testRecord) },
      ],
    })));
  });

  /**
   * A test record's name; a number (`user 1 {`, the key written as the name) is read too, so
   * that the visitor can say where the key goes instead of a cascade of syntax errors.
   */
  recordName = this.RULE("recordName", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Identifier, { LABEL: "alias" }) }, { ALT: () => this.CONSUME(T.NumberLit, { LABEL: "alias" }) }]);
  });

  testRecord = this.RULE("testRecord", () => {
    this.CONSUME(T.Identifier, { LABEL: "entity" });
    this.SUBRULE(this.recordName);
    this.CONSUME(T.LBrace);
    this.MANY(this.c("MANY@15981", () => ({
      GATE: () => !this.declStartsHere(),
      DEF: () => {
      this.OR(this.c("OR@16060", () => ({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => this.is(2, T.Colon),
            ALT: () => {
              this.SUBRULE(this.testField);
              // Fields on one line read like JSON (`{ plan: "pro", age: 30 }`), as event properties do.
              this.OPTION(() => this.CONSUME(T.Comma));
            },
          },
          { ALT: () => this.SUBRULE(this.testEvent) },
        ],
      })));
      },
    })));
    this.CONSUME(T.RBrace);
  });

  testField = this.RULE("testField", () => {
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expr);
  });

  testEvent = this.RULE("testEvent", () => {
    this.CONSUME(T.Identifier, { LABEL: "event" });
    this.OPTION(() => {
      this.CONSUME(T.LBrace);
      this.MANY(() => {
        this.SUBRULE(this.testField);
        this.OPTION1(() => this.CONSUME(T.Comma));
      });
      this.CONSUME(T.RBrace);
    });
    this.CONSUME(T.At);
    this.SUBRULE(this.expr);
  });

  // ------------------------------------------------------------------------------------
  // Expressions

  expr = this.RULE("expr", () => {
    if (!this.RECORDING_PHASE && this.depth >= MAX_NESTING) {
      this.skipTooDeep();
      return;
    }
    this.depth++;
    try {
      // `or` level, inlined (one CST level less per value)
      this.SUBRULE(this.andExpr, { LABEL: "operands" });
      this.MANY(() => {
        this.CONSUME(T.Or);
        this.SUBRULE1(this.andExpr, { LABEL: "operands" });
      });
    } finally {
      this.depth--;
    }
  });

  /** Swallows an expression nested deeper than MAX_NESTING, up to its closing bracket. */
  private skipTooDeep(): void {
    this.tooDeepAt.push(this.LA(1));
    let balance = 0;
    for (;;) {
      const tt = this.LA(1).tokenType;
      if (tt === EOF) return;
      if (tt === T.LParen || tt === T.LBracket || tt === T.LBrace) balance++;
      else if (tt === T.RParen || tt === T.RBracket || tt === T.RBrace) {
        if (balance === 0) return;
        balance--;
      }
      this.SKIP_TOKEN();
    }
  }

  andExpr = this.RULE("andExpr", () => {
    this.SUBRULE(this.notExpr, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE1(this.notExpr, { LABEL: "operands" });
    });
  });

  notExpr = this.RULE("notExpr", () => {
    this.MANY(() => this.CONSUME(T.Not));
    this.SUBRULE(this.predicate);
  });

  predicate = this.RULE("predicate", () => {
    this.OR(this.c("OR@18348", () => [
      {
        ALT: () => {
          this.CONSUME(T.In);
          this.CONSUME(T.Identifier, { LABEL: "segment" });
        },
      },
      { ALT: () => this.SUBRULE(this.didExpr) },
      {
        ALT: () => {
          this.SUBRULE(this.additive);
          this.OPTION(this.c("OPTION@18624", () => ({ GATE: () => this.suffixStarts(), DEF: () => this.SUBRULE(this.suffix) })));
        },
      },
    ]));
  });

  suffix = this.RULE("suffix", () => {
    this.OR(this.c("OR@18790", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.CompareOp);
            this.SUBRULE(this.additive);
            this.OPTION(() => this.SUBRULE(this.ignoringCase));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Between);
            this.SUBRULE1(this.additive, { LABEL: "low" });
            this.CONSUME(T.And);
            this.SUBRULE2(this.additive, { LABEL: "high" });
          },
        },
        {
          GATE: () => this.is(2, T.Last),
          ALT: () => {
            this.CONSUME(T.In, { LABEL: "inLast" });
            this.CONSUME(T.Last);
            this.SUBRULE3(this.additive, { LABEL: "duration" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Before);
            this.SUBRULE4(this.additive, { LABEL: "time" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.After);
            this.SUBRULE5(this.additive, { LABEL: "time" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            this.OPTION1(() => this.CONSUME(T.Not));
            this.CONSUME(T.Set);
          },
        },
        {
          ALT: () => {
            this.OPTION2(() => this.CONSUME1(T.Not));
            this.OR1(this.c("OR1@20126", () => ({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  ALT: () => {
                    this.CONSUME1(T.In);
                    this.OR2(this.c("OR2@20308", () => ({
                      IGNORE_AMBIGUITIES: true,
                      DEF: [
                        { ALT: () => this.SUBRULE(this.list) },
                        { ALT: () => this.CONSUME(T.Identifier, { LABEL: "listRef" }) },
                      ],
                    })));
                    this.OPTION3(() => this.SUBRULE1(this.ignoringCase));
                  },
                },
                {
                  ALT: () => {
                    this.OR3(this.c("OR3@20781", () => [
                      { ALT: () => this.CONSUME(T.Contains) },
                      {
                        ALT: () => {
                          this.CONSUME(T.Starts);
                          this.CONSUME(T.With);
                        },
                      },
                      {
                        ALT: () => {
                          this.CONSUME(T.Ends);
                          this.CONSUME1(T.With);
                        },
                      },
                    ]));
                    this.SUBRULE6(this.additive, { LABEL: "pattern" });
                    this.OPTION4(() => this.SUBRULE2(this.ignoringCase));
                  },
                },
                {
                  ALT: () => {
                    this.CONSUME(T.Matches);
                    this.CONSUME(T.StringLit, { LABEL: "regex" });
                    this.OPTION5(() => this.SUBRULE3(this.ignoringCase));
                  },
                },
              ],
            })));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Has);
            this.OR4(this.c("OR4@21896", () => ({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  GATE: () => this.is(2, T.LBracket) || this.is(2, T.Identifier),
                  ALT: () => {
                    this.CONSUME(T.Any);
                    this.SUBRULE7(this.additive, { LABEL: "values" });
                  },
                },
                {
                  GATE: () => this.is(2, T.LBracket) || this.is(2, T.Identifier),
                  ALT: () => {
                    this.CONSUME(T.All);
                    this.SUBRULE8(this.additive, { LABEL: "values" });
                  },
                },
                { ALT: () => this.SUBRULE9(this.additive, { LABEL: "values" }) },
              ],
            })));
          },
        },
      ],
    })));
  });

  ignoringCase = this.RULE("ignoringCase", () => {
    this.CONSUME(T.Ignoring);
    this.CONSUME(T.Case);
  });

  additive = this.RULE("additive", () => {
    this.SUBRULE(this.multiplicative, { LABEL: "operands" });
    this.MANY(() => {
      this.OR(this.c("OR@22944", () => [
        { ALT: () => this.CONSUME(T.Plus, { LABEL: "ops" }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: "ops" }) },
      ]));
      this.SUBRULE1(this.multiplicative, { LABEL: "operands" });
    });
  });

  multiplicative = this.RULE("multiplicative", () => {
    this.SUBRULE(this.unary, { LABEL: "operands" });
    this.MANY(() => {
      this.OR(this.c("OR@23307", () => [
        { ALT: () => this.CONSUME(T.Star, { LABEL: "ops" }) },
        { ALT: () => this.CONSUME(T.Slash, { LABEL: "ops" }) },
      ]));
      this.SUBRULE1(this.unary, { LABEL: "operands" });
    });
  });

  /** `{-} primary {.member} [ago]` (unary and postfix in one rule: one CST level less). */
  unary = this.RULE("unary", () => {
    this.MANY1(() => this.CONSUME(T.Minus));
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME(T.Identifier, { LABEL: "members" });
    });
    this.OPTION(() => this.CONSUME(T.Ago));
  });

  primary = this.RULE("primary", () => {
    this.OR(this.c("OR@23927", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.NumberLit);
            this.OPTION(() => this.CONSUME(T.Unit));
          },
        },
        { ALT: () => this.CONSUME(T.StringLit) },
        { ALT: () => this.CONSUME(T.TimeLit) },
        { ALT: () => this.CONSUME(T.True) },
        { ALT: () => this.CONSUME(T.False) },
        { ALT: () => this.SUBRULE(this.list) },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            this.withFilter(false, () => this.SUBRULE(this.expr));
            this.CONSUME(T.RParen);
          },
        },
        { GATE: () => this.is(2, T.LParen), ALT: () => this.SUBRULE(this.aggregate) },
        { GATE: () => this.is(2, T.LParen), ALT: () => this.SUBRULE(this.daysSince) },
        { ALT: () => this.CONSUME(T.Now) },
        { GATE: () => !this.declStartsHere(), ALT: () => this.CONSUME(T.Identifier) },
      ],
    })));
  });

  list = this.RULE("list", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.withFilter(false, () => {
        this.SUBRULE(this.expr, { LABEL: "items" });
        this.MANY(this.c("MANY@25080", () => ({
          GATE: () => !this.is(2, T.RBracket),
          DEF: () => {
            this.CONSUME(T.Comma);
            this.SUBRULE1(this.expr, { LABEL: "items" });
          },
        })));
      });
      this.OPTION1(() => this.CONSUME1(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  aggregate = this.RULE("aggregate", () => {
    this.CONSUME(T.AggFn);
    this.CONSUME(T.LParen);
    this.CONSUME(T.Identifier, { LABEL: "event" });
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      this.CONSUME1(T.Identifier, { LABEL: "property" });
    });
    this.OPTION1(() => {
      this.CONSUME(T.Where);
      this.withFilter(true, () => this.SUBRULE(this.expr));
    });
    this.MANY(() => this.SUBRULE(this.window));
    const expressionInside = !this.RECORDING_PHASE && ARITHMETIC.includes(this.LA(1).tokenType);
    this.CONSUME(T.RParen);
    // `sum(a * b)`: the mismatch above says why; the rest of the expression up to its `)`
    // is skipped, or it would be read as arithmetic on the aggregate (two more errors).
    if (expressionInside) this.skipPastClosing(T.LParen, T.RParen, 1);
  });

  /**
   * Skips to just after the `close` that closes the group `depth` levels up (1: the group
   * the parser is in; 0: the group starting at the next token), if one comes before the
   * declaration ends.
   */
  private skipPastClosing(open: TokenType, close: TokenType, depth: number): void {
    for (let i = 1; ; i++) {
      const t = this.LA(i).tokenType;
      if (t === EOF || t === T.RBrace || this.declarationStarts(i)) return;
      if (t === open) depth++;
      else if (t === close && --depth === 0) {
        for (let k = 0; k < i; k++) this.SKIP_TOKEN();
        return;
      }
    }
  }

  daysSince = this.RULE("daysSince", () => {
    this.CONSUME(T.DaysSince);
    this.CONSUME(T.LParen);
    this.withFilter(false, () => this.SUBRULE(this.expr));
    this.CONSUME(T.RParen);
  });

  // ------------------------------------------------------------------------------------
  // Behaviour

  didExpr = this.RULE("didExpr", () => {
    this.CONSUME(T.Did);
    this.OPTION(() => this.CONSUME(T.Not));
    this.SUBRULE(this.didStep, { LABEL: "first" });
    this.MANY(() => this.SUBRULE(this.thenStep));
    this.MANY1(this.c("MANY1@26379", () => ({
      GATE: () => this.didTailStarts(),
      DEF: () => {
        this.OR(this.c("OR@26459", () => ({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { GATE: () => !this.windowStarts(), ALT: () => this.SUBRULE(this.frequency) },
            { ALT: () => this.SUBRULE(this.window) },
          ],
        })));
      },
    })));
  });

  didStep = this.RULE("didStep", () => {
    this.CONSUME(T.Identifier, { LABEL: "event" });
    this.OPTION(() => {
      this.CONSUME(T.Where);
      this.withFilter(true, () => this.SUBRULE(this.notExpr));
    });
  });

  thenStep = this.RULE("thenStep", () => {
    this.CONSUME(T.Then);
    this.OPTION(() => this.CONSUME(T.Not));
    this.SUBRULE(this.didStep, { LABEL: "step" });
    this.OPTION1(() => {
      this.CONSUME(T.Within);
      this.SUBRULE(this.additive, { LABEL: "within" });
    });
  });

  frequency = this.RULE("frequency", () => {
    this.OR(this.c("OR@27279", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.SUBRULE(this.bound);
            this.CONSUME(T.NumberLit, { LABEL: "count" });
            this.OR1(this.c("OR1@27476", () => [
              { ALT: () => this.CONSUME(T.Times, { LABEL: "times" }) },
              { ALT: () => this.CONSUME(T.Time, { LABEL: "times" }) },
            ]));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.On);
            this.OPTION(() => this.SUBRULE1(this.bound));
            this.CONSUME1(T.NumberLit, { LABEL: "count" });
            this.CONSUME(T.Day, { LABEL: "days" });
          },
        },
      ],
    })));
  });

  /** `at least`, `at most`, `exactly` */
  bound = this.RULE("bound", () => {
    this.OR(this.c("OR@28036", () => [
      {
        ALT: () => {
          this.CONSUME(T.At);
          this.OR1(this.c("OR1@28115", () => [{ ALT: () => this.CONSUME(T.Least) }, { ALT: () => this.CONSUME(T.Most) }]));
        },
      },
      { ALT: () => this.CONSUME(T.Exactly) },
    ]));
  });

  window = this.RULE("window", () => {
    this.OR(this.c("OR@28326", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.In);
            this.CONSUME(T.Last);
            this.SUBRULE(this.additive, { LABEL: "duration" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Between);
            this.SUBRULE1(this.additive, { LABEL: "low" });
            this.CONSUME(T.And);
            this.SUBRULE2(this.additive, { LABEL: "high" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Before);
            this.SUBRULE3(this.additive, { LABEL: "time" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.After);
            this.SUBRULE4(this.additive, { LABEL: "time" });
          },
        },
      ],
    })));
  });
}
