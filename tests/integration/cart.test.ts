import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cartItems, listings, orders } from "@/db/schema";
import { chooseCartCountry } from "@/lib/cart/destination";
import { addToCart, removeCartLine, updateCartLine } from "@/lib/cart/mutations";
import { countCartUnits, getCart } from "@/lib/cart/queries";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { shippingRates } from "@/lib/valuation/engine/shipping";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  latePedalCar,
  listFromEE,
  readListing,
  reproductionSteeringWheel,
  reproductionWindscreen,
  type TestUser,
  windscreen,
} from "./checkout-fixtures";

const database = withTestDatabase();
let restorer: TestUser;
let partsDealer: TestUser;
let buyer: TestUser;
let car: number;
let screens: number;
let wheels: number;
let estonianOnly: number;

beforeAll(async () => {
  restorer = await createUser(database(), { country: "US" });
  partsDealer = await createUser(database(), { country: "EE" });
  buyer = await createUser(database(), { country: "GB" });
  car = await createListing(database(), {
    sellerId: restorer.id,
    item: latePedalCar,
    title: "1990 AZLK pedal car",
    priceCents: 34500,
  });
  screens = await listFromEE(database(), partsDealer.id, reproductionWindscreen, 3);
  wheels = await listFromEE(database(), partsDealer.id, reproductionSteeringWheel, 6);
  estonianOnly = await createListing(database(), {
    sellerId: partsDealer.id,
    item: windscreen,
    title: "Cracked windscreen, collection in Tallinn",
    priceCents: 500,
    shipping: [{ destination: "EE", priceCents: 400 }],
    country: "EE",
  });
});

describe("filling the cart", () => {
  it("adds items within stock and refuses more than the seller has, naming the quantity field", async () => {
    expect(
      await addToCart({ buyerId: buyer.id, input: { listingId: screens, quantity: "2" } }),
    ).toMatchObject({ ok: true, units: 2 });
    const tooMany = await addToCart({ buyerId: buyer.id, input: { listingId: screens, quantity: "2" } });
    expect(tooMany).toMatchObject({
      ok: false,
      message: "Only 3 in stock. You already have 2 in your cart.",
      fieldErrors: { quantity: "At most 1" },
    });
    expect(
      await addToCart({ buyerId: buyer.id, input: { listingId: screens, quantity: "1.5" } }),
    ).toMatchObject({ ok: false, fieldErrors: { quantity: "Whole units only" } });
    expect(
      await addToCart({ buyerId: buyer.id, input: { listingId: screens, quantity: "-1" } }),
    ).toMatchObject({ ok: false, fieldErrors: { quantity: "At least 1" } });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: "abc" } })).toMatchObject({
      ok: false,
      fieldErrors: { listingId: expect.any(String) },
    });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: wheels } })).toMatchObject({
      ok: true,
      units: 3,
    });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: car } })).toMatchObject({
      ok: true,
      units: 4,
    });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: car } })).toMatchObject({
      ok: false,
      message: "It is already in your cart: there is only one.",
    });
    expect(await countCartUnits(buyer.id)).toBe(4);
  });

  it("refuses your own listing, auctions, drafts and listings that don't exist", async () => {
    expect(await addToCart({ buyerId: restorer.id, input: { listingId: car } })).toMatchObject({
      ok: false,
      message: "This is your own listing.",
    });
    const auction = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      priceCents: 20000,
      saleFormat: "auction",
    });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: auction } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/auction/),
    });
    const draft = await createListing(database(), {
      sellerId: restorer.id,
      item: latePedalCar,
      priceCents: 20000,
    });
    await database().db.update(listings).set({ status: "draft" }).where(eq(listings.id, draft));
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: draft } })).toMatchObject({
      ok: false,
      message: "That listing does not exist.",
    });
    expect(await addToCart({ buyerId: buyer.id, input: { listingId: 2_000_000_000 } })).toMatchObject({
      ok: false,
      message: "That listing does not exist.",
    });
  });

  it("changes and removes lines, within stock", async () => {
    expect(
      await updateCartLine({ buyerId: buyer.id, input: { listingId: wheels, quantity: "7" } }),
    ).toMatchObject({ ok: false, fieldErrors: { quantity: "At most 6" } });
    expect(
      await updateCartLine({ buyerId: buyer.id, input: { listingId: car, quantity: "2" } }),
    ).toMatchObject({ ok: false, message: "There is only one." });
    expect(
      await updateCartLine({ buyerId: buyer.id, input: { listingId: wheels, quantity: "2" } }),
    ).toMatchObject({ ok: true, units: 5 });
    expect(
      await updateCartLine({ buyerId: buyer.id, input: { listingId: wheels, quantity: "0" } }),
    ).toMatchObject({ ok: true, units: 3 });
    expect(await removeCartLine({ buyerId: buyer.id, listingId: car })).toMatchObject({ ok: true, units: 2 });
    await addToCart({ buyerId: buyer.id, input: { listingId: car } });
    await addToCart({ buyerId: buyer.id, input: { listingId: wheels } });
  });
});

describe("the cart page's figures", () => {
  it("groups lines by seller and prices them on the server: the seller's shipping for the country, WORLD otherwise, packing for the pedal car", async () => {
    const cart = await getCart({ buyerId: buyer.id });
    expect(cart.units).toBe(4);
    const byName = Object.fromEntries(cart.groups.map((g) => [g.sellerId, g]));
    const parts = byName[partsDealer.id]!;
    expect(parts.lines.map((l) => [l.title, l.quantity, l.itemsCents, l.shippingCents])).toEqual([
      ["Reproduction windscreen", 2, 9000, 1400],
      ["Reproduction steering wheel", 1, 3800, 1400],
    ]);
    expect(parts.totals).toEqual({
      itemsCents: 12800,
      shippingCents: 2800,
      packingCents: 0,
      totalCents: 15600,
    });
    expect(parts.canCheckOut).toBe(true);
    const pedal = byName[restorer.id]!;
    const packing = shippingRates.pedal_car.packing;
    expect(pedal.lines[0]).toMatchObject({
      itemsCents: 34500,
      shippingCents: 26000 + packing,
      packingCents: packing,
      problem: null,
    });
    expect(pedal.totals.totalCents).toBe(34500 + 26000 + packing);
    // Shipping to the seller's own country uses their domestic price.
    expect(await chooseCartCountry({ buyerId: buyer.id, input: { country: "ee" } })).toMatchObject({
      ok: true,
    });
    const home = await getCart({ buyerId: buyer.id });
    expect(home.destination).toMatchObject({ country: "EE", source: "cart_country" });
    expect(home.groups.find((g) => g.sellerId === partsDealer.id)!.totals.shippingCents).toBe(800);
    await chooseCartCountry({ buyerId: buyer.id, input: { country: "GB" } });
  });

  it("names a line the seller won't ship to the buyer's country, and holds back only that seller's checkout", async () => {
    await addToCart({ buyerId: buyer.id, input: { listingId: estonianOnly } });
    const cart = await getCart({ buyerId: buyer.id });
    const parts = cart.groups.find((g) => g.sellerId === partsDealer.id)!;
    expect(parts.lines.find((l) => l.listingId === estonianOnly)!.problem).toBe(
      "The seller does not ship to United Kingdom.",
    );
    expect(parts.canCheckOut).toBe(false);
    expect(cart.groups.find((g) => g.sellerId === restorer.id)!.canCheckOut).toBe(true);
    const refused = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "no_shipping",
      message: expect.stringContaining("does not ship to United Kingdom"),
    });
    expect((await readListing(database(), screens)).quantity).toBe(3);
    await removeCartLine({ buyerId: buyer.id, listingId: estonianOnly });
  });
});

describe("an item that sold out while in the cart", () => {
  it("gets a clear message, reserves nothing, and the rest of the cart stays", async () => {
    // Another collector buys the last units of the windscreen first.
    const rival = await createUser(database(), { country: "DE" });
    await addToCart({ buyerId: rival.id, input: { listingId: screens, quantity: 2 } });
    await updateCartLine({ buyerId: rival.id, input: { listingId: screens, quantity: 3 } });
    expect(
      (
        await checkoutSellerGroup({
          buyerId: rival.id,
          input: { sellerId: partsDealer.id, currency: "USD", country: "DE" },
        })
      ).ok,
    ).toBe(true);

    const cart = await getCart({ buyerId: buyer.id });
    const parts = cart.groups.find((g) => g.sellerId === partsDealer.id)!;
    expect(parts.lines.find((l) => l.listingId === screens)!.problem).toBe("Sold out.");
    expect(parts.totals.totalCents).toBe(3800 + 1400);

    const ordersBefore = (await database().db.select().from(orders)).length;
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "sold_out",
      message:
        "Sold out while in your cart: “Reproduction windscreen”. Remove it to check out the rest; nothing was charged.",
      soldOut: [{ listingId: screens, title: "Reproduction windscreen" }],
    });
    expect((await database().db.select().from(orders)).length).toBe(ordersBefore);
    expect((await readListing(database(), wheels)).quantity).toBe(6);
    const lines = await database()
      .db.select({ listingId: cartItems.listingId })
      .from(cartItems)
      .where(eq(cartItems.userId, buyer.id))
      .orderBy(cartItems.listingId);
    expect(lines.map((l) => l.listingId)).toEqual([car, screens, wheels].sort((a, b) => a - b));

    // Removing the sold-out line lets the rest go through.
    await removeCartLine({ buyerId: buyer.id, listingId: screens });
    const rest = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: partsDealer.id, currency: "USD", country: "GB" },
    });
    expect(rest).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^\/checkout\/test\/cs_test_local_[0-9a-f]{32}$/),
    });
    expect((await readListing(database(), wheels)).quantity).toBe(5);
  });
});
