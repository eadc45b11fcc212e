import fs from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Pool } from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { openPostgres, setDatabaseHandle, wrapPglite, type DatabaseHandle } from "@/db/client";
import { withDatabase } from "./global-setup";

export const testDriver = process.env.TEST_DRIVER === "pg" ? "pg" : "pglite";

async function openFreshDatabase(): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }> {
  if (testDriver === "pglite") {
    const snapshot = await fs.readFile(inject("pgliteSnapshot"));
    const client = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: { pg_trgm } });
    const handle = wrapPglite(client);
    return { handle, dispose: () => handle.close() };
  }
  const url = process.env.DATABASE_URL!;
  const name = `moskvitch_test_${randomBytes(6).toString("hex")}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
  const handle = await openPostgres(withDatabase(url, name));
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Gives the test file its own migrated, empty database and points the app's lib code at it. */
export function withTestDatabase(): () => DatabaseHandle {
  let opened: Awaited<ReturnType<typeof openFreshDatabase>> | undefined;
  beforeAll(async () => {
    opened = await openFreshDatabase();
    setDatabaseHandle(opened.handle);
  });
  afterAll(async () => {
    await opened?.dispose();
  });
  return () => {
    if (!opened) throw new Error("The test database is not open yet");
    return opened.handle;
  };
}
