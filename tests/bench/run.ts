// npm run bench (engine.ts first, then this) [-- --listings 1000000 --sold 100000 --seconds 8 --connections 10 --skip-build --dist-dir .next-bench --database moskvitch_bench]
// Builds the app, fills a database with a large synthetic catalogue, starts `next start` and
// measures pages against a static page of the same server. Prints numbers; asserts nothing.
// --seed-only fills the database, prints how long each step took and stops (no build, no server):
// `npx tsx tests/bench/run.ts --seed-only --listings 100000 --sold 100000`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { databaseLimits, openEmbedded, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { selectRows } from "@/db/transaction";
import { sql } from "drizzle-orm";
import { popularPageRules } from "@/lib/kernel/popular-pages";
import { refreshSearchVocabulary } from "@/lib/listings/vocabulary";
import { seedDemoCatalogue } from "@/db/seed";
import { addSyntheticListings, addSyntheticSoldItems } from "./catalogue";
import { newPriceBody, valuationBody, valuePaths } from "./questions";
import { addPendingCheckouts, benchWebhookSecret, payCheckoutsDuring, type BenchCheckout } from "./sales";
import { combineResults, measure, printResults, withPeakRss, type LoadResult } from "./load";
import net from "node:net";
import os from "node:os";

const { values: flags } = parseArgs({
  options: {
    listings: { type: "string", default: "100000" },
    sold: { type: "string", default: "100000" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3200" },
    "skip-build": { type: "boolean", default: false },
    // Another build folder (with --skip-build: an existing build) and another scratch database name.
    "dist-dir": { type: "string", default: ".next-bench" },
    database: { type: "string", default: "moskvitch_bench" },
    "seed-only": { type: "boolean", default: false },
    // PostgreSQL only: measure the database an earlier run (or --seed-only) filled, as it is.
    reuse: { type: "boolean", default: false },
  },
});
const listingCount = Number(flags.listings);
const soldCount = Number(flags.sold);
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
const port = Number(flags.port);
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = path.resolve(".data/bench");
const benchDatabase = /^[a-z_][a-z0-9_]{0,62}$/.test(flags.database!) ? flags.database! : "moskvitch_bench";

let driver = "PostgreSQL";
// Sales the bench records through the server's webhook while the "sales mid-run" row runs.
const salesMidRun = 8;

async function prepareDatabase(): Promise<{ env: Record<string, string>; checkouts: BenchCheckout[] }> {
  let handle: DatabaseHandle;
  let serverEnv: Record<string, string>;
  if (process.env.DATABASE_URL && flags.reuse) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${benchDatabase}`;
    const kept = await openPostgres(url.toString(), databaseLimits({ statementTimeoutMs: 600_000 }));
    await migrateDatabase(kept);
    // Popular pages start uncounted, as after a fresh seed.
    await kept.db.execute(sql`delete from popular_pages`);
    const checkouts = await addPendingCheckouts(kept.db, salesMidRun);
    const [sizes] = await selectRows<{ listings: number; sold: number }>(
      kept.db,
      sql`select (select count(*)::int from listings) as listings, (select count(*)::int from sold_items) as sold`,
    );
    console.log(
      `Database: PostgreSQL, kept from an earlier run: ${sizes?.listings} listings, ${sizes?.sold} sold items.`,
    );
    await kept.close();
    return { env: { DATABASE_URL: url.toString(), STRIPE_WEBHOOK_SECRET: benchWebhookSecret }, checkouts };
  }
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const admin = new Pool({ connectionString: url.toString(), max: 1 });
    await admin.query(`drop database if exists ${benchDatabase} with (force)`);
    await admin.query(`create database ${benchDatabase}`);
    await admin.end();
    url.pathname = `/${benchDatabase}`;
    // Filling a million rows runs statements far longer than any request may.
    handle = await openPostgres(url.toString(), databaseLimits({ statementTimeoutMs: 600_000 }));
    serverEnv = { DATABASE_URL: url.toString() };
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.env.DATA_DIR = dataDir;
    handle = await openEmbedded(path.join(dataDir, "pglite"));
    serverEnv = { DATA_DIR: dataDir };
  }
  driver = handle.driver === "pg" ? "PostgreSQL" : "PGlite (embedded)";
  console.log(
    `Database: ${driver}. Seeding the demo catalogue, then ${listingCount.toLocaleString()} listings and ${soldCount.toLocaleString()} sold items…`,
  );
  const started = Date.now();
  const steps: string[] = [];
  const timed = async (name: string, step: () => Promise<unknown>) => {
    const at = Date.now();
    await step();
    steps.push(`${name} ${((Date.now() - at) / 1000).toFixed(1)} s`);
  };
  await timed("migrations", () => migrateDatabase(handle));
  await timed("demo", () => seedDemoCatalogue(handle.db));
  await timed("listings", () => addSyntheticListings(handle.db, listingCount));
  await timed("sold items", () => addSyntheticSoldItems(handle.db, soldCount));
  await timed("vocabulary", () => refreshSearchVocabulary(handle.db));
  let checkouts: BenchCheckout[] = [];
  await timed("checkouts", async () => (checkouts = await addPendingCheckouts(handle.db, salesMidRun)));
  await timed("analyze", () => handle.db.execute("analyze"));
  console.log(`Catalogue ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${steps.join(", ")}).`);
  await handle.close();
  return { env: { ...serverEnv, STRIPE_WEBHOOK_SECRET: benchWebhookSecret }, checkouts };
}

async function startServer(env: Record<string, string>, serverPort = port): Promise<ChildProcess> {
  // No -H 127.0.0.1: see playwright.config.ts (a loopback address turns rewrites into a proxy hop).
  const server = spawn("npx", ["next", "start", "-p", String(serverPort)], {
    env: { ...process.env, ...env, SEED_DEMO: "false", NODE_ENV: "production", NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${serverPort}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within a minute");
}

type Target = {
  name: string;
  paths: string[];
  method?: "POST";
  body?: (index: number) => string;
  /** Work beside the load (sales recorded mid-row); returns how many of its steps failed. */
  alongside?: () => Promise<number>;
};

// The bench builds into its own folders (pages that prerender may open the database) so it never
// touches what `npm start` uses; Next adds the build folder to tsconfig.json, so the file is put back.
const distDir = flags["dist-dir"]!;

function buildApp(): void {
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: distDir, DATA_DIR: dataDir },
    });
    if (build.status !== 0) throw new Error("next build failed");
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

async function main() {
  if (flags["seed-only"]) {
    await prepareDatabase();
    return;
  }
  if (!flags["skip-build"]) {
    console.log("Building…");
    buildApp();
  }
  const { env, checkouts } = await prepareDatabase();
  const server = await startServer(env);
  try {
    const firstListing = await fetch(`${baseUrl}/listings?category=pedal_car`).then((r) => r.text());
    const listingId = /href="\/listings\/(\d+)"/.exec(firstListing)?.[1] ?? "1";
    const listingPaths = Array.from(
      { length: 200 },
      (_, i) => `/listings/${1 + ((Number(listingId) + i * 37) % listingCount)}`,
    );
    const targets: Target[] = [
      { name: "static page (/sign-in)", paths: ["/sign-in"] },
      { name: "home page", paths: ["/"] },
      { name: "listing page", paths: listingPaths },
      {
        name: "search: words",
        paths: [
          "/listings?q=pedal+car",
          "/listings?q=aleko",
          "/listings?q=windscreen",
          "/listings?q=moskvich+412",
          "/listings?q=moskvitch+pedel+car",
        ],
      },
      {
        name: "search: two filters",
        paths: [
          "/listings?category=pedal_car&era=late_soft_tires",
          "/listings?category=part&country=EE",
          "/listings?category=classic_car&max=500",
        ],
      },
      {
        name: "search: best deal",
        paths: [
          "/listings?sort=best_deal",
          "/listings?category=pedal_car&sort=best_deal",
          "/listings?category=part&sort=best_deal&ships_to=GB",
        ],
      },
      {
        name: "search: category",
        paths: ["/listings?category=pedal_car", "/listings?category=part", "/listings?category=classic_car"],
      },
      { name: "value page (/value)", paths: valuePaths },
      { name: "POST /api/valuation", paths: ["/api/valuation"], method: "POST", body: valuationBody },
      {
        name: "POST /api/valuation, new price each time",
        paths: ["/api/valuation"],
        method: "POST",
        body: newPriceBody,
      },
      {
        name: `POST /api/valuation, ${checkouts.length} sales mid-run`,
        paths: ["/api/valuation"],
        method: "POST",
        body: valuationBody,
        alongside: () => payCheckoutsDuring(baseUrl, checkouts, seconds),
      },
    ];
    // Untimed passes so cached pages are built before they are measured: three, because a search
    // with words or a price range gets a cached page once it is asked that often (as the searches
    // collectors make all day are; lib/kernel/popular-pages.ts), and the one after them builds it.
    for (let pass = 0; pass < popularPageRules.promoteAfterHits + 1; pass++)
      for (const target of targets.filter((t) => !t.method))
        for (const p of target.paths) await fetch(`${baseUrl}${p}`).then((r) => r.arrayBuffer());
    // The machine may be busy at any moment, so the static page is measured just before and just after
    // each row, and the row is read against the higher of the two (a busy moment never flatters a row).
    const [staticTarget, ...rows] = targets;
    const referenceSeconds = Math.max(2, Math.round(seconds / 2));
    const staticRate = async () =>
      (await measure({ ...staticTarget!, baseUrl, seconds: referenceSeconds, connections })).perSecond;
    const results: LoadResult[] = [];
    let before = await staticRate();
    for (const target of rows) {
      const [[result, failedAlongside], peakRss] = await withPeakRss(server.pid, () =>
        Promise.all([measure({ ...target, baseUrl, seconds, connections }), target.alongside?.() ?? 0]),
      );
      const after = await staticRate();
      results.push({
        ...result,
        errors: result.errors + failedAlongside,
        reference: Math.max(before, after),
        peakRss,
      });
      before = after;
    }
    const twoInstances = await measureTwoInstances(env, listingPaths);
    if (twoInstances) results.push({ ...twoInstances, reference: Math.max(before, await staticRate()) });
    console.log(
      `\n${driver}: ${listingCount.toLocaleString()} listings, ${soldCount.toLocaleString()} sold items, ${connections} connections, ${seconds} s each (static page ${referenceSeconds} s before and after each row); load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}:`,
    );
    printResults(results);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

function answers(url: string): Promise<boolean> {
  const { hostname, port: redisPort } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(redisPort || 6379), timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/**
 * The listing pages again, split across two more instances of the same build sharing one Redis
 * cache (the load balancer's view). Both run on this machine's cores, so the row shows what the
 * shared cache costs, not what a second machine adds.
 */
async function measureTwoInstances(
  env: Record<string, string>,
  listingPaths: string[],
): Promise<LoadResult | null> {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  if (!env.DATABASE_URL) {
    console.log("The embedded database opens in one process only: the two-instance row needs DATABASE_URL.");
    return null;
  }
  if (!(await answers(redisUrl))) {
    console.log(`No Redis at ${redisUrl}: the two-instance row is left out.`);
    return null;
  }
  const shared = { ...env, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `moskvitch-bench-${process.pid}:` };
  const ports = [port + 1, port + 2];
  const servers = await Promise.all(ports.map((p) => startServer(shared, p)));
  try {
    const halves = ports.map((p, i) =>
      listingPaths.filter((_, j) => j % 2 === i).map((path) => ({ base: `http://127.0.0.1:${p}`, path })),
    );
    for (const half of halves)
      for (const { base, path } of half) await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
    const parts = await Promise.all(
      halves.map((half, i) =>
        measure({
          name: `instance ${i + 1}`,
          baseUrl: `http://127.0.0.1:${ports[i]}`,
          paths: half.map((h) => h.path),
          seconds,
          connections: Math.max(1, Math.round(connections / 2)),
        }),
      ),
    );
    return combineResults("listing page, 2 instances + Redis", parts);
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  // Drizzle wraps the driver's error; its message says what the database refused.
  if (error instanceof Error && error.cause)
    console.error(error.cause instanceof Error ? error.cause.message : error.cause);
  process.exit(1);
});
