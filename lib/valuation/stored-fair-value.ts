import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { listings } from "@/db/schema";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { findComparableSales } from "./comparables-query";
import { estimateValue } from "./estimate";

// Search shows a verdict on every card and sorts by "best deal", so each live listing keeps its
// fair value (for a US buyer, the reference market) in columns. It is written when a listing is
// saved or published and refreshed for all listings by `npm run valuation:refresh` (a scheduler
// can run it nightly, as new sales move the market). The listing page itself always asks the
// engine afresh, so the stored figure only ever steers browsing.

export type StoredFairValue = { lowCents: number; typicalCents: number; highCents: number };

/** The fair value of one listing's item as stored for search, or null when its attributes are incomplete. */
export async function fairValueForListing(
  listing: { attributes: unknown; country: string },
  now: Date,
  db?: Database,
): Promise<StoredFairValue | null> {
  const item = itemSchema.safeParse(listing.attributes);
  if (!item.success) return null;
  const comparables = await findComparableSales({ item: item.data, now }, db);
  const estimate = estimateValue({ item: item.data, currency: "USD", shipTo: { country: "US" }, itemCountry: listing.country, comparables, now });
  return estimate.fairValue;
}

/** Recomputes and stores the fair value of the given listings (all live ones when no ids are given). Returns how many were valued. */
export async function refreshStoredFairValues(options: { listingIds?: number[]; db?: Database; now?: Date } = {}): Promise<number> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const rows = await db
    .select({ id: listings.id, attributes: listings.attributes, country: listings.country })
    .from(listings)
    .where(
      options.listingIds
        ? inArray(listings.id, options.listingIds.length ? options.listingIds : [-1])
        : and(eq(listings.status, "live"), isNull(listings.deletedAt)),
    );
  let valued = 0;
  for (const row of rows) {
    const fair = await fairValueForListing(row, now, db);
    await db
      .update(listings)
      .set({
        fairValueLowCents: fair?.lowCents ?? null,
        fairValueCents: fair?.typicalCents ?? null,
        fairValueHighCents: fair?.highCents ?? null,
        valuedAt: fair ? now : null,
      })
      .where(eq(listings.id, row.id));
    if (fair) valued++;
  }
  return valued;
}
