import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addresses, emailOutbox, orders, users } from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { createAccount } from "@/lib/auth/accounts";
import { confirmSignUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";
import { chooseCartCountry, saveAddress } from "@/lib/cart/destination";
import { getCart } from "@/lib/cart/queries";
import { partListingSchema } from "@/lib/listings/schemas";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { completeTestPayment } from "@/lib/orders/test-payments";
import { valuationRequestSchema } from "@/lib/valuation/request-schema";
import { auctions, listings } from "@/db/schema";
import { sql } from "drizzle-orm";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  putInCart,
  readOrder,
  type TestUser,
} from "./checkout-fixtures";

// Where a buyer's parcels go is asked at sign-up, kept with the cart, and read from one place by
// the cart's prices, checkout, the auction ship-to check and the winner's order.

const database = withTestDatabase();
const password = "tin soldier under the birch tree";
let restorer: TestUser;

const ukRate = 9_000;
const worldRate = 26_000;

beforeAll(async () => {
  restorer = await createUser(database(), { country: "US" });
});

async function signUp(email: string, country: string) {
  const input = signUpSchema.parse({ email, displayName: "Tom B.", password, country });
  const created = await createAccount(input);
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  // Sign-up finishes through the emailed link.
  const [sent] = await database()
    .db.select({ text: emailOutbox.text })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email));
  const token = /\/sign-up\/confirm\?token=([\w-]+)/.exec(sent?.text ?? "")?.[1];
  const account = await confirmSignUp({ token: token ?? "", now: new Date() });
  if (!account) throw new Error(`No sign-up link reached ${email}`);
  return account;
}

async function endNow(listingId: number) {
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
}

describe("a UK buyer's order", () => {
  it("signs up in the UK, picks United Kingdom, reopens the cart, and the order ships to the UK at the UK rate", async () => {
    const buyer = await signUp("holmes@example.com", "uk");
    const [row] = await database()
      .db.select({ country: users.country })
      .from(users)
      .where(eq(users.id, buyer.id));
    expect(row!.country).toBe("GB");
    const car = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      priceCents: 34_500,
      shipping: [
        { destination: "US", priceCents: 11_500 },
        { destination: "GB", priceCents: ukRate },
        { destination: "WORLD", priceCents: worldRate },
      ],
    });
    await putInCart(database(), buyer.id, [{ listingId: car, quantity: 1 }]);

    expect(await chooseCartCountry({ buyerId: buyer.id, input: { country: "GB" } })).toMatchObject({
      ok: true,
    });
    // Opening the cart again: the choice is still there, with the UK price.
    const cart = await getCart({ buyerId: buyer.id });
    expect(cart.destination).toMatchObject({ known: true, country: "GB" });
    const line = cart.groups[0]!.lines[0]!;
    expect(line.shippingCents - line.packingCents).toBe(ukRate);

    const saved = await saveAddress({
      buyerId: buyer.id,
      input: {
        name: "S. Holmes",
        line1: "221B Baker Street",
        city: "London",
        postalCode: "NW1 6XE",
        country: "GB",
      },
    });
    expect(saved).toMatchObject({ ok: true });
    const again = await getCart({ buyerId: buyer.id });
    expect(again.destination).toMatchObject({
      country: "GB",
      source: "cart_address",
      address: { line1: "221B Baker Street" },
    });

    const checkout = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: restorer.id, currency: "USD", country: "GB" },
    });
    if (!checkout.ok) throw new Error(checkout.message);
    const order = await readOrder(database(), checkout.orderId);
    expect(order.shipTo).toMatchObject({
      country: "GB",
      name: "S. Holmes",
      address: "221B Baker Street, London",
      postalCode: "NW1 6XE",
    });
    expect(order.shippingCents).toBe(ukRate + line.packingCents);

    const paid = await completeTestPayment({
      buyerId: buyer.id,
      input: {
        sessionId: order.stripeCheckoutSessionId,
        name: "S. Holmes",
        line1: "221B Baker Street",
        city: "London",
        postalCode: "NW1 6XE",
      },
    });
    expect(paid).toMatchObject({ ok: true });
    expect(await readOrder(database(), checkout.orderId)).toMatchObject({
      status: "paid",
      shipTo: { country: "GB", address: "221B Baker Street, London" },
      shippingCents: ukRate + line.packingCents,
    });
  });

  it("refuses to check out while the destination is unknown, and when it changed since the page was shown", async () => {
    const nowhere = await createBidder(database(), { country: null });
    const car = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      priceCents: 30_000,
    });
    await putInCart(database(), nowhere.id, [{ listingId: car, quantity: 1 }]);
    expect((await getCart({ buyerId: nowhere.id })).destination.known).toBe(false);
    expect(
      await checkoutSellerGroup({ buyerId: nowhere.id, input: { sellerId: restorer.id, currency: "USD" } }),
    ).toMatchObject({
      ok: false,
      reason: "no_destination",
      message: expect.stringMatching(/which country to ship to/),
    });
    await chooseCartCountry({ buyerId: nowhere.id, input: { country: "DE" } });
    expect(
      await checkoutSellerGroup({
        buyerId: nowhere.id,
        input: { sellerId: restorer.id, currency: "USD", country: "US" },
      }),
    ).toMatchObject({ ok: false, reason: "destination_changed" });
    expect(await database().db.select().from(orders).where(eq(orders.buyerId, nowhere.id))).toEqual([]);
  });

  it("only the buyer's own address can be chosen", async () => {
    const owner = await createUser(database(), { country: "GB" });
    const other = await createUser(database(), { country: "GB" });
    await saveAddress({
      buyerId: owner.id,
      input: {
        name: "Owner",
        line1: "1 Tib Street",
        city: "Manchester",
        postalCode: "M4 1HN",
        country: "GB",
      },
    });
    const [address] = await database().db.select().from(addresses).where(eq(addresses.userId, owner.id));
    const { chooseCartAddress } = await import("@/lib/cart/destination");
    expect(await chooseCartAddress({ buyerId: other.id, input: { addressId: address!.id } })).toMatchObject({
      ok: false,
    });
    expect((await getCart({ buyerId: other.id })).destination).toMatchObject({
      country: "GB",
      address: null,
    });
  });
});

describe("an auction and the bidder's country", () => {
  it("a winner who signed up with a home country pays shipping to it", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: restorer.id,
      startPriceCents: 10_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const winner = await signUp("winner@example.com", "GB");
    expect(await placeBid({ bidderId: winner.id, input: { listingId, maxBid: "200" } })).toMatchObject({
      ok: true,
    });
    await endNow(listingId);
    await closeAuctionIfDue(listingId);
    const [order] = await database().db.select().from(orders).where(eq(orders.buyerId, winner.id));
    // The fixture auction ships WORLD at $240, plus the pedal car's careful packing.
    expect(order!.shippingCents).toBeGreaterThanOrEqual(24_000);
    expect(order!.totalCents).toBe(order!.itemsCents + order!.shippingCents);
    expect(order!.shipTo).toMatchObject({ country: "GB" });
  });

  it("refuses a bidder whose country the seller does not ship to, and one who has not said where they are", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: restorer.id,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    await database()
      .db.update(listings)
      .set({ shippingOptions: [{ destination: "US", priceCents: 9_500 }] })
      .where(eq(listings.id, listingId));
    const estonian = await signUp("tallinn@example.com", "ee");
    expect(await placeBid({ bidderId: estonian.id, input: { listingId, maxBid: "200" } })).toMatchObject({
      ok: false,
      reason: "no_shipping",
      message: expect.stringContaining("Estonia"),
    });
    // The cart's chosen country counts as the destination too.
    await chooseCartCountry({ buyerId: estonian.id, input: { country: "US" } });
    expect(await placeBid({ bidderId: estonian.id, input: { listingId, maxBid: "200" } })).toMatchObject({
      ok: true,
    });
    const unknown = await createBidder(database(), { country: null });
    expect(await placeBid({ bidderId: unknown.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: false,
      reason: "no_destination",
    });
  });

  it("a winner whose destination was unknown at the close is asked before paying, then charged shipping", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: restorer.id,
      startPriceCents: 10_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const winner = await createBidder(database(), { country: "US" });
    await placeBid({ bidderId: winner.id, input: { listingId, maxBid: "150" } });
    // An account from before countries were asked for.
    await database().db.update(users).set({ country: null }).where(eq(users.id, winner.id));
    await endNow(listingId);
    await closeAuctionIfDue(listingId);
    const [order] = await database().db.select().from(orders).where(eq(orders.buyerId, winner.id));
    expect(order!.shipTo).toBeNull();
    expect(await startPaymentForOrder({ orderId: order!.id, buyerId: winner.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/which country to ship to/),
    });
    await chooseCartCountry({ buyerId: winner.id, input: { country: "US" } });
    expect(await startPaymentForOrder({ orderId: order!.id, buyerId: winner.id })).toMatchObject({
      ok: true,
    });
    const priced = await readOrder(database(), order!.id);
    expect(priced.shipTo).toEqual({ country: "US" });
    expect(priced.shippingCents).toBeGreaterThanOrEqual(9_500);
    expect(priced.totalCents).toBe(priced.itemsCents + priced.shippingCents);
  });
});

describe("country codes wherever a country is accepted", () => {
  it("refuses ZZ and reads uk as GB: sign-up, the cart, addresses, the valuation API and listing shipping", async () => {
    const signUpZZ = signUpSchema.safeParse({
      email: "zz@example.com",
      displayName: "Zed",
      password,
      country: "ZZ",
    });
    expect(signUpZZ.success ? {} : signUpZZ.error.flatten().fieldErrors).toHaveProperty("country");
    expect(signUpSchema.safeParse({ email: "none@example.com", displayName: "None", password }).success).toBe(
      false,
    );
    const buyer = await createUser(database(), { country: "US" });
    expect(await chooseCartCountry({ buyerId: buyer.id, input: { country: "ZZ" } })).toMatchObject({
      ok: false,
      fieldErrors: { country: expect.any(String) },
    });
    expect(
      await saveAddress({
        buyerId: buyer.id,
        input: { name: "Zed", line1: "1 Nowhere Road", city: "Nowhere", postalCode: "00000", country: "ZZ" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { country: expect.any(String) } });
    expect(await database().db.select().from(addresses).where(eq(addresses.userId, buyer.id))).toEqual([]);
    expect(await chooseCartCountry({ buyerId: buyer.id, input: { country: "uk" } })).toMatchObject({
      ok: true,
    });
    expect((await getCart({ buyerId: buyer.id })).destination).toMatchObject({ country: "GB" });

    const item = {
      category: "part",
      partType: "windscreen",
      source: "reproduction",
      condition: "new",
      fits: [{ category: "pedal_car" }],
    };
    expect(valuationRequestSchema.safeParse({ item, shipTo: { country: "ZZ" } }).success).toBe(false);
    expect(valuationRequestSchema.safeParse({ item, shipFrom: { country: "ZZ" } }).success).toBe(false);
    expect(valuationRequestSchema.parse({ item, shipTo: { country: "uk" } }).shipTo).toEqual({
      country: "GB",
    });

    const shippingErrors = (destination: string) => {
      const parsed = partListingSchema.safeParse({ shipping: [{ destination, price: "12" }] });
      return parsed.success
        ? []
        : parsed.error.issues.filter((i) => i.path.join(".") === "shipping.0.destination");
    };
    expect(shippingErrors("ZZ")).toHaveLength(1);
    expect(shippingErrors("uk")).toHaveLength(0);
    expect(shippingErrors("WORLD")).toHaveLength(0);
  });
});
