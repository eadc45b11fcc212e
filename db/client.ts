import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { getEnv } from "@/lib/kernel/env";
import { lockEmbeddedFolder } from "./embedded-lock";
import { guardTransactions, writeSlotsFor, type DatabaseLimits } from "./transaction-guard";
import * as schema from "./schema";
import { prepareDatabase } from "./migrate";
import type { Database, DatabaseHandle } from "./transaction";

// The one place that picks the database: DATABASE_URL → a pg Pool; otherwise embedded PGlite
// persisted under DATA_DIR. Everything above this module sees the same Drizzle API.

export type { Database, DatabaseHandle } from "./transaction";

const SETUP_LOCK_ID = 4_120_412;

export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/** Pool size and timeouts from the settings (lib/kernel/env.ts). */
export function databaseLimits(overrides: Partial<DatabaseLimits> = {}): DatabaseLimits {
  const env = getEnv();
  const poolSize = overrides.poolSize ?? env.DATABASE_POOL_SIZE;
  return {
    poolSize,
    writeSlots: writeSlotsFor(poolSize),
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    ...overrides,
  };
}

export async function openPostgres(
  url: string,
  limits: DatabaseLimits = databaseLimits(),
): Promise<DatabaseHandle> {
  // Every statement on every pooled connection is bounded, not only those in transactions: a slow
  // read (a search, a valuation) gives up after the statement timeout and its request answers "busy"
  // (503), instead of holding its connection while the rest of the site queues behind it. Work that is
  // meant to be long (the vocabulary refresh) raises it for its own transaction.
  const pool = new Pool({
    connectionString: url,
    max: limits.poolSize,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
  });
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot reach the database at DATABASE_URL (${describeUrl(url)}): ${(error as Error).message}`,
    );
  }
  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    const lockClient = await pool.connect();
    try {
      await lockClient.query("select pg_advisory_lock($1)", [SETUP_LOCK_ID]);
      return await work();
    } finally {
      await lockClient.query("select pg_advisory_unlock($1)", [SETUP_LOCK_ID]).catch(() => {});
      lockClient.release();
    }
  };
  const db = guardTransactions(drizzlePg(pool, { schema }) as unknown as Database, limits);
  return { db, driver: "pg", close: () => pool.end(), exclusively };
}

export function wrapPglite(
  client: PGlite,
  onClose?: () => void,
  limits: DatabaseLimits = databaseLimits(),
): DatabaseHandle {
  return {
    db: guardTransactions(drizzlePglite(client, { schema }) as unknown as Database, limits),
    driver: "pglite",
    // The folder lock already makes this process the only one.
    exclusively: (work) => work(),
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

export async function openEmbedded(folder: string): Promise<DatabaseHandle> {
  const release = lockEmbeddedFolder(folder);
  try {
    const client = await PGlite.create(folder, { extensions: { pg_trgm } });
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "unparseable URL";
  }
}

export function embeddedFolder(): string {
  return path.resolve(getEnv().DATA_DIR, "pglite");
}

/**
 * Opens the configured database and brings its schema up to date. The demo catalogue is not this
 * module's business: the server's start-up (db/startup.ts) seeds it where asked.
 */
async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const env = getEnv();
  const handle = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openEmbedded(embeddedFolder());
  await prepareDatabase(handle);
  return handle;
}

// One handle per process, shared by pages, route handlers, auth and instrumentation (and kept across dev reloads).
const holder = globalThis as typeof globalThis & { __moskvitchDatabase?: Promise<DatabaseHandle> };

/** `next build` sets this phase: the build makes code, never a database (one build serves many machines). */
function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.__moskvitchDatabase) {
    if (isBuildPhase())
      return Promise.reject(
        new DatabaseUnavailableError(
          "The build does not open the database; pages that read it render on request.",
        ),
      );
    holder.__moskvitchDatabase = openConfiguredDatabase();
    holder.__moskvitchDatabase.catch(() => {
      holder.__moskvitchDatabase = undefined;
    });
  }
  return holder.__moskvitchDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Points the process at a database opened elsewhere (integration tests open a fresh one per file). */
export function setDatabaseHandle(handle: DatabaseHandle): void {
  holder.__moskvitchDatabase = Promise.resolve(handle);
}
