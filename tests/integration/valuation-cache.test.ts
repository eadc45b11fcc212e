import { importedPedalCarSale } from "../fixtures/sales";
import { withNextDataCache } from "../support/next-data-cache";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { orderItems, orders, soldItems, type NewSoldItem } from "@/db/schema";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { completeTestPayment } from "@/lib/orders/test-payments";
import { answerValuation } from "@/lib/valuation/cached-answer";
import { saleSegments } from "@/lib/valuation/segments";
import { withTestDatabase } from "../support/test-database";
import { createListing, createUser, latePedalCar, readOrder } from "./checkout-fixtures";

// Valuations answer from Next's data cache until their own market moves: a sale in the question's
// segment expires the answer, a sale in another segment leaves it. Sales written straight into the
// table (no invalidation) show whether an answer came from the cache: a fresh valuation would count them.

const database = withTestDatabase();
withNextDataCache();

const now = new Date();
const earlyCar: PedalCarItem = { ...(latePedalCar as PedalCarItem), era: "early_aluminum_bumpers" };
const plasticCar: PedalCarItem = { ...(latePedalCar as PedalCarItem), era: "plastic_bumpers" };
const question = {
  item: latePedalCar,
  priceCents: 35_000,
  currency: "USD" as const,
  shipTo: { country: "US" },
};

function sale(item: PedalCarItem, priceCents: number, daysAgo: number): NewSoldItem {
  return importedPedalCarSale(item, priceCents, new Date(now.getTime() - daysAgo * 86_400_000));
}

async function postQuestion() {
  const response = await POST(
    new Request("http://localhost/api/valuation", { method: "POST", body: JSON.stringify(question) }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { comparables: unknown[]; fairValue: { typicalCents: number } };
}

/** An auction won and paid for on the test-payment page: the path that records a marketplace sale. */
async function sellThroughTheMarket(item: PedalCarItem, priceCents: number) {
  const seller = await createUser(database(), { country: "US" });
  const winner = await createUser(database(), { country: "US" });
  const listing = await createListing(database(), {
    sellerId: seller.id,
    item,
    priceCents,
    quantity: 0,
    saleFormat: "auction",
  });
  const [order] = await database()
    .db.insert(orders)
    .values({
      buyerId: winner.id,
      sellerId: seller.id,
      source: "auction",
      currency: "USD",
      itemsCents: priceCents,
      shippingCents: 11_500,
      totalCents: priceCents + 11_500,
      reservedUntil: new Date(Date.now() + 48 * 3600_000),
    })
    .returning({ id: orders.id });
  await database().db.insert(orderItems).values({
    orderId: order!.id,
    listingId: listing,
    title: "AZLK pedal car, won at auction",
    quantity: 1,
    unitPriceCents: priceCents,
    shippingCents: 11_500,
  });
  await startPaymentForOrder({ orderId: order!.id, buyerId: winner.id, baseUrl: "http://127.0.0.1" });
  const paid = await completeTestPayment({
    buyerId: winner.id,
    input: {
      sessionId: (await readOrder(database(), order!.id)).stripeCheckoutSessionId!,
      name: "Ann B.",
      line1: "1 Main Street",
      city: "Boston",
      postalCode: "02108",
    },
  });
  if (!paid.ok) throw new Error(paid.message);
  // What the payment page's action does next (lib/payments/actions.ts).
  await refreshListingCaches(paid.outcome);
  return paid.outcome;
}

describe("cached valuations", () => {
  it("answer the same question from the cache, on the API and the page alike, until a sale in its segment", async () => {
    await database()
      .db.insert(soldItems)
      .values([30, 60, 90].map((days) => sale(latePedalCar as PedalCarItem, 38_000, days)));
    const first = await answerValuation(question);
    expect(first.valuation.comparables).toHaveLength(3);

    // Sales the cache has not heard of: an identical question (the API's spelling) is not re-valued.
    await database()
      .db.insert(soldItems)
      .values([10, 20].map((days) => sale(latePedalCar as PedalCarItem, 52_000, days)));
    expect((await answerValuation({ ...question })).valuation).toEqual(first.valuation);
    const fromApi = await postQuestion();
    expect(fromApi.comparables).toHaveLength(3);
    expect(fromApi.fairValue).toEqual(first.valuation.fairValue);

    // A sale of an early car touches the early cars' segment only.
    const elsewhere = await sellThroughTheMarket(earlyCar, 30_000);
    expect(elsewhere.soldSegments).toEqual(saleSegments(earlyCar));
    expect((await answerValuation(question)).valuation.comparables).toHaveLength(3);

    // A late car sold through the market: the answer is valued afresh, with every sale on record.
    const here = await sellThroughTheMarket(latePedalCar as PedalCarItem, 45_000);
    expect(here.soldSegments).toContain("pedal_car:late_soft_tires");
    const after = await answerValuation(question);
    expect(after.valuation.comparables).toHaveLength(6);
    expect((await postQuestion()).comparables).toHaveLength(6);
  });

  it("keep an era-unknown question, which compares every pedal car, on the category's tag", async () => {
    const unknownEra = { ...question, item: { ...latePedalCar, era: "unknown" } as PedalCarItem };
    const before = (await answerValuation(unknownEra)).valuation.comparables.length;
    await database()
      .db.insert(soldItems)
      .values([sale(earlyCar, 33_000, 5)]);
    expect((await answerValuation(unknownEra)).valuation.comparables).toHaveLength(before);
    await sellThroughTheMarket(earlyCar, 31_000);
    // Both early cars now count (the engine may weigh some candidates out, so at least one more).
    expect((await answerValuation(unknownEra)).valuation.comparables.length).toBeGreaterThan(before);
  });

  it("are not served under another version of the rules", async () => {
    const asked = { ...question, item: plasticCar };
    await database()
      .db.insert(soldItems)
      .values([30, 60].map((days) => sale(plasticCar, 30_000, days)));
    expect((await answerValuation(asked, "rules-old")).valuation.comparables).toHaveLength(2);

    // A sale the cache has not heard of: the old rules' answer stays cached, new rules value afresh.
    await database()
      .db.insert(soldItems)
      .values([sale(plasticCar, 34_000, 10)]);
    expect((await answerValuation(asked, "rules-old")).valuation.comparables).toHaveLength(2);
    expect((await answerValuation(asked, "rules-new")).valuation.comparables).toHaveLength(3);
    expect((await answerValuation(asked)).valuation.comparables).toHaveLength(3);
  });
});
