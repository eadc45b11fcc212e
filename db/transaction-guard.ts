import { sql } from "drizzle-orm";
import { asBusyError, DatabaseBusyError } from "./busy";
import type { Database } from "./transaction";

// Every db.transaction, on both drivers, runs through here: it waits a bounded time for one of a
// limited number of write slots (so transactions stuck behind a row lock can never take every
// pooled connection from the readers), then sets its own lock and statement timeouts, and turns
// "waited too long" into DatabaseBusyError.

export type DatabaseLimits = {
  /** Connections in the pool (PostgreSQL). */
  poolSize: number;
  /** Transactions that may run at once; the rest of the pool stays free for plain reads. */
  writeSlots: number;
  /** Wait for a free connection or write slot. */
  connectTimeoutMs: number;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
};

/** Half the pool (at least one connection) for transactions: reads keep the other half. */
export function writeSlotsFor(poolSize: number): number {
  return Math.max(1, Math.ceil(poolSize / 2));
}

class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(count: number) {
    this.free = count;
  }

  async acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) {
      this.free -= 1;
      return () => this.release();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(() => this.release());
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(new DatabaseBusyError("The database is busy: no write slot came free in time."));
      }, timeoutMs);
      this.waiting.push(grant);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

export function guardTransactions(db: Database, limits: DatabaseLimits): Database {
  const slots = new Slots(limits.writeSlots);
  const original = db.transaction.bind(db);
  const guarded: Database["transaction"] = async (work, config) => {
    const release = await slots.acquire(limits.connectTimeoutMs);
    try {
      return await original(async (tx) => {
        // set_config(..., true) is SET LOCAL: it ends with the transaction.
        await tx.execute(
          sql`select set_config('lock_timeout', ${`${limits.lockTimeoutMs}ms`}, true), set_config('statement_timeout', ${`${limits.statementTimeoutMs}ms`}, true)`,
        );
        return work(tx);
      }, config);
    } catch (error) {
      throw asBusyError(error);
    } finally {
      release();
    }
  };
  db.transaction = guarded;
  return db;
}
