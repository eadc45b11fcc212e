import { sql } from "drizzle-orm";
import { describe, expect, it, type TestContext } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { scheduledJobs, type ScheduledJob } from "@/lib/jobs/catalogue";
import { jobsSchema, startBossRunner } from "@/lib/jobs/pg-boss-runner";
import { withDatabase } from "../support/global-setup";
import { testDriver, withTestDatabase } from "../support/test-database";

// pg-boss on the test's own PostgreSQL database: its schema sits beside ours without touching the
// migrations, two instances share the schedules, and a job sent once runs once across both.

const database = withTestDatabase();

const onPostgres = (context: TestContext) => {
  if (testDriver !== "pg")
    context.skip(
      "pg-boss runs the jobs on PostgreSQL only; on PGlite they run on timers (lib/jobs/embedded-runner.test.ts)",
    );
};

async function testDatabaseUrl(): Promise<string> {
  const result = (await database().db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  return withDatabase(process.env.DATABASE_URL!, result.rows[0]!.name);
}

describe("scheduled jobs on pg-boss", () => {
  it("installs its own schema, schedules every job once for all instances, and leaves our migrations alone", async (context) => {
    onPostgres(context);
    const url = await testDatabaseUrl();
    // Two instances starting at once, as behind a load balancer; no worker runs a job here.
    const idle = scheduledJobs.map((job) => ({ ...job, run: async () => ({}) })) satisfies ScheduledJob[];
    const [a, b] = await Promise.all([startBossRunner(url, idle), startBossRunner(url, idle)]);
    try {
      const schedules = await a.boss.getSchedules();
      expect(schedules.map((s) => s.name).sort()).toEqual(scheduledJobs.map((j) => j.name).sort());
      expect(schedules.find((s) => s.name === "refresh-fair-values")).toMatchObject({
        cron: "30 3 * * *",
        timezone: "UTC",
      });
      expect(await a.boss.getQueue("send-emails")).toMatchObject({
        policy: "stately",
        retryLimit: 5,
        retryBackoff: true,
      });
      const schemas = (await database().db.execute(
        sql`select nspname from pg_namespace where nspname = ${jobsSchema}`,
      )) as unknown as { rows: unknown[] };
      expect(schemas.rows).toHaveLength(1);
      await migrateDatabase(database());
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("runs a job sent once exactly once, whichever instance picks it up", async (context) => {
    onPostgres(context);
    const url = await testDatabaseUrl();
    let runs = 0;
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const job: ScheduledJob = {
      name: "test-once",
      cron: "* * * * *",
      embedded: { everySeconds: 60 },
      async run() {
        runs++;
        ran();
        return {};
      },
    };
    const [a, b] = await Promise.all([
      startBossRunner(url, [job], { schedule: false, pollingIntervalSeconds: 0.5 }),
      startBossRunner(url, [job], { schedule: false, pollingIntervalSeconds: 0.5 }),
    ]);
    try {
      const id = await a.boss.send(job.name, {});
      expect(id).toBeTruthy();
      await done;
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(runs).toBe(1);
  });
});
