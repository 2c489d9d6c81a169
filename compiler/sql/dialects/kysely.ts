/**
 * Compile-only Kysely instances: a dialect's adapter and query compiler with a DummyDriver,
 * so queries compile to text without a database.
 */
import {
  DefaultQueryCompiler,
  type IdentifierNode,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  type DialectAdapter,
  type QueryCompiler,
} from "kysely";
import type { DynamicDatabase } from "../dialect.ts";

export function compileOnlyKysely(
  createQueryCompiler: () => QueryCompiler,
  createAdapter: () => DialectAdapter = () => new SqliteAdapter(),
): Kysely<DynamicDatabase> {
  return new Kysely<DynamicDatabase>({
    dialect: {
      createAdapter,
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler,
    },
  });
}

/**
 * Query compiler for engines without a Kysely package: positional `?` parameters and a
 * configurable identifier quote (BigQuery backticks with backslash escapes, Snowflake
 * double quotes doubled).
 */
export class PositionalQueryCompiler extends DefaultQueryCompiler {
  constructor(
    private readonly quote: string,
    private readonly sanitize: (identifier: string) => string,
    /** Names written without quotes (BigQuery tools reject quoted CTE names). */
    private readonly bare: (identifier: string) => boolean = () => false,
  ) {
    super();
  }
  protected override visitIdentifier(node: IdentifierNode): void {
    if (this.bare(node.name)) this.append(node.name);
    else super.visitIdentifier(node);
  }
  protected override getCurrentParameterPlaceholder(): string {
    return "?";
  }
  protected override getLeftIdentifierWrapper(): string {
    return this.quote;
  }
  protected override getRightIdentifierWrapper(): string {
    return this.quote;
  }
  protected override sanitizeIdentifier(identifier: string): string {
    return this.sanitize(identifier);
  }
}
