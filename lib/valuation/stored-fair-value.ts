import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { listings } from "@/db/schema";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { findComparableSales, loadExchangeRates } from "./queries";
import { fromUsd, rateOn, type ExchangeRate } from "./currency";
import { estimateValue } from "./engine/estimate";

// Search shows a verdict on every card and sorts by "best deal", so each live listing keeps its
// fair value (for a US buyer, the reference market) in columns, in the listing's own currency
// (converted from the rules' dollars at the latest rates on or before the valuation). It is written when a listing is
// saved or published and refreshed for all listings by `npm run valuation:refresh` (a scheduler
// can run it nightly, as new sales move the market). The listing page itself always asks the
// engine afresh, so the stored figure only ever steers browsing.

export type StoredFairValue = { lowCents: number; typicalCents: number; highCents: number };

/** The fair value of one listing's item as stored for search, in its currency, or null when its attributes are incomplete (or no rate is on record). */
export async function fairValueForListing(
  listing: { attributes: unknown; country: string; currency?: string },
  now: Date,
  db?: Database,
  rates?: readonly ExchangeRate[],
): Promise<StoredFairValue | null> {
  const item = itemSchema.safeParse(listing.attributes);
  if (!item.success) return null;
  const table = rates ?? (await loadExchangeRates(db));
  const rate = rateOn(table, listing.currency ?? "USD", now);
  if (!rate) return null;
  const comparables = await findComparableSales({ item: item.data, now, rates: table }, db);
  const { fairValue } = estimateValue({
    item: item.data,
    currency: "USD",
    shipTo: { country: "US" },
    itemCountry: listing.country,
    comparables,
    now,
  });
  return {
    lowCents: fromUsd(fairValue.lowCents, rate),
    typicalCents: fromUsd(fairValue.typicalCents, rate),
    highCents: fromUsd(fairValue.highCents, rate),
  };
}

/** Recomputes and stores the fair value of the given listings (all live ones when no ids are given). Returns how many were valued. */
export async function refreshStoredFairValues(
  options: { listingIds?: number[]; db?: Database; now?: Date } = {},
): Promise<number> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const rows = await db
    .select({
      id: listings.id,
      attributes: listings.attributes,
      country: listings.country,
      currency: listings.currency,
    })
    .from(listings)
    .where(
      options.listingIds
        ? inArray(listings.id, options.listingIds.length ? options.listingIds : [-1])
        : and(eq(listings.status, "live"), isNull(listings.deletedAt)),
    );
  const rates = await loadExchangeRates(db);
  let valued = 0;
  for (const row of rows) {
    const fair = await fairValueForListing(row, now, db, rates);
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
