import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auctions, listingPhotos, listings, watchlist } from "@/db/schema";
import { offeredListingSql, publicViewOf, type PublicView } from "@/lib/listings/visibility";
import type { Result } from "@/lib/kernel/result";

// A collector's own watchlist: every read and write is scoped to their user id.

export type WatchResult = Result<{ watching: boolean }>;

/** Adds or removes a listing from the watchlist; only a live listing can be added. */
export async function setWatching({
  userId,
  listingId,
  watching,
}: {
  userId: string;
  listingId: number;
  watching: boolean;
}): Promise<WatchResult> {
  const db = await getDb();
  if (!watching) {
    await db.delete(watchlist).where(and(eq(watchlist.userId, userId), eq(watchlist.listingId, listingId)));
    return { ok: true, watching: false };
  }
  const [listing] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.id, listingId), offeredListingSql));
  if (!listing) return { ok: false, message: "That listing does not exist." };
  await db.insert(watchlist).values({ userId, listingId }).onConflictDoNothing();
  return { ok: true, watching: true };
}

export async function isWatching({
  userId,
  listingId,
}: {
  userId: string;
  listingId: number;
}): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: watchlist.listingId })
    .from(watchlist)
    .where(and(eq(watchlist.userId, userId), eq(watchlist.listingId, listingId)));
  return Boolean(row);
}

export type WatchedListing = {
  id: number;
  title: string;
  status: string;
  /** Whether it is still offered; a hidden one shows no price, photo or link (lib/listings/visibility.ts). */
  view: PublicView;
  saleFormat: string;
  priceCents: number;
  currency: string;
  coverPhotoKey: string | null;
  auction: null | { endsAt: string; bidCount: number; status: string };
};

export async function listWatchlist({ userId }: { userId: string }): Promise<WatchedListing[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: listings.id,
      title: listings.title,
      status: listings.status,
      hiddenAt: listings.hiddenAt,
      saleFormat: listings.saleFormat,
      askingPriceCents: listings.askingPriceCents,
      currency: listings.currency,
      coverPhotoKey: listingPhotos.storageKey,
      currentPriceCents: auctions.currentPriceCents,
      endsAt: auctions.endsAt,
      bidCount: auctions.bidCount,
      auctionStatus: auctions.status,
    })
    .from(watchlist)
    .innerJoin(listings, eq(listings.id, watchlist.listingId))
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .leftJoin(auctions, eq(auctions.listingId, listings.id))
    .where(and(eq(watchlist.userId, userId), isNull(listings.deletedAt)))
    .orderBy(desc(watchlist.createdAt));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    view: publicViewOf({ status: r.status, deletedAt: null, hiddenAt: r.hiddenAt }),
    saleFormat: r.saleFormat,
    priceCents: r.currentPriceCents ?? r.askingPriceCents,
    currency: r.currency,
    coverPhotoKey:
      publicViewOf({ status: r.status, deletedAt: null, hiddenAt: r.hiddenAt }) === "hidden"
        ? null
        : r.coverPhotoKey,
    auction:
      r.endsAt && r.auctionStatus
        ? { endsAt: r.endsAt.toISOString(), bidCount: r.bidCount ?? 0, status: r.auctionStatus }
        : null,
  }));
}
