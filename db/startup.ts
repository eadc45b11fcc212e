import { getDatabaseHandle } from "./client";

/** Opens (migrates, seeds) the database before the first visitor arrives; a bad DATABASE_URL stops the server with one line. */
export async function openDatabaseAtStartup(): Promise<void> {
  try {
    const handle = await getDatabaseHandle();
    console.log(`Database ready (${handle.driver === "pg" ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}).`);
  } catch (error) {
    console.error(`Cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
