import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/kernel/cache";
import { rateOn, valuationCurrencies, type ValuationCurrency } from "./currency";
import { loadExchangeRates } from "./queries";

// The rates a visitor's browser uses to show prices in their own currency beside the listing's:
// the valuation's own dated table, the latest rate of each currency. A display only; every charge
// is in the listing's currency.

export type DisplayRates = {
  /** Units of each currency per US dollar; a currency without a rate on record is absent. */
  perUsd: Partial<Record<ValuationCurrency, number>>;
  /** The oldest of the dates the rates are from, and where they come from. */
  ratesOn: string | null;
  sources: string[];
};

async function readDisplayRates(): Promise<DisplayRates> {
  const rates = await loadExchangeRates();
  const now = new Date();
  const perUsd: DisplayRates["perUsd"] = {};
  const days: string[] = [];
  const sources = new Set<string>();
  for (const currency of valuationCurrencies) {
    const rate = rateOn(rates, currency, now);
    if (!rate) continue;
    perUsd[currency] = rate.perUsd;
    if (rate.date) days.push(rate.date);
    if (currency !== "USD") sources.add(rate.source);
  }
  return { perUsd, ratesOn: days.sort()[0] ?? null, sources: [...sources] };
}

/** Cached with the valuations: a rate refresh expires them together. */
export const getDisplayRates = unstable_cache(readDisplayRates, ["display-rates"], {
  tags: [cacheTags.valuations],
  revalidate: 3600,
});
