import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cartItems, orderItems, orders, processedWebhookEvents, soldItems } from "@/db/schema";
import { POST as expireReservationsRoute } from "@/app/api/cron/expire-reservations/route";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { markOrderReceived, markOrderShipped } from "@/lib/orders/fulfilment";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import {
  getOrderForViewer,
  getPayoutSummary,
  listOrdersForBuyer,
  listSalesForSeller,
} from "@/lib/orders/queries";
import { cancelTestPayment, completeTestPayment, getTestCheckout } from "@/lib/orders/test-payments";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  lapseReservation,
  latePedalCar,
  listFromEE,
  putInCart,
  readHistory,
  readListing,
  readOrder,
  reproductionSteeringWheel,
  reproductionWindscreen,
  type TestUser,
} from "./checkout-fixtures";

// The whole path in test-payment mode (no Stripe keys): reserve → pay on the test page → signed
// webhook → paid → shipped → received, with who may see and do what.

vi.stubEnv("CRON_SECRET", "cron-secret-for-the-order-tests");
const database = withTestDatabase();
let partsDealer: TestUser;
let buyer: TestUser;
let stranger: TestUser;
let admin: TestUser;
let orderId: number;
let screens: number;

beforeAll(async () => {
  partsDealer = await createUser(database(), { country: "EE" });
  buyer = await createUser(database(), { country: "GB" });
  stranger = await createUser(database(), { country: "US" });
  admin = await createUser(database(), { role: "admin" });
  screens = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 12);
  const wheels = await listFromEE(database(), partsDealer.id, reproductionSteeringWheel, 6);
  await putInCart(database(), buyer.id, [
    { listingId: screens, quantity: 1 },
    { listingId: wheels, quantity: 1 },
  ]);
  const result = await checkoutSellerGroup({
    buyerId: buyer.id,
    input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
  });
  if (!result.ok) throw new Error(result.message);
  orderId = result.orderId;
});

const sessionIdOf = async (id: number) => (await readOrder(database(), id)).stripeCheckoutSessionId!;

describe("paying on the test-payment page", () => {
  it("shows the order to its buyer only", async () => {
    const sessionId = await sessionIdOf(orderId);
    expect(await getTestCheckout({ sessionId, buyerId: buyer.id })).toMatchObject({
      orderId,
      totalCents: 4500 + 3800 + 2800,
      shipToCountry: "GB",
      lines: [{ title: "Reproduction windscreen" }, { title: "Reproduction steering wheel" }],
    });
    expect(await getTestCheckout({ sessionId, buyerId: stranger.id })).toBeNull();
    expect(
      await completeTestPayment({
        buyerId: stranger.id,
        input: { sessionId, name: "Someone", line1: "1 Road", city: "Leeds", postalCode: "LS1" },
      }),
    ).toMatchObject({ ok: false, message: "That test checkout does not exist." });
  });

  it("asks for the delivery address field by field, storing nothing until it is complete", async () => {
    const result = await completeTestPayment({
      buyerId: buyer.id,
      input: { sessionId: await sessionIdOf(orderId), name: "", line1: "x", city: "", postalCode: "" },
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual([
      "city",
      "line1",
      "name",
      "postalCode",
    ]);
    expect((await readOrder(database(), orderId)).status).toBe("pending_payment");
  });

  it("pays through a signed event handled like Stripe's, recording the event id", async () => {
    const result = await completeTestPayment({
      buyerId: buyer.id,
      input: {
        sessionId: await sessionIdOf(orderId),
        name: "Tom B.",
        line1: "1 Tib Street",
        city: "Manchester",
        postalCode: "M4 1HN",
      },
    });
    expect(result).toMatchObject({
      ok: true,
      orderId,
      outcome: { status: 200, listingIds: expect.arrayContaining([screens]) },
    });
    const order = await readOrder(database(), orderId);
    expect(order).toMatchObject({
      status: "paid",
      shipTo: { country: "GB", name: "Tom B.", postalCode: "M4 1HN", address: "1 Tib Street, Manchester" },
      stripePaymentIntentId: expect.stringMatching(/^pi_test_local_/),
    });
    expect(
      await database()
        .db.select()
        .from(processedWebhookEvents)
        .where(eq(processedWebhookEvents.type, "checkout.session.completed")),
    ).toHaveLength(1);
    // Paying twice answers with the paid order, and nothing more is sent.
    expect(
      await completeTestPayment({
        buyerId: buyer.id,
        input: {
          sessionId: order.stripeCheckoutSessionId,
          name: "Tom B.",
          line1: "1 Tib Street",
          city: "Manchester",
          postalCode: "M4 1HN",
        },
      }),
    ).toMatchObject({ ok: true, orderId });
    expect(
      await database()
        .db.select()
        .from(processedWebhookEvents)
        .where(eq(processedWebhookEvents.type, "checkout.session.completed")),
    ).toHaveLength(1);
  });

  it("cancelling puts the stock back on sale", async () => {
    await putInCart(database(), buyer.id, [{ listingId: screens, quantity: 2 }]);
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    if (!result.ok) throw new Error(result.message);
    expect((await readListing(database(), screens)).quantity).toBe(9);
    expect(
      await cancelTestPayment({ buyerId: buyer.id, sessionId: await sessionIdOf(result.orderId) }),
    ).toMatchObject({ ok: true });
    expect((await readOrder(database(), result.orderId)).status).toBe("expired");
    expect((await readListing(database(), screens)).quantity).toBe(11);
    // The lines wait in the cart again, so nothing the buyer chose is lost.
    expect(
      await database()
        .db.select({ listingId: cartItems.listingId, quantity: cartItems.quantity })
        .from(cartItems)
        .where(eq(cartItems.userId, buyer.id)),
    ).toEqual([{ listingId: screens, quantity: 2 }]);
    await database().db.delete(cartItems).where(eq(cartItems.userId, buyer.id));
  });
});

describe("who sees an order", () => {
  it("shows it to the buyer, the seller and admins, and to nobody else", async () => {
    expect(await getOrderForViewer({ orderId, viewer: buyer })).toMatchObject({
      viewerRole: "buyer",
      status: "paid",
      items: [{ title: "Reproduction windscreen" }, { title: "Reproduction steering wheel" }],
    });
    expect(await getOrderForViewer({ orderId, viewer: partsDealer })).toMatchObject({ viewerRole: "seller" });
    expect(await getOrderForViewer({ orderId, viewer: admin })).toMatchObject({ viewerRole: "admin" });
    expect(await getOrderForViewer({ orderId, viewer: stranger })).toBeNull();
    expect(await getOrderForViewer({ orderId: 987_654, viewer: admin })).toBeNull();
    const detail = await getOrderForViewer({ orderId, viewer: buyer });
    expect(detail).not.toHaveProperty("stripePaymentIntentId");
    expect(await listOrdersForBuyer(buyer.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: orderId,
          status: "paid",
          itemTitles: ["Reproduction windscreen", "Reproduction steering wheel"],
        }),
      ]),
    );
    expect(await listOrdersForBuyer(stranger.id)).toEqual([]);
  });
});

describe("shipping and receiving", () => {
  it("lets only the seller mark it shipped, with a carrier and a tracking number", async () => {
    expect(
      await markOrderShipped({
        actor: stranger,
        input: { orderId, carrier: "Omniva", trackingNumber: "CE123456789EE" },
      }),
    ).toMatchObject({ ok: false, message: "That order does not exist." });
    expect(
      await markOrderShipped({
        actor: buyer,
        input: { orderId, carrier: "Omniva", trackingNumber: "CE123456789EE" },
      }),
    ).toMatchObject({ ok: false, message: "That order does not exist." });
    expect(
      await markOrderShipped({
        actor: partsDealer,
        input: { orderId, carrier: "", trackingNumber: "<script>" },
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { carrier: expect.any(String), trackingNumber: "Letters, digits, spaces and dashes only" },
    });
    expect(await markOrderReceived({ actor: buyer, input: { orderId } })).toMatchObject({
      ok: false,
      message: "Only a shipped order can be marked received.",
    });
    expect(
      await markOrderShipped({
        actor: partsDealer,
        input: { orderId, carrier: "Omniva", trackingNumber: "CE123456789EE" },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await markOrderShipped({
        actor: partsDealer,
        input: { orderId, carrier: "Omniva", trackingNumber: "CE123456789EE" },
      }),
    ).toMatchObject({ ok: false, message: "Already marked shipped." });
    expect(await readOrder(database(), orderId)).toMatchObject({
      status: "shipped",
      carrier: "Omniva",
      trackingNumber: "CE123456789EE",
    });
  });

  it("lets only the buyer mark it received, and keeps every step in the history", async () => {
    expect(await markOrderReceived({ actor: partsDealer, input: { orderId } })).toMatchObject({
      ok: false,
      message: "That order does not exist.",
    });
    expect(await markOrderReceived({ actor: buyer, input: { orderId } })).toMatchObject({ ok: true });
    const history = await readHistory(database(), orderId);
    expect(history.map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual([
      "null->pending_payment",
      "pending_payment->paid",
      "paid->shipped",
      "shipped->received",
    ]);
    expect(history[2]).toMatchObject({
      actorId: partsDealer.id,
      note: "Shipped with Omniva, tracking number CE123456789EE.",
    });
    expect(history[3]).toMatchObject({ actorId: buyer.id });
  });

  it("shows the seller their sales and the payout the market owes them", async () => {
    const sales = await listSalesForSeller(partsDealer.id);
    expect(sales.map((s) => s.id)).toEqual([orderId]);
    expect(sales[0]).toMatchObject({
      status: "received",
      otherPartyName: expect.any(String),
      platformFeeCents: 1110,
      payoutOwedCents: 11100 - 1110,
      transferDestination: null,
    });
    expect(await getPayoutSummary(partsDealer.id)).toEqual([
      { currency: "USD", owedCents: 9990, transferredCents: 0, feesCents: 1110 },
    ]);
    expect(await listSalesForSeller(buyer.id)).toEqual([]);
  });
});

describe("reservations nobody pays for", () => {
  it("expire on the sweep and return their stock once, however many sweeps run", async () => {
    await putInCart(database(), buyer.id, [{ listingId: screens, quantity: 3 }]);
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    if (!result.ok) throw new Error(result.message);
    expect((await readListing(database(), screens)).quantity).toBe(8);
    expect((await expireStaleReservations()).expiredOrderIds).not.toContain(result.orderId);

    await lapseReservation(database(), result.orderId);
    const sweeps = [
      await expireStaleReservations(),
      await expireStaleReservations(),
      await expireStaleReservations(),
    ];
    expect(sweeps.flatMap((s) => s.expiredOrderIds).filter((id) => id === result.orderId)).toHaveLength(1);
    expect((await readOrder(database(), result.orderId)).status).toBe("expired");
    expect((await readListing(database(), screens)).quantity).toBe(11);
  });

  raceTest("return their stock once when three sweeps run at the same moment", async () => {
    const racer = await createUser(database(), { country: "GB" });
    await putInCart(database(), racer.id, [{ listingId: screens, quantity: 2 }]);
    const result = await checkoutSellerGroup({
      buyerId: racer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    if (!result.ok) throw new Error(result.message);
    const before = (await readListing(database(), screens)).quantity;
    await lapseReservation(database(), result.orderId);
    const sweeps = await Promise.all([
      expireStaleReservations(),
      expireStaleReservations(),
      expireStaleReservations(),
    ]);
    expect(sweeps.flatMap((s) => s.expiredOrderIds).filter((id) => id === result.orderId)).toHaveLength(1);
    expect((await readListing(database(), screens)).quantity).toBe(before + 2);
  });

  it("expire through the scheduler's endpoint, which wants its bearer secret", async () => {
    const call = (auth?: string) =>
      expireReservationsRoute(
        new Request("http://127.0.0.1/api/cron/expire-reservations", {
          method: "POST",
          headers: auth ? { authorization: auth } : {},
        }),
      );
    expect((await call()).status).toBe(401);
    expect((await call("Bearer wrong-secret-of-same-size!!")).status).toBe(401);
    const response = await call("Bearer cron-secret-for-the-order-tests");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ expiredOrders: expect.any(Number) });
  });

  it("handle an auction winner's order the same way: stock back when unpaid, sold when paid", async () => {
    const restorer = await createUser(database(), { country: "US" });
    async function auctionOrder(winner: TestUser) {
      const car = await createListing(database(), {
        sellerId: restorer.id,
        item: latePedalCar,
        priceCents: 40000,
        quantity: 0,
        saleFormat: "auction",
      });
      const [order] = await database()
        .db.insert(orders)
        .values({
          buyerId: winner.id,
          sellerId: restorer.id,
          source: "auction",
          currency: "USD",
          itemsCents: 40000,
          shippingCents: 11500,
          totalCents: 51500,
          reservedUntil: new Date(Date.now() + 48 * 3600_000),
        })
        .returning({ id: orders.id });
      await database().db.insert(orderItems).values({
        orderId: order!.id,
        listingId: car,
        title: "AZLK pedal car, won at auction",
        quantity: 1,
        unitPriceCents: 40000,
        shippingCents: 11500,
      });
      return { orderId: order!.id, car };
    }
    const unpaid = await auctionOrder(buyer);
    await lapseReservation(database(), unpaid.orderId);
    // Too late to pay: "Pay now" releases the item instead of opening a payment.
    expect(
      await startPaymentForOrder({ orderId: unpaid.orderId, buyerId: buyer.id, baseUrl: "http://127.0.0.1" }),
    ).toEqual({ ok: false, message: "The time to pay ran out and the items went back on sale." });
    expect((await readOrder(database(), unpaid.orderId)).status).toBe("expired");
    expect((await readListing(database(), unpaid.car)).quantity).toBe(1);

    const paid = await auctionOrder(buyer);
    const started = await startPaymentForOrder({
      orderId: paid.orderId,
      buyerId: buyer.id,
      baseUrl: "http://127.0.0.1",
    });
    expect(started).toMatchObject({ ok: true, url: expect.stringMatching(/^\/checkout\/test\//) });
    await completeTestPayment({
      buyerId: buyer.id,
      input: {
        sessionId: await sessionIdOf(paid.orderId),
        name: "Tom B.",
        line1: "1 Tib Street",
        city: "Manchester",
        postalCode: "M4 1HN",
      },
    });
    expect((await readOrder(database(), paid.orderId)).status).toBe("paid");
    expect((await readListing(database(), paid.car)).status).toBe("sold");
    expect(
      await database().db.select().from(soldItems).where(eq(soldItems.listingId, paid.car)),
    ).toHaveLength(1);
  });
});
