import { describeMissingSettings, getEnv } from "@/lib/kernel/env";
import { getDatabaseHandle } from "./client";

/** Opens (migrates, seeds) the database before the first visitor arrives; a bad setting stops the server with one line. */
export async function openDatabaseAtStartup(): Promise<void> {
  try {
    const env = getEnv();
    const handle = await getDatabaseHandle();
    // The demo catalogue comes with demo accounts whose passwords are public: only where asked (lib/kernel/env.ts).
    if (env.seedDemo) {
      const { seedDemoIfEmpty } = await import("./seed");
      await seedDemoIfEmpty(handle);
    }
    console.log(
      `Database ready (${handle.driver === "pg" ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}).`,
    );
    if (env.testPayments) console.log("Test payments are on: no real money is taken (TEST_PAYMENTS).");
    for (const note of describeMissingSettings(env)) console.warn(note);
  } catch (error) {
    console.error(`Cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
