import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cartItems, orderItems, orders, processedWebhookEvents, soldItems } from "@/db/schema";
import { POST } from "@/app/api/stripe/webhook/route";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { raceTest } from "../support/race-tests";
import { withStripeTestServer } from "../support/stripe";
import { withTestDatabase } from "../support/test-database";
import {
  completedSession,
  createListing,
  createUser,
  lapseReservation,
  latePedalCar,
  listFromEE,
  putInCart,
  readHistory,
  readListing,
  readOrder,
  signedStripeEvent,
  type TestUser,
  webhookRequest,
  windscreen,
} from "./checkout-fixtures";

const secret = "whsec_moskvitch_webhook_test";
const stripe = await withStripeTestServer({ secretKey: "sk_test_moskvitch_webhook", webhookSecret: secret });

const database = withTestDatabase();
let restorer: TestUser;
let partsDealer: TestUser;

beforeAll(async () => {
  restorer = await createUser(database(), { country: "US" });
  partsDealer = await createUser(database(), { country: "EE" });
});

async function deliver(
  type: string,
  object: Record<string, unknown>,
  options: { id?: string; signature?: string | null; tamper?: (payload: string) => string } = {},
) {
  const event = signedStripeEvent(type, object, secret, options.id);
  const payload = options.tamper ? options.tamper(event.payload) : event.payload;
  const response = await POST(
    webhookRequest(payload, options.signature === undefined ? event.signature : options.signature),
  );
  return {
    status: response.status,
    body: (await response.json()) as { received: boolean; message: string },
    id: event.id,
  };
}

/** A buyer checks out one pedal car (or some windscreens) through the real checkout, ready to be paid. */
async function pendingOrder(what: "car" | "screens" = "car") {
  const buyer = await createUser(database(), { country: "GB" });
  const listingId =
    what === "car"
      ? await createListing(database(), {
          sellerId: restorer.id,
          item: latePedalCar,
          title: "1992 AZLK pedal car with its tiny plate",
          priceCents: 36500,
        })
      : await listFromEE(database(), partsDealer.id, { item: windscreen, priceCents: 4500 }, 4);
  await putInCart(database(), buyer.id, [{ listingId, quantity: what === "car" ? 1 : 2 }]);
  const result = await checkoutSellerGroup({
    buyerId: buyer.id,
    baseUrl: "https://market.example",
    input: { sellerId: what === "car" ? restorer.id : partsDealer.id, currency: "USD", country: "GB" },
  });
  if (!result.ok) throw new Error(result.message);
  const order = await readOrder(database(), result.orderId);
  return {
    buyer,
    listingId,
    order,
    session: completedSession({
      id: order.id,
      totalCents: order.totalCents,
      sessionId: order.stripeCheckoutSessionId,
    }),
  };
}

describe("the Stripe webhook", () => {
  it("answers 400 to an unsigned or tampered event and changes nothing", async () => {
    const { order, listingId, session } = await pendingOrder();
    expect((await deliver("checkout.session.completed", session, { signature: null })).status).toBe(400);
    const tampered = await deliver("checkout.session.completed", session, {
      tamper: (p) => p.replace(`"amount_total":${order.totalCents}`, `"amount_total":1`),
    });
    expect(tampered.status).toBe(400);
    const wrongSecret = signedStripeEvent("checkout.session.completed", session, "whsec_somebody_else");
    expect((await POST(webhookRequest(wrongSecret.payload, wrongSecret.signature))).status).toBe(400);
    expect(await readOrder(database(), order.id)).toMatchObject({ status: "pending_payment", paidAt: null });
    expect((await readListing(database(), listingId)).status).toBe("live");
    expect(
      await database()
        .db.select()
        .from(processedWebhookEvents)
        .where(eq(processedWebhookEvents.eventId, tampered.id)),
    ).toEqual([]);
  });

  it("marks a paid pedal car sold and records the sale for valuation, once, however often Stripe delivers it", async () => {
    const { order, listingId, session } = await pendingOrder();
    const id = `evt_test_completed_${order.id}`;
    // Three deliveries of the same event, one after another (the race test below sends them at once).
    const deliveries = [];
    for (let n = 0; n < 3; n++) deliveries.push(await deliver("checkout.session.completed", session, { id }));
    for (const r of deliveries) expect(r.status).toBe(200);
    expect(deliveries.filter((r) => r.body.message.endsWith(": changed"))).toHaveLength(1);

    const paid = await readOrder(database(), order.id);
    expect(paid).toMatchObject({
      status: "paid",
      reservedUntil: null,
      stripePaymentIntentId: session.payment_intent,
      shipTo: { country: "GB", postalCode: "M4 1HN", name: "Tom B." },
    });
    expect(paid.paidAt).toBeInstanceOf(Date);
    expect((await readHistory(database(), order.id)).map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual([
      "null->pending_payment",
      "pending_payment->paid",
    ]);
    const listing = await readListing(database(), listingId);
    expect(listing).toMatchObject({ status: "sold", quantity: 0 });
    const sold = await database().db.select().from(soldItems).where(eq(soldItems.listingId, listingId));
    expect(sold).toHaveLength(1);
    expect(sold[0]).toMatchObject({
      origin: "marketplace",
      category: "pedal_car",
      era: "late_soft_tires",
      soldPriceCents: 36500,
      currency: "USD",
      url: `/listings/${listingId}`,
    });

    // A different event id with the same payment (Stripe's own retry after a timeout) changes nothing either.
    expect((await deliver("checkout.session.completed", session)).body.message).toMatch(/unchanged/);
    expect(
      await database().db.select().from(soldItems).where(eq(soldItems.listingId, listingId)),
    ).toHaveLength(1);
  });

  raceTest("changes the order once when Stripe delivers one payment five times at once", async () => {
    const { order, listingId, session } = await pendingOrder();
    const id = `evt_test_parallel_${order.id}`;
    const parallel = await Promise.all(
      [1, 2, 3, 4, 5].map(() => deliver("checkout.session.completed", session, { id })),
    );
    for (const r of parallel) expect(r.status).toBe(200);
    expect(parallel.filter((r) => r.body.message.endsWith(": changed"))).toHaveLength(1);
    expect((await readHistory(database(), order.id)).map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual([
      "null->pending_payment",
      "pending_payment->paid",
    ]);
    expect(
      await database().db.select().from(soldItems).where(eq(soldItems.listingId, listingId)),
    ).toHaveLength(1);
  });

  it("keeps parts live while stock remains, and takes nothing from other stock", async () => {
    const { order, listingId, session } = await pendingOrder("screens");
    expect((await deliver("checkout.session.completed", session)).status).toBe(200);
    expect((await readOrder(database(), order.id)).status).toBe("paid");
    expect(await readListing(database(), listingId)).toMatchObject({ status: "live", quantity: 2 });
    expect(await database().db.select().from(soldItems).where(eq(soldItems.listingId, listingId))).toEqual(
      [],
    );
  });

  it("releases the reservation when the session expires, and puts the lines back in the buyer's cart", async () => {
    const { order, listingId, buyer, session } = await pendingOrder("screens");
    expect((await readListing(database(), listingId)).quantity).toBe(2);
    const expired = { ...session, status: "expired", payment_status: "unpaid", payment_intent: null };
    const id = `evt_test_expired_${order.id}`;
    await deliver("checkout.session.expired", expired, { id });
    await deliver("checkout.session.expired", expired, { id });
    expect(await readOrder(database(), order.id)).toMatchObject({ status: "expired", reservedUntil: null });
    expect((await readListing(database(), listingId)).quantity).toBe(4);
    expect(
      await database()
        .db.select({ listingId: cartItems.listingId, quantity: cartItems.quantity })
        .from(cartItems)
        .where(eq(cartItems.userId, buyer.id)),
    ).toEqual([{ listingId, quantity: 2 }]);
  });

  raceTest("returns the stock once when two deliveries of an expired session arrive at once", async () => {
    const { order, listingId, session } = await pendingOrder("screens");
    const expired = { ...session, status: "expired", payment_status: "unpaid", payment_intent: null };
    const id = `evt_test_expired_parallel_${order.id}`;
    await Promise.all([
      deliver("checkout.session.expired", expired, { id }),
      deliver("checkout.session.expired", expired, { id }),
    ]);
    expect(await readOrder(database(), order.id)).toMatchObject({ status: "expired", reservedUntil: null });
    expect((await readListing(database(), listingId)).quantity).toBe(4);
  });

  it("holds the stock while a bank payment settles, then sells or releases it", async () => {
    const first = await pendingOrder();
    await deliver("checkout.session.completed", { ...first.session, payment_status: "unpaid" });
    const waiting = await readOrder(database(), first.order.id);
    expect(waiting.status).toBe("pending_payment");
    expect(waiting.reservedUntil!.getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000);
    await deliver("checkout.session.async_payment_succeeded", first.session);
    expect((await readOrder(database(), first.order.id)).status).toBe("paid");
    expect((await readListing(database(), first.listingId)).status).toBe("sold");

    const second = await pendingOrder();
    await deliver("checkout.session.completed", { ...second.session, payment_status: "unpaid" });
    await deliver("checkout.session.async_payment_failed", second.session);
    expect((await readOrder(database(), second.order.id)).status).toBe("payment_failed");
    expect(await readListing(database(), second.listingId)).toMatchObject({ status: "live", quantity: 1 });
  });

  it("records a full refund, drops the sale from the price history, and notes a partial one", async () => {
    const { order, listingId, session } = await pendingOrder();
    await deliver("checkout.session.completed", session);
    const charge = {
      id: `ch_test_${order.id}`,
      object: "charge",
      amount: order.totalCents,
      payment_intent: session.payment_intent,
      refunded: false,
    };
    await deliver("charge.refunded", { ...charge, amount_refunded: 5000 });
    expect(await readOrder(database(), order.id)).toMatchObject({ status: "paid", refundedCents: 5000 });
    await deliver("charge.refunded", { ...charge, amount_refunded: order.totalCents, refunded: true });
    expect(await readOrder(database(), order.id)).toMatchObject({
      status: "refunded",
      refundedCents: order.totalCents,
      payoutOwedCents: 0,
    });
    expect(await database().db.select().from(soldItems).where(eq(soldItems.listingId, listingId))).toEqual(
      [],
    );
    const notes = (await readHistory(database(), order.id)).map((e) => e.note ?? "");
    expect(notes.some((n) => n.startsWith("Partly refunded"))).toBe(true);
  });

  it("acknowledges unknown events and orders it does not know, changing nothing", async () => {
    const unknownType = await deliver("customer.created", { id: "cus_test_1", object: "customer" });
    expect(unknownType).toMatchObject({ status: 200, body: { message: "Ignored customer.created" } });
    const before = await database().db.select({ id: orders.id, status: orders.status }).from(orders);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const stranger = await deliver(
      "checkout.session.completed",
      completedSession({ id: 999_999, totalCents: 100, sessionId: "cs_test_nobody" }),
    );
    expect(stranger).toMatchObject({
      status: 200,
      body: { message: expect.stringMatching(/No such order/) },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("names no order we know"));
    warn.mockRestore();
    expect(await database().db.select({ id: orders.id, status: orders.status }).from(orders)).toEqual(before);
  });

  it("keeps a late payment when the stock is still there, and refunds it through Stripe when it isn't", async () => {
    const lucky = await pendingOrder("screens");
    await lapseReservation(database(), lucky.order.id);
    const { expireStaleReservations } = await import("@/lib/orders/expiry");
    await expireStaleReservations();
    expect((await readOrder(database(), lucky.order.id)).status).toBe("expired");
    await deliver("checkout.session.completed", lucky.session);
    expect((await readOrder(database(), lucky.order.id)).status).toBe("paid");
    expect((await readListing(database(), lucky.listingId)).quantity).toBe(2);
    expect(await database().db.select().from(cartItems).where(eq(cartItems.userId, lucky.buyer.id))).toEqual(
      [],
    );

    const unlucky = await pendingOrder();
    await lapseReservation(database(), unlucky.order.id);
    await expireStaleReservations();
    const rival = await createUser(database(), { country: "US" });
    await putInCart(database(), rival.id, [{ listingId: unlucky.listingId, quantity: 1 }]);
    expect(
      (
        await checkoutSellerGroup({
          buyerId: rival.id,
          baseUrl: "https://market.example",
          input: { sellerId: restorer.id, currency: "USD", country: "US" },
        })
      ).ok,
    ).toBe(true);
    await deliver("checkout.session.completed", unlucky.session);
    expect(await readOrder(database(), unlucky.order.id)).toMatchObject({
      status: "refunded",
      refundedCents: unlucky.order.totalCents,
    });
    const refund = stripe.requests.find((r) => r.path === "/v1/refunds");
    expect(refund).toMatchObject({
      body: { payment_intent: unlucky.session.payment_intent },
      idempotencyKey: `refund-${unlucky.session.payment_intent}`,
    });
    expect((await readListing(database(), unlucky.listingId)).quantity).toBe(0);
    const [line] = await database()
      .db.select()
      .from(orderItems)
      .where(eq(orderItems.orderId, unlucky.order.id));
    expect(line!.soldItemId).toBeNull();
  });
});
