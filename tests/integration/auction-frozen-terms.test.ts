import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auctionDescriptionAdditions,
  auctions,
  listings,
  notifications,
  orderItems,
  orders,
} from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { listDescriptionAdditions } from "@/lib/auctions/queries";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder } from "@/lib/auctions/test-fixtures";
import type { Actor } from "@/lib/auth/actor";
import {
  deleteListing,
  markListingSold,
  publishListing,
  saveListing,
  unpublishListing,
} from "@/lib/selling/listings";
import { packingCentsFor } from "@/lib/listings/pricing";
import { addListingPhoto } from "@/lib/selling/photos";
import { createTestUser, restoredPedalCarForm, withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { withTestDatabase } from "../support/test-database";

// Once the first bid lands, what the bidders agreed to stays as they saw it.

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;

beforeAll(async () => {
  seller = await createTestUser(database());
});

/** A USD auction starting at $100 with $50 shipping within the US. */
const usdAuction = (overrides: Record<string, unknown> = {}) =>
  restoredPedalCarForm({
    saleFormat: "auction",
    price: "100",
    currency: "USD",
    auctionLength: "3",
    shipping: [{ destination: "US", price: "50" }],
    ...overrides,
  });

async function openAuction(form = usdAuction()): Promise<number> {
  const saved = await saveListing({ actor: seller, input: form });
  if (!saved.ok) throw new Error(saved.message);
  expect(
    (await addListingPhoto({ actor: seller, listingId: saved.listingId, bytes: await makePng() })).ok,
  ).toBe(true);
  expect(await publishListing({ actor: seller, listingId: saved.listingId })).toMatchObject({
    ok: true,
    status: "live",
  });
  return saved.listingId;
}

async function readListing(listingId: number) {
  const [row] = await database().db.select().from(listings).where(eq(listings.id, listingId));
  return row!;
}

async function readAuction(listingId: number) {
  const [row] = await database().db.select().from(auctions).where(eq(auctions.listingId, listingId));
  return row!;
}

async function endNow(listingId: number) {
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
}

/** Moves the end so that this many hours are left. */
async function hoursLeft(listingId: number, hours: number) {
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() + make_interval(hours => ${hours})` })
    .where(eq(auctions.listingId, listingId));
}

describe("an auction's terms after the first bid", () => {
  it("refuses a change of currency and shipping after a $150 bid, stores nothing, and the winner's order keeps USD $100 + $50", async () => {
    const listingId = await openAuction();
    const bidder = await createBidder(database(), { country: "US" });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "150" } })).toMatchObject({
      ok: true,
      priceCents: 10_000,
    });
    const before = await readListing(listingId);

    const changed = await saveListing({
      actor: seller,
      listingId,
      input: usdAuction({ currency: "GBP", shipping: [{ destination: "US", price: "900" }] }),
    });
    expect(changed).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        currency: expect.stringContaining("Bidding has started"),
        shipping: expect.stringContaining("Bidding has started"),
      },
    });
    const after = await readListing(listingId);
    expect({
      currency: after.currency,
      shippingOptions: after.shippingOptions,
      updatedAt: after.updatedAt,
    }).toEqual({
      currency: "USD",
      shippingOptions: before.shippingOptions,
      updatedAt: before.updatedAt,
    });

    await endNow(listingId);
    expect(await closeAuctionIfDue(listingId)).toMatchObject({
      closed: true,
      result: "sold",
      winnerId: bidder.id,
      priceCents: 10_000,
    });
    const [order] = await database()
      .db.select({
        currency: orders.currency,
        itemsCents: orders.itemsCents,
        shippingCents: orders.shippingCents,
        totalCents: orders.totalCents,
      })
      .from(orders)
      .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
      .where(eq(orderItems.listingId, listingId));
    const shippingCents = 5_000 + packingCentsFor("pedal_car", 1);
    expect(order).toEqual({
      currency: "USD",
      itemsCents: 10_000,
      shippingCents,
      totalCents: 10_000 + shippingCents,
    });
  });

  it("makes the winner's order on the terms of the first bid even if the listing row was changed some other way", async () => {
    const listingId = await openAuction();
    const bidder = await createBidder(database(), { country: "US" });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "150" } })).toMatchObject({
      ok: true,
    });
    expect((await readAuction(listingId)).termsAtFirstBid).toMatchObject({
      currency: "USD",
      startPriceCents: 10_000,
      shippingOptions: [{ destination: "US", priceCents: 5_000 }],
    });
    await database()
      .db.update(listings)
      .set({ currency: "GBP", shippingOptions: [{ destination: "US", priceCents: 90_000 }] })
      .where(eq(listings.id, listingId));
    await endNow(listingId);
    expect(await closeAuctionIfDue(listingId)).toMatchObject({ result: "sold" });
    const [order] = await database()
      .db.select({ currency: orders.currency, shippingCents: orders.shippingCents })
      .from(orders)
      .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
      .where(eq(orderItems.listingId, listingId));
    expect(order).toEqual({ currency: "USD", shippingCents: 5_000 + packingCentsFor("pedal_car", 1) });
  });

  it("names every refused field: start price, reserve, item, title, where it ships from, its end", async () => {
    const listingId = await openAuction(usdAuction({ reservePrice: "300" }));
    const bidder = await createBidder(database());
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "150" } })).toMatchObject({
      ok: true,
    });
    const result = await saveListing({
      actor: seller,
      listingId,
      input: usdAuction({
        price: "90",
        reservePrice: "250",
        era: "plastic_bumpers",
        year: "1984",
        condition: "good",
        title: "AZLK pedal car, plastic bumpers",
        country: "gb",
        auctionLength: "10",
      }),
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual([
      "auctionLength",
      "condition",
      "country",
      "era",
      "price",
      "reservePrice",
      "title",
      "year",
    ]);
    expect(await readAuction(listingId)).toMatchObject({
      startPriceCents: 10_000,
      reservePriceCents: 30_000,
      lengthDays: 3,
    });
    expect(await readListing(listingId)).toMatchObject({
      era: "early_aluminum_bumpers",
      year: 1978,
      askingPriceCents: 10_000,
      country: "US",
    });
  });

  it("keeps the description as bidders read it and shows what the seller adds as a dated note", async () => {
    const listingId = await openAuction();
    const bidder = await createBidder(database());
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "150" } })).toMatchObject({
      ok: true,
    });
    const original = (await readListing(listingId)).description;

    const rewritten = await saveListing({
      actor: seller,
      listingId,
      input: usdAuction({ description: "Repainted in blue, new wheels." }),
    });
    expect(rewritten).toMatchObject({
      ok: false,
      fieldErrors: { description: expect.stringContaining("add to it") },
    });
    expect(await listDescriptionAdditions(listingId)).toEqual([]);

    // A textarea sends CRLF line ends; the addition is what follows the original text.
    const added = await saveListing({
      actor: seller,
      listingId,
      input: usdAuction({ description: `${original}\r\n\r\nThe horn works too.` }),
    });
    expect(added).toMatchObject({ ok: true });
    expect((await readListing(listingId)).description).toBe(original);
    const notes = await listDescriptionAdditions(listingId);
    expect(notes).toEqual([{ body: "The horn works too.", addedAt: expect.any(String) }]);
    expect(Date.parse(notes[0]!.addedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Saving the form again with the original text adds nothing.
    expect(
      await saveListing({ actor: seller, listingId, input: usdAuction({ description: original }) }),
    ).toMatchObject({ ok: true });
    expect(await listDescriptionAdditions(listingId)).toHaveLength(1);
    expect(
      await database()
        .db.select()
        .from(auctionDescriptionAdditions)
        .where(eq(auctionDescriptionAdditions.listingId, listingId)),
    ).toHaveLength(1);
  });

  it("lets the seller change anything while nobody has bid", async () => {
    const listingId = await openAuction();
    expect(
      await saveListing({
        actor: seller,
        listingId,
        input: usdAuction({ currency: "GBP", price: "120", shipping: [{ destination: "US", price: "60" }] }),
      }),
    ).toMatchObject({ ok: true });
    expect(await readListing(listingId)).toMatchObject({ currency: "GBP", askingPriceCents: 12_000 });
    expect(await readAuction(listingId)).toMatchObject({ startPriceCents: 12_000 });
  });
});

describe("ending an auction with bids early", () => {
  it("is refused in the last 12 hours, for withdrawing, marking sold and deleting alike", async () => {
    const listingId = await openAuction();
    const bidder = await createBidder(database());
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "150" } })).toMatchObject({
      ok: true,
    });
    await hoursLeft(listingId, 11);
    for (const change of [unpublishListing, markListingSold, deleteListing]) {
      expect(await change({ actor: seller, listingId })).toMatchObject({
        ok: false,
        reason: "wrong_status",
        message: expect.stringContaining("12 hours"),
      });
    }
    expect(await readListing(listingId)).toMatchObject({ status: "live", deletedAt: null });
    expect(await readAuction(listingId)).toMatchObject({ status: "open", bidCount: 1 });
  });

  it("with more than 12 hours left ends the auction without a sale and tells every bidder", async () => {
    const listingId = await openAuction();
    const first = await createBidder(database());
    const second = await createBidder(database());
    await placeBid({ bidderId: first.id, input: { listingId, maxBid: "150" } });
    await placeBid({ bidderId: second.id, input: { listingId, maxBid: "200" } });
    await hoursLeft(listingId, 13);
    expect(await unpublishListing({ actor: seller, listingId })).toMatchObject({
      ok: true,
      status: "withdrawn",
    });
    expect(await readAuction(listingId)).toMatchObject({ status: "closed", winnerOrderId: null });
    for (const bidder of [first, second]) {
      const kinds = await database()
        .db.select({ kind: notifications.kind })
        .from(notifications)
        .where(eq(notifications.userId, bidder.id));
      expect(kinds.map((k) => k.kind)).toContain("auction_cancelled");
    }
    // It cannot come back with its old bids, nor be bid on.
    expect(await publishListing({ actor: seller, listingId })).toMatchObject({
      ok: false,
      fieldErrors: { saleFormat: expect.any(String) },
    });
    expect(await placeBid({ bidderId: first.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: false,
    });
    expect(await closeAuctionIfDue(listingId)).toEqual({ closed: false });
  });

  it("is allowed at any time while nobody has bid", async () => {
    const listingId = await openAuction();
    await hoursLeft(listingId, 1);
    expect(await unpublishListing({ actor: seller, listingId })).toMatchObject({
      ok: true,
      status: "withdrawn",
    });
  });
});
