/** The types of the `seg test` runner (compiler/testing). Plain, JSON-serializable results. */
import type { Engine } from "../engines/types.ts";

/** Where a test can run: the JavaScript backend, or the SQL backend on one engine. */
export type TestEngineName = "js" | "sqlite" | "duckdb" | "postgres" | "mysql";

export const TEST_ENGINE_NAMES: readonly TestEngineName[] = ["js", "sqlite", "duckdb", "postgres", "mysql"];

export interface TestEngineSpec {
  name: TestEngineName;
  /**
   * Connection target of a server engine (`postgres://…`, `mysql://…`); required for
   * postgres and mysql, ignored by js, sqlite and duckdb (always in-memory).
   */
  target?: string;
  /** The name shown in reports (default: `name`). Labels must be unique within a run. */
  label?: string;
  /**
   * A custom connection for a SQL engine: called once per test, must return an engine on
   * an empty, isolated namespace whose `close()` discards it. Default: a new in-memory
   * database (sqlite, duckdb) or a uniquely prefixed schema on `target` (postgres, mysql).
   * For embedding the runner and for testing it (an engine that answers wrongly).
   */
  open?: () => Promise<Engine>;
}

/** One expectation that did not hold on one engine. */
export interface ExpectationFailure {
  test: string;
  file: string;
  /** 0-based line of the `expect` in `file`. */
  line: number;
  entity: string;
  alias: string;
  key: string | number;
  segment: string;
  /** Expected membership (`expect x in s` → true, `expect x not in s` → false). */
  expected: boolean;
  /** What the engine computed. */
  actual: boolean;
  engine: string;
  /**
   * Why the record is (not) a member, as the JavaScript backend computes it on the test's
   * data; absent when that backend computes another membership (a disagreement).
   */
  why?: MembershipExplanation;
}

/**
 * A segment's top-level clauses for one record: its `and` terms (`mode: "all"`, the
 * record is a member when every clause holds) or its `or` alternatives (`"any"`).
 */
export interface MembershipExplanation {
  mode: "all" | "any";
  clauses: {
    /** The clause in words, as `seg explain` writes it. */
    clause: string;
    holds: boolean;
    /** The attributes, keys and event aggregates it reads, with their values (`missing`). */
    values: { name: string; value: string }[];
  }[];
}

/** The outcome of one test on one engine. */
export interface TestRunResult {
  test: string;
  file: string;
  /** 0-based line of the `test` block. */
  line: number;
  engine: string;
  /**
   * `passed`: every expectation held and the engine agreed with the others.
   * `failed`: an expectation failed, or the engine is on the losing side of a disagreement.
   * `error`: the engine could not run the test (the message is in `error`).
   */
  status: "passed" | "failed" | "error";
  failures: ExpectationFailure[];
  /** The engine is in the minority (or a tie) of at least one disagreement of this test. */
  disagrees: boolean;
  error?: string;
}

/**
 * Engines that computed different memberships for one record and segment of one test,
 * whether or not an expectation covers that pair.
 */
export interface Disagreement {
  test: string;
  file: string;
  /** 0-based line of the `test` block. */
  line: number;
  entity: string;
  alias: string;
  key: string | number;
  segment: string;
  /** Engines that found the record a member / not a member, in run order. */
  members: string[];
  nonMembers: string[];
  /** The smaller side (both sides on a tie): the engines blamed for the disagreement. */
  minority: string[];
}

/** A requested engine that could not be used at all (unreachable server, bad target). */
export interface EngineFailure {
  engine: string;
  target: string;
  message: string;
}

export interface TestReport {
  /** Every test × usable engine, in test order then engine order. */
  results: TestRunResult[];
  disagreements: Disagreement[];
  engineFailures: EngineFailure[];
  /** Counts of `results` (test × engine pairs). */
  passed: number;
  failed: number;
  /** Labels of the engines that ran. */
  engines: string[];
}

export interface TestProgress {
  test: string;
  engine: string;
  /** Pairs finished so far, and in all. */
  done: number;
  total: number;
}

export interface RunTestsOptions {
  engines: TestEngineSpec[];
  onProgress?: (progress: TestProgress) => void;
  /** Only tests whose name is in this list (default: every test). */
  only?: string[];
  /**
   * Stops the run: no test starts once it is aborted; the tests running finish and drop
   * their namespaces, then runSegTests rejects with the signal's reason.
   */
  signal?: AbortSignal;
}
