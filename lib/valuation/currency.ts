// Currencies a valuation can answer in. The rules value in US dollars; the answer, and any sale
// recorded in another currency, is converted at a dated rate: the latest on or before the day the
// conversion is for. Pure: the rates are passed in (the database keeps them).

export const valuationCurrencies = ["USD", "EUR", "GBP", "RUB"] as const;
export type ValuationCurrency = (typeof valuationCurrencies)[number];

/** Units of `currency` per US dollar on `ratesOn` (YYYY-MM-DD), and where the figure comes from. */
export type ExchangeRate = { currency: string; ratesOn: string; perUsd: number; source: string };

/** What an answer says about its conversion. USD needs none: perUsd 1, no date. */
export type RateUsed = { currency: string; perUsd: number; date: string | null; source: string };

const noConversion: RateUsed = {
  currency: "USD",
  perUsd: 1,
  date: null,
  source: "US dollars: no conversion",
};

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The latest rate for `currency` dated on or before `at`, or null when the table has none that early. */
export function rateOn(rates: readonly ExchangeRate[], currency: string, at: Date): RateUsed | null {
  if (currency === "USD") return noConversion;
  const until = day(at);
  let best: ExchangeRate | undefined;
  for (const rate of rates) {
    if (rate.currency !== currency || rate.ratesOn > until) continue;
    if (!best || rate.ratesOn > best.ratesOn) best = rate;
  }
  return best ? { currency, perUsd: best.perUsd, date: best.ratesOn, source: best.source } : null;
}

/** Dollars (in cents) to the rate's currency, in its minor units, rounded to the nearest. */
export const fromUsd = (usdCents: number, rate: Pick<RateUsed, "perUsd">): number =>
  Math.round(usdCents * rate.perUsd);

/** An amount in the rate's currency (minor units) to US cents, rounded to the nearest. */
export const toUsd = (cents: number, rate: Pick<RateUsed, "perUsd">): number =>
  Math.round(cents / rate.perUsd);
