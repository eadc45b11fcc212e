import { eq } from "drizzle-orm";
import { beforeAll, describe, expect } from "vitest";
import { listingOffers, orderItems, orders } from "@/db/schema";
import { answerOffer } from "@/lib/offers/answer-offer";
import { makeOffer } from "@/lib/offers/make-offer";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  putInCart,
  readListing,
  type TestUser,
} from "./checkout-fixtures";

// Accepting an offer on a unique item at the same moment as another accept, or as a checkout: the
// listing's row lock and the stock's conditional update let exactly one order have the item.

const database = withTestDatabase();
let seller: TestUser;

beforeAll(async () => {
  seller = await createUser(database(), { country: "US" });
});

const listCar = () =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, priceCents: 38_000 });

async function offerFrom(buyer: TestUser, listingId: number, amount: string) {
  const sent = await makeOffer({ buyerId: buyer.id, input: { listingId, amount, currency: "USD" } });
  if (!sent.ok) throw new Error(sent.message);
  return sent.offerId;
}

async function ordersFor(listingId: number) {
  return database()
    .db.select({ id: orders.id, buyerId: orders.buyerId })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(eq(orderItems.listingId, listingId));
}

describe("accepting an offer on the last unit, racing", () => {
  raceTest(
    "two of the seller's clicks accept two offers at once: one order, the other offer declined",
    async () => {
      for (let round = 0; round < 5; round++) {
        const car = await listCar();
        const [olga, ivan] = await Promise.all([createUser(database()), createUser(database())]);
        const first = await offerFrom(olga, car, "300");
        const second = await offerFrom(ivan, car, "310");
        const actor = { id: seller.id, role: seller.role };
        const results = await Promise.all([
          answerOffer({ actor, input: { offerId: first, answer: "accept" } }),
          answerOffer({ actor, input: { offerId: second, answer: "accept" } }),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.find((r) => !r.ok)).toMatchObject({ reason: "already_answered" });
        expect(await ordersFor(car)).toHaveLength(1);
        const statuses = (
          await database().db.select().from(listingOffers).where(eq(listingOffers.listingId, car))
        )
          .map((o) => o.status)
          .sort();
        expect(statuses).toEqual(["accepted", "declined"]);
        expect((await readListing(database(), car)).quantity).toBe(0);
      }
    },
  );

  raceTest("the seller accepts an offer while another buyer checks the item out: one order", async () => {
    for (let round = 0; round < 5; round++) {
      const car = await listCar();
      const [offerer, shopper] = await Promise.all([createUser(database()), createUser(database())]);
      const offerId = await offerFrom(offerer, car, "300");
      await putInCart(database(), shopper.id, [{ listingId: car, quantity: 1 }]);
      const [accepted, checkedOut] = await Promise.all([
        answerOffer({ actor: { id: seller.id, role: seller.role }, input: { offerId, answer: "accept" } }),
        checkoutSellerGroup({
          buyerId: shopper.id,
          baseUrl: "http://127.0.0.1",
          input: { sellerId: seller.id, currency: "USD", country: "GB" },
        }),
      ]);
      expect([accepted.ok, checkedOut.ok].filter(Boolean)).toHaveLength(1);
      if (!accepted.ok) expect(accepted).toMatchObject({ reason: "reserved" });
      if (!checkedOut.ok) expect(checkedOut).toMatchObject({ reason: "sold_out" });
      const made = await ordersFor(car);
      expect(made).toHaveLength(1);
      expect(made[0]!.buyerId).toBe(accepted.ok ? offerer.id : shopper.id);
      expect((await readListing(database(), car)).quantity).toBe(0);
    }
  });
});
