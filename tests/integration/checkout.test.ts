import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cartItems, orderItems, orders } from "@/db/schema";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { shippingRates } from "@/lib/valuation/engine/shipping";
import { withStripeTestServer } from "../support/stripe";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  listFromEE,
  putInCart,
  readHistory,
  readListing,
  readOrder,
  reproductionSteeringWheel,
  reproductionWindscreen,
  type TestUser,
  windscreen,
} from "./checkout-fixtures";

// Checkout against the real `stripe` SDK, pointed at a local server that records what it receives.
const stripe = await withStripeTestServer({ secretKey: "sk_test_moskvitch_checkout" });
vi.stubEnv("PLATFORM_FEE_PERCENT", "10");

const database = withTestDatabase();
const baseUrl = "https://market.example";
let partsDealer: TestUser;
let restorer: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  partsDealer = await createUser(database(), { country: "EE" });
  restorer = await createUser(database(), { country: "US", stripeAccountId: "acct_1RestorerNJ" });
  buyer = await createUser(database(), { country: "GB" });
});

const sessionRequests = () =>
  stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

describe("checking out a seller's part of the cart", () => {
  it("reserves the stock with the order and sends Stripe server-side line items, shipping, metadata and an idempotency key", async () => {
    const screen = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 12);
    const wheel = await listFromEE(database(), partsDealer.id, reproductionSteeringWheel, 6);
    await putInCart(database(), buyer.id, [
      { listingId: screen, quantity: 2 },
      { listingId: wheel, quantity: 1 },
    ]);

    // A price or total sent along is not part of the input and changes nothing.
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      baseUrl,
      input: { sellerId: partsDealer.id, currency: "USD", country: "gb", totalCents: 1, priceCents: 1 },
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);

    const order = await readOrder(database(), result.orderId);
    expect(order).toMatchObject({
      status: "pending_payment",
      source: "cart",
      buyerId: buyer.id,
      sellerId: partsDealer.id,
      currency: "USD",
      itemsCents: 2 * 4500 + 3800,
      shippingCents: 1400 + 1400,
      totalCents: 12800 + 2800,
      platformFeeCents: 1560,
      payoutOwedCents: 15600 - 1560,
      transferDestination: null,
      checkoutAttempts: 1,
      shipTo: { country: "GB" },
    });
    expect(order.reservedUntil!.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect((await readListing(database(), screen)).quantity).toBe(10);
    expect((await readListing(database(), wheel)).quantity).toBe(5);
    expect(await database().db.select().from(cartItems).where(eq(cartItems.userId, buyer.id))).toEqual([]);
    expect((await readHistory(database(), order.id)).map((e) => e.toStatus)).toEqual(["pending_payment"]);

    const [request] = sessionRequests();
    expect(request!.idempotencyKey).toBe(`order-${order.id}`);
    expect(request!.authorization).toBe("Bearer sk_test_moskvitch_checkout");
    expect(request!.body).toMatchObject({
      mode: "payment",
      client_reference_id: String(order.id),
      customer_email: buyer.email,
      metadata: { order_id: String(order.id) },
      payment_intent_data: { metadata: { order_id: String(order.id) } },
      shipping_address_collection: { allowed_countries: ["GB"] },
      success_url: `${baseUrl}/orders/${order.id}?checkout=done`,
      line_items: [
        {
          quantity: "2",
          price_data: {
            currency: "usd",
            unit_amount: "4500",
            product_data: { name: "Reproduction windscreen", metadata: { listing_id: String(screen) } },
          },
        },
        {
          quantity: "1",
          price_data: {
            currency: "usd",
            unit_amount: "3800",
            product_data: { name: "Reproduction steering wheel" },
          },
        },
      ],
      shipping_options: [
        { shipping_rate_data: { type: "fixed_amount", fixed_amount: { amount: "2800", currency: "usd" } } },
      ],
    });
    expect(request!.body.payment_intent_data).not.toHaveProperty("transfer_data");
    const expiresAt = Number(request!.body.expires_at) * 1000;
    expect(expiresAt).toBeGreaterThanOrEqual(Date.now() + 30 * 60_000 - 5_000);
    expect(expiresAt).toBeLessThan(order.reservedUntil!.getTime());
    expect(stripe.sessions.get(order.stripeCheckoutSessionId!)).toMatchObject({
      amount_total: order.totalCents,
    });
    expect(order.checkoutUrl).toBe(result.url);
  });

  it("pays a connected seller by destination charge, less the platform fee, and adds the pedal car's careful packing", async () => {
    const car = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      title: "1991 AZLK pedal car, unused",
      priceCents: 35000,
    });
    await putInCart(database(), buyer.id, [{ listingId: car, quantity: 1 }]);
    const before = sessionRequests().length;
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      baseUrl,
      input: { sellerId: restorer.id, currency: "USD", country: "GB" },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const packing = shippingRates.pedal_car.packing;
    const order = await readOrder(database(), result.orderId);
    const total = 35000 + 26000 + packing;
    expect(order).toMatchObject({
      totalCents: total,
      shippingCents: 26000 + packing,
      platformFeeCents: Math.round(total / 10),
      payoutOwedCents: 0,
      transferDestination: "acct_1RestorerNJ",
    });
    const [line] = await database().db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
    expect(line).toMatchObject({
      packingCents: packing,
      shippingCents: 26000 + packing,
      unitPriceCents: 35000,
    });
    const request = sessionRequests()[before]!;
    expect(request.body.payment_intent_data).toMatchObject({
      application_fee_amount: String(Math.round(total / 10)),
      transfer_data: { destination: "acct_1RestorerNJ" },
    });
    expect(request.body.shipping_options).toMatchObject([
      {
        shipping_rate_data: {
          fixed_amount: { amount: String(26000 + packing) },
          display_name: expect.stringContaining("careful packing"),
        },
      },
    ]);
    expect((await readListing(database(), car)).quantity).toBe(0);
  });

  it("cancels the order and puts stock and cart back when Stripe fails", async () => {
    const screen = await listFromEE(database(), partsDealer.id, { item: windscreen, priceCents: 8500 }, 3);
    await putInCart(database(), buyer.id, [{ listingId: screen, quantity: 2 }]);
    stripe.failNext(1, 500);
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      baseUrl,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    expect(result).toMatchObject({ ok: false, reason: "payment_unavailable" });
    expect(result.ok ? "" : result.message).toMatch(/nothing was ordered or charged/);
    expect((await readListing(database(), screen)).quantity).toBe(3);
    const [cancelled] = await database()
      .db.select()
      .from(orders)
      .where(eq(orders.buyerId, buyer.id))
      .orderBy(orders.id)
      .then((rows) => rows.slice(-1));
    expect(cancelled).toMatchObject({ status: "cancelled", reservedUntil: null });
    expect((await readHistory(database(), cancelled!.id)).map((e) => e.toStatus)).toEqual([
      "pending_payment",
      "cancelled",
    ]);
    expect(
      await database()
        .db.select({ listingId: cartItems.listingId, quantity: cartItems.quantity })
        .from(cartItems)
        .where(eq(cartItems.userId, buyer.id)),
    ).toEqual([{ listingId: screen, quantity: 2 }]);
    await database().db.delete(cartItems).where(eq(cartItems.userId, buyer.id));
  });

  it("refuses bad input with field messages and stores nothing", async () => {
    const before = (await database().db.select().from(orders)).length;
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      baseUrl,
      input: { sellerId: "not-a-seller", currency: "RUB", country: "Britain" },
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual([
      "country",
      "currency",
      "sellerId",
    ]);
    expect(
      await checkoutSellerGroup({
        buyerId: buyer.id,
        baseUrl,
        input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
      }),
    ).toMatchObject({ ok: false, reason: "empty" });
    expect((await database().db.select().from(orders)).length).toBe(before);
  });
});

describe("paying an order that already exists (an auction winner's, or a retry)", () => {
  async function auctionOrder(winner: TestUser) {
    const car = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      priceCents: 41000,
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
        itemsCents: 41000,
        shippingCents: 11500,
        totalCents: 52500,
        shipTo: { country: "US" },
        reservedUntil: new Date(Date.now() + 3 * 24 * 3600_000),
      })
      .returning();
    await database().db.insert(orderItems).values({
      orderId: order!.id,
      listingId: car,
      title: "Won at auction: AZLK pedal car",
      quantity: 1,
      unitPriceCents: 41000,
      shippingCents: 11500,
    });
    return order!;
  }

  it("opens a Checkout Session for the winner only, and sends them back to it while it is open", async () => {
    const winner = await createUser(database(), { country: "US" });
    const order = await auctionOrder(winner);
    expect(await startPaymentForOrder({ orderId: order.id, buyerId: buyer.id, baseUrl })).toEqual({
      ok: false,
      message: "That order does not exist.",
    });

    const first = await startPaymentForOrder({ orderId: order.id, buyerId: winner.id, baseUrl });
    expect(first).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//),
    });
    const request = sessionRequests().at(-1)!;
    expect(request.idempotencyKey).toBe(`order-${order.id}`);
    expect(request.body).toMatchObject({
      metadata: { order_id: String(order.id) },
      line_items: [{ price_data: { unit_amount: "41000" } }],
      shipping_options: [{ shipping_rate_data: { fixed_amount: { amount: "11500" } } }],
    });
    // The auction order gets the same payout terms as a cart order: the restorer is connected.
    expect(await readOrder(database(), order.id)).toMatchObject({
      transferDestination: "acct_1RestorerNJ",
      platformFeeCents: 5250,
      checkoutAttempts: 1,
    });

    const again = await startPaymentForOrder({ orderId: order.id, buyerId: winner.id, baseUrl });
    expect(again).toEqual(first);
    expect(sessionRequests().at(-1)).toBe(request);
  });

  it("opens a fresh session under a new idempotency key once the old one has closed", async () => {
    const winner = await createUser(database(), { country: "US" });
    const order = await auctionOrder(winner);
    await startPaymentForOrder({ orderId: order.id, buyerId: winner.id, baseUrl });
    const firstSession = (await readOrder(database(), order.id)).stripeCheckoutSessionId!;
    stripe.sessions.get(firstSession)!.status = "expired";
    const second = await startPaymentForOrder({ orderId: order.id, buyerId: winner.id, baseUrl });
    expect(second.ok).toBe(true);
    expect(sessionRequests().at(-1)!.idempotencyKey).toBe(`order-${order.id}-attempt-2`);
    expect((await readOrder(database(), order.id)).stripeCheckoutSessionId).not.toBe(firstSession);
  });

  it("says so, and keeps the order, when Stripe can't be reached", async () => {
    const winner = await createUser(database(), { country: "US" });
    const order = await auctionOrder(winner);
    stripe.failNext(1, 500);
    const result = await startPaymentForOrder({ orderId: order.id, buyerId: winner.id, baseUrl });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/still reserved/) });
    expect((await readOrder(database(), order.id)).status).toBe("pending_payment");
  });
});
