import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, bids, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { getBidderHistory } from "@/lib/moderation/bidder-history";
import { markAccountsRelated } from "@/lib/moderation/related-accounts";
import { createUser } from "./checkout-fixtures";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

// An admin's view of one account's bidding: each bid with how its auction went for the bidder,
// and the sellers it bid on most.

const database = withTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = await createUser(database(), { role: "admin" });
});

const auctionBy = (sellerId: string, title: string) =>
  createLiveAuction(database(), {
    sellerId,
    startPriceCents: 10_000,
    endsAt: new Date(Date.now() + 3_600_000),
    title,
  });

async function bid(bidderId: string, listingId: number, maxBid: string) {
  setupResult(await placeBid({ bidderId, input: { listingId, maxBid } }), `bid ${maxBid}`);
}

async function close(listingId: number) {
  await database()
    .db.update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
  await closeAuctionIfDue(listingId);
}

describe("an account's bidding history", () => {
  it("lists its bids won, lost, leading and outbid, and the sellers it bids on most", async () => {
    const favourite = await createBidder(database(), { name: "Favourite seller" });
    const other = await createBidder(database(), { name: "Other seller" });
    const shill = await createBidder(database(), { name: "Shill" });
    const rival = await createBidder(database(), { name: "Rival" });
    const won = await auctionBy(favourite.id, "Won car");
    const lost = await auctionBy(favourite.id, "Lost car");
    const leading = await auctionBy(favourite.id, "Leading car");
    const outbid = await auctionBy(other.id, "Outbid car");
    await bid(shill.id, won, "150");
    await bid(shill.id, lost, "150");
    await bid(rival.id, lost, "200");
    await bid(shill.id, leading, "150");
    await bid(shill.id, outbid, "120");
    await bid(rival.id, outbid, "300");
    await close(won);
    await close(lost);
    setupResult(
      await markAccountsRelated({
        actor: admin,
        input: { userId: shill.id, otherEmail: await emailOf(favourite.id), reason: "Shill" },
      }),
      "mark",
    );

    const history = await getBidderHistory({ actor: admin, userId: shill.id });
    if (!history || history === "not_found") throw new Error("no history");
    const stored = await database().db.select().from(bids).where(eq(bids.bidderId, shill.id));
    expect(history.totalBids).toBe(stored.length);
    expect(history.totalAuctions).toBe(4);
    const outcomeOf = (title: string) => history.bids.find((b) => b.title === title)?.outcome;
    expect(
      ["Won car", "Lost car", "Leading car", "Outbid car"].map((title) => [title, outcomeOf(title)]),
    ).toEqual([
      ["Won car", "won"],
      ["Lost car", "lost"],
      ["Leading car", "leading"],
      ["Outbid car", "outbid"],
    ]);
    expect(history.bids[0]!.at.getTime()).toBeGreaterThanOrEqual(history.bids.at(-1)!.at.getTime());
    expect(history.sellers.map((s) => [s.sellerName, s.auctions, s.won, s.related])).toEqual([
      ["Favourite seller", 3, 1, true],
      ["Other seller", 1, 0, false],
    ]);
    expect(history.sellers[0]!.sharePercent).toBeGreaterThan(50);
  });

  it("is for admins only, and says when the account does not exist", async () => {
    const member = await createUser(database());
    expect(await getBidderHistory({ actor: member, userId: member.id })).toBeNull();
    expect(await getBidderHistory({ actor: admin, userId: "00000000-0000-4000-8000-000000000000" })).toBe(
      "not_found",
    );
    const quiet = await createUser(database());
    expect(await getBidderHistory({ actor: admin, userId: quiet.id })).toMatchObject({
      totalBids: 0,
      bids: [],
      sellers: [],
    });
  });
});

async function emailOf(userId: string): Promise<string> {
  const [row] = await database().db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row!.email;
}
