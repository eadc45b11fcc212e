"use client";

import { useSyncExternalStore } from "react";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./display-currency.module.css";

// Prices as the visitor thinks of them: beside a listing's own price, the same amount in the currency
// they chose (kept in this browser), at the valuation's latest rates. The server and cached pages
// show only the listing's price; the figure beside it appears in the browser. Charges never change.

export const displayCurrencies = ["USD", "EUR", "GBP", "RUB"] as const;
export type DisplayCurrency = (typeof displayCurrencies)[number];
type Rates = { perUsd: Partial<Record<DisplayCurrency, number>>; ratesOn: string | null; sources: string[] };

const storageKey = "displayCurrency";
const changed = "display-currency-changed";

function subscribeChoice(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changed, onChange);
  };
}
function readChoice(): DisplayCurrency | null {
  const value = window.localStorage.getItem(storageKey);
  return (displayCurrencies as readonly string[]).includes(value ?? "") ? (value as DisplayCurrency) : null;
}

function useDisplayCurrency(): DisplayCurrency | null {
  return useSyncExternalStore(subscribeChoice, readChoice, () => null);
}

function chooseDisplayCurrency(currency: DisplayCurrency | null): void {
  if (currency) window.localStorage.setItem(storageKey, currency);
  else window.localStorage.removeItem(storageKey);
  window.dispatchEvent(new Event(changed));
}

// The rates are fetched once per page load, the first time a price needs them.
let rates: Rates | null = null;
let loading: Promise<void> | null = null;
const rateListeners = new Set<() => void>();
function subscribeRates(onChange: () => void) {
  rateListeners.add(onChange);
  loading ??= fetch("/api/rates")
    .then((response) => (response.ok ? (response.json() as Promise<Rates>) : null))
    .then((loaded) => {
      rates = loaded;
      rateListeners.forEach((listener) => listener());
    })
    .catch(() => undefined);
  return () => rateListeners.delete(onChange);
}
function useRates(enabled: boolean): Rates | null {
  return useSyncExternalStore(
    enabled ? subscribeRates : () => () => {},
    () => (enabled ? rates : null),
    () => null,
  );
}

/** `cents` of `from` in `to`, through the dollar; null without both rates. */
export function convertCents(
  cents: number,
  from: string,
  to: DisplayCurrency,
  perUsd: Rates["perUsd"],
): number | null {
  const fromRate = from === "USD" ? 1 : perUsd[from as DisplayCurrency];
  const toRate = to === "USD" ? 1 : perUsd[to];
  if (!fromRate || !toRate) return null;
  return Math.round((cents / fromRate) * toRate);
}

/** "≈ €312" beside a price in another currency, once the visitor has chosen one; nothing otherwise. */
export function AlsoInYourCurrency({ cents, currency }: { cents: number; currency: string }) {
  const chosen = useDisplayCurrency();
  const wanted = chosen !== null && chosen !== currency;
  const loaded = useRates(wanted);
  if (!wanted || !loaded) return null;
  const converted = convertCents(cents, currency, chosen, loaded.perUsd);
  if (converted === null) return null;
  // Whole units: an estimate at a day's rate has no business showing kopecks.
  const rounded = Math.round(converted / 100) * 100;
  return (
    <span
      className={styles.also}
      title={`At the rate of ${loaded.ratesOn ?? "the latest day on record"}; you pay in ${currency}.`}
      data-testid="also-in-your-currency"
    >
      {" "}
      ≈ {formatMoney(rounded, chosen, { cents: false })}
    </span>
  );
}

/** The footer's choice: show prices also in one currency, or only as listed. */
export function DisplayCurrencyPicker() {
  const chosen = useDisplayCurrency();
  return (
    <p className={styles.picker}>
      <label htmlFor="display-currency">Also show prices in</label>{" "}
      <select
        id="display-currency"
        value={chosen ?? ""}
        onChange={(event) => chooseDisplayCurrency((event.target.value || null) as DisplayCurrency | null)}
      >
        <option value="">Only the listing&apos;s currency</option>
        {displayCurrencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </select>{" "}
      <span className={styles.note}>
        A guide at the latest rate: you always pay in the listing&apos;s currency.
      </span>
    </p>
  );
}
