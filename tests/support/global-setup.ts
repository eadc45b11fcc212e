import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Pool } from "pg";
import type { TestProject } from "vitest/node";
import { wrapPglite, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

// Migrate one database per run; every test file then starts from a copy of it.
export default async function setup(project: TestProject) {
  // Project env reaches the test workers, not this process, so the project's name picks the driver.
  if (project.name === "integration-pg") return setupPostgres(project);
  return setupPglite(project);
}

async function setupPglite(project: TestProject) {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  await migrateDatabase(wrapPglite(client));
  const dump = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "moskvitch-test-")), "migrated.tar");
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshot", file);
  return async () => fs.rm(path.dirname(file), { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const url = process.env.DATABASE_URL!;
  const template = `moskvitch_template_${process.pid}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const templateUrl = withDatabase(url, template);
  const handle = await openPostgres(templateUrl);
  await migrateDatabase(handle);
  await handle.close();
  project.provide("postgresTemplate", template);
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
