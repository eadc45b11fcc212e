import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { orderEvents, orders, processedWebhookEvents } from "@/db/schema";
import { checkoutSellerGroup, type CheckoutResult } from "@/lib/orders/checkout";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { completeTestPayment } from "@/lib/orders/test-payments";
import { testDriver, withTestDatabase } from "../support/test-database";
import {
  createUser,
  listFromEE,
  putInCart,
  readHistory,
  readOrder,
  type TestUser,
  windscreen,
} from "./checkout-fixtures";

// Pressing a payment button twice (a double click, a retried request) must start or take one
// payment, never two: Pay on the test-payment page, Pay now on an order, and Check out in the cart.

const database = withTestDatabase();
let partsDealer: TestUser;
let screens: number;

beforeAll(async () => {
  partsDealer = await createUser(database(), { country: "EE" });
  screens = await listFromEE(database(), partsDealer.id, { item: windscreen, priceCents: 4500 }, 50);
});

async function pendingOrder(): Promise<{ buyer: TestUser; orderId: number; sessionId: string }> {
  const buyer = await createUser(database(), { country: "GB" });
  await putInCart(database(), buyer.id, [{ listingId: screens, quantity: 1 }]);
  const result = await checkoutSellerGroup({
    buyerId: buyer.id,
    input: { sellerId: partsDealer.id, currency: "USD" },
  });
  if (!result.ok) throw new Error(result.message);
  return {
    buyer,
    orderId: result.orderId,
    sessionId: (await readOrder(database(), result.orderId)).stripeCheckoutSessionId!,
  };
}

const address = { name: "Tom B.", line1: "221B Baker Street", city: "London", postalCode: "NW1 6XE" };

async function expectOnePayment(orderId: number) {
  const order = await readOrder(database(), orderId);
  expect(order.status).toBe("paid");
  const history = await readHistory(database(), orderId);
  expect(history.map((e) => e.toStatus)).toEqual(["pending_payment", "paid"]);
  expect(history.filter((e) => /second payment|refund/i.test(e.note ?? ""))).toEqual([]);
  return order;
}

const completedEvents = async () =>
  (
    await database()
      .db.select()
      .from(processedWebhookEvents)
      .where(eq(processedWebhookEvents.type, "checkout.session.completed"))
  ).length;

describe("Pay on the test-payment page, pressed again", () => {
  it("a second press after the first went through answers with the paid order and writes nothing", async () => {
    const { buyer, orderId, sessionId } = await pendingOrder();
    const before = await completedEvents();
    const first = await completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } });
    const second = await completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } });
    expect(first).toMatchObject({ ok: true, orderId });
    expect(second).toMatchObject({ ok: true, orderId });
    await expectOnePayment(orderId);
    expect(await completedEvents()).toBe(before + 1);
  });
});

describe.skipIf(testDriver !== "pg")("payment buttons pressed in parallel (PostgreSQL)", () => {
  it("four parallel Pay presses make one payment and no refund rows", async () => {
    const { buyer, orderId, sessionId } = await pendingOrder();
    const before = await completedEvents();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        completeTestPayment({ buyerId: buyer.id, input: { sessionId, ...address } }),
      ),
    );
    for (const result of results) expect(result).toMatchObject({ ok: true, orderId });
    await expectOnePayment(orderId);
    expect(await completedEvents()).toBe(before + 1);
  });

  it("four parallel Pay now presses on a lapsed payment page open one new page", async () => {
    const { buyer, orderId } = await pendingOrder();
    await database()
      .db.update(orders)
      .set({ checkoutExpiresAt: new Date(Date.now() - 60_000) })
      .where(eq(orders.id, orderId));
    const results = await Promise.all(
      Array.from({ length: 4 }, () => startPaymentForOrder({ orderId, buyerId: buyer.id })),
    );
    const urls = new Set(results.map((r) => (r.ok ? r.url : r.message)));
    expect(urls.size).toBe(1);
    const order = await readOrder(database(), orderId);
    expect(order.checkoutAttempts).toBe(2);
    expect([...urls][0]).toBe(`/checkout/test/${order.stripeCheckoutSessionId}`);
  });

  it("four parallel presses of one Check out make one order", async () => {
    const buyer = await createUser(database(), { country: "GB" });
    await putInCart(database(), buyer.id, [{ listingId: screens, quantity: 2 }]);
    const requestId = randomUUID();
    const results: CheckoutResult[] = await Promise.all(
      Array.from({ length: 4 }, () =>
        checkoutSellerGroup({
          buyerId: buyer.id,
          input: { sellerId: partsDealer.id, currency: "USD", requestId },
        }),
      ),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.orderId : r.message)));
    expect(ids.size).toBe(1);
    expect(
      await database().db.select({ id: orders.id }).from(orders).where(eq(orders.buyerId, buyer.id)),
    ).toHaveLength(1);
  });
});

if (testDriver !== "pg")
  console.log(
    "Skipping the parallel payment-button tests on PGlite: one embedded connection runs one transaction at a time, so they cannot race there.",
  );

describe("Pay now and Check out, pressed again", () => {
  it("Pay now twice returns the same payment page", async () => {
    const { buyer, orderId, sessionId } = await pendingOrder();
    const first = await startPaymentForOrder({ orderId, buyerId: buyer.id });
    const second = await startPaymentForOrder({ orderId, buyerId: buyer.id });
    expect(first).toEqual({ ok: true, url: `/checkout/test/${sessionId}` });
    expect(second).toEqual(first);
  });

  it("the same Check out sent twice answers with the first order", async () => {
    const buyer = await createUser(database(), { country: "GB" });
    await putInCart(database(), buyer.id, [{ listingId: screens, quantity: 1 }]);
    const requestId = randomUUID();
    const first = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", requestId },
    });
    const second = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", requestId },
    });
    expect(first.ok && second.ok && second.orderId === first.orderId && second.url === first.url).toBe(true);
    const mine = await database()
      .db.select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerId, buyer.id)));
    expect(mine).toHaveLength(1);
    expect(
      await database().db.select().from(orderEvents).where(eq(orderEvents.orderId, mine[0]!.id)),
    ).toHaveLength(1);
  });
});
