import { sql } from "drizzle-orm";
import { selectRows, type Executor } from "@/db/transaction";

/** The database's clock now (not the transaction's start): read after a lock, it orders events as the lock did. */
export async function lockedNow(tx: Pick<Executor, "execute">): Promise<Date> {
  const [row] = await selectRows<{ ms: number | string }>(tx, sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms`);
  return new Date(Math.floor(Number(row!.ms)));
}
