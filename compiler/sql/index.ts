/** Public API of the SQL backend. See CONTEXT.md. */
export type { Dialect, DialectName, Sql } from "./dialect.ts";
export { DialectLimitError } from "./dialect.ts";
export { dialects, DIALECT_NAMES, getDialect, isDialectName } from "./registry.ts";
export {
  compileDuplicateKeys,
  compileMembership,
  compileMembershipText,
  compileMistypedValues,
  compileSegment,
  compileSegmentQuery,
  segmentEntities,
  withAsOf,
  SqlCompileError,
  type CompileOptions,
  type CompiledQuery,
  type EmitKind,
  type MembershipOptions,
  type SegmentOptions,
  type TypedColumn,
} from "./compile.ts";
export {
  findDuplicateKeys,
  findMistypedValues,
  findColumnTypeMismatches,
  findUnreadableColumns,
  MISTYPED_SAMPLE,
  MAX_COLUMNS_PER_QUERY,
  membershipBatches,
  runMembership,
  type DuplicateKeys,
  type MistypedValues,
  type ColumnTypeMismatch,
  type UnreadableColumn,
  type RunOptions,
  type RunResult,
  type SegmentResult,
} from "./run.ts";
