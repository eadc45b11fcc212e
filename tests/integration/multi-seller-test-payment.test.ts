import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkouts, orders, processedWebhookEvents } from "@/db/schema";
import { checkoutCart, type CartCheckoutResult } from "@/lib/orders/cart-checkout";
import { listSalesForSeller } from "@/lib/orders/queries";
import { cancelTestPayment, completeTestPayment, getTestCheckout } from "@/lib/orders/test-payments";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  listFromEE,
  putInCart,
  readListing,
  reproductionSteeringWheel,
  reproductionWindscreen,
  type TestUser,
} from "./checkout-fixtures";

// The whole-cart checkout in test-payment mode (no Stripe keys), as the demo and the end-to-end
// journeys use it: one pretend payment pays every order of the checkout, through the signed webhook.

const database = withTestDatabase();
let partsDealer: TestUser;
let restorer: TestUser;
let stranger: TestUser;
const address = { name: "Tom B.", line1: "1 Tib Street", city: "Manchester", postalCode: "M4 1HN" };

beforeAll(async () => {
  partsDealer = await createUser(database(), { country: "EE" });
  restorer = await createUser(database(), { country: "US" });
  stranger = await createUser(database(), { country: "GB" });
});

async function checkedOutCart() {
  const buyer = await createUser(database(), { country: "GB" });
  const screens = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 4);
  const car = await createListing(database(), {
    sellerId: restorer.id,
    item: latePedalCar,
    priceCents: 35000,
  });
  await putInCart(database(), buyer.id, [
    { listingId: screens, quantity: 1 },
    { listingId: car, quantity: 1 },
  ]);
  const result = await checkoutCart({ buyerId: buyer.id, input: { currency: "USD", country: "GB" } });
  if (!result.ok) throw new Error(result.message);
  return { buyer, screens, car, result, sessionId: result.url.split("/").pop()! };
}

const ordersOf = (checkoutId: number) =>
  database().db.select().from(orders).where(eq(orders.checkoutId, checkoutId)).orderBy(orders.id);

describe("paying a whole cart on the test-payment page", () => {
  it("shows one page for both sellers' orders to the buyer only, and one pretend payment pays them all", async () => {
    const { buyer, car, result, sessionId } = await checkedOutCart();
    expect(result.url).toMatch(/^\/checkout\/test\/cs_test_local_[0-9a-f]{32}$/);
    const [fromTallinn, fromJersey] = await ordersOf(result.checkoutId);
    const page = await getTestCheckout({ sessionId, buyerId: buyer.id });
    expect(page).toMatchObject({
      checkoutId: result.checkoutId,
      orderId: null,
      status: "pending_payment",
      totalCents: fromTallinn!.totalCents + fromJersey!.totalCents,
      returnTo: `/checkouts/${result.checkoutId}`,
      parts: [
        { orderId: fromTallinn!.id, lines: [{ title: "Reproduction windscreen" }] },
        { orderId: fromJersey!.id, lines: [{ listingId: car }] },
      ],
    });
    expect(await getTestCheckout({ sessionId, buyerId: stranger.id })).toBeNull();
    expect(
      await completeTestPayment({ buyerId: stranger.id, input: { sessionId, ...address } }),
    ).toMatchObject({
      ok: false,
      message: "That test checkout does not exist.",
    });
    expect(await cancelTestPayment({ buyerId: stranger.id, sessionId })).toMatchObject({ ok: false });

    const paid = await completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } });
    expect(paid).toMatchObject({
      ok: true,
      checkoutId: result.checkoutId,
      returnTo: `/checkouts/${result.checkoutId}`,
    });
    const after = await ordersOf(result.checkoutId);
    expect(after.map((o) => o.status)).toEqual(["paid", "paid"]);
    expect(new Set(after.map((o) => o.stripePaymentIntentId)).size).toBe(1);
    expect(after[0]!.shipTo).toMatchObject({ name: "Tom B.", address: "1 Tib Street, Manchester" });
    // The market collected it: each seller is owed their order's total less the fee.
    expect(after.map((o) => o.payoutOwedCents)).toEqual(after.map((o) => o.totalCents - o.platformFeeCents));
    expect((await readListing(database(), car)).status).toBe("sold");
    expect((await listSalesForSeller(partsDealer.id)).map((s) => s.id)).toContain(fromTallinn!.id);
    expect((await listSalesForSeller(restorer.id)).map((s) => s.id)).toContain(fromJersey!.id);

    // Pay pressed again, even at once: the same payment, handled once.
    const events = async () =>
      (
        await database()
          .db.select()
          .from(processedWebhookEvents)
          .where(eq(processedWebhookEvents.type, "checkout.session.completed"))
      ).length;
    const seen = await events();
    const again = await Promise.all([
      completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } }),
      completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } }),
    ]);
    expect(again.every((r) => r.ok)).toBe(true);
    expect(await events()).toBe(seen);
    expect((await ordersOf(result.checkoutId)).map((o) => o.status)).toEqual(["paid", "paid"]);
  });

  it("cancelling puts every order's items back on sale and into the cart together", async () => {
    const { buyer, screens, car, result, sessionId } = await checkedOutCart();
    expect(await cancelTestPayment({ buyerId: buyer.id, sessionId })).toMatchObject({ ok: true });
    expect((await ordersOf(result.checkoutId)).map((o) => o.status)).toEqual(["expired", "expired"]);
    const [checkout] = await database()
      .db.select()
      .from(checkouts)
      .where(eq(checkouts.id, result.checkoutId));
    expect(checkout!.status).toBe("closed");
    expect((await readListing(database(), screens)).quantity).toBe(4);
    expect((await readListing(database(), car)).quantity).toBe(1);
    // An expired checkout cannot be paid.
    expect(await completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } })).toMatchObject({
      ok: false,
    });
    expect((await ordersOf(result.checkoutId)).map((o) => o.status)).toEqual(["expired", "expired"]);
  });
});

describe("two buyers checking out carts that share a unique item at once", () => {
  raceTest(
    "one gets the pedal car; the other's checkout names it as sold out and buys the rest",
    async () => {
      for (let round = 0; round < 5; round++) {
        const car = await createListing(database(), {
          sellerId: restorer.id,
          item: latePedalCar,
          title: `Unused AZLK pedal car, round ${round}`,
          priceCents: 35000,
        });
        const buyers = await Promise.all([0, 1].map(() => createUser(database(), { country: "GB" })));
        for (const buyer of buyers) {
          const wheel = await listFromEE(database(), partsDealer.id, reproductionSteeringWheel, 2);
          await putInCart(database(), buyer.id, [
            { listingId: car, quantity: 1 },
            { listingId: wheel, quantity: 1 },
          ]);
        }
        const results: CartCheckoutResult[] = await Promise.all(
          buyers.map((b) => checkoutCart({ buyerId: b.id, input: { currency: "USD", country: "GB" } })),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        const ok = results.filter((r) => r.ok);
        const winners = ok.filter((r) => r.leftOut.length === 0);
        const losers = ok.filter((r) => r.leftOut.length > 0);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0]!.leftOut).toEqual([
          { listingId: car, title: `Unused AZLK pedal car, round ${round}`, why: "sold_out" },
        ]);
        expect(losers[0]!.message).toContain(
          `“Unused AZLK pedal car, round ${round}” sold out while in your cart`,
        );
        // The winner has two orders (restorer and parts dealer), the other only the parts dealer's.
        expect((await ordersOf(winners[0]!.checkoutId)).map((o) => o.sellerId).sort()).toEqual(
          [restorer.id, partsDealer.id].sort(),
        );
        expect((await ordersOf(losers[0]!.checkoutId)).map((o) => o.sellerId)).toEqual([partsDealer.id]);
        expect((await readListing(database(), car)).quantity).toBe(0);
      }
    },
  );
});
