import { formatMoney } from "@/lib/kernel/money";

// Estimates are shown in whole units: cents on a fair value would claim a precision it lacks.
// In US dollars unless a currency is given (an answer in EUR, GBP or RUB).
// `locale` writes them the reader's way ("1 250 $" on a Russian page).
export const dollars = (cents: number, currency = "USD", locale?: string) =>
  formatMoney(cents, currency, { cents: false, locale });

/** "+$60" or "−$45", for a step's effect on the value. */
export const signedDollars = (cents: number, currency = "USD", locale?: string) =>
  `${cents >= 0 ? "+" : "−"}${dollars(Math.abs(cents), currency, locale)}`;

/** A ceiling stays a ceiling: "don't bid above" rounds down. */
export const dollarsAtMost = (cents: number, currency = "USD", locale?: string) =>
  dollars(Math.floor(cents / 100) * 100, currency, locale);
