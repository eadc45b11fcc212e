import { and, desc, eq, gte, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { exchangeRates, soldItems } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import { rateOn, toUsd, type ExchangeRate } from "./currency";
import type { Comparable } from "./engine/types";

// The valuation's database reads and writes: comparable sales and the dated exchange-rate table.
// The engine (./engine) is pure and is handed what these load. No "server-only" guard: the
// command-line tools use them too.

const lookbackYears = 6;
const maxCandidates = 300;

/**
 * The comparables query itself: the newest sales of the item's segment (category, and its era, model,
 * toy or part type) in the lookback window, with only the columns a comparable is made of. Exported so
 * a test can EXPLAIN exactly what valuations run.
 */
export function comparablesQuery(db: Database, item: Item, now: Date) {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - lookbackYears);
  const filters: SQL[] = [eq(soldItems.category, item.category), gte(soldItems.soldAt, since)];
  // Each narrowing has an index that ends in newest-first (db/schema/market.ts), so the newest 300 of a
  // million sales are read off it in order. The toy and part indexes hold only their category's rows:
  // the category is written literally there so the planner can match their predicate.
  if (item.category === "pedal_car" && item.era !== "unknown") filters.push(eq(soldItems.era, item.era));
  if (item.category === "classic_car") filters.push(eq(soldItems.model, item.model));
  if (item.category === "toy")
    filters.push(sql`${soldItems.category} = 'toy' and ${soldItems.attributes}->>'toy' = ${item.toy}`);
  if (item.category === "part")
    filters.push(
      sql`${soldItems.category} = 'part' and ${soldItems.attributes}->>'partType' = ${item.partType}`,
    );
  return db
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
}

/**
 * Sold items that could be comparables for this item, priced in US cents: a sale in another currency
 * is converted at the rates of its sale date (the latest on or before it), and one with no rate that
 * early is left out. Each keeps its origin, source and price as sold. The engine weighs them.
 */
// No "server-only" guard: the seed script (plain Node) stores fair values through it too.
export async function findComparableSales(
  input: { item: Item; now: Date; rates?: readonly ExchangeRate[] },
  database?: Database,
): Promise<Comparable[]> {
  const db = database ?? (await getDb());
  const rows = await comparablesQuery(db, input.item, input.now);

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
      ...(row.currency !== "USD"
        ? { originalPriceCents: row.soldPriceCents, originalCurrency: row.currency }
        : {}),
    });
  }
  return sales;
}

// The dated exchange-rate table: small (a row per currency per day refreshed), so a valuation reads it whole.

export async function loadExchangeRates(database?: Database): Promise<ExchangeRate[]> {
  const db = database ?? (await getDb());
  const rows = await db
    .select({
      currency: exchangeRates.currency,
      ratesOn: exchangeRates.ratesOn,
      perUsd: exchangeRates.perUsd,
      source: exchangeRates.source,
    })
    .from(exchangeRates);
  return rows.map((r) => ({ ...r, perUsd: Number(r.perUsd) }));
}

/** Stores rates; a rate already kept for that currency and day is replaced. Returns how many were written. */
export async function saveExchangeRates(
  rates: readonly ExchangeRate[],
  database?: Database,
): Promise<number> {
  if (rates.length === 0) return 0;
  const db = database ?? (await getDb());
  await db
    .insert(exchangeRates)
    .values(
      rates.map((r) => ({
        currency: r.currency,
        ratesOn: r.ratesOn,
        perUsd: String(r.perUsd),
        source: r.source,
      })),
    )
    .onConflictDoUpdate({
      target: [exchangeRates.currency, exchangeRates.ratesOn],
      set: { perUsd: sql`excluded.per_usd`, source: sql`excluded.source`, updatedAt: sql`now()` },
    });
  return rates.length;
}
