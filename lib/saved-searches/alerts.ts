import "server-only";
import { and, asc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings, partFits, savedSearches } from "@/db/schema";
import { formatMoney } from "@/lib/kernel/money";
import { notify } from "@/lib/notifications/notify";
import { matchesFilters } from "./match";
import { normaliseSearchQuery } from "./saved-searches";
import { offeredListingSql, publicViewOf } from "@/lib/listings/visibility";

/**
 * Called when a listing is published: tells everyone whose saved search it matches, when its price
 * sits under its stored fair value. Only fixed-price listings in dollars qualify (an auction's
 * starting bid says nothing about what it will sell for; fair values are in dollars). Each search
 * hears about a listing once, however often it is republished. Never throws: publishing must not
 * fail because an alert could not be written.
 */
export async function alertSavedSearches({ listingId }: { listingId: number }): Promise<number> {
  try {
    return await sendAlerts(listingId);
  } catch (error) {
    console.error(`Saved-search alerts for listing ${listingId} failed: ${(error as Error).message}`);
    return 0;
  }
}

/**
 * The saved-search-alerts job: listings published in the last day get their alerts, in case the one
 * sent on publishing failed (or the listing's fair value arrived later). Each search hears about a
 * listing once (the notification's dedupe key), so running this again sends nothing new.
 */
export async function alertRecentListings({
  now,
  withinHours = 24,
  limit = 500,
}: { now?: Date; withinHours?: number; limit?: number } = {}): Promise<number> {
  const db = await getDb();
  const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const recent = await db
    .select({ id: listings.id })
    .from(listings)
    .where(
      and(
        offeredListingSql,
        eq(listings.saleFormat, "fixed_price"),
        lt(listings.askingPriceCents, listings.fairValueCents),
        gt(listings.publishedAt, sql`${at} - make_interval(hours => ${withinHours})`),
      ),
    )
    .orderBy(asc(listings.publishedAt))
    .limit(limit);
  let sent = 0;
  for (const { id } of recent) sent += await sendAlerts(id);
  return sent;
}

async function sendAlerts(listingId: number): Promise<number> {
  const db = await getDb();
  const [listing] = await db.select().from(listings).where(eq(listings.id, listingId));
  if (!listing || publicViewOf(listing) !== "offered" || listing.saleFormat !== "fixed_price") return 0;
  const fair = listing.fairValueCents;
  if (!fair || listing.askingPriceCents >= fair) return 0;
  const fits = await db
    .select({ fitsCategory: partFits.fitsCategory, fitsModel: partFits.fitsModel, fitsEra: partFits.fitsEra })
    .from(partFits)
    .where(eq(partFits.listingId, listingId));
  const searches = await db
    .select({
      id: savedSearches.id,
      userId: savedSearches.userId,
      name: savedSearches.name,
      query: savedSearches.query,
    })
    .from(savedSearches)
    .where(and(eq(savedSearches.alertUnderFairValue, true), ne(savedSearches.userId, listing.sellerId)));

  let sent = 0;
  for (const search of searches) {
    const { params } = normaliseSearchQuery(search.query);
    if (!matchesFilters({ ...listing, fits }, params)) continue;
    if (params.q && !(await matchesWords(listingId, params.q))) continue;
    const added = await db.transaction(async (tx) => {
      const fresh = await notify(tx, {
        userId: search.userId,
        kind: "saved_search_match",
        listingId,
        href: `/listings/${listingId}`,
        title: `Under fair value: ${listing.title}`,
        body: `A new listing matching your saved search “${search.name}” asks ${formatMoney(listing.askingPriceCents, listing.currency)}, under its fair value of about ${formatMoney(fair, listing.currency)}.`,
        dedupeKey: `saved-search:${search.id}:${listingId}`,
      });
      if (fresh)
        await tx
          .update(savedSearches)
          .set({ lastNotifiedAt: sql`now()` })
          .where(eq(savedSearches.id, search.id));
      return fresh;
    });
    if (added) sent++;
  }
  return sent;
}

async function matchesWords(listingId: number, q: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(
      and(
        eq(listings.id, listingId),
        sql`${listings.searchVector} @@ websearch_to_tsquery('simple', ${q.toLowerCase()})`,
      ),
    );
  return Boolean(row);
}
