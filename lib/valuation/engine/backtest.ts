import type { Category } from "@/lib/catalogue/vocabulary";
import { estimateValue } from "./estimate";
import type { Comparable } from "./types";

// The valuation's own accuracy, measured the only honest way: each recorded sale is valued from the
// sales before it (a time-ordered hold-out, so no sale ever sees itself or the future), and the
// estimate is compared with what it really fetched. Demo sales are neither tested nor used.

export type BacktestSale = Comparable & { origin: NonNullable<Comparable["origin"]> };

export type SaleCheck = {
  title: string;
  category: Category;
  priceCents: number;
  typicalCents: number;
  lowCents: number;
  highCents: number;
  absoluteError: number;
  inside: boolean;
};

export type CategoryAccuracy = {
  category: Category;
  sampleSize: number;
  demoSales: number;
  /** Median of |estimate − price| / price, 0.1234 = 12.34%; null without a sample. */
  medianAbsoluteError: number | null;
  /** Share of prices inside the stated low–high range, 0 to 1; null without a sample. */
  insideRangeShare: number | null;
};

const lookbackMs = 6 * 365.25 * 86_400_000;

/** Values each non-demo sale from the non-demo sales of its category strictly before it. */
export function checkSales(sales: readonly BacktestSale[]): SaleCheck[] {
  const recorded = sales
    .filter((s) => s.origin !== "demo")
    .sort((a, b) => a.soldAt.getTime() - b.soldAt.getTime() || a.title.localeCompare(b.title));
  return recorded.map((sale) => {
    const before = recorded.filter(
      (s) =>
        s.item.category === sale.item.category &&
        s.soldAt < sale.soldAt &&
        sale.soldAt.getTime() - s.soldAt.getTime() <= lookbackMs,
    );
    const { fairValue } = estimateValue({
      item: sale.item,
      comparables: before,
      itemCountry: sale.country,
      now: sale.soldAt,
    });
    return {
      title: sale.title,
      category: sale.item.category,
      priceCents: sale.soldPriceCents,
      typicalCents: fairValue.typicalCents,
      lowCents: fairValue.lowCents,
      highCents: fairValue.highCents,
      absoluteError: Math.abs(fairValue.typicalCents - sale.soldPriceCents) / sale.soldPriceCents,
      inside: sale.soldPriceCents >= fairValue.lowCents && sale.soldPriceCents <= fairValue.highCents,
    };
  });
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per category: sample size, demo sales left out, median absolute percentage error and the share inside the range. */
export function summariseChecks(
  checks: readonly SaleCheck[],
  demoSalesByCategory: Partial<Record<Category, number>>,
  categories: readonly Category[],
): CategoryAccuracy[] {
  return categories.map((category) => {
    const mine = checks.filter((c) => c.category === category);
    return {
      category,
      sampleSize: mine.length,
      demoSales: demoSalesByCategory[category] ?? 0,
      medianAbsoluteError: median(mine.map((c) => c.absoluteError)),
      insideRangeShare: mine.length ? mine.filter((c) => c.inside).length / mine.length : null,
    };
  });
}
