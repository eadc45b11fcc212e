import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, bids, emailOutbox, listings, notifications } from "@/db/schema";
import { placeBid } from "@/lib/auctions/place-bid";
import { endAfterBid } from "@/lib/auctions/rules";
import { fixedClock, type Clock } from "@/lib/kernel/clock";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let seller: { id: string };

beforeAll(async () => {
  seller = await createBidder(database(), { name: "Sergei" });
});

const inOneHour = () => new Date(Date.now() + 3_600_000);

async function readAuction(listingId: number) {
  const [row] = await database().db.select().from(auctions).where(eq(auctions.listingId, listingId));
  return row!;
}

async function history(listingId: number) {
  return database().db.select().from(bids).where(eq(bids.listingId, listingId)).orderBy(asc(bids.id));
}

describe("placing bids", () => {
  it("runs proxy bidding: a higher maximum takes the lead at one increment over the old one, and the old leader is told", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 10_000,
      endsAt: inOneHour(),
    });
    const anna = await createBidder(database());
    const boris = await createBidder(database());
    expect(await placeBid({ bidderId: anna.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: true,
      leading: true,
      priceCents: 10_000,
      minimumNextCents: 10_250,
    });
    expect(await placeBid({ bidderId: boris.id, input: { listingId, maxBid: "250" } })).toMatchObject({
      ok: true,
      leading: false,
      priceCents: 25_500,
    });
    expect(await placeBid({ bidderId: boris.id, input: { listingId, maxBid: "400" } })).toMatchObject({
      ok: true,
      leading: true,
      priceCents: 30_500,
    });
    expect(await readAuction(listingId)).toMatchObject({
      leaderId: boris.id,
      leaderMaxCents: 40_000,
      currentPriceCents: 30_500,
      bidCount: 5,
    });
    expect(
      (await history(listingId)).map((b) => [
        b.bidderId === anna.id ? "anna" : "boris",
        b.amountCents,
        b.automatic,
      ]),
    ).toEqual([
      ["anna", 10_000, false],
      ["boris", 25_000, false],
      ["anna", 25_500, true],
      ["anna", 30_000, true],
      ["boris", 30_500, false],
    ]);
    const sent = await database().db.select().from(notifications).where(eq(notifications.userId, anna.id));
    expect(sent.map((n) => n.kind)).toEqual(["outbid"]);
    const queued = await database()
      .db.select()
      .from(emailOutbox)
      .where(eq(emailOutbox.notificationId, sent[0]!.id));
    expect(queued).toHaveLength(1);
    expect(queued[0]!.subject).toContain("outbid");
  });

  it("refuses bids below the minimum, malformed amounts, the seller's own bid and unknown auctions, storing nothing", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      startPriceCents: 10_000,
      endsAt: inOneHour(),
    });
    const bidder = await createBidder(database());
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "99.99" } })).toMatchObject({
      ok: false,
      reason: "below_minimum",
      fieldErrors: { maxBid: "Enter $100 or more" },
    });
    for (const maxBid of ["abc", "-5", "1e5", "", "12.345", "0"]) {
      expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid } })).toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { maxBid: expect.any(String) },
      });
    }
    expect(await placeBid({ bidderId: seller.id, input: { listingId, maxBid: "500" } })).toMatchObject({
      ok: false,
      reason: "own_item",
    });
    expect(
      await placeBid({ bidderId: bidder.id, input: { listingId: 999_999, maxBid: "500" } }),
    ).toMatchObject({ ok: false, reason: "not_found" });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId: "x", maxBid: "500" } })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await history(listingId)).toEqual([]);
    expect(await readAuction(listingId)).toMatchObject({
      bidCount: 0,
      currentPriceCents: null,
      leaderId: null,
    });
  });

  it("refuses a bid at and after the end, and takes one a moment before it", async () => {
    const endsAt = inOneHour();
    const listingId = await createLiveAuction(database(), { sellerId: seller.id, endsAt });
    const bidder = await createBidder(database());
    for (const at of [endsAt.getTime(), endsAt.getTime() + 1, endsAt.getTime() + 86_400_000]) {
      expect(
        await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "500" }, clock: fixedClock(at) }),
      ).toMatchObject({ ok: false, reason: "ended" });
    }
    expect(await history(listingId)).toEqual([]);
    // Three minutes before the end: accepted, and not in the last two minutes, so the end stays.
    expect(
      await placeBid({
        bidderId: bidder.id,
        input: { listingId, maxBid: "500" },
        clock: fixedClock(endsAt.getTime() - 180_000),
      }),
    ).toMatchObject({ ok: true, extended: false, endsAt: endsAt.toISOString() });
  });

  it("extends the end to two minutes after a bid in the last two minutes, and leaves an earlier bid alone", async () => {
    const endsAt = inOneHour();
    const listingId = await createLiveAuction(database(), { sellerId: seller.id, endsAt });
    const bidder = await createBidder(database());
    const bidAt = new Date(endsAt.getTime() - 60_000);
    const result = await placeBid({
      bidderId: bidder.id,
      input: { listingId, maxBid: "150" },
      clock: fixedClock(bidAt),
    });
    expect(result).toMatchObject({
      ok: true,
      extended: true,
      endsAt: new Date(bidAt.getTime() + 120_000).toISOString(),
    });
    const [bid] = await history(listingId);
    expect(bid!.createdAt.getTime()).toBe(bidAt.getTime());
    const auction = await readAuction(listingId);
    expect(auction.endsAt.getTime() - bid!.createdAt.getTime()).toBe(120_000);
    expect(auction.originalEndsAt.getTime()).toBe(endsAt.getTime());
    // A later bid, still in the (new) last two minutes, moves the end again.
    const rival = await createBidder(database());
    const lateAt = new Date(auction.endsAt.getTime() - 1_000);
    expect(
      await placeBid({ bidderId: rival.id, input: { listingId, maxBid: "300" }, clock: fixedClock(lateAt) }),
    ).toMatchObject({ ok: true, extended: true, endsAt: new Date(lateAt.getTime() + 120_000).toISOString() });

    const later = await createLiveAuction(database(), { sellerId: seller.id, endsAt: inOneHour() });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId: later, maxBid: "150" } })).toMatchObject(
      { ok: true, extended: false },
    );
  });

  it("gives the lead to the earlier of two equal maximums", async () => {
    const listingId = await createLiveAuction(database(), { sellerId: seller.id, endsAt: inOneHour() });
    const first = await createBidder(database());
    const second = await createBidder(database());
    await placeBid({ bidderId: first.id, input: { listingId, maxBid: "350" } });
    expect(await placeBid({ bidderId: second.id, input: { listingId, maxBid: "350" } })).toMatchObject({
      ok: true,
      leading: false,
      priceCents: 35_000,
    });
    expect(await readAuction(listingId)).toMatchObject({ leaderId: first.id, currentPriceCents: 35_000 });
  });

  raceTest(
    "keeps one order of events when 50 bidders bid at once: the highest maximum leads, the price and history agree",
    async () => {
      const listingId = await createLiveAuction(database(), {
        sellerId: seller.id,
        startPriceCents: 5_000,
        endsAt: inOneHour(),
      });
      const bidders = await Promise.all(Array.from({ length: 50 }, () => createBidder(database())));
      // Maximums from $60 to $305 in $5 steps, with the top two equal: whichever was placed first must win.
      const maxes = bidders.map((_, i) => (i === 49 ? 30_000 : 6_000 + i * 500));
      const results = await Promise.all(
        bidders.map((b, i) =>
          placeBid({ bidderId: b.id, input: { listingId, maxBid: String(maxes[i]! / 100) } }),
        ),
      );
      const accepted = results.filter((r) => r.ok).length;
      expect(results.every((r) => r.ok || r.reason === "below_minimum")).toBe(true);

      const rows = await history(listingId);
      const auction = await readAuction(listingId);
      expect(auction.bidCount).toBe(rows.length);
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.amountCents).toBeGreaterThanOrEqual(rows[i - 1]!.amountCents);
      expect(rows[rows.length - 1]!.amountCents).toBe(auction.currentPriceCents);
      expect(auction.leaderMaxCents).toBe(30_000);
      // Between the two $300 maximums, the one whose first row came first leads.
      const topBidders = new Set([bidders[48]!.id, bidders[49]!.id]);
      const firstTop = rows.find((r) => topBidders.has(r.bidderId) && r.maxCents === 30_000 && !r.automatic);
      expect(auction.leaderId).toBe(firstTop!.bidderId);
      expect(auction.currentPriceCents).toBe(30_000);
      // Every accepted bid left a row of its own (plus the proxy's answers).
      const placed = rows.filter((r) => !r.automatic).length;
      expect(placed).toBe(accepted);
      expect(new Set(rows.map((r) => r.bidderId)).size).toBeGreaterThan(1);
    },
  );

  raceTest(
    "accepts no bid after the end while bidders race the clock: each accepted bid came before the end as it then stood",
    async () => {
      const endsAt = inOneHour();
      const listingId = await createLiveAuction(database(), {
        sellerId: seller.id,
        startPriceCents: 5_000,
        endsAt,
      });
      const bidders = await Promise.all(Array.from({ length: 30 }, () => createBidder(database())));
      // Time passes as the bids arrive: each reading of this clock is 40 s after the last, starting
      // 90 s before the end, and the eleventh jumps five minutes, past any end ten bids could reach.
      // The bids race for the lock at once; a bid that read the time before taking the lock would
      // carry a time out of step with the order the lock put it in.
      const readings: Date[] = [];
      const passingTime: Clock = {
        now() {
          const k = readings.length;
          const at = new Date(endsAt.getTime() - 90_000 + k * 40_000 + (k >= 10 ? 300_000 : 0));
          readings.push(at);
          return at;
        },
      };
      const results = await Promise.all(
        bidders.map((b, i) =>
          placeBid({ bidderId: b.id, input: { listingId, maxBid: String(60 + i * 10) }, clock: passingTime }),
        ),
      );
      expect(results.every((r) => r.ok || r.reason === "ended" || r.reason === "below_minimum")).toBe(true);
      expect(readings).toHaveLength(30);
      // The first bid in the lock's order always counts; none after the jump can.
      expect(results.filter((r) => !r.ok && r.reason === "ended").length).toBeGreaterThanOrEqual(20);
      expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);

      const placed = (await history(listingId)).filter((r) => !r.automatic);
      expect(placed.length).toBe(results.filter((r) => r.ok).length);
      let end = endsAt;
      let last = 0;
      for (const row of placed) {
        expect(row.createdAt.getTime()).toBeGreaterThan(last);
        expect(row.createdAt.getTime()).toBeLessThan(end.getTime());
        last = row.createdAt.getTime();
        end = endAfterBid(end, row.createdAt);
      }
      expect((await readAuction(listingId)).endsAt.getTime()).toBe(end.getTime());
      expect(end.getTime()).toBeGreaterThan(endsAt.getTime());
    },
  );

  it("refuses a bidder in a country the seller does not ship to", async () => {
    const listingId = await createLiveAuction(database(), { sellerId: seller.id, endsAt: inOneHour() });
    await database()
      .db.update(listings)
      .set({ shippingOptions: [{ destination: "US", priceCents: 9_500 }] })
      .where(eq(listings.id, listingId));
    const abroad = await createBidder(database(), { country: "EE" });
    expect(await placeBid({ bidderId: abroad.id, input: { listingId, maxBid: "200" } })).toMatchObject({
      ok: false,
      reason: "no_shipping",
      message: expect.stringContaining("Estonia"),
    });
  });
});
