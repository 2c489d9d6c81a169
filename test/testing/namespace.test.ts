import { expect, test, vi } from "vitest";
import type { Engine } from "../../compiler/engines/index.ts";

// A server whose login may create a schema but not drop it: no real server needed.
const admin = {
  name: "postgres",
  closed: false,
  quoteTable: (parts: string[]) => parts.map((p) => `"${p}"`).join("."),
  exec: async (sql: string) => {
    if (sql.startsWith("DROP")) throw new Error("permission denied for schema");
  },
  close: async () => {
    admin.closed = true;
  },
};

vi.mock("../../compiler/engines/index.ts", async (original) => ({
  ...(await original<typeof import("../../compiler/engines/index.ts")>()),
  openEngine: async () => admin as unknown as Engine,
}));

const { namespaceFactory } = await import("../../compiler/testing/namespace.ts");
const { EngineError } = await import("../../compiler/engines/index.ts");

test("a probe namespace that cannot be dropped: the admin connection is closed, an EngineError names the target", async () => {
  const failure = await namespaceFactory("postgres", "postgres://bob:s3cret@db/x").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(EngineError);
  expect((failure as Error).message).toMatch(
    /^postgres:\/\/bob:\*\*\*@db\/x: seg test created the schema seg_test_[0-9a-f]{10} but cannot drop it \(permission denied for schema\); drop it by hand, and use a login that may create and drop them$/,
  );
  expect(admin.closed).toBe(true);
});
