import { embeddedFolder, openEmbedded, openPostgres } from "@/db/client";
import { isDatabaseEmpty, migrateDatabase } from "@/db/migrate";
import { getEnv } from "@/lib/kernel/env";
import { seedDemoCatalogue } from "./index";

// `npm run db:seed`: seeds the configured database by hand (DATABASE_URL, or PGlite under DATA_DIR),
// only when it has no users yet. Does not rely on the app's automatic seed.

async function main(): Promise<number> {
  const env = getEnv();
  const handle = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openEmbedded(embeddedFolder());
  try {
    return await handle.exclusively(async () => {
      await migrateDatabase(handle);
      if (!(await isDatabaseEmpty(handle))) {
        console.log("database already has data; nothing seeded");
        return 0;
      }
      const started = Date.now();
      const summary = await seedDemoCatalogue(handle.db);
      console.log(`Seeded ${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    });
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
