/**
 * Public API of the test runner behind `seg test`: runs the `test` blocks of a project
 * (IRProject.tests) on the JavaScript backend and on SQL engines. See CONTEXT.md.
 */
export { runSegTests } from "./run.ts";
export { testData, testInputs } from "./data.ts";
export { namespaceFactory, type NamespaceFactory } from "./namespace.ts";
export {
  TEST_ENGINE_NAMES,
  type Disagreement,
  type EngineFailure,
  type ExpectationFailure,
  type MembershipExplanation,
  type RunTestsOptions,
  type TestEngineName,
  type TestEngineSpec,
  type TestProgress,
  type TestReport,
  type TestRunResult,
} from "./types.ts";
