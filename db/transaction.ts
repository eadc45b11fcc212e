import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

// The types every query module shares: the database, one of its transactions, and "either of the two"
// for functions that may run inside a caller's transaction or on their own.

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Driver = "pg" | "pglite";
export type DatabaseHandle = {
  db: Database;
  driver: Driver;
  close: () => Promise<void>;
  /** Runs set-up work (migrations, seed) while holding a lock, so app instances starting together take turns. */
  exclusively: <T>(work: () => Promise<T>) => Promise<T>;
};

/** The `tx` a `db.transaction(async (tx) => …)` callback receives. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The database or a transaction: what a query needs to run inside its caller's transaction, or alone. */
export type Executor = Pick<Database, "select" | "insert" | "update" | "delete" | "execute">;

/**
 * Runs raw SQL and returns its rows typed as `Row`. Both drivers answer `execute` with `{ rows }`,
 * which the shared Database type leaves untyped; the row shape is the query's promise, not checked.
 */
export async function selectRows<Row>(executor: Pick<Executor, "execute">, query: SQL): Promise<Row[]> {
  const result = (await executor.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
