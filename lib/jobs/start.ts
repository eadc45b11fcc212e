import "server-only";
import { getDatabaseHandle } from "@/db/client";
import { getEnv } from "@/lib/kernel/env";
import { scheduledJobs } from "./catalogue";
import { startEmbeddedRunner } from "./embedded-runner";

/**
 * Starts the scheduled jobs for this instance (from instrumentation.ts, once the database is open):
 * pg-boss on PostgreSQL, timers in this process on the embedded database. A failure to start is
 * said once and leaves the site serving; POST /api/cron/* can still run the jobs.
 */
export async function startScheduledJobs(): Promise<void> {
  const env = getEnv();
  if (!env.scheduledJobs) return;
  try {
    const handle = await getDatabaseHandle();
    if (handle.driver === "pglite" || !env.DATABASE_URL) {
      startEmbeddedRunner(scheduledJobs);
      console.log("Scheduled jobs running in this process (embedded database).");
      return;
    }
    const { startBossRunner } = await import("./pg-boss-runner");
    const runner = await startBossRunner(env.DATABASE_URL, scheduledJobs);
    // Let a run in progress finish, so its queue is not held by a job nobody works on.
    process.once("SIGTERM", () => void runner.stop().catch(() => {}));
    console.log(
      `Scheduled jobs running on pg-boss (${scheduledJobs.length} jobs; each runs once however many instances start).`,
    );
  } catch (error) {
    console.error(`Scheduled jobs did not start: ${(error as Error).message}`);
  }
}
