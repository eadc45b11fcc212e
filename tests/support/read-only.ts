import { sql } from "drizzle-orm";
import { openPostgres, setDatabaseHandle, type DatabaseHandle } from "@/db/client";
import { withDatabase } from "./global-setup";

/**
 * Runs `reads` with the app's database in read-only mode, so any write it attempts fails with
 * "cannot execute ... in a read-only transaction". On PGlite (one connection) the session is switched
 * read-only; on PostgreSQL the app is pointed at a second pool whose connections all start read-only.
 */
export async function asReadOnly<T>(handle: DatabaseHandle, reads: () => Promise<T>): Promise<T> {
  if (handle.driver === "pglite") {
    await handle.db.execute(sql`set default_transaction_read_only = on`);
    try {
      return await reads();
    } finally {
      await handle.db.execute(sql`set default_transaction_read_only = off`);
    }
  }
  const [row] = (
    (await handle.db.execute(sql`select current_database() as name`)) as unknown as {
      rows: { name: string }[];
    }
  ).rows;
  const url = new URL(withDatabase(process.env.DATABASE_URL!, row!.name));
  url.searchParams.set("options", "-c default_transaction_read_only=on");
  const readOnly = await openPostgres(url.toString());
  setDatabaseHandle(readOnly);
  try {
    return await reads();
  } finally {
    setDatabaseHandle(handle);
    await readOnly.close();
  }
}
