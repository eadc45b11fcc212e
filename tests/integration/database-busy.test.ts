import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client, Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { DatabaseBusyError } from "@/db/busy";
import { databaseLimits, openPostgres, setDatabaseHandle, type DatabaseHandle } from "@/db/client";
import { errorResponse } from "@/lib/kernel/errors";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { withDatabase } from "../support/global-setup";
import { testDriver } from "../support/test-database";
import { createListing, createUser, putInCart, windscreen, type TestUser } from "./checkout-fixtures";

// One row lock held for as long as it likes must not take the site down: checkouts waiting on it give
// up with "busy" after the lock timeout, the ones beyond the write slots give up waiting for a slot,
// and plain reads still get a connection meanwhile. Only PostgreSQL has concurrent connections and row
// locks held across them, so this runs there.
if (testDriver !== "pg")
  console.log(
    "Skipping the held-row-lock test on PGlite: it has one connection, so no lock can be held against another.",
  );

async function countRows(handle: DatabaseHandle, table: "users" | "orders"): Promise<number> {
  const result = (await handle.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

const postgres = describe.skipIf(testDriver !== "pg");

postgres("a row lock held by another connection", () => {
  const poolSize = 4;
  let url = "";
  let admin: Pool;
  let handle: DatabaseHandle;
  let seller: TestUser;
  let buyers: TestUser[];
  let listingId: number;

  beforeAll(async () => {
    const name = `moskvitch_busy_${randomBytes(6).toString("hex")}`;
    admin = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
    url = withDatabase(process.env.DATABASE_URL!, name);
    handle = await openPostgres(
      url,
      databaseLimits({ poolSize, connectTimeoutMs: 400, lockTimeoutMs: 300, statementTimeoutMs: 5_000 }),
    );
    setDatabaseHandle(handle);
    seller = await createUser(handle, { country: "EE" });
    listingId = await createListing(handle, {
      sellerId: seller.id,
      item: windscreen,
      title: "Windscreen for a 1980s pedal car",
      priceCents: 4500,
      quantity: 20,
    });
    buyers = await Promise.all(
      Array.from({ length: poolSize * 3 }, () => createUser(handle, { country: "GB" })),
    );
    for (const buyer of buyers) await putInCart(handle, buyer.id, [{ listingId, quantity: 1 }]);
  });

  afterAll(async () => {
    await handle?.close();
    await admin?.query(`drop database if exists ${url.split("/").pop()} with (force)`);
    await admin?.end();
  });

  it("turns waiting checkouts into 'busy' (503, Retry-After) while an unrelated read still answers", async () => {
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query("begin");
    await holder.query("select id from listings where id = $1 for update", [listingId]);
    try {
      const checkouts = buyers.map((buyer) =>
        checkoutSellerGroup({
          buyerId: buyer.id,
          baseUrl: "http://127.0.0.1",
          input: { sellerId: seller.id, currency: "USD", country: "GB" },
        }),
      );
      // More checkouts than connections are waiting now; a read that touches no locked row still gets one.
      expect(await countRows(handle, "users")).toBe(buyers.length + 1);

      const settled = await Promise.allSettled(checkouts);
      // Every one of them gave up while the lock was still held: none hung, none stored anything.
      for (const outcome of settled) {
        expect(outcome.status).toBe("rejected");
        const reason = (outcome as PromiseRejectedResult).reason;
        expect(reason).toBeInstanceOf(DatabaseBusyError);
        const response = errorResponse(reason);
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      }
      expect(await countRows(handle, "orders")).toBe(0);
    } finally {
      await holder.query("rollback");
      await holder.end();
    }

    // With the lock gone, the same checkout goes through.
    const again = await checkoutSellerGroup({
      buyerId: buyers[0]!.id,
      baseUrl: "http://127.0.0.1",
      input: { sellerId: seller.id, currency: "USD", country: "GB" },
    });
    expect(again.ok).toBe(true);
  });
});
