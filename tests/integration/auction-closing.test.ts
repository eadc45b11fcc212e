import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auctionOffers,
  auctions,
  listings,
  notifications,
  orderEvents,
  orderItems,
  orders,
  watchlist,
} from "@/db/schema";
import { closeAuctionIfDue, closeDueAuctions } from "@/lib/auctions/close";
import { notifyEndingSoon } from "@/lib/auctions/ending-soon";
import { placeBid } from "@/lib/auctions/place-bid";
import { getAuctionView } from "@/lib/auctions/queries";
import { offerToNextBidder } from "@/lib/auctions/second-chance";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let seller: { id: string; role: "user" };

beforeAll(async () => {
  seller = await createBidder(database(), { name: "Sergei" });
});

/** Bids first, then moves the end into the past, as if time had passed. */
async function endNow(listingId: number) {
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
}

async function ordersFor(listingId: number) {
  return database()
    .db.select({
      id: orders.id,
      buyerId: orders.buyerId,
      status: orders.status,
      itemsCents: orders.itemsCents,
      shippingCents: orders.shippingCents,
      totalCents: orders.totalCents,
      source: orders.source,
      reservedUntil: orders.reservedUntil,
    })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(eq(orderItems.listingId, listingId))
    .orderBy(orders.id);
}

async function kindsFor(userId: string, listingId: number) {
  const rows = await database()
    .db.select({ kind: notifications.kind, listingId: notifications.listingId })
    .from(notifications)
    .where(eq(notifications.userId, userId));
  return rows.filter((r) => r.listingId === listingId).map((r) => r.kind);
}

describe("closing an auction", () => {
  it("closes once however many closers race, and gives the winner one order awaiting payment with shipping to their country", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 20_000,
      reservePriceCents: 30_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const uk = await createBidder(database(), { country: "GB" });
    const us = await createBidder(database(), { country: "US" });
    await placeBid({ bidderId: us.id, input: { listingId, maxBid: "320" } });
    await placeBid({ bidderId: uk.id, input: { listingId, maxBid: "400" } });
    expect(await closeAuctionIfDue(listingId)).toEqual({ closed: false });
    await endNow(listingId);

    // One closer after another here; the race test below runs them all at once.
    const outcomes = [];
    for (let n = 0; n < 3; n++) outcomes.push(await closeAuctionIfDue(listingId), await closeDueAuctions());
    const closings = outcomes
      .flatMap((o) => (Array.isArray(o) ? o : [o]))
      .filter((o) => o.closed && o.listingId === listingId);
    expect(closings).toHaveLength(1);

    const placed = await ordersFor(listingId);
    // $320 + one $5 increment; a pedal car ships to the UK at the seller's WORLD rate plus careful packing.
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({
      buyerId: uk.id,
      status: "pending_payment",
      itemsCents: 32_500,
      source: "auction",
    });
    expect(placed[0]!.shippingCents).toBeGreaterThanOrEqual(24_000);
    expect(placed[0]!.totalCents).toBe(32_500 + placed[0]!.shippingCents);
    const hoursToPay = (placed[0]!.reservedUntil!.getTime() - Date.now()) / 3_600_000;
    expect(Math.round(hoursToPay)).toBe(72);
    const [listing] = await database()
      .db.select({ status: listings.status, quantity: listings.quantity })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(listing).toEqual({ status: "ended", quantity: 0 });
    const [auction] = await database().db.select().from(auctions).where(eq(auctions.listingId, listingId));
    expect(auction).toMatchObject({ status: "closed", winnerOrderId: placed[0]!.id });
    expect(
      await database().db.select().from(orderEvents).where(eq(orderEvents.orderId, placed[0]!.id)),
    ).toHaveLength(1);
    expect(await kindsFor(uk.id, listingId)).toEqual(["auction_won"]);
    expect(await kindsFor(seller.id, listingId)).toEqual(["auction_sold"]);

    expect(await placeBid({ bidderId: us.id, input: { listingId, maxBid: "900" } })).toMatchObject({
      ok: false,
      reason: "ended",
    });
    const view = await getAuctionView({ listingId, viewerId: uk.id });
    expect(view).toMatchObject({
      status: "closed",
      result: { sold: true, priceCents: 32_500 },
      viewer: { leading: true, orderId: placed[0]!.id },
    });
    expect((await getAuctionView({ listingId, viewerId: us.id }))!.viewer).toMatchObject({
      leading: false,
      orderId: null,
    });
  });

  raceTest("closes once and makes one order when ten closers run at the same moment", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 20_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const bidder = await createBidder(database(), { country: "US" });
    await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "320" } });
    await endNow(listingId);
    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, () => closeAuctionIfDue(listingId)),
      ...Array.from({ length: 5 }, () => closeDueAuctions()),
    ]);
    expect(
      outcomes
        .flatMap((o) => (Array.isArray(o) ? o : [o]))
        .filter((o) => o.closed && o.listingId === listingId),
    ).toHaveLength(1);
    expect(await ordersFor(listingId)).toHaveLength(1);
  });

  raceTest("makes one second-chance order when the seller's two clicks arrive at once", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 10_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const first = await createBidder(database());
    const second = await createBidder(database());
    await placeBid({ bidderId: second.id, input: { listingId, maxBid: "280" } });
    await placeBid({ bidderId: first.id, input: { listingId, maxBid: "500" } });
    await endNow(listingId);
    await closeAuctionIfDue(listingId);
    const [won] = await ordersFor(listingId);
    await database().db.update(orders).set({ status: "expired" }).where(eq(orders.id, won!.id));
    await database().db.update(listings).set({ quantity: 1 }).where(eq(listings.id, listingId));
    const offers = await Promise.all([
      offerToNextBidder({ actor: seller, listingId }),
      offerToNextBidder({ actor: seller, listingId }),
    ]);
    expect(offers.filter((o) => o.ok)).toHaveLength(1);
    expect((await ordersFor(listingId)).map((o) => [o.buyerId, o.status])).toEqual([
      [first.id, "expired"],
      [second.id, "pending_payment"],
    ]);
  });

  it("sells nothing when the reserve is not met, and tells the seller and the top bidder", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 10_000,
      reservePriceCents: 50_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const bidder = await createBidder(database());
    await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "450" } });
    expect((await getAuctionView({ listingId }))!.reserve).toBe("not_met");
    await endNow(listingId);
    // The late-tires pedal cars' report counts this auction as ended unsold.
    expect(await closeAuctionIfDue(listingId)).toEqual({
      closed: true,
      listingId,
      result: "reserve_not_met",
      segments: ["pedal_car", "pedal_car:late_soft_tires"],
    });
    expect(await ordersFor(listingId)).toEqual([]);
    expect(await kindsFor(bidder.id, listingId)).toEqual(["reserve_not_met"]);
    expect(await kindsFor(seller.id, listingId)).toEqual(["reserve_not_met"]);
    expect(await closeAuctionIfDue(listingId)).toEqual({ closed: false });
  });

  it("lets the seller offer the item to the next bidder at that bidder's maximum once the winner's order lapses", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 10_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const first = await createBidder(database());
    const second = await createBidder(database());
    const third = await createBidder(database());
    const stranger = await createBidder(database());
    await placeBid({ bidderId: third.id, input: { listingId, maxBid: "150" } });
    await placeBid({ bidderId: second.id, input: { listingId, maxBid: "280" } });
    await placeBid({ bidderId: first.id, input: { listingId, maxBid: "500" } });
    await endNow(listingId);
    await closeAuctionIfDue(listingId);
    const [won] = await ordersFor(listingId);
    expect(won).toMatchObject({ buyerId: first.id, itemsCents: 28_500 });

    expect(await offerToNextBidder({ actor: seller, listingId })).toMatchObject({
      ok: false,
      reason: "not_lapsed",
    });
    // Checkout's expiry sweep lapses the unpaid order and puts the item back.
    await database().db.update(orders).set({ status: "expired" }).where(eq(orders.id, won!.id));
    await database().db.update(listings).set({ quantity: 1 }).where(eq(listings.id, listingId));

    expect(await offerToNextBidder({ actor: stranger, listingId })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    const offers = [
      await offerToNextBidder({ actor: seller, listingId }),
      await offerToNextBidder({ actor: seller, listingId }),
    ];
    expect(offers.filter((o) => o.ok)).toHaveLength(1);
    expect(offers.find((o) => o.ok)).toMatchObject({ bidderId: second.id, priceCents: 28_000 });
    const all = await ordersFor(listingId);
    expect(all.map((o) => [o.buyerId, o.status, o.itemsCents])).toEqual([
      [first.id, "expired", 28_500],
      [second.id, "pending_payment", 28_000],
    ]);
    expect(await kindsFor(second.id, listingId)).toEqual(expect.arrayContaining(["second_chance"]));
    const [listing] = await database()
      .db.select({ quantity: listings.quantity })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(listing!.quantity).toBe(0);

    await database().db.update(orders).set({ status: "expired" }).where(eq(orders.id, all[1]!.id));
    expect(await offerToNextBidder({ actor: seller, listingId })).toMatchObject({
      ok: true,
      bidderId: third.id,
      priceCents: 15_000,
    });
    await database().db.update(orders).set({ status: "cancelled" }).where(eq(orders.buyerId, third.id));
    expect(await offerToNextBidder({ actor: seller, listingId })).toMatchObject({
      ok: false,
      reason: "no_bidders",
    });
    expect(
      await database().db.select().from(auctionOffers).where(eq(auctionOffers.listingId, listingId)),
    ).toHaveLength(3);
  });

  it("closes an auction without bids with no order, and the listing leaves the catalogue", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      endsAt: new Date(Date.now() - 1000),
    });
    expect(await closeAuctionIfDue(listingId)).toEqual({
      closed: true,
      listingId,
      result: "no_bids",
      segments: ["pedal_car", "pedal_car:late_soft_tires"],
    });
    const [listing] = await database()
      .db.select({ status: listings.status })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(listing!.status).toBe("ended");
  });
});

describe("ending soon", () => {
  raceTest("alerts each watcher once when two schedulers run at the same moment", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      endsAt: new Date(Date.now() + 30 * 60_000),
    });
    const watcher = await createBidder(database());
    await database().db.insert(watchlist).values({ userId: watcher.id, listingId });
    await Promise.all([notifyEndingSoon(), notifyEndingSoon()]);
    expect(await kindsFor(watcher.id, listingId)).toEqual(["ending_soon"]);
  });

  it("alerts watchers and bidders once, not the seller", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      endsAt: new Date(Date.now() + 30 * 60_000),
    });
    const watcher = await createBidder(database());
    const bidder = await createBidder(database());
    await database()
      .db.insert(watchlist)
      .values([
        { userId: watcher.id, listingId },
        { userId: seller.id, listingId },
      ]);
    await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "120" } });
    await notifyEndingSoon();
    await notifyEndingSoon();
    expect(await kindsFor(watcher.id, listingId)).toEqual(["ending_soon"]);
    expect(await kindsFor(bidder.id, listingId)).toEqual(["ending_soon"]);
    expect(await kindsFor(seller.id, listingId)).toEqual([]);
  });
});
