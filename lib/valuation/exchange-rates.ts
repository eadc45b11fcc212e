import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { exchangeRates } from "@/db/schema";
import type { ExchangeRate } from "./currency";

// The dated exchange-rate table in the database. Small (a row per currency per day refreshed), so
// a valuation reads it whole. No "server-only" guard: the command-line tools use it too.

export async function loadExchangeRates(database?: Database): Promise<ExchangeRate[]> {
  const db = database ?? (await getDb());
  const rows = await db.select({ currency: exchangeRates.currency, ratesOn: exchangeRates.ratesOn, perUsd: exchangeRates.perUsd, source: exchangeRates.source }).from(exchangeRates);
  return rows.map((r) => ({ ...r, perUsd: Number(r.perUsd) }));
}

/** Stores rates; a rate already kept for that currency and day is replaced. Returns how many were written. */
export async function saveExchangeRates(rates: readonly ExchangeRate[], database?: Database): Promise<number> {
  if (rates.length === 0) return 0;
  const db = database ?? (await getDb());
  await db
    .insert(exchangeRates)
    .values(rates.map((r) => ({ currency: r.currency, ratesOn: r.ratesOn, perUsd: String(r.perUsd), source: r.source })))
    .onConflictDoUpdate({
      target: [exchangeRates.currency, exchangeRates.ratesOn],
      set: { perUsd: sql`excluded.per_usd`, source: sql`excluded.source`, updatedAt: sql`now()` },
    });
  return rates.length;
}
