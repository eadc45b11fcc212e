import type { Item, PartFit, PartItem } from "@/lib/catalogue/item-schemas";
import { partConditions } from "@/lib/catalogue/item-schemas";
import { toyConditions } from "@/lib/catalogue/vocabulary";
import type { Comparable, UsedComparable } from "./types";

// How much each sale tells us about this item: similar items and recent sales count most, outliers
// not at all. The weights are ours; the recorded sales are the market's.

const halfLifeMonths = 18;
const monthMs = 30.44 * 24 * 60 * 60 * 1000;
/** Sales weighing less than this (very different or very old) are left out. */
const minWeight = 0.02;
/** At most this many comparables are shown. */
const shownComparables = 8;

function rankDistance<T extends string | number>(order: readonly T[], a: T, b: T): number {
  return Math.abs(order.indexOf(a) - order.indexOf(b));
}
const near = (distance: number, step: number) => Math.max(0.2, 1 - step * distance);
const same = <T>(a: T, b: T, otherwise: number) => (a === b ? 1 : otherwise);

function fitsMatch(a: PartFit, b: PartFit): boolean {
  return (
    a.category === b.category &&
    (a.model === undefined || b.model === undefined || a.model === b.model) &&
    (a.era === undefined || b.era === undefined || a.era === b.era)
  );
}
/** 1 when some fit matches exactly, 0.6 when they share a category (pedal car, car, toy), 0.3 otherwise. */
function fitsOverlap(a: PartItem, b: PartItem): number {
  if (a.fits.some((fa) => b.fits.some((fb) => fitsMatch(fa, fb)))) return 1;
  return a.fits.some((fa) => b.fits.some((fb) => fa.category === fb.category)) ? 0.6 : 0.3;
}

/** 0 (nothing alike) to 1 (the same description). */
export function similarity(subject: Item, other: Item): number {
  if (subject.category === "pedal_car" && other.category === "pedal_car") {
    const era =
      subject.era === other.era ? 1 : subject.era === "unknown" || other.era === "unknown" ? 0.7 : 0.4;
    return (
      era *
      near(rankDistance(toyConditions, subject.condition, other.condition), 0.2) *
      same(subject.plate, other.plate, 0.85) *
      same(subject.customVersion, other.customVersion, 0.5) *
      same(subject.restored, other.restored, 0.85) *
      same(subject.windscreen, other.windscreen, 0.85) *
      same(subject.steeringWheel, other.steeringWheel, 0.85)
    );
  }
  if (subject.category === "classic_car" && other.category === "classic_car") {
    if (subject.model !== other.model) return 0;
    return (
      same(subject.body, other.body, 0.6) *
      near(Math.abs(subject.conditionGrade - other.conditionGrade), 0.25) *
      same(subject.exportVersion, other.exportVersion, 0.8) *
      same(subject.originality, other.originality, 0.85)
    );
  }
  if (subject.category === "toy" && other.category === "toy") {
    return (
      same(subject.toy, other.toy, 0.3) *
      near(rankDistance(toyConditions, subject.condition, other.condition), 0.2) *
      same(subject.plate, other.plate, 0.85)
    );
  }
  if (subject.category === "part" && other.category === "part") {
    if (subject.partType !== other.partType) return 0;
    return (
      fitsOverlap(subject, other) *
      same(subject.source, other.source, 0.7) *
      near(rankDistance(partConditions, subject.condition, other.condition), 0.2)
    );
  }
  return 0;
}

/** Halves every 18 months: a sale from three years ago counts a quarter as much as one today. */
export function recencyWeight(soldAt: Date, now: Date): number {
  const ageMonths = Math.max(0, (now.getTime() - soldAt.getTime()) / monthMs);
  return 0.5 ** (ageMonths / halfLifeMonths);
}

export type WeighedSale = Comparable & { weight: number; adjustedCents: number };
export type MarketReading = {
  kept: WeighedSale[];
  marketCents: number | null;
  totalWeight: number;
  outliers: number;
};

function weightedMedian(values: { cents: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.cents - b.cents);
  const half = sorted.reduce((sum, v) => sum + v.weight, 0) / 2;
  let running = 0;
  for (const value of sorted) {
    running += value.weight;
    if (running >= half) return value.cents;
  }
  return sorted.at(-1)?.cents ?? 0;
}

/**
 * Each sale's price is first scaled to this item by the ratio of the rules' values (a good car's
 * sale says what an excellent one fetches), then weighed by similarity × recency. Outliers go: a
 * scaled price more than 2.5 times off the weighted median, or more than three robust deviations
 * (1.4826 × median absolute deviation, at least 10% of the median) from it.
 */
export function weighSales(input: {
  subject: Item;
  subjectRulesCents: number;
  sales: readonly Comparable[];
  now: Date;
  rulesValueOf: (item: Item) => number;
}): MarketReading {
  const weighed: WeighedSale[] = [];
  for (const sale of input.sales) {
    if (!Number.isFinite(sale.soldPriceCents) || sale.soldPriceCents <= 0) continue;
    const weight = similarity(input.subject, sale.item) * recencyWeight(sale.soldAt, input.now);
    if (weight < minWeight) continue;
    const ratio = input.subjectRulesCents / Math.max(1, input.rulesValueOf(sale.item));
    // Built field by field: spreading hundreds of differently shaped rows was most of the engine's time.
    weighed.push({
      title: sale.title,
      soldPriceCents: sale.soldPriceCents,
      soldAt: sale.soldAt,
      item: sale.item,
      country: sale.country,
      url: sale.url,
      origin: sale.origin,
      sourceName: sale.sourceName,
      originalPriceCents: sale.originalPriceCents,
      originalCurrency: sale.originalCurrency,
      weight,
      adjustedCents: Math.round(sale.soldPriceCents * ratio),
    });
  }
  if (weighed.length === 0) return { kept: [], marketCents: null, totalWeight: 0, outliers: 0 };
  const median = weightedMedian(weighed.map((s) => ({ cents: s.adjustedCents, weight: s.weight })));
  const deviation = weightedMedian(
    weighed.map((s) => ({ cents: Math.abs(s.adjustedCents - median), weight: s.weight })),
  );
  const spread = Math.max(deviation * 1.4826, median * 0.1);
  const kept = weighed.filter(
    (s) =>
      s.adjustedCents <= median * 2.5 &&
      s.adjustedCents >= median / 2.5 &&
      Math.abs(s.adjustedCents - median) <= 3 * spread,
  );
  // Sorted before summing, ties broken by date, title and price, so nothing depends on the input's order.
  kept.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.soldAt.getTime() - a.soldAt.getTime() ||
      a.title.localeCompare(b.title) ||
      a.soldPriceCents - b.soldPriceCents,
  );
  const totalWeight = kept.reduce((sum, s) => sum + s.weight, 0);
  const marketCents = Math.round(kept.reduce((sum, s) => sum + s.adjustedCents * s.weight, 0) / totalWeight);
  return { kept, marketCents, totalWeight, outliers: weighed.length - kept.length };
}

/**
 * The market's share of the estimate: half once the kept sales weigh as much as two identical sales
 * from today, growing with more, never above 85%. Parts lean on sales sooner (half at one), up to 90%,
 * because their rules are only a fallback.
 */
export function marketShare(totalWeight: number, category: Item["category"]): number {
  const halfAt = category === "part" ? 1 : 2;
  const cap = category === "part" ? 0.9 : 0.85;
  return Math.min(cap, totalWeight / (totalWeight + halfAt));
}

function sinceWords(kept: readonly WeighedSale[], now: Date): string {
  const oldestMonths = Math.max(...kept.map((s) => (now.getTime() - s.soldAt.getTime()) / monthMs));
  if (oldestMonths <= 12)
    return `in the last ${Math.max(1, Math.ceil(oldestMonths))} month${Math.ceil(oldestMonths) > 1 ? "s" : ""}`;
  return `in the last ${Math.ceil(oldestMonths / 12)} years`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Demo sales are generated for the demo and are not market evidence: they may shape the demo's
 * numbers (they weigh like any sale, so the demo behaves like a market), but every sentence that
 * counts sales says how many are demo.
 */
function salesWords(kept: readonly WeighedSale[]): string {
  const demo = kept.filter((s) => s.origin === "demo").length;
  const recorded = kept.length - demo;
  const demoWords = `${plural(demo, "demo sale")} (synthetic, not market evidence)`;
  if (demo === 0)
    return `${recorded} ${kept.every((s) => s.weight >= 0.5) ? "close " : ""}sale${recorded === 1 ? "" : "s"}`;
  if (recorded === 0) return demoWords;
  return `${plural(recorded, "recorded sale")} and ${demoWords}`;
}

/** "6 close sales in the last 7 months carry 75% of this estimate; ..."; demo sales are named as such. */
export function describeMarketShare(
  kept: readonly WeighedSale[],
  share: number,
  marketCents: number,
  now: Date,
  dropped: number,
): string {
  const money = `$${Math.round(marketCents / 100).toLocaleString("en-US")}`;
  const outliers =
    dropped > 0
      ? ` ${dropped} sale${dropped === 1 ? "" : "s"} too far from the rest ${dropped === 1 ? "was" : "were"} left out.`
      : "";
  const verb = kept.length === 1 ? "carries" : "carry";
  return `${salesWords(kept)} ${sinceWords(kept, now)} ${verb} ${Math.round(share * 100)}% of this estimate; scaled to this item they point to ${money}.${outliers}`;
}

/** Where the comparables come from, by origin: the marketplace, named public sources, the demo. */
export function marketSourceFor(kept: readonly Pick<WeighedSale, "origin" | "sourceName">[]): string {
  const parts: string[] = [];
  const here = kept.filter((s) => s.origin === "marketplace" || s.origin === undefined).length;
  if (here > 0) parts.push(`${plural(here, "sale")} recorded on this marketplace`);
  const bySource = new Map<string, number>();
  for (const s of kept)
    if (s.origin === "imported")
      bySource.set(
        s.sourceName ?? "a public source",
        (bySource.get(s.sourceName ?? "a public source") ?? 0) + 1,
      );
  for (const [name, n] of [...bySource].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    parts.push(`${plural(n, "result")} imported from ${name}`);
  const demo = kept.filter((s) => s.origin === "demo").length;
  if (demo > 0)
    parts.push(`${plural(demo, "demo sale")} generated for the demo (synthetic, not market evidence)`);
  if (parts.length === 0)
    return "Sales recorded on this marketplace and results imported from named public sources";
  return `${parts.join("; ")}; weighted by likeness and age`;
}

export function usedComparables(kept: readonly WeighedSale[]): UsedComparable[] {
  return kept.slice(0, shownComparables).map((s) => ({
    title: s.title,
    soldPriceCents: s.soldPriceCents,
    soldAt: s.soldAt,
    ...(s.url !== undefined ? { url: s.url } : {}),
    weight: Math.round(s.weight * 1000) / 1000,
    ...(s.origin !== undefined ? { origin: s.origin } : {}),
    ...(s.sourceName !== undefined ? { sourceName: s.sourceName } : {}),
    ...(s.originalCurrency !== undefined
      ? { originalPriceCents: s.originalPriceCents, originalCurrency: s.originalCurrency }
      : {}),
  }));
}
