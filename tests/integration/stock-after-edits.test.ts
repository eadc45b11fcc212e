import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { getListingForEdit } from "@/lib/listings/dashboard-queries";
import { publishListing, saveListing, unpublishListing } from "@/lib/selling/listings";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { getListingStock, stockBalances } from "@/lib/orders/stock-figures";
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
  readListing,
  readOrder,
  reproductionWindscreen,
  signedStripeEvent,
  type TestUser,
  webhookRequest,
} from "./checkout-fixtures";

// Stock moves only through orders; a seller's edit, unpublish or publish never puts a reserved or
// sold item back on sale, and a new quantity for a part is counted on top of what buyers hold.

const secret = "whsec_moskvitch_stock_test";
await withStripeTestServer({ secretKey: "sk_test_moskvitch_stock", webhookSecret: secret });

const database = withTestDatabase();
let restorer: TestUser;
let partsDealer: TestUser;

beforeAll(async () => {
  restorer = await createUser(database(), { country: "US" });
  partsDealer = await createUser(database(), { country: "EE" });
});

async function checkout(buyer: TestUser, seller: TestUser, listingId: number, quantity = 1) {
  await putInCart(database(), buyer.id, [{ listingId, quantity }]);
  return checkoutSellerGroup({
    buyerId: buyer.id,
    baseUrl: "https://market.example",
    input: { sellerId: seller.id, currency: "USD", country: "GB" },
  });
}

/** What the seller's edit form posts back for the listing, with some fields changed. */
async function editAsSeller(seller: TestUser, listingId: number, changes: Record<string, unknown>) {
  const editable = await getListingForEdit({ actor: seller, listingId });
  if (!editable) throw new Error(`Listing ${listingId} is not editable`);
  return saveListing({ actor: seller, listingId, input: { ...editable.values, ...changes } });
}

async function deliver(type: string, object: Record<string, unknown>) {
  const event = signedStripeEvent(type, object, secret);
  return POST(webhookRequest(event.payload, event.signature));
}

async function expectBalanced(
  listingId: number,
  figures: { listed: number; onHand: number; reserved: number; sold: number },
) {
  const stock = await getListingStock({ listingId });
  expect(stock).toEqual(figures);
  expect(stockBalances(stock!)).toBe(true);
}

const uniqueCar = () =>
  createListing(database(), {
    sellerId: restorer.id,
    item: latePedalCar,
    title: "1993 AZLK pedal car, unused",
    priceCents: 36500,
  });
const screens = (quantity: number) =>
  listFromEE(database(), partsDealer.id, reproductionWindscreen, quantity);

describe("a unique pedal car reserved by one buyer", () => {
  it("stays reserved when the seller edits the description: a second buyer is still refused", async () => {
    const car = await uniqueCar();
    const [a, b] = [await createUser(database()), await createUser(database())];
    expect(await checkout(a, restorer, car)).toMatchObject({ ok: true });
    expect(await checkout(b, restorer, car)).toMatchObject({ ok: false, reason: "sold_out" });

    const edit = await editAsSeller(restorer, car, { description: "Unused, in its box; one word changed." });
    expect(edit).toMatchObject({ ok: true, status: "live" });
    expect(await readListing(database(), car)).toMatchObject({
      quantity: 0,
      description: "Unused, in its box; one word changed.",
    });
    expect(
      await checkoutSellerGroup({
        buyerId: b.id,
        baseUrl: "https://market.example",
        input: { sellerId: restorer.id, currency: "USD", country: "GB" },
      }),
    ).toMatchObject({
      ok: false,
      reason: "sold_out",
    });
    await expectBalanced(car, { listed: 1, onHand: 0, reserved: 1, sold: 0 });
  });

  it("is not put back on sale by unpublishing and publishing it again", async () => {
    const car = await uniqueCar();
    const [a, b] = [await createUser(database()), await createUser(database())];
    expect(await checkout(a, restorer, car)).toMatchObject({ ok: true });
    expect(await unpublishListing({ actor: restorer, listingId: car })).toMatchObject({
      ok: true,
      status: "withdrawn",
    });
    const again = await publishListing({ actor: restorer, listingId: car });
    expect(again).toMatchObject({ ok: false, reason: "wrong_status" });
    expect(!again.ok && again.message).toMatch(/reserved/i);
    expect(await readListing(database(), car)).toMatchObject({ status: "withdrawn", quantity: 0 });
    expect(await checkout(b, restorer, car)).toMatchObject({ ok: false, reason: "sold_out" });
    await expectBalanced(car, { listed: 1, onHand: 0, reserved: 1, sold: 0 });
  });

  it("goes back on sale once, not twice, when the reservation lapses after an edit", async () => {
    const car = await uniqueCar();
    const [a, b, c] = [
      await createUser(database()),
      await createUser(database()),
      await createUser(database()),
    ];
    const first = await checkout(a, restorer, car);
    if (!first.ok) throw new Error(first.message);
    await editAsSeller(restorer, car, { description: "Edited while a buyer was paying for it." });
    await lapseReservation(database(), first.orderId);
    await expireStaleReservations();
    await expectBalanced(car, { listed: 1, onHand: 1, reserved: 0, sold: 0 });
    expect(await checkout(b, restorer, car)).toMatchObject({ ok: true });
    expect(await checkout(c, restorer, car)).toMatchObject({ ok: false, reason: "sold_out" });
  });

  it("after a sale and a full refund comes back off sale with its one unit, for the seller to relist", async () => {
    const car = await uniqueCar();
    const a = await createUser(database());
    const result = await checkout(a, restorer, car);
    if (!result.ok) throw new Error(result.message);
    await editAsSeller(restorer, car, { description: "Edited while a buyer was paying for it." });
    const order = await readOrder(database(), result.orderId);
    const session = completedSession({
      id: order.id,
      totalCents: order.totalCents,
      sessionId: order.stripeCheckoutSessionId,
    });
    await deliver("checkout.session.completed", session);
    expect(await readListing(database(), car)).toMatchObject({ status: "sold", quantity: 0 });
    await expectBalanced(car, { listed: 1, onHand: 0, reserved: 0, sold: 1 });
    expect(await editAsSeller(restorer, car, { description: "Trying to sell it again." })).toMatchObject({
      ok: false,
      reason: "wrong_status",
    });

    const charge = {
      id: `ch_test_${order.id}`,
      object: "charge",
      amount: order.totalCents,
      payment_intent: session.payment_intent,
      refunded: true,
      amount_refunded: order.totalCents,
    };
    await deliver("charge.refunded", charge);
    expect(await readListing(database(), car)).toMatchObject({ status: "withdrawn", quantity: 1 });
    await expectBalanced(car, { listed: 1, onHand: 1, reserved: 0, sold: 0 });
  });
});

describe("a part's quantity changed while some are reserved", () => {
  it("counts the seller's new quantity on top of what is reserved: 3 listed, 1 reserved, 5 listed gives 4 to sell", async () => {
    const part = await screens(3);
    const [a, b, c] = [
      await createUser(database()),
      await createUser(database()),
      await createUser(database()),
    ];
    expect(await checkout(a, partsDealer, part, 1)).toMatchObject({ ok: true });
    await expectBalanced(part, { listed: 3, onHand: 2, reserved: 1, sold: 0 });

    expect(await editAsSeller(partsDealer, part, { quantity: "5" })).toMatchObject({ ok: true });
    await expectBalanced(part, { listed: 5, onHand: 4, reserved: 1, sold: 0 });
    expect((await getListingForEdit({ actor: partsDealer, listingId: part }))!.values.quantity).toBe("5");
    expect(await checkout(b, partsDealer, part, 4)).toMatchObject({ ok: true });
    expect(await checkout(c, partsDealer, part, 1)).toMatchObject({ ok: false, reason: "sold_out" });
  });

  it("refuses a quantity below what buyers already hold, naming how many, and stores nothing", async () => {
    const part = await screens(3);
    const a = await createUser(database());
    expect(await checkout(a, partsDealer, part, 2)).toMatchObject({ ok: true });
    const result = await editAsSeller(partsDealer, part, {
      quantity: "1",
      description: "Only one left, the others broke.",
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { quantity: expect.stringContaining("2") },
    });
    expect(await readListing(database(), part)).toMatchObject({
      quantity: 1,
      listedQuantity: 3,
      description: "For the checkout tests.",
    });
    expect(await editAsSeller(partsDealer, part, { quantity: "2" })).toMatchObject({ ok: true });
    await expectBalanced(part, { listed: 2, onHand: 0, reserved: 2, sold: 0 });
  });

  it("gives back exactly the lapsed reservation after an edit, and a refund puts the sold units back", async () => {
    const part = await screens(3);
    const [a, b] = [await createUser(database()), await createUser(database())];
    const lapsing = await checkout(a, partsDealer, part, 1);
    const paying = await checkout(b, partsDealer, part, 2);
    if (!lapsing.ok || !paying.ok) throw new Error("checkout failed");
    await editAsSeller(partsDealer, part, { quantity: "5" });
    await expectBalanced(part, { listed: 5, onHand: 2, reserved: 3, sold: 0 });

    await lapseReservation(database(), lapsing.orderId);
    await expireStaleReservations();
    await expectBalanced(part, { listed: 5, onHand: 3, reserved: 2, sold: 0 });

    const order = await readOrder(database(), paying.orderId);
    const session = completedSession({
      id: order.id,
      totalCents: order.totalCents,
      sessionId: order.stripeCheckoutSessionId,
    });
    await deliver("checkout.session.completed", session);
    await expectBalanced(part, { listed: 5, onHand: 3, reserved: 0, sold: 2 });
    await deliver("charge.refunded", {
      id: `ch_test_${order.id}`,
      object: "charge",
      amount: order.totalCents,
      payment_intent: session.payment_intent,
      refunded: true,
      amount_refunded: order.totalCents,
    });
    await expectBalanced(part, { listed: 5, onHand: 5, reserved: 0, sold: 0 });
    expect((await readListing(database(), part)).status).toBe("live");
  });
});
