// DATABASE_URL=postgres://… npx tsx --conditions=react-server tests/bench/explain.ts [-- --fill 100000 --sold 100000] [--plans] [--database moskvitch_explain]
// Times the catalogue search's own queries (lib/listings/search.ts) and the valuation's comparables
// query on a large synthetic catalogue in a scratch database and prints each plan: the quick loop for index work, without
// building the app. `--conditions=react-server` lets the server-only modules load outside Next.
import { parseArgs } from "node:util";
import pg from "pg";
import { databaseLimits, openPostgres, setDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { refreshSearchVocabulary } from "@/lib/listings/vocabulary";
import { searchListings } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { withDatabase } from "../support/global-setup";
import { addBenchSeller, addSyntheticListings, addSyntheticSoldItems } from "./catalogue";

const { values: flags } = parseArgs({
  options: {
    fill: { type: "string" },
    sold: { type: "string", default: "0" },
    plans: { type: "boolean", default: false },
    database: { type: "string", default: "moskvitch_explain" },
  },
});
const database = /^[a-z_][a-z0-9_]{0,62}$/.test(flags.database!) ? flags.database! : "moskvitch_explain";
const searches = process.env.ONLY
  ? [process.env.ONLY]
  : [
      "/listings",
      "/listings?category=pedal_car&era=late_soft_tires&min=100&max=500&sort=price_asc",
      "/listings?category=classic_car&model=412&sort=price_desc",
      "/listings?category=part&country=EE&ships_to=GB&photos=1",
      "/listings?q=moskvitch+pedel+car",
      "/listings?q=aleko",
      "/listings?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B8%D1%87&category=classic_car",
      "/listings?q=windscreen&sort=price_asc",
      "/listings?sort=best_deal",
      "/listings?category=pedal_car&sort=best_deal",
      "/listings?q=pedal+car&sort=best_deal",
    ];

// Records what drizzle sends, so the same statement can be explained.
const sent: { text: string; values: unknown[] }[] = [];
const originalQuery = pg.Pool.prototype.query;
pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
  if (typeof first === "object" && first?.text)
    sent.push({ text: first.text, values: first.values ?? second ?? [] });
  else if (typeof first === "string") sent.push({ text: first, values: second ?? [] });
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Pool.prototype.query;

async function main() {
  const root = process.env.DATABASE_URL;
  if (!root) throw new Error("Set DATABASE_URL to a PostgreSQL server");
  const url = withDatabase(root, database);
  if (flags.fill) {
    const admin = new pg.Pool({ connectionString: root, max: 1 });
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
    await admin.end();
  }
  // Filling a million rows runs statements far longer than any request may.
  const handle = await openPostgres(url, databaseLimits({ statementTimeoutMs: 600_000 }));
  setDatabaseHandle(handle);
  if (flags.fill) {
    await migrateDatabase(handle);
    await addBenchSeller(handle.db);
    await addSyntheticListings(handle.db, Number(flags.fill));
    await addSyntheticSoldItems(handle.db, Number(flags.sold));
    await refreshSearchVocabulary(handle.db);
    await handle.db.execute("analyze");
  }
  const raw = new pg.Pool({ connectionString: url, max: 1 });
  for (const path of searches) {
    const params = parseListingSearchParams(Object.fromEntries(new URL(path, "http://x").searchParams));
    const first = await searchListings(params);
    const next = first.nextCursor ? { ...params, after: first.nextCursor } : params;
    const timings: number[] = [];
    for (let i = 0; i < 15; i++) {
      sent.length = 0;
      const started = performance.now();
      await searchListings(i % 3 === 2 ? next : params);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const count = `${first.total.count}${first.total.capped ? "+" : ""}`;
    console.log(
      `\n${path}\n  ${count} found · median ${timings[7]!.toFixed(1)} ms · worst ${timings[14]!.toFixed(1)} ms (page 1 and 2, results + count)`,
    );
    if (!flags.plans) continue;
    for (const statement of sent.filter((s) => /^select/i.test(s.text))) {
      const plan = await raw.query(
        `explain (analyze, costs off, timing off) ${statement.text}`,
        statement.values,
      );
      console.log(plan.rows.map((r: Record<string, string>) => `    ${r["QUERY PLAN"]}`).join("\n"));
    }
  }
  await raw.end();
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
