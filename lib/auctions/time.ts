import { sql } from "drizzle-orm";
import type { Executor } from "@/db/transaction";

/** The database's clock now (not the transaction's start): read after a lock, it orders events as the lock did. */
export async function lockedNow(tx: Pick<Executor, "execute">): Promise<Date> {
  const result = (await tx.execute(sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms`)) as unknown as { rows: { ms: number | string }[] };
  return new Date(Math.floor(Number(result.rows[0]!.ms)));
}
