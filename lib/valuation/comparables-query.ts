import { and, desc, eq, gte, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { soldItems } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import type { Comparable } from "./types";

const lookbackYears = 6;
const maxCandidates = 300;

/** Sold items that could be comparables for this item; the engine weighs them by similarity and age. */
// No "server-only" guard: the seed script (plain Node) stores fair values through it too.
export async function findComparableSales(input: { item: Item; now: Date }, database?: Database): Promise<Comparable[]> {
  const { item, now } = input;
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - lookbackYears);
  const filters: SQL[] = [eq(soldItems.category, item.category), gte(soldItems.soldAt, since), eq(soldItems.currency, "USD")];
  // Narrow by what the indexes cover, so a catalogue of 100,000 sales still answers at once.
  if (item.category === "pedal_car" && item.era !== "unknown") filters.push(eq(soldItems.era, item.era));
  if (item.category === "classic_car") filters.push(eq(soldItems.model, item.model));
  if (item.category === "toy") filters.push(sql`${soldItems.attributes}->>'toy' = ${item.toy}`);
  if (item.category === "part") filters.push(sql`${soldItems.attributes}->>'partType' = ${item.partType}`);

  const db = database ?? (await getDb());
  const rows = await db
    .select({
      title: soldItems.title,
      soldPriceCents: soldItems.soldPriceCents,
      soldAt: soldItems.soldAt,
      attributes: soldItems.attributes,
      country: soldItems.country,
      url: soldItems.url,
      listingId: soldItems.listingId,
    })
    .from(soldItems)
    .where(and(...filters))
    .orderBy(desc(soldItems.soldAt))
    .limit(maxCandidates);

  return rows.map((row) => ({
    title: row.title,
    soldPriceCents: row.soldPriceCents,
    soldAt: row.soldAt,
    item: row.attributes,
    country: row.country,
    url: row.url ?? (row.listingId ? `/listings/${row.listingId}` : undefined),
  }));
}
