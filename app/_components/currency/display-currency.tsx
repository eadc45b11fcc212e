"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./display-currency.module.css";

// Prices as the visitor thinks of them: beside a listing's own price, the same amount in the currency
// they chose (kept in this browser), at the valuation's latest rates. The server and cached pages
// show only the listing's price; the figure beside it appears in the browser. Charges never change.
// A visitor reading in Russian who has not chosen sees roubles; choosing "only the listing's
// currency" is kept too, so that default does not come back.

export const displayCurrencies = ["USD", "EUR", "GBP", "RUB"] as const;
export type DisplayCurrency = (typeof displayCurrencies)[number];
type Rates = { perUsd: Partial<Record<DisplayCurrency, number>>; ratesOn: string | null; sources: string[] };

const storageKey = "displayCurrency";
const onlyListed = "none";
const defaultFor: Record<string, DisplayCurrency> = { ru: "RUB" };
const changed = "display-currency-changed";

function subscribeChoice(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changed, onChange);
  };
}
type Choice = DisplayCurrency | typeof onlyListed;
function readChoice(): Choice | null {
  const value = window.localStorage.getItem(storageKey);
  if (value === onlyListed) return onlyListed;
  return (displayCurrencies as readonly string[]).includes(value ?? "") ? (value as DisplayCurrency) : null;
}

/** The currency to show prices in as well: the visitor's choice, else their language's default. */
function useDisplayCurrency(): DisplayCurrency | null {
  const choice = useSyncExternalStore(subscribeChoice, readChoice, () => null);
  const locale = useLocale();
  if (choice === onlyListed) return null;
  return choice ?? defaultFor[locale] ?? null;
}

function chooseDisplayCurrency(currency: DisplayCurrency | null): void {
  window.localStorage.setItem(storageKey, currency ?? onlyListed);
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
  const locale = useLocale();
  const t = useTranslations("Currency");
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
      title={t("rateTitle", { date: loaded.ratesOn ?? t("latestDay"), currency })}
      data-testid="also-in-your-currency"
    >
      {" "}
      ≈ {formatMoney(rounded, chosen, { cents: false, locale })}
    </span>
  );
}

/** The footer's choice: show prices also in one currency, or only as listed. */
export function DisplayCurrencyPicker() {
  const chosen = useDisplayCurrency();
  const t = useTranslations("Currency");
  return (
    <p className={styles.picker}>
      <label htmlFor="display-currency">{t("alsoShow")}</label>{" "}
      <select
        id="display-currency"
        value={chosen ?? ""}
        onChange={(event) => chooseDisplayCurrency((event.target.value || null) as DisplayCurrency | null)}
      >
        <option value="">{t("onlyListing")}</option>
        {displayCurrencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </select>{" "}
      <span className={styles.note}>{t("note")}</span>
    </p>
  );
}
