import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cartItems, checkouts, listings, orders, users } from "@/db/schema";
import { POST } from "@/app/api/stripe/webhook/route";
import { checkoutCart } from "@/lib/orders/cart-checkout";
import { getCheckoutForViewer } from "@/lib/orders/checkout-queries";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { startPaymentForCheckout } from "@/lib/orders/pay-checkout";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { listSalesForSeller } from "@/lib/orders/queries";
import { refundCheckoutOrder } from "@/lib/orders/refund-order";
import { withStripeTestServer } from "../support/stripe";
import { withTestDatabase } from "../support/test-database";
import {
  completedSession,
  createListing,
  createUser,
  listFromEE,
  putInCart,
  readListing,
  readOrder,
  reproductionSteeringWheel,
  reproductionWindscreen,
  signedStripeEvent,
  type TestUser,
  webhookRequest,
  windscreen,
} from "./checkout-fixtures";

// One checkout and one payment for a cart with two sellers, against the real `stripe` SDK pointed at
// the local Stripe test server: separate charges and transfers, a transfer per seller's order, and a
// refund of one order reversing that seller's transfer only.

const secret = "whsec_moskvitch_multi_seller";
const stripe = await withStripeTestServer({
  secretKey: "sk_test_moskvitch_multi_seller",
  webhookSecret: secret,
});
vi.stubEnv("PLATFORM_FEE_PERCENT", "10");

const database = withTestDatabase();
const baseUrl = "https://market.example";
let partsDealer: TestUser;
let toyDealer: TestUser;
let stranger: TestUser;

beforeAll(async () => {
  partsDealer = await createUser(database(), { country: "EE", stripeAccountId: "acct_1PartsTallinn" });
  toyDealer = await createUser(database(), { country: "US", stripeAccountId: "acct_1ToysNewJersey" });
  stranger = await createUser(database(), { country: "GB" });
});

const posted = (path: string) => stripe.requests.filter((r) => r.method === "POST" && r.path === path);

async function deliver(type: string, object: Record<string, unknown>, id?: string) {
  const event = signedStripeEvent(type, object, secret, id);
  const response = await POST(webhookRequest(event.payload, event.signature));
  return { status: response.status, id: event.id, body: (await response.json()) as { message: string } };
}

/** A buyer whose cart holds two windscreens and a wheel from Tallinn and a part from New Jersey. */
async function cartFromTwoSellers() {
  const buyer = await createUser(database(), { country: "GB" });
  const screens = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 5);
  const wheel = await listFromEE(database(), partsDealer.id, reproductionSteeringWheel, 3);
  const bumper = await createListing(database(), {
    sellerId: toyDealer.id,
    item: windscreen,
    title: "Windscreen for the ZiL-130 toy",
    priceCents: 2500,
    quantity: 2,
    shipping: [{ destination: "WORLD", priceCents: 1800 }],
  });
  await putInCart(database(), buyer.id, [
    { listingId: screens, quantity: 2 },
    { listingId: wheel, quantity: 1 },
    { listingId: bumper, quantity: 1 },
  ]);
  return { buyer, screens, wheel, bumper };
}

const ordersOf = (checkoutId: number) =>
  database().db.select().from(orders).where(eq(orders.checkoutId, checkoutId)).orderBy(orders.id);

const readCheckout = async (id: number) =>
  (await database().db.select().from(checkouts).where(eq(checkouts.id, id)))[0]!;

async function paidCheckout() {
  const cart = await cartFromTwoSellers();
  const result = await checkoutCart({
    buyerId: cart.buyer.id,
    baseUrl,
    input: { currency: "USD", country: "GB" },
  });
  if (!result.ok) throw new Error(result.message);
  const checkout = await readCheckout(result.checkoutId);
  const session = completedSession(
    { id: 0, totalCents: checkout.totalCents, sessionId: checkout.stripeCheckoutSessionId },
    { metadata: { checkout_id: String(checkout.id) }, client_reference_id: `checkout-${checkout.id}` },
  );
  const paid = await deliver("checkout.session.completed", session);
  expect(paid.status).toBe(200);
  return { ...cart, result, checkout, session };
}

describe("one checkout for a cart with two sellers", () => {
  it("makes one order per seller under one checkout and opens a single Checkout Session for all their lines", async () => {
    const { buyer, screens, wheel, bumper } = await cartFromTwoSellers();
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB" },
    });
    expect(result).toMatchObject({ ok: true, leftOut: [], message: "" });
    if (!result.ok) return;
    const made = await ordersOf(result.checkoutId);
    expect(made.map((o) => o.sellerId)).toEqual([partsDealer.id, toyDealer.id]);
    const [fromTallinn, fromJersey] = made;
    expect(fromTallinn).toMatchObject({
      status: "pending_payment",
      itemsCents: 2 * 4500 + 3800,
      shippingCents: 1400 + 1400,
      totalCents: 15600,
      platformFeeCents: 1560,
      payoutOwedCents: 0,
      transferDestination: "acct_1PartsTallinn",
      shipTo: { country: "GB" },
    });
    expect(fromJersey).toMatchObject({ totalCents: 2500 + 1800, platformFeeCents: 430, payoutOwedCents: 0 });
    expect(fromTallinn!.stripeCheckoutSessionId).toBeNull();
    const checkout = await readCheckout(result.checkoutId);
    expect(checkout).toMatchObject({
      buyerId: buyer.id,
      status: "pending_payment",
      totalCents: 15600 + 4300,
      shippingCents: 2800 + 1800,
      transferGroup: `checkout-${checkout.id}`,
      checkoutAttempts: 1,
    });
    expect(made.every((o) => o.reservedUntil?.getTime() === checkout.reservedUntil?.getTime())).toBe(true);
    expect((await readListing(database(), screens)).quantity).toBe(3);
    expect((await readListing(database(), wheel)).quantity).toBe(2);
    expect((await readListing(database(), bumper)).quantity).toBe(1);
    expect(await database().db.select().from(cartItems).where(eq(cartItems.userId, buyer.id))).toEqual([]);

    const sessions = posted("/v1/checkout/sessions");
    expect(sessions).toHaveLength(1);
    const request = sessions[0]!;
    expect(request.idempotencyKey).toBe(`checkout-${checkout.id}`);
    expect(request.body).toMatchObject({
      mode: "payment",
      client_reference_id: `checkout-${checkout.id}`,
      metadata: { checkout_id: String(checkout.id) },
      payment_intent_data: {
        transfer_group: `checkout-${checkout.id}`,
        metadata: { checkout_id: String(checkout.id) },
      },
      shipping_options: [{ shipping_rate_data: { fixed_amount: { amount: "4600", currency: "usd" } } }],
      success_url: `${baseUrl}/checkouts/${checkout.id}?checkout=done`,
    });
    expect((request.body.line_items as unknown[]).length).toBe(3);
    // Separate charges and transfers: the charge is the market's, no destination on it.
    expect(request.body.payment_intent_data).not.toHaveProperty("transfer_data");
    expect(request.body.payment_intent_data).not.toHaveProperty("application_fee_amount");
    expect(stripe.sessions.get(checkout.stripeCheckoutSessionId!)).toMatchObject({ amount_total: 19900 });
    expect(result.url).toBe(checkout.checkoutUrl);
  });

  it("on the verified payment, pays every order and transfers each seller's share less the fee, once", async () => {
    const before = posted("/v1/transfers").length;
    const { checkout, session, buyer } = await paidCheckout();
    const [fromTallinn, fromJersey] = await ordersOf(checkout.id);
    expect([fromTallinn!.status, fromJersey!.status]).toEqual(["paid", "paid"]);
    expect(fromTallinn!.stripePaymentIntentId).toBe(session.payment_intent);
    expect((await readCheckout(checkout.id)).status).toBe("paid");

    const transfers = posted("/v1/transfers").slice(before);
    expect(transfers.map((t) => [t.idempotencyKey, t.body.destination, t.body.amount])).toEqual([
      [`transfer-order-${fromTallinn!.id}`, "acct_1PartsTallinn", String(15600 - 1560)],
      [`transfer-order-${fromJersey!.id}`, "acct_1ToysNewJersey", String(4300 - 430)],
    ]);
    for (const t of transfers)
      expect(t.body).toMatchObject({
        currency: "usd",
        transfer_group: `checkout-${checkout.id}`,
        source_transaction: `ch_of_${session.payment_intent}`,
      });
    expect(stripe.transfers.get(fromTallinn!.stripeTransferId!)).toMatchObject({ amount: 14040 });
    expect(stripe.transfers.get(fromJersey!.stripeTransferId!)).toMatchObject({ amount: 3870 });

    // The same event again, and the async success for the same payment: nothing moves twice.
    const again = signedStripeEvent("checkout.session.completed", session, secret);
    await POST(webhookRequest(again.payload, again.signature));
    await POST(webhookRequest(again.payload, again.signature));
    await deliver("checkout.session.async_payment_succeeded", session);
    expect(posted("/v1/transfers").length).toBe(before + 2);
    expect((await ordersOf(checkout.id)).map((o) => o.stripeTransferId)).toEqual([
      fromTallinn!.stripeTransferId,
      fromJersey!.stripeTransferId,
    ]);

    // Both sellers see their sale; the buyer sees one payment and the two orders it made.
    expect((await listSalesForSeller(partsDealer.id)).map((s) => s.id)).toContain(fromTallinn!.id);
    expect((await listSalesForSeller(toyDealer.id)).map((s) => s.id)).toContain(fromJersey!.id);
    expect(
      await getCheckoutForViewer({ checkoutId: checkout.id, viewer: { id: buyer.id, role: "user" } }),
    ).toMatchObject({
      status: "paid",
      totalCents: 19900,
      orders: [
        { id: fromTallinn!.id, status: "paid", totalCents: 15600 },
        { id: fromJersey!.id, status: "paid", totalCents: 4300 },
      ],
    });
    // Paying again is refused: the payment is made.
    expect(await startPaymentForCheckout({ checkoutId: checkout.id, buyerId: buyer.id, baseUrl })).toEqual({
      ok: false,
      message: "This payment is already made.",
    });
  });

  it("refunds one seller's order alone: that seller's transfer is reversed and that order's total goes back", async () => {
    const { checkout, session, buyer } = await paidCheckout();
    const [fromTallinn, fromJersey] = await ordersOf(checkout.id);
    // Neither the buyer, another seller nor a stranger may refund a seller's order.
    for (const who of [buyer, stranger, { id: toyDealer.id, role: "user" as const }])
      expect(await refundCheckoutOrder({ actor: who, orderId: fromTallinn!.id })).toMatchObject({
        ok: false,
        message: "That order does not exist.",
      });
    const reversalsBefore = stripe.requests.filter((r) => r.path.endsWith("/reversals")).length;
    const refundsBefore = posted("/v1/refunds").length;

    const refunded = await refundCheckoutOrder({
      actor: { id: partsDealer.id, role: "user" },
      orderId: fromTallinn!.id,
    });
    expect(refunded).toMatchObject({ ok: true, message: "Refunded $156 to the buyer." });
    const reversals = stripe.requests.filter((r) => r.path.endsWith("/reversals")).slice(reversalsBefore);
    expect(reversals.map((r) => [r.path, r.idempotencyKey, r.body.amount])).toEqual([
      [
        `/v1/transfers/${fromTallinn!.stripeTransferId}/reversals`,
        `reversal-order-${fromTallinn!.id}`,
        "14040",
      ],
    ]);
    expect(
      posted("/v1/refunds")
        .slice(refundsBefore)
        .map((r) => [r.idempotencyKey, r.body]),
    ).toEqual([
      [
        `refund-order-${fromTallinn!.id}`,
        {
          payment_intent: session.payment_intent,
          amount: "15600",
          metadata: { order_id: String(fromTallinn!.id) },
        },
      ],
    ]);
    expect(stripe.transfers.get(fromTallinn!.stripeTransferId!)).toMatchObject({ amount_reversed: 14040 });
    expect(stripe.transfers.get(fromJersey!.stripeTransferId!)).toMatchObject({ amount_reversed: 0 });
    const after = await ordersOf(checkout.id);
    expect(after.map((o) => [o.status, o.refundedCents])).toEqual([
      ["refunded", 15600],
      ["paid", 0],
    ]);
    expect(after[0]!.stripeTransferReversalId).toMatch(/^trr_test_/);

    // Pressed again: refused, and nothing more reaches Stripe. Stripe's charge.refunded changes nothing either.
    expect(
      await refundCheckoutOrder({ actor: { id: partsDealer.id, role: "user" }, orderId: fromTallinn!.id }),
    ).toMatchObject({ ok: false });
    await deliver("charge.refunded", {
      id: "ch_x",
      object: "charge",
      payment_intent: session.payment_intent,
      amount_refunded: 15600,
    });
    expect(posted("/v1/refunds").length).toBe(refundsBefore + 1);
    expect((await ordersOf(checkout.id)).map((o) => [o.status, o.refundedCents])).toEqual([
      ["refunded", 15600],
      ["paid", 0],
    ]);
  });

  it("refunds a second payment for a paid checkout whole, and changes nothing else", async () => {
    const { checkout, session } = await paidCheckout();
    const refundsBefore = posted("/v1/refunds").length;
    const transfersBefore = posted("/v1/transfers").length;
    await deliver("checkout.session.completed", { ...session, payment_intent: "pi_test_second_payment" });
    expect(
      posted("/v1/refunds")
        .slice(refundsBefore)
        .map((r) => r.body),
    ).toEqual([{ payment_intent: "pi_test_second_payment" }]);
    expect(posted("/v1/transfers").length).toBe(transfersBefore);
    expect((await ordersOf(checkout.id)).map((o) => [o.status, o.stripePaymentIntentId])).toEqual([
      ["paid", session.payment_intent],
      ["paid", session.payment_intent],
    ]);
  });
});

describe("an event naming one order of a checkout alone", () => {
  it("changes nothing: the orders are paid only through their checkout's session", async () => {
    const { buyer } = await cartFromTwoSellers();
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB" },
    });
    if (!result.ok) throw new Error(result.message);
    const [first] = await ordersOf(result.checkoutId);
    const delivered = await deliver(
      "checkout.session.completed",
      completedSession({
        id: first!.id,
        totalCents: first!.totalCents,
        sessionId: "cs_test_one_order_alone",
      }),
    );
    expect(delivered).toMatchObject({
      status: 200,
      body: { message: "No such order; acknowledged checkout.session.completed" },
    });
    expect((await ordersOf(result.checkoutId)).map((o) => o.status)).toEqual([
      "pending_payment",
      "pending_payment",
    ]);
  });
});

describe("lines that can no longer be bought", () => {
  it("names a line that sold out and one that was hidden, leaves them out and in the cart, and charges only the rest", async () => {
    const { buyer, screens, wheel, bumper } = await cartFromTwoSellers();
    await database().db.update(listings).set({ quantity: 0 }).where(eq(listings.id, wheel));
    await database().db.update(listings).set({ hiddenAt: new Date() }).where(eq(listings.id, bumper));
    const [wheelTitle, bumperTitle] = ["Reproduction steering wheel", "Windscreen for the ZiL-130 toy"];
    const sessionsBefore = posted("/v1/checkout/sessions").length;
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB" },
    });
    expect(result).toMatchObject({
      ok: true,
      leftOut: [
        { listingId: wheel, title: wheelTitle, why: "sold_out" },
        { listingId: bumper, title: bumperTitle, why: "not_for_sale" },
      ],
      message: `“${wheelTitle}” sold out while in your cart; “${bumperTitle}” is no longer for sale: left out, and not charged.`,
    });
    if (!result.ok) return;
    const made = await ordersOf(result.checkoutId);
    expect(made.map((o) => [o.sellerId, o.totalCents])).toEqual([[partsDealer.id, 2 * 4500 + 1400]]);
    expect((await readCheckout(result.checkoutId)).totalCents).toBe(10400);
    const request = posted("/v1/checkout/sessions")[sessionsBefore]!;
    expect(
      (request.body.line_items as { price_data: { product_data: { name: string } } }[]).map(
        (l) => l.price_data.product_data.name,
      ),
    ).toEqual([`Reproduction windscreen (from ${await nameOf(partsDealer.id)})`]);
    expect((await readListing(database(), screens)).quantity).toBe(3);
    const left = await database()
      .db.select({ listingId: cartItems.listingId })
      .from(cartItems)
      .where(eq(cartItems.userId, buyer.id));
    expect(left.map((l) => l.listingId).sort()).toEqual([wheel, bumper].sort());
  });

  it("makes nothing when nothing is left to buy", async () => {
    const buyer = await createUser(database(), { country: "GB" });
    const gone = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 1);
    await putInCart(database(), buyer.id, [{ listingId: gone, quantity: 1 }]);
    await database().db.update(listings).set({ quantity: 0 }).where(eq(listings.id, gone));
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB" },
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "sold_out",
      message: "Nothing was ordered or charged: “Reproduction windscreen” sold out while in your cart.",
      soldOut: [{ listingId: gone }],
    });
    expect(await database().db.select().from(checkouts).where(eq(checkouts.buyerId, buyer.id))).toEqual([]);
    expect(await database().db.select().from(orders).where(eq(orders.buyerId, buyer.id))).toEqual([]);
  });
});

async function nameOf(userId: string) {
  const [row] = await database()
    .db.select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return row!.name;
}

describe("who may pay, and an unpaid checkout's end", () => {
  it("answers another user as if the checkout did not exist, and a repeated Check out with the same checkout", async () => {
    const { buyer } = await cartFromTwoSellers();
    const requestId = "5b4c1f1e-8a43-4c1e-9f7a-3c1d2e4f5a6b";
    const first = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB", requestId },
    });
    const again = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB", requestId },
    });
    if (!first.ok || !again.ok) throw new Error("checkout failed");
    expect(again.checkoutId).toBe(first.checkoutId);
    expect(again.url).toBe(first.url);
    expect(again.orderIds).toEqual(first.orderIds);
    expect(
      await startPaymentForCheckout({ checkoutId: first.checkoutId, buyerId: stranger.id, baseUrl }),
    ).toEqual({
      ok: false,
      message: "That payment does not exist.",
    });
    expect(
      await startPaymentForOrder({ orderId: first.orderIds[0]!, buyerId: stranger.id, baseUrl }),
    ).toMatchObject({ ok: false });
    expect(
      await getCheckoutForViewer({ checkoutId: first.checkoutId, viewer: { id: stranger.id, role: "user" } }),
    ).toBeNull();
    // Pay now on one of its orders opens the checkout's one page, not a page for that order alone.
    expect(await startPaymentForOrder({ orderId: first.orderIds[1]!, buyerId: buyer.id, baseUrl })).toEqual({
      ok: true,
      url: first.url,
    });
  });

  it("releases every order of an unpaid checkout together when its time is up, and a late payment keeps what is still there", async () => {
    const { buyer, screens, bumper } = await cartFromTwoSellers();
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency: "USD", country: "GB" },
    });
    if (!result.ok) throw new Error(result.message);
    const checkout = await readCheckout(result.checkoutId);
    const later = new Date(checkout.reservedUntil!.getTime() + 60_000);
    const swept = await expireStaleReservations({ now: later, listingIds: [screens] });
    // Sweeping for the Tallinn windscreens alone still releases the New Jersey order with them.
    expect(swept.expiredOrderIds).toEqual(result.orderIds);
    expect((await ordersOf(checkout.id)).map((o) => o.status)).toEqual(["expired", "expired"]);
    expect((await readCheckout(checkout.id)).status).toBe("closed");
    expect((await readListing(database(), screens)).quantity).toBe(5);
    expect(stripe.sessions.get(checkout.stripeCheckoutSessionId!)!.status).toBe("expired");
    expect(
      await startPaymentForCheckout({ checkoutId: checkout.id, buyerId: buyer.id, baseUrl }),
    ).toMatchObject({ ok: false });

    // Meanwhile the New Jersey part sold out; then the buyer's payment arrives after all.
    await database().db.update(listings).set({ quantity: 0 }).where(eq(listings.id, bumper));
    const refundsBefore = posted("/v1/refunds").length;
    const session = completedSession(
      { id: 0, totalCents: checkout.totalCents, sessionId: checkout.stripeCheckoutSessionId },
      { metadata: { checkout_id: String(checkout.id) }, client_reference_id: `checkout-${checkout.id}` },
    );
    await deliver("checkout.session.completed", session);
    const [fromTallinn, fromJersey] = await ordersOf(checkout.id);
    expect([fromTallinn!.status, fromJersey!.status]).toEqual(["paid", "refunded"]);
    expect(fromTallinn!.stripeTransferId).toMatch(/^tr_test_/);
    expect(fromJersey!.stripeTransferId).toBeNull();
    expect(
      posted("/v1/refunds")
        .slice(refundsBefore)
        .map((r) => [r.idempotencyKey, r.body.amount]),
    ).toEqual([[`refund-order-${fromJersey!.id}`, "4300"]]);
    expect((await readOrder(database(), fromJersey!.id)).refundedCents).toBe(4300);
  });
});
