import type { SaleOrigin } from "@/lib/valuation/engine/types";

// A segment's market report from its sales and ended auctions: pure, no database, no clock (the
// moment the report is made for is passed in). Prices arrive already in US cents, converted at each
// sale's dated rate by the queries.

/** Fewer sales than this in either 12-month window and the two medians are not compared. */
export const minSalesToCompare = 5;
/** Calendar quarters a report shows, the current one last: three years. */
export const quartersShown = 12;

export type ReportSale = {
  priceUsdCents: number;
  soldAt: Date;
  origin: SaleOrigin;
  sourceName: string | null;
  /** Days from the listing's publishing to the sale, for sales made here where both are known. */
  daysToSell: number | null;
};

export type EndedAuction = { closedAt: Date; sold: boolean };

/**
 * The p-th percentile (0 to 1) by linear interpolation between the closest ranks (the method of
 * spreadsheets' PERCENTILE.INC): position p × (n − 1) in the sorted values. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const median = (values: readonly number[]): number | null => percentile(values, 0.5);

const roundOrNull = (value: number | null) => (value === null ? null : Math.round(value));

/** A calendar quarter in UTC: "2026-Q1" runs from 1 January to 31 March. */
export type Quarter = { name: string; from: Date; until: Date };

export function quarterOf(at: Date): Quarter {
  const year = at.getUTCFullYear();
  const index = Math.floor(at.getUTCMonth() / 3);
  return {
    name: `${year}-Q${index + 1}`,
    from: new Date(Date.UTC(year, index * 3, 1)),
    until: new Date(Date.UTC(year, index * 3 + 3, 1)),
  };
}

/** The `count` quarters up to and including the one `now` is in, oldest first. */
export function recentQuarters(now: Date, count = quartersShown): Quarter[] {
  const current = quarterOf(now);
  return Array.from({ length: count }, (_, n) => {
    const back = count - 1 - n;
    return quarterOf(
      new Date(Date.UTC(current.from.getUTCFullYear(), current.from.getUTCMonth() - back * 3, 1)),
    );
  });
}

const monthsBefore = (at: Date, months: number) => {
  const out = new Date(at);
  out.setUTCMonth(out.getUTCMonth() - months);
  return out;
};

/** Ended auctions that sold ÷ all ended auctions (reserve not met and no bids count as not sold), in percent. */
export function sellThrough(auctions: readonly EndedAuction[]): {
  ended: number;
  sold: number;
  percent: number | null;
} {
  const sold = auctions.filter((a) => a.sold).length;
  return {
    ended: auctions.length,
    sold,
    percent: auctions.length ? Math.round((sold / auctions.length) * 100) : null,
  };
}

export type WhatMoved = {
  /** "Median up 12% on 34 sales (was 29)", or why there is no comparison. */
  text: string;
  /** The change of the median in whole percent; null when there were too few sales to compare. */
  changePercent: number | null;
};

/**
 * The last 12 months' median against the 12 months before, with the number of sales in each; below
 * `minimum` sales in either window a change would be noise, so it is not given.
 */
export function whatMoved(
  current: { sales: number; medianCents: number | null },
  previous: { sales: number; medianCents: number | null },
  minimum = minSalesToCompare,
): WhatMoved {
  const plural = (n: number) => `${n} sale${n === 1 ? "" : "s"}`;
  if (
    current.sales < minimum ||
    previous.sales < minimum ||
    current.medianCents === null ||
    !previous.medianCents
  )
    return {
      text: `Too few sales to compare (${current.sales} in the last 12 months, ${previous.sales} before)`,
      changePercent: null,
    };
  const change = Math.round(((current.medianCents - previous.medianCents) / previous.medianCents) * 100);
  const direction = change > 0 ? `up ${change}%` : change < 0 ? `down ${-change}%` : "unchanged";
  return {
    text: `Median ${direction} on ${plural(current.sales)} (was ${previous.sales})`,
    changePercent: change,
  };
}

export type QuarterFigures = {
  quarter: string;
  /** The quarter's first day, YYYY-MM-DD. */
  from: string;
  sales: number;
  medianCents: number | null;
  /** The middle half of the prices: 25th and 75th percentiles. */
  lowerQuartileCents: number | null;
  upperQuartileCents: number | null;
  medianDaysToSell: number | null;
  auctionsEnded: number;
  auctionsSold: number;
  sellThroughPercent: number | null;
};

export type PeriodFigures = {
  sales: number;
  medianCents: number | null;
  medianDaysToSell: number | null;
  auctionsEnded: number;
  auctionsSold: number;
  sellThroughPercent: number | null;
};

export type Evidence = {
  /** Every sale the figures are made from (the quarters shown). */
  sales: number;
  marketplace: number;
  demo: number;
  imported: { sourceName: string; sales: number }[];
};

export type MarketFigures = {
  quarters: QuarterFigures[];
  lastTwelveMonths: PeriodFigures;
  previousTwelveMonths: PeriodFigures;
  whatMoved: WhatMoved;
  evidence: Evidence;
};

const inRange = (at: Date, from: Date, until: Date) => at >= from && at < until;

function periodFigures(sales: readonly ReportSale[], auctions: readonly EndedAuction[]): PeriodFigures {
  const through = sellThrough(auctions);
  const days = sales.map((s) => s.daysToSell).filter((d): d is number => d !== null);
  return {
    sales: sales.length,
    medianCents: roundOrNull(median(sales.map((s) => s.priceUsdCents))),
    medianDaysToSell: roundOrNull(median(days)),
    auctionsEnded: through.ended,
    auctionsSold: through.sold,
    sellThroughPercent: through.percent,
  };
}

function evidenceOf(sales: readonly ReportSale[]): Evidence {
  const sources = new Map<string, number>();
  for (const sale of sales) {
    if (sale.origin !== "imported") continue;
    const name = sale.sourceName ?? "an outside source";
    sources.set(name, (sources.get(name) ?? 0) + 1);
  }
  return {
    sales: sales.length,
    marketplace: sales.filter((s) => s.origin === "marketplace").length,
    demo: sales.filter((s) => s.origin === "demo").length,
    imported: [...sources]
      .map(([sourceName, count]) => ({ sourceName, sales: count }))
      .sort((a, b) => b.sales - a.sales || a.sourceName.localeCompare(b.sourceName)),
  };
}

/** The report's figures for the quarters up to `now` and the two 12-month windows before it. */
export function computeMarketFigures(input: {
  sales: readonly ReportSale[];
  auctions: readonly EndedAuction[];
  now: Date;
  quarters?: number;
}): MarketFigures {
  const { now } = input;
  const sales = input.sales.filter((s) => s.soldAt <= now);
  const auctions = input.auctions.filter((a) => a.closedAt <= now);
  const quarters = recentQuarters(now, input.quarters ?? quartersShown);
  const quarterFigures = quarters.map((q): QuarterFigures => {
    const inQuarter = sales.filter((s) => inRange(s.soldAt, q.from, q.until));
    const prices = inQuarter.map((s) => s.priceUsdCents);
    const figures = periodFigures(
      inQuarter,
      auctions.filter((a) => inRange(a.closedAt, q.from, q.until)),
    );
    return {
      quarter: q.name,
      from: q.from.toISOString().slice(0, 10),
      sales: figures.sales,
      medianCents: figures.medianCents,
      lowerQuartileCents: roundOrNull(percentile(prices, 0.25)),
      upperQuartileCents: roundOrNull(percentile(prices, 0.75)),
      medianDaysToSell: figures.medianDaysToSell,
      auctionsEnded: figures.auctionsEnded,
      auctionsSold: figures.auctionsSold,
      sellThroughPercent: figures.sellThroughPercent,
    };
  });
  // Windows end at `now` and include it: (now − 12 months, now] and the 12 months before.
  const yearAgo = monthsBefore(now, 12);
  const twoYearsAgo = monthsBefore(now, 24);
  const window = (from: Date, until: Date) =>
    periodFigures(
      sales.filter((s) => s.soldAt > from && s.soldAt <= until),
      auctions.filter((a) => a.closedAt > from && a.closedAt <= until),
    );
  const lastTwelveMonths = window(yearAgo, now);
  const previousTwelveMonths = window(twoYearsAgo, yearAgo);
  const shownFrom = quarters[0]!.from;
  return {
    quarters: quarterFigures,
    lastTwelveMonths,
    previousTwelveMonths,
    whatMoved: whatMoved(lastTwelveMonths, previousTwelveMonths),
    evidence: evidenceOf(sales.filter((s) => s.soldAt >= shownFrom)),
  };
}
