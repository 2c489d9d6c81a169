/**
 * What a database's catalog says about its tables, read through an engine: the schemas seg
 * init looks in, their tables and views, each column's declared type, single-column primary
 * keys and foreign keys. information_schema on PostgreSQL, MariaDB/MySQL and DuckDB
 * (duckdb_constraints() for keys), sqlite_master and the table_info / foreign_key_list
 * pragmas on SQLite (every attached database but `temp`).
 */
import { EngineError, type Engine, type Row } from "../../compiler/engines/index.ts";
import { DEMO_MARKER_TABLE } from "../commands/demo.ts";

export interface CatalogColumn {
  name: string;
  /** The engine's name of the type, lower case (`timestamp with time zone`, `tinyint(1)`, SQLite's declared type or ""). */
  type: string;
}

export interface ForeignKey {
  column: string;
  /** The referenced table as `schema.table` in the catalog, and its column. */
  schema: string;
  table: string;
  refColumn: string;
}

export interface CatalogTable {
  schema: string;
  name: string;
  view: boolean;
  columns: CatalogColumn[];
  /** The column of a one-column primary key. */
  primaryKey?: string;
  /** One-column unique constraints. */
  unique: string[];
  foreignKeys: ForeignKey[];
  /** Why the catalog could not describe the table (a SQLite view over a table dropped since): the engine's words. */
  unreadable?: string;
}

export interface Catalog {
  /** The schema whose tables a query names without a schema (`public`, `main`, the URL's database). */
  defaultSchema: string;
  /** The schemas read. */
  schemas: string[];
  tables: CatalogTable[];
  /** Other schemas that hold tables, when none of `schemas` did: for the message. */
  otherSchemas: string[];
}

/** Placeholder `i` (from 1) of the engine's dialect. */
export function placeholder(engine: Engine, i: number): string {
  return engine.name === "postgres" ? `$${i}` : "?";
}

function placeholders(engine: Engine, count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => placeholder(engine, from + i)).join(", ");
}

const text = (row: Row, key: string): string => String(row[key] ?? "");

/** The catalog of `requestedSchemas`, or of the database's default ones (docs/cli.md) when none are given. */
export async function readCatalog(engine: Engine, requestedSchemas: string[]): Promise<Catalog> {
  const defaultSchema = await readDefaultSchema(engine);
  const schemas = requestedSchemas.length > 0 ? requestedSchemas : await readDefaultSchemas(engine, defaultSchema);
  const tables = schemas.length === 0 ? [] : engine.name === "sqlite" ? await sqliteTables(engine, schemas) : await informationSchemaTables(engine, schemas);
  const otherSchemas = tables.length === 0 ? (await schemasWithTables(engine)).filter((s) => !schemas.includes(s)) : [];
  return { defaultSchema, schemas, tables, otherSchemas };
}

async function readDefaultSchema(engine: Engine): Promise<string> {
  switch (engine.name) {
    case "sqlite":
      return "main";
    case "mysql": {
      const [row] = await engine.query("SELECT DATABASE() AS s");
      return row?.["s"] == null ? "" : text(row, "s");
    }
    default: {
      const [row] = await engine.query("SELECT current_schema() AS s");
      return row?.["s"] == null ? "" : text(row, "s");
    }
  }
}

/**
 * PostgreSQL: the schemas of the search path; MariaDB: the URL's database; DuckDB: every
 * schema of the file's database; SQLite: the main database and every attached one (the
 * `<file>.<schema>.db` files seg's SQLite engine attaches).
 */
async function readDefaultSchemas(engine: Engine, defaultSchema: string): Promise<string[]> {
  switch (engine.name) {
    case "sqlite":
      return sqliteDatabases(engine);
    case "postgres":
      return (await engine.query("SELECT unnest(current_schemas(false)) AS s")).map((r) => text(r, "s"));
    case "mysql":
      return defaultSchema === "" ? [] : [defaultSchema];
    case "duckdb":
      return (
        await engine.query(
          "SELECT schema_name AS s FROM information_schema.schemata WHERE catalog_name = current_database() AND schema_name NOT IN ('information_schema', 'pg_catalog') ORDER BY schema_name",
        )
      ).map((r) => text(r, "s"));
  }
}

/** Schemas other than the system ones that hold at least one table. */
async function schemasWithTables(engine: Engine): Promise<string[]> {
  if (engine.name === "sqlite") return sqliteDatabases(engine);
  const system = "('information_schema', 'pg_catalog', 'pg_toast', 'mysql', 'performance_schema', 'sys')";
  const catalog = engine.name === "duckdb" ? " AND table_catalog = current_database()" : "";
  const rows = await engine.query(
    `SELECT DISTINCT table_schema AS s FROM information_schema.tables WHERE table_schema NOT IN ${system}${catalog} ORDER BY 1 LIMIT 20`,
  );
  return rows.map((r) => text(r, "s"));
}

/** The main database and the attached ones (`temp` holds no table of the user's). */
async function sqliteDatabases(engine: Engine): Promise<string[]> {
  return (await engine.query("PRAGMA database_list")).map((r) => text(r, "name")).filter((n) => n !== "temp");
}

async function sqliteTables(engine: Engine, schemas: string[]): Promise<CatalogTable[]> {
  const tables: CatalogTable[] = [];
  const attached = await sqliteDatabases(engine);
  // A --schema that names no attached database has no tables (its sqlite_master is an error).
  for (const schema of schemas.filter((s) => attached.includes(s))) {
    const master = engine.quoteTable([schema, "sqlite_master"]);
    const rows = await engine.query(`SELECT name, type FROM ${master} WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`);
    for (const r of rows) {
      const name = text(r, "name");
      // seg demo's own mark in each file it writes: no data of the user's.
      if (name === DEMO_MARKER_TABLE) continue;
      let info: Row[];
      try {
        info = await engine.query("SELECT name, type, pk FROM pragma_table_info(?, ?) ORDER BY cid", [name, schema]);
      } catch (error) {
        // A view whose table was dropped: described by nothing, read by nothing.
        if (!(error instanceof EngineError)) throw error;
        tables.push({ schema, name, view: text(r, "type") === "view", columns: [], unique: [], foreignKeys: [], unreadable: error.reason ?? error.message });
        continue;
      }
      const pk = info.filter((c) => Number(c["pk"]) > 0);
      const fks = await engine.query('SELECT "from" AS c, "table" AS t, "to" AS r FROM pragma_foreign_key_list(?, ?)', [name, schema]);
      const table: CatalogTable = {
        schema,
        name,
        view: text(r, "type") === "view",
        columns: info.map((c) => ({ name: text(c, "name"), type: text(c, "type").toLowerCase() })),
        unique: [],
        // `to` is NULL for a reference to the other table's primary key: resolved later.
        foreignKeys: fks.map((f) => ({ column: text(f, "c"), schema, table: text(f, "t"), refColumn: f["r"] == null ? "" : text(f, "r") })),
      };
      if (pk.length === 1) table.primaryKey = text(pk[0]!, "name");
      tables.push(table);
    }
  }
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      if (fk.refColumn === "") fk.refColumn = tables.find((t) => t.schema === fk.schema && t.name === fk.table)?.primaryKey ?? "";
    }
  }
  return tables;
}

async function informationSchemaTables(engine: Engine, schemas: string[]): Promise<CatalogTable[]> {
  const inSchemas = engine.name === "postgres" ? "= ANY($1)" : `IN (${placeholders(engine, schemas.length)})`;
  const params = engine.name === "postgres" ? [schemas] : schemas;
  const catalog = engine.name === "duckdb" ? " AND table_catalog = current_database()" : "";
  const tableRows = await engine.query(
    `SELECT table_schema AS s, table_name AS t, table_type AS k FROM information_schema.tables WHERE table_schema ${inSchemas}${catalog} ORDER BY 1, 2`,
    params,
  );
  // PostgreSQL: an enum type is `enum` (read as its text), another user-defined type or an array by its own name (`citext`, `_text`).
  const pgType =
    "CASE WHEN data_type = 'USER-DEFINED' AND EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = udt_name AND n.nspname = udt_schema AND t.typtype = 'e') THEN 'enum' " +
    "WHEN data_type IN ('USER-DEFINED', 'ARRAY') THEN udt_name ELSE data_type END";
  const typeColumn = engine.name === "postgres" ? pgType : engine.name === "mysql" ? "column_type" : "data_type";
  const columnRows = await engine.query(
    `SELECT table_schema AS s, table_name AS t, column_name AS c, ${typeColumn} AS d FROM information_schema.columns WHERE table_schema ${inSchemas}${catalog} ORDER BY table_schema, table_name, ordinal_position`,
    params,
  );
  const byName = new Map<string, CatalogTable>();
  const key = (schema: string, name: string): string => `${schema}\u0000${name}`;
  // A partition of a PostgreSQL table is a table of its own in the catalog: its parent has its rows.
  const partitions = new Set<string>();
  if (engine.name === "postgres") {
    const rows = await engine.query("SELECT n.nspname AS s, c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relispartition AND n.nspname = ANY($1)", params);
    for (const r of rows) partitions.add(key(text(r, "s"), text(r, "t")));
  }
  for (const r of tableRows.filter((row) => !partitions.has(key(text(row, "s"), text(row, "t"))))) {
    const table: CatalogTable = { schema: text(r, "s"), name: text(r, "t"), view: /view/i.test(text(r, "k")), columns: [], unique: [], foreignKeys: [] };
    byName.set(key(table.schema, table.name), table);
  }
  for (const r of columnRows) byName.get(key(text(r, "s"), text(r, "t")))?.columns.push({ name: text(r, "c"), type: text(r, "d").toLowerCase() });
  for (const c of await readConstraints(engine, schemas, inSchemas, params)) {
    const table = byName.get(key(c.schema, c.table));
    if (!table) continue;
    if (c.kind === "primary") table.primaryKey = c.column;
    else if (c.kind === "unique") table.unique.push(c.column);
    else table.foreignKeys.push({ column: c.column, schema: c.refSchema, table: c.refTable, refColumn: c.refColumn });
  }
  return [...byName.values()];
}

interface Constraint {
  schema: string;
  table: string;
  kind: "primary" | "unique" | "foreign";
  column: string;
  refSchema: string;
  refTable: string;
  refColumn: string;
}

/** One-column primary keys, unique constraints and foreign keys (wider ones say nothing about one column). */
async function readConstraints(engine: Engine, schemas: string[], inSchemas: string, params: unknown[]): Promise<Constraint[]> {
  let rows: Row[];
  if (engine.name === "duckdb") {
    rows = await engine.query(
      `SELECT schema_name AS s, table_name AS t, constraint_type AS k, constraint_column_names AS cs, schema_name AS rs, referenced_table AS rt, referenced_column_names AS rcs
       FROM duckdb_constraints() WHERE database_name = current_database() AND schema_name ${inSchemas} AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')`,
      params,
    );
    return rows.flatMap((r) => {
      const columns = r["cs"] as unknown[];
      const refs = (r["rcs"] as unknown[] | null) ?? [];
      if (columns.length !== 1) return [];
      return [constraint(r, String(columns[0]), refs.length === 1 ? String(refs[0]) : "")];
    });
  }
  if (engine.name === "mysql") {
    rows = await engine.query(
      `SELECT k.table_schema AS s, k.table_name AS t, k.constraint_name AS n, k.column_name AS c, k.referenced_table_schema AS rs, k.referenced_table_name AS rt, k.referenced_column_name AS rc,
              CASE WHEN k.constraint_name = 'PRIMARY' THEN 'PRIMARY KEY' WHEN k.referenced_table_name IS NOT NULL THEN 'FOREIGN KEY' ELSE 'UNIQUE' END AS k
       FROM information_schema.key_column_usage k WHERE k.table_schema ${inSchemas}`,
      params,
    );
  } else {
    rows = await engine.query(
      `SELECT tc.table_schema AS s, tc.table_name AS t, tc.constraint_name AS n, tc.constraint_type AS k, kcu.column_name AS c, ccu.table_schema AS rs, ccu.table_name AS rt, ccu.column_name AS rc
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
       LEFT JOIN information_schema.constraint_column_usage ccu ON tc.constraint_type = 'FOREIGN KEY' AND ccu.constraint_schema = tc.constraint_schema AND ccu.constraint_name = tc.constraint_name
       WHERE tc.table_schema ${inSchemas} AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')`,
      params,
    );
  }
  // A constraint over several columns has several rows of one name.
  const columnsOf = new Map<string, number>();
  const id = (r: Row): string => `${text(r, "s")}\u0000${text(r, "t")}\u0000${text(r, "n")}`;
  for (const r of rows) columnsOf.set(id(r), (columnsOf.get(id(r)) ?? 0) + 1);
  return rows.filter((r) => columnsOf.get(id(r)) === 1).map((r) => constraint(r, text(r, "c"), text(r, "rc")));
}

function constraint(r: Row, column: string, refColumn: string): Constraint {
  const kind = text(r, "k") === "PRIMARY KEY" ? "primary" : text(r, "k") === "UNIQUE" ? "unique" : "foreign";
  return { schema: text(r, "s"), table: text(r, "t"), kind, column, refSchema: text(r, "rs"), refTable: text(r, "rt"), refColumn };
}
