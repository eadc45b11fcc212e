import { eq, inArray, sum } from "drizzle-orm";
import { beforeAll, describe, expect } from "vitest";
import { cartItems, orderItems, orders } from "@/db/schema";
import { checkoutSellerGroup, type CheckoutResult } from "@/lib/orders/checkout";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  listFromEE,
  putInCart,
  readListing,
  type TestUser,
  windscreen,
} from "./checkout-fixtures";

// Many buyers check out the same stock at the same moment (test-payment mode: no Stripe keys).
// The conditional update that reserves stock lets exactly as many through as there are units.

const database = withTestDatabase();
let restorer: TestUser;
let partsDealer: TestUser;

beforeAll(async () => {
  restorer = await createUser(database(), { country: "US" });
  partsDealer = await createUser(database(), { country: "EE" });
});

async function buyersWithInCart(count: number, listingId: number): Promise<TestUser[]> {
  const buyers = await Promise.all(
    Array.from({ length: count }, () => createUser(database(), { country: "GB" })),
  );
  for (const buyer of buyers) await putInCart(database(), buyer.id, [{ listingId, quantity: 1 }]);
  return buyers;
}

function race(buyers: TestUser[], sellerId: string): Promise<CheckoutResult[]> {
  return Promise.all(
    buyers.map((b) =>
      checkoutSellerGroup({
        buyerId: b.id,
        baseUrl: "http://127.0.0.1",
        input: { sellerId, currency: "USD", country: "GB" },
      }),
    ),
  );
}

async function unitsOrdered(listingId: number): Promise<number> {
  const [row] = await database()
    .db.select({ units: sum(orderItems.quantity) })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(eq(orderItems.listingId, listingId));
  return Number(row?.units ?? 0);
}

describe("buyers racing for the same stock", () => {
  raceTest("20 buyers, the last pedal car: exactly one order holds it, 19 hear it sold out", async () => {
    const car = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      title: "The last unused 1993 pedal car",
      priceCents: 38000,
    });
    const buyers = await buyersWithInCart(20, car);
    const results = await race(buyers, restorer.id);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(19);
    for (const r of refused)
      expect(r).toMatchObject({
        reason: "sold_out",
        message: expect.stringContaining("Sold out while in your cart"),
        soldOut: [{ listingId: car }],
      });
    expect((await readListing(database(), car)).quantity).toBe(0);
    expect(await unitsOrdered(car)).toBe(1);
    // The 19 keep the car in their carts, marked sold out there, in case the winner does not pay.
    const carts = await database()
      .db.select()
      .from(cartItems)
      .where(
        inArray(
          cartItems.userId,
          buyers.map((b) => b.id),
        ),
      );
    expect(carts).toHaveLength(19);
  });

  raceTest("30 buyers, 5 windscreens: exactly 5 sold and the stock ends at zero, never below", async () => {
    const screens = await listFromEE(
      database(),
      partsDealer.id,
      { item: windscreen, title: "New old stock AZLK windscreen", priceCents: 8500 },
      5,
    );
    const buyers = await buyersWithInCart(30, screens);
    const results = await race(buyers, partsDealer.id);

    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "sold_out")).toHaveLength(25);
    expect((await readListing(database(), screens)).quantity).toBe(0);
    expect(await unitsOrdered(screens)).toBe(5);
  });
});
