import { and, desc, eq, gte, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { soldItems } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import { rateOn, toUsd, type ExchangeRate } from "./currency";
import { loadExchangeRates } from "./exchange-rates";
import type { Comparable } from "./types";

const lookbackYears = 6;
const maxCandidates = 300;

/**
 * Sold items that could be comparables for this item, priced in US cents: a sale in another currency
 * is converted at the rates of its sale date (the latest on or before it), and one with no rate that
 * early is left out. Each keeps its origin, source and price as sold. The engine weighs them.
 */
// No "server-only" guard: the seed script (plain Node) stores fair values through it too.
export async function findComparableSales(input: { item: Item; now: Date; rates?: readonly ExchangeRate[] }, database?: Database): Promise<Comparable[]> {
  const { item, now } = input;
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - lookbackYears);
  const filters: SQL[] = [eq(soldItems.category, item.category), gte(soldItems.soldAt, since)];
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
      currency: soldItems.currency,
      soldAt: soldItems.soldAt,
      attributes: soldItems.attributes,
      country: soldItems.country,
      url: soldItems.url,
      listingId: soldItems.listingId,
      origin: soldItems.origin,
      sourceName: soldItems.sourceName,
    })
    .from(soldItems)
    .where(and(...filters))
    .orderBy(desc(soldItems.soldAt))
    .limit(maxCandidates);

  const needsRates = rows.some((r) => r.currency !== "USD");
  const rates = input.rates ?? (needsRates ? await loadExchangeRates(db) : []);
  const sales: Comparable[] = [];
  for (const row of rows) {
    const rate = rateOn(rates, row.currency, row.soldAt);
    if (!rate) continue;
    sales.push({
      title: row.title,
      soldPriceCents: row.currency === "USD" ? row.soldPriceCents : toUsd(row.soldPriceCents, rate),
      soldAt: row.soldAt,
      item: row.attributes,
      country: row.country,
      url: row.url ?? (row.listingId ? `/listings/${row.listingId}` : undefined),
      origin: row.origin,
      ...(row.sourceName ? { sourceName: row.sourceName } : {}),
      ...(row.currency !== "USD" ? { originalPriceCents: row.soldPriceCents, originalCurrency: row.currency } : {}),
    });
  }
  return sales;
}
