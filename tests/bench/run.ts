// npm run bench [-- --listings 1000000 --sold 100000 --seconds 8 --connections 10 --skip-build]
// Builds the app, fills a database with a large synthetic catalogue, starts `next start` and
// measures pages against a static page of the same server. Prints numbers; asserts nothing.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { openEmbedded, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoCatalogue } from "@/db/seed";
import { addSyntheticListings, addSyntheticSoldItems } from "./catalogue";
import { measure, printResults, type LoadResult } from "./load";

const { values: flags } = parseArgs({
  options: {
    listings: { type: "string", default: "100000" },
    sold: { type: "string", default: "100000" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3200" },
    "skip-build": { type: "boolean", default: false },
  },
});
const listingCount = Number(flags.listings);
const soldCount = Number(flags.sold);
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
const port = Number(flags.port);
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = path.resolve(".data/bench");

async function prepareDatabase(): Promise<Record<string, string>> {
  let handle: DatabaseHandle;
  let serverEnv: Record<string, string>;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const admin = new Pool({ connectionString: url.toString(), max: 1 });
    await admin.query("drop database if exists moskvitch_bench with (force)");
    await admin.query("create database moskvitch_bench");
    await admin.end();
    url.pathname = "/moskvitch_bench";
    handle = await openPostgres(url.toString());
    serverEnv = { DATABASE_URL: url.toString() };
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.env.DATA_DIR = dataDir;
    handle = await openEmbedded(path.join(dataDir, "pglite"));
    serverEnv = { DATA_DIR: dataDir };
  }
  console.log(`Database: ${handle.driver}. Seeding the demo catalogue, then ${listingCount.toLocaleString()} listings and ${soldCount.toLocaleString()} sold items…`);
  const started = Date.now();
  await migrateDatabase(handle);
  await seedDemoCatalogue(handle.db);
  await addSyntheticListings(handle.db, listingCount);
  await addSyntheticSoldItems(handle.db, soldCount);
  await handle.db.execute("analyze");
  console.log(`Catalogue ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await handle.close();
  return serverEnv;
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, SEED_DEMO: "false", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within a minute");
}

async function main() {
  if (!flags["skip-build"]) {
    console.log("Building…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const env = await prepareDatabase();
  const server = await startServer(env);
  try {
    const firstListing = await fetch(`${baseUrl}/listings?category=pedal_car`).then((r) => r.text());
    const listingId = /href="\/listings\/(\d+)"/.exec(firstListing)?.[1] ?? "1";
    const listingPaths = Array.from({ length: 200 }, (_, i) => `/listings/${1 + ((Number(listingId) + i * 37) % listingCount)}`);
    const targets: { name: string; paths: string[] }[] = [
      { name: "static page (/sign-in)", paths: ["/sign-in"] },
      { name: "home page", paths: ["/"] },
      { name: "listing page", paths: listingPaths },
      { name: "search: text", paths: ["/listings?q=pedal+car", "/listings?q=aleko", "/listings?q=windscreen", "/listings?q=moskvich+412"] },
      { name: "search: category", paths: ["/listings?category=pedal_car", "/listings?category=part", "/listings?category=classic_car"] },
    ];
    // One untimed pass so cached pages are built before they are measured.
    for (const target of targets) for (const p of target.paths) await fetch(`${baseUrl}${p}`).then((r) => r.arrayBuffer());
    const results: LoadResult[] = [];
    for (const target of targets) {
      results.push(await measure({ ...target, baseUrl, seconds, connections }));
    }
    console.log(`\n${listingCount.toLocaleString()} listings, ${soldCount.toLocaleString()} sold items, ${connections} connections, ${seconds} s each:`);
    printResults(results, targets[0]!.name);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
