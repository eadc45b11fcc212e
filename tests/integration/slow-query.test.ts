import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client, Pool } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DatabaseBusyError } from "@/db/busy";
import { databaseLimits, openPostgres, setDatabaseHandle, type DatabaseHandle } from "@/db/client";
import { errorResponse } from "@/lib/kernel/errors";
import { searchListings } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { withDatabase } from "../support/global-setup";
import { testDriver } from "../support/test-database";

// A statement that runs long (a search or a valuation over a huge catalogue, say) must cost one
// answer, not the site: outside any transaction too, it gives up at the statement timeout and its
// request is told "busy" (503, Retry-After), while other requests go on getting connections. Only
// PostgreSQL has a pool of connections to run out of and cancels statements on a timer.
if (testDriver !== "pg")
  console.log(
    "Skipping the slow-query test on PGlite: it serves one statement at a time in-process, with no pool to exhaust and no statement timeout.",
  );

describe.skipIf(testDriver !== "pg")("a read slower than the statement timeout", () => {
  const poolSize = 2;
  let url = "";
  let admin: Pool;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    const name = `moskvitch_slow_${randomBytes(6).toString("hex")}`;
    admin = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
    url = withDatabase(process.env.DATABASE_URL!, name);
    handle = await openPostgres(
      url,
      databaseLimits({ poolSize, connectTimeoutMs: 5_000, lockTimeoutMs: 300, statementTimeoutMs: 500 }),
    );
    setDatabaseHandle(handle);
  });

  afterAll(async () => {
    await handle?.close();
    await admin?.query(`drop database if exists ${url.split("/").pop()} with (force)`);
    await admin?.end();
  });

  it("fails only its own answer, with 503 and Retry-After, and gives its connection back", async () => {
    // More slow statements than the pool has connections: each one is cancelled, none holds on.
    const slow = Array.from({ length: poolSize * 2 }, () =>
      handle.db.execute(sql`select pg_sleep(30)`).then(
        () => null,
        (error: unknown) => error,
      ),
    );
    const failures = await Promise.all(slow);
    for (const failure of failures) {
      expect(failure).not.toBeNull();
      const response = errorResponse(failure);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await response.json()).toMatchObject({ code: "busy" });
    }
    // The site still answers: a search gets a connection at once.
    const result = await searchListings(parseListingSearchParams({ q: "pedal car" }));
    expect(result.total).toEqual({ count: 0, capped: false });
  });

  it("reaches a page as the busy error, whose digest the error page recognises", async () => {
    // Another connection holds the listings table: the search page's read waits out its statement timeout.
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query("begin");
    await holder.query("lock table listings in access exclusive mode");
    try {
      const failure = await searchListings(parseListingSearchParams({ q: "pedal car" })).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DatabaseBusyError);
      // Next hands a thrown error's own digest to app/error.tsx, in production too.
      expect((failure as DatabaseBusyError).digest).toBe("DATABASE_BUSY");
      expect(errorResponse(failure).status).toBe(503);
    } finally {
      await holder.query("rollback");
      await holder.end();
    }
  });
});
