import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auctions, bids, listings, users } from "@/db/schema";
import { resolveBid, type AuctionState } from "@/lib/auctions/rules";

// A few demo listings run as auctions, with bids from the demo collectors, so the auction pages,
// the bid box and "ending soon" have something to show, and one ended below its reserve a few hours
// ago, so the results archive and the high bidder's best offer do too. Called once, after the demo catalogue.

const HOUR = 3_600_000;

const demoAuctions = [
  {
    title: "Moskvitch pedal car, plastic bumpers, restored in Soviet blue",
    startCents: 25_000,
    reserveCents: 38_000,
    endsInHours: 26,
    bids: [
      ["collector", 30_000],
      ["buyer", 36_000],
    ],
  },
  {
    title: "Fire brigade AZLK pedal car with working red beacons",
    startCents: 30_000,
    reserveCents: null,
    endsInHours: 3 * 24 + 5,
    bids: [["collector", 41_000]],
  },
  {
    title: "Soft-tire AZLK pedal car, yellow, 1993 plate, light shelf wear",
    startCents: 15_000,
    reserveCents: null,
    endsInHours: 5 * 24,
    bids: [],
  },
  {
    // Ended below its reserve: the demo buyer leads and may still send a best offer.
    title: "AZLK excavator toy, 1993 plate, working arm and bucket",
    startCents: 9_000,
    reserveCents: 20_000,
    endsInHours: -3,
    bids: [
      ["collector", 12_000],
      ["buyer", 15_000],
    ],
  },
] as const;

export async function seedDemoAuctions(db: Database, now: Date): Promise<number> {
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ["collector@moskvitch.example", "buyer@moskvitch.example"]));
  const idOf = (key: string) => people.find((p) => p.email.startsWith(`${key}@`))?.id;
  let seeded = 0;
  for (const demo of demoAuctions) {
    const [listing] = await db
      .select({ id: listings.id })
      .from(listings)
      .where(and(eq(listings.title, demo.title), eq(listings.status, "live")));
    if (!listing) continue;
    const endsAt = new Date(now.getTime() + demo.endsInHours * HOUR);
    let state: AuctionState = {
      startPriceCents: demo.startCents,
      reservePriceCents: demo.reserveCents,
      currentPriceCents: null,
      leaderId: null,
      leaderMaxCents: null,
    };
    const rows: (typeof bids.$inferInsert)[] = [];
    for (const [index, [who, maxCents]] of demo.bids.entries()) {
      const bidderId = idOf(who);
      if (!bidderId) continue;
      const outcome = resolveBid(state, { bidderId, maxCents });
      if (!outcome.ok) continue;
      state = outcome.state;
      const at = new Date(Math.min(now.getTime(), endsAt.getTime()) - (demo.bids.length - index) * 5 * HOUR);
      rows.push(...outcome.records.map((r) => ({ listingId: listing.id, ...r, createdAt: at })));
    }
    const ended = endsAt <= now;
    await db
      .update(listings)
      .set({
        saleFormat: "auction",
        askingPriceCents: demo.startCents,
        ...(ended ? { status: "ended" as const } : {}),
      })
      .where(eq(listings.id, listing.id));
    await db.insert(auctions).values({
      listingId: listing.id,
      startPriceCents: demo.startCents,
      reservePriceCents: demo.reserveCents,
      startsAt: new Date(Math.min(now.getTime(), endsAt.getTime()) - 2 * 24 * HOUR),
      endsAt,
      originalEndsAt: endsAt,
      status: ended ? "closed" : "open",
      closedAt: ended ? endsAt : null,
      currentPriceCents: state.currentPriceCents,
      leaderId: state.leaderId,
      leaderMaxCents: state.leaderMaxCents,
      bidCount: rows.length,
    });
    if (rows.length) await db.insert(bids).values(rows);
    seeded++;
  }
  return seeded;
}
