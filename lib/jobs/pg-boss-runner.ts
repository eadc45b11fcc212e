import "server-only";
import { Client } from "pg";
import PgBoss from "pg-boss";
import { retryDelaySeconds } from "./backoff";
import type { ScheduledJob } from "./catalogue";

// On PostgreSQL the jobs run on pg-boss, which keeps its queues in its own schema (`pgboss`, created
// and upgraded by pg-boss itself, apart from our migrations). Every instance starts a worker;
// schedules are stored once, the cron monitor sends each run once however many instances watch it,
// and each queue lets one run be active and one wait (the "stately" policy), so runs never pile up
// nor overlap. A failed run is retried with exponential backoff.

export const jobsSchema = "pgboss";

export type BossRunner = { boss: PgBoss; stop(): Promise<void> };

export async function startBossRunner(
  connectionString: string,
  jobs: readonly ScheduledJob[],
  options: { pollingIntervalSeconds?: number; schedule?: boolean } = {},
): Promise<BossRunner> {
  const boss = new PgBoss({
    connectionString,
    schema: jobsSchema,
    max: 3,
    application_name: "moskvitch-market-jobs",
  });
  boss.on("error", (error) => console.error(`Scheduled jobs (pg-boss): ${error.message}`));
  await boss.start();
  // Queues and schedules are set up by one instance at a time: pg-boss creates a table per queue,
  // and two instances creating the same queues at once deadlock.
  await whileHoldingSetupLock(connectionString, async () => {
    for (const job of jobs) {
      const queue = {
        name: job.name,
        policy: "stately" as const,
        retryLimit: 5,
        retryDelay: retryDelaySeconds(1),
        retryBackoff: true,
        expireInSeconds: job.timeoutSeconds ?? 120,
      };
      if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, queue);
      await boss.updateQueue(job.name, queue);
      if (options.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    }
  });
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async () => {
      await job.run({});
    });
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }) };
}

async function whileHoldingSetupLock(connectionString: string, work: () => Promise<void>): Promise<void> {
  const client = new Client({ connectionString, application_name: "moskvitch-market-jobs-setup" });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('moskvitch-market:scheduled-jobs-setup'))");
    await work();
  } finally {
    await client.end().catch(() => {});
  }
}
