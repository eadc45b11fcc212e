import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { auctions, listingPhotos, listings, users } from "@/db/schema";
import { cacheTags } from "@/lib/kernel/cache";
import { marketClock } from "@/lib/kernel/market-clock";
import { offeredListingSql } from "@/lib/listings/visibility";

// The public list of open auctions, soonest end first. Cached with the listings tag (every bid and
// close marks it stale); the time left is counted down in the browser. Auctions past their end by
// the market's clock but not closed yet are left out when the cached list is read, not in it.

export type AuctionCard = {
  id: number;
  title: string;
  currency: string;
  priceCents: number;
  bidCount: number;
  hasBids: boolean;
  reserve: "none" | "met" | "not_met";
  endsAt: string;
  coverPhotoKey: string | null;
  coverAlt: string | null;
  sellerId: string;
  sellerName: string;
};

async function queryOpenAuctions(limit: number): Promise<AuctionCard[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: listings.id,
      title: listings.title,
      currency: listings.currency,
      startPriceCents: auctions.startPriceCents,
      currentPriceCents: auctions.currentPriceCents,
      reservePriceCents: auctions.reservePriceCents,
      bidCount: auctions.bidCount,
      endsAt: sql<string>`to_char(${auctions.endsAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      coverPhotoKey: listingPhotos.storageKey,
      coverAlt: listingPhotos.altText,
      sellerId: listings.sellerId,
      sellerName: users.displayName,
    })
    .from(auctions)
    .innerJoin(listings, eq(listings.id, auctions.listingId))
    .innerJoin(users, eq(users.id, listings.sellerId))
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(eq(auctions.status, "open"), offeredListingSql))
    .orderBy(asc(auctions.endsAt))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    currency: r.currency,
    priceCents: r.currentPriceCents ?? r.startPriceCents,
    bidCount: r.bidCount,
    hasBids: r.currentPriceCents !== null,
    reserve:
      r.reservePriceCents === null
        ? "none"
        : r.currentPriceCents !== null && r.currentPriceCents >= r.reservePriceCents
          ? "met"
          : "not_met",
    endsAt: r.endsAt,
    coverPhotoKey: r.coverPhotoKey,
    coverAlt: r.coverAlt,
    sellerId: r.sellerId,
    sellerName: r.sellerName,
  }));
}

// A few more than asked for, so auctions waiting to be closed do not shorten the list.
const cachedOpenAuctions = unstable_cache(
  (limit: number) => queryOpenAuctions(limit + 20),
  ["auctions-open"],
  { tags: [cacheTags.listings], revalidate: 60 },
);

/** Open auctions still running at `now` (the market's clock by default). */
export async function listOpenAuctions(limit: number, now?: Date): Promise<AuctionCard[]> {
  const at = (now ?? (await marketClock()).now()).getTime();
  return (await cachedOpenAuctions(limit)).filter((card) => Date.parse(card.endsAt) > at).slice(0, limit);
}
