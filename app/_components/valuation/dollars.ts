import { formatMoney } from "@/lib/money";

// Estimates are shown in whole dollars: cents on a fair value would claim a precision it lacks.
export const dollars = (cents: number) => formatMoney(cents, "USD", { cents: false });

/** "+$60" or "−$45", for a step's effect on the value. */
export const signedDollars = (cents: number) => `${cents >= 0 ? "+" : "−"}${dollars(Math.abs(cents))}`;

/** A ceiling stays a ceiling: "don't bid above" rounds down. */
export const dollarsAtMost = (cents: number) => dollars(Math.floor(cents / 100) * 100);
