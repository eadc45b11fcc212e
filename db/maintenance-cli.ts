import fs from "node:fs/promises";
import {
  embeddedFolder,
  openEmbedded,
  openPostgres,
  setDatabaseHandle,
  type DatabaseHandle,
} from "@/db/client";
import { purgeStoredPhotosOfDeletedListings } from "@/lib/photos/purge";
import { migrateDatabase } from "@/db/migrate";
import { cacheTags, expireTagsOutsideRequest } from "@/lib/kernel/cache-tags";
import { getEnv } from "@/lib/kernel/env";
import { describeBacktest, runValuationBacktest } from "@/lib/valuation/accuracy";
import { saveExchangeRates } from "@/lib/valuation/queries";
import { checkRatesFile } from "@/lib/valuation/rates-file";
import { importSales } from "@/lib/valuation/sales-import";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";

// `npm run db:migrate` applies migrations; `npm run valuation:refresh` re-values every live listing
// against today's sold-price history (a scheduler can run it nightly); `npm run sales:import <file>`
// loads real results; `npm run rates:refresh <file>` refreshes the exchange rates; `npm run
// valuation:backtest` measures and stores the valuation's accuracy.

type Outcome = { message: string; code: number };
const ok = (message: string): Outcome => ({ message, code: 0 });
const refused = (problems: { line: number; field: string; message: string }[], what: string): Outcome => ({
  message: [
    `Nothing stored: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the ${what} file.`,
    ...problems.map((p) => `  line ${p.line}, ${p.field}: ${p.message}`),
  ].join("\n"),
  code: 1,
});

/** New sales, rates or accuracy change every valuation: cached answers go (on every instance, with REDIS_URL). */
async function expireValuations(): Promise<void> {
  try {
    await expireTagsOutsideRequest([cacheTags.valuations]);
  } catch (error) {
    console.warn(
      `Cached valuations could not be expired (they refresh within a day): ${(error as Error).message}`,
    );
  }
}

async function readFileArgument(file: string | undefined, usage: string): Promise<string> {
  if (!file) throw new Error(`Usage: ${usage}`);
  return fs.readFile(file, "utf8");
}

const tasks: Record<string, (handle: DatabaseHandle, argument?: string) => Promise<Outcome>> = {
  migrate: async () => ok("migrations applied"),
  "purge-photos": async (handle) => {
    setDatabaseHandle(handle);
    const { listings, failed } = await purgeStoredPhotosOfDeletedListings();
    return {
      message: `photo files of ${listings} deleted listings removed${failed ? `; ${failed} could not be removed (the store did not answer), run it again` : ""}`,
      code: failed ? 1 : 0,
    };
  },
  "refresh-fair-values": async (handle) =>
    ok(`${await refreshStoredFairValues({ db: handle.db })} live listings valued`),
  "import-sales": async (handle, file) => {
    const result = await importSales(
      handle.db,
      await readFileArgument(file, "npm run sales:import <file.csv>"),
      new Date(),
    );
    if (!result.ok) return refused(result.problems, "sales");
    if (result.added > 0) await expireValuations();
    return ok(
      `${result.added} sales imported, ${result.alreadyKnown} already on record (same source address). Run npm run valuation:refresh to re-value listings.`,
    );
  },
  "refresh-rates": async (handle, file) => {
    const checked = checkRatesFile(await readFileArgument(file, "npm run rates:refresh <file.csv>"));
    if (!checked.ok) return refused(checked.problems, "rates");
    const latest = checked.rates.reduce((day, r) => (r.ratesOn > day ? r.ratesOn : day), "");
    const stored = await saveExchangeRates(checked.rates, handle.db);
    await expireValuations();
    return ok(`${stored} rates stored (latest day ${latest}).`);
  },
  backtest: async (handle) => {
    const now = new Date();
    const backtest = await runValuationBacktest({ db: handle.db, now });
    await expireValuations();
    return ok(describeBacktest(backtest, now));
  },
};

async function main(task: string | undefined, argument: string | undefined): Promise<number> {
  const run = task ? tasks[task] : undefined;
  if (!run) {
    console.error(`Usage: tsx db/maintenance-cli.ts ${Object.keys(tasks).join(" | ")} [file]`);
    return 2;
  }
  const env = getEnv();
  const handle = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openEmbedded(embeddedFolder());
  try {
    return await handle.exclusively(async () => {
      await migrateDatabase(handle);
      const outcome = await run(handle, argument);
      (outcome.code === 0 ? console.log : console.error)(outcome.message);
      return outcome.code;
    });
  } finally {
    await handle.close();
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
