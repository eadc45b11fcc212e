import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, bestOffers, listings, notifications, orderItems, orders } from "@/db/schema";
import { answerBestOffer, sendBestOffer } from "@/lib/auctions/best-offer";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { getAuctionView } from "@/lib/auctions/queries";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { offsetClock } from "@/lib/kernel/clock";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

// Reserve not met: the high bidder's one best offer within a day, the seller's answer within a day,
// and an accepted offer sold like a won auction. Every step is tried by the wrong person too.

const database = withTestDatabase();
const hours = (n: number) => offsetClock(n * 3_600_000);
let seller: { id: string; role: "user" };
let admin: { id: string; role: "admin" };

beforeAll(async () => {
  seller = await createBidder(database(), { name: "Sergei" });
  admin = { id: (await createBidder(database(), { name: "Admin" })).id, role: "admin" };
});

/** An auction at a $305 high bid (the $350 maximum answering $300), below its $500 reserve, closed a moment ago. */
async function endedBelowReserve() {
  const listingId = await createLiveAuction(database(), {
    sellerId: seller.id,
    startPriceCents: 20_000,
    reservePriceCents: 50_000,
    endsAt: new Date(Date.now() + 3_600_000),
  });
  const high = await createBidder(database(), { name: "Olga" });
  const under = await createBidder(database(), { name: "Ivan" });
  await placeBid({ bidderId: under.id, input: { listingId, maxBid: "300" } });
  await placeBid({ bidderId: high.id, input: { listingId, maxBid: "350" } });
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
  expect(await closeAuctionIfDue(listingId)).toMatchObject({ result: "reserve_not_met" });
  return { listingId, high, under };
}

async function offerRow(listingId: number) {
  const [row] = await database().db.select().from(bestOffers).where(eq(bestOffers.listingId, listingId));
  return row ?? null;
}

async function ordersFor(listingId: number) {
  return database()
    .db.select({
      id: orders.id,
      buyerId: orders.buyerId,
      itemsCents: orders.itemsCents,
      status: orders.status,
    })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(eq(orderItems.listingId, listingId));
}

describe("a best offer after the reserve was not met", () => {
  it("is the high bidder's alone, once, above the high bid and within a day; anything else stores nothing", async () => {
    const { listingId, high, under } = await endedBelowReserve();
    expect(await sendBestOffer({ bidderId: under.id, input: { listingId, amount: "400" } })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await sendBestOffer({ bidderId: seller.id, input: { listingId, amount: "400" } })).toMatchObject({
      reason: "forbidden",
    });
    expect(await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "305" } })).toMatchObject({
      reason: "invalid",
      fieldErrors: { amount: "Offer more than your high bid of $305." },
    });
    for (const amount of ["", "-5", "zero", "0", "99999999999"])
      expect(await sendBestOffer({ bidderId: high.id, input: { listingId, amount } })).toMatchObject({
        reason: "invalid",
      });
    expect(
      await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "420" }, clock: hours(25) }),
    ).toMatchObject({ reason: "too_late" });
    expect(await offerRow(listingId)).toBeNull();

    expect(await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "420" } })).toMatchObject({
      ok: true,
    });
    expect(await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "450" } })).toMatchObject({
      reason: "already_sent",
    });
    expect(await offerRow(listingId)).toMatchObject({ amountCents: 42_000, status: "pending" });
    const told = await database()
      .db.select({ title: notifications.title })
      .from(notifications)
      .where(eq(notifications.userId, seller.id));
    expect(told.map((n) => n.title)).toContain(
      "A best offer of $420: Restored AZLK pedal car, soft tires, 1993 plate",
    );
  });

  it("is refused for an auction that met its reserve, is still open, or was relisted", async () => {
    const open = await createLiveAuction(database(), {
      sellerId: seller.id,
      reservePriceCents: 50_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const bidder = await createBidder(database());
    await placeBid({ bidderId: bidder.id, input: { listingId: open, maxBid: "300" } });
    expect(
      await sendBestOffer({ bidderId: bidder.id, input: { listingId: open, amount: "400" } }),
    ).toMatchObject({
      reason: "not_offerable",
    });
    const { listingId, high } = await endedBelowReserve();
    await database().db.update(listings).set({ status: "live" }).where(eq(listings.id, listingId));
    expect(await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "400" } })).toMatchObject({
      reason: "not_offerable",
    });
    expect(
      await sendBestOffer({ bidderId: high.id, input: { listingId: 999_999, amount: "400" } }),
    ).toMatchObject({
      reason: "not_found",
    });
  });

  it("when accepted by the seller becomes one order at the offer, and the result says so", async () => {
    const { listingId, high, under } = await endedBelowReserve();
    await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "450" } });
    const accept = { listingId, answer: "accept" };
    expect(await answerBestOffer({ actor: high, input: accept })).toMatchObject({ reason: "forbidden" });
    expect(await answerBestOffer({ actor: under, input: accept })).toMatchObject({ reason: "forbidden" });
    expect(await answerBestOffer({ actor: seller, input: { listingId, answer: "maybe" } })).toMatchObject({
      reason: "invalid",
    });
    expect(await ordersFor(listingId)).toEqual([]);

    // The seller reviews the offer before seeing it: only the two parties do.
    expect((await getAuctionView({ listingId, viewerId: under.id }))?.bestOffer).toBeNull();
    expect((await getAuctionView({ listingId, viewerId: seller.id }))?.bestOffer).toMatchObject({
      status: "pending",
      amountCents: 45_000,
    });

    const answered = await answerBestOffer({ actor: seller, input: accept });
    expect(answered).toMatchObject({ ok: true });
    expect(await answerBestOffer({ actor: seller, input: accept })).toMatchObject({ reason: "no_offer" });
    const made = await ordersFor(listingId);
    expect(made).toEqual([
      expect.objectContaining({ buyerId: high.id, itemsCents: 45_000, status: "pending_payment" }),
    ]);
    expect(await offerRow(listingId)).toMatchObject({ status: "accepted", orderId: made[0]!.id });
    const view = await getAuctionView({ listingId, viewerId: high.id });
    expect(view?.result).toMatchObject({ sold: true, byBestOffer: true, priceCents: 45_000 });
    expect(view?.viewer?.orderId).toBe(made[0]!.id);
  });

  it("can be declined, or lapses after a day, and then sells nothing", async () => {
    const declined = await endedBelowReserve();
    await sendBestOffer({
      bidderId: declined.high.id,
      input: { listingId: declined.listingId, amount: "400" },
    });
    expect(
      await answerBestOffer({ actor: admin, input: { listingId: declined.listingId, answer: "decline" } }),
    ).toMatchObject({ ok: true, orderId: null });
    expect(await offerRow(declined.listingId)).toMatchObject({ status: "declined" });

    const lapsing = await endedBelowReserve();
    await sendBestOffer({
      bidderId: lapsing.high.id,
      input: { listingId: lapsing.listingId, amount: "400" },
    });
    expect(
      await answerBestOffer({
        actor: seller,
        input: { listingId: lapsing.listingId, answer: "accept" },
        clock: hours(25),
      }),
    ).toMatchObject({ reason: "too_late" });
    expect(
      (
        await getAuctionView({
          listingId: lapsing.listingId,
          viewerId: lapsing.high.id,
          now: hours(25).now(),
        })
      )?.bestOffer,
    ).toEqual({ status: "lapsed", amountCents: 40_000 });
    expect([...(await ordersFor(declined.listingId)), ...(await ordersFor(lapsing.listingId))]).toEqual([]);
  });

  raceTest("two accepting clicks at once make one order", async () => {
    const { listingId, high } = await endedBelowReserve();
    await sendBestOffer({ bidderId: high.id, input: { listingId, amount: "450" } });
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        answerBestOffer({ actor: seller, input: { listingId, answer: "accept" } }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await ordersFor(listingId)).toHaveLength(1);
  });
});
