import { embeddedFolder, openEmbedded, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getEnv } from "@/lib/env";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";

// `npm run db:migrate` applies migrations; `npm run valuation:refresh` re-values every live listing
// against today's sold-price history (a scheduler can run it nightly).

const tasks = {
  migrate: async () => "migrations applied",
  "refresh-fair-values": async (handle: Awaited<ReturnType<typeof openPostgres>>) =>
    `${await refreshStoredFairValues({ db: handle.db })} live listings valued`,
} as const;

async function main(task: string | undefined): Promise<number> {
  if (!task || !(task in tasks)) {
    console.error(`Usage: tsx db/maintenance-cli.ts ${Object.keys(tasks).join(" | ")}`);
    return 2;
  }
  const env = getEnv();
  const handle = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openEmbedded(embeddedFolder());
  try {
    return await handle.exclusively(async () => {
      await migrateDatabase(handle);
      console.log(await tasks[task as keyof typeof tasks](handle));
      return 0;
    });
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
