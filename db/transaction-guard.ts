import { sql } from "drizzle-orm";
import { asBusyError, DatabaseBusyError } from "./busy";
import type { Database } from "./transaction";

// Every db.transaction, on both drivers, runs through here: it waits a bounded time for one of a
// limited number of write slots (so transactions stuck behind a row lock can never take every
// pooled connection from the readers), then sets its own lock and statement timeouts, and turns
// "waited too long" into DatabaseBusyError. Statements outside transactions (a page's reads) turn
// it into DatabaseBusyError too: its digest is what tells the error page to say "busy", since Next
// shows a page's error boundary only the digest of what was thrown.

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

type Prepared = {
  execute: (...args: never[]) => Promise<unknown>;
  all?: (...args: never[]) => Promise<unknown>;
};

/** Makes every statement run outside a transaction fail with DatabaseBusyError when it waited too long. */
function guardStatements(db: Database): void {
  // Drizzle prepares every query of the database (builders, relational queries, execute) through
  // its session's prepareQuery; a transaction gets a session of its own, guarded whole below.
  const session = db._.session;
  const prepare = session.prepareQuery.bind(session);
  session.prepareQuery = ((...args: Parameters<typeof prepare>) => {
    const prepared = prepare(...args) as unknown as Prepared;
    for (const method of ["execute", "all"] as const) {
      const run = prepared[method]?.bind(prepared);
      if (run)
        prepared[method] = (...runArgs: never[]) =>
          run(...runArgs).catch((error: unknown) => {
            throw asBusyError(error);
          });
    }
    return prepared;
  }) as unknown as typeof session.prepareQuery;
}

export function guardTransactions(db: Database, limits: DatabaseLimits): Database {
  guardStatements(db);
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
