import { describe, expect, it } from "vitest";
import {
  computeMarketFigures,
  median,
  percentile,
  quarterOf,
  recentQuarters,
  sellThrough,
  whatMoved,
  type ReportSale,
} from "./figures";
import { findReportSegment, reportSegmentOfItem, reportSegments } from "./segments";

const sale = (soldAt: string, priceUsdCents: number, more: Partial<ReportSale> = {}): ReportSale => ({
  priceUsdCents,
  soldAt: new Date(soldAt),
  origin: "marketplace",
  sourceName: null,
  daysToSell: null,
  ...more,
});

describe("median and percentiles", () => {
  it("interpolates between the closest ranks", () => {
    // Sorted: 100, 200, 300, 400. Position p × 3: median 1.5 → 250; p25 0.75 → 175; p75 2.25 → 325.
    const prices = [300, 100, 400, 200];
    expect(median(prices)).toBe(250);
    expect(percentile(prices, 0.25)).toBe(175);
    expect(percentile(prices, 0.75)).toBe(325);
    // Five values: positions 1, 2, 3 fall on values.
    expect(percentile([10, 50, 20, 40, 30], 0.25)).toBe(20);
    expect(median([10, 50, 20, 40, 30])).toBe(30);
    expect(percentile([10, 50, 20, 40, 30], 0.75)).toBe(40);
  });

  it("has no median of nothing, and one value is its own", () => {
    expect(median([])).toBeNull();
    expect(median([42_000])).toBe(42_000);
    expect(percentile([42_000], 0.25)).toBe(42_000);
  });
});

describe("quarters", () => {
  it("are calendar quarters in UTC", () => {
    expect(quarterOf(new Date("2026-03-31T23:59:59Z")).name).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-04-01T00:00:00Z")).name).toBe("2026-Q2");
    expect(quarterOf(new Date("2025-12-31T12:00:00Z")).from.toISOString()).toBe("2025-10-01T00:00:00.000Z");
  });

  it("run back from the current one, oldest first, across years", () => {
    expect(recentQuarters(new Date("2026-05-10T00:00:00Z"), 4).map((q) => q.name)).toEqual([
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
  });
});

describe("sell-through", () => {
  it("divides the auctions that sold by every auction that ended", () => {
    const at = new Date("2026-01-10T00:00:00Z");
    expect(
      sellThrough([
        { closedAt: at, sold: true },
        { closedAt: at, sold: false },
        { closedAt: at, sold: true },
      ]),
    ).toEqual({ ended: 3, sold: 2, percent: 67 });
    expect(sellThrough([])).toEqual({ ended: 0, sold: 0, percent: null });
  });
});

describe("what moved", () => {
  it("compares the medians with the sales behind them", () => {
    expect(whatMoved({ sales: 34, medianCents: 44_800 }, { sales: 29, medianCents: 40_000 })).toEqual({
      text: "Median up 12% on 34 sales (was 29)",
      changePercent: 12,
    });
    expect(whatMoved({ sales: 6, medianCents: 30_000 }, { sales: 5, medianCents: 40_000 }).text).toBe(
      "Median down 25% on 6 sales (was 5)",
    );
    expect(whatMoved({ sales: 5, medianCents: 40_100 }, { sales: 5, medianCents: 40_000 }).text).toBe(
      "Median unchanged on 5 sales (was 5)",
    );
  });

  it("says when there are too few sales to compare", () => {
    const moved = whatMoved({ sales: 4, medianCents: 30_000 }, { sales: 9, medianCents: 40_000 });
    expect(moved.changePercent).toBeNull();
    expect(moved.text).toBe("Too few sales to compare (4 in the last 12 months, 9 before)");
  });
});

describe("a segment's figures", () => {
  const now = new Date("2026-05-15T12:00:00Z");
  const sales = [
    // 2026-Q2 (so far): 100, 200, 300, 400 dollars.
    sale("2026-04-02T00:00:00Z", 10_000, { daysToSell: 4 }),
    sale("2026-04-20T00:00:00Z", 30_000, { daysToSell: 10 }),
    sale("2026-05-01T00:00:00Z", 20_000, { origin: "demo" }),
    sale("2026-05-14T00:00:00Z", 40_000, { origin: "imported", sourceName: "Bonhams" }),
    // 2026-Q1: one sale.
    sale("2026-02-01T00:00:00Z", 25_000, { daysToSell: 1 }),
    // Sold after "now": not counted.
    sale("2026-05-16T00:00:00Z", 99_900),
  ];
  const auctions = [
    { closedAt: new Date("2026-04-10T00:00:00Z"), sold: true },
    { closedAt: new Date("2026-04-11T00:00:00Z"), sold: false },
    { closedAt: new Date("2026-01-11T00:00:00Z"), sold: false },
  ];
  const figures = computeMarketFigures({ sales, auctions, now, quarters: 3 });

  it("gives each quarter its median, middle half, sales and sell-through", () => {
    expect(figures.quarters.map((q) => q.quarter)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(figures.quarters[2]).toEqual({
      quarter: "2026-Q2",
      from: "2026-04-01",
      sales: 4,
      medianCents: 25_000,
      lowerQuartileCents: 17_500,
      upperQuartileCents: 32_500,
      medianDaysToSell: 7,
      auctionsEnded: 2,
      auctionsSold: 1,
      sellThroughPercent: 50,
    });
    expect(figures.quarters[1]).toMatchObject({ sales: 1, medianCents: 25_000, sellThroughPercent: 0 });
    expect(figures.quarters[0]).toMatchObject({ sales: 0, medianCents: null, sellThroughPercent: null });
  });

  it("sums up the last 12 months and names where the sales come from", () => {
    expect(figures.lastTwelveMonths).toEqual({
      sales: 5,
      medianCents: 25_000,
      medianDaysToSell: 4,
      auctionsEnded: 3,
      auctionsSold: 1,
      sellThroughPercent: 33,
    });
    expect(figures.previousTwelveMonths.sales).toBe(0);
    expect(figures.whatMoved.changePercent).toBeNull();
    expect(figures.evidence).toEqual({
      sales: 5,
      marketplace: 3,
      demo: 1,
      imported: [{ sourceName: "Bonhams", sales: 1 }],
    });
  });
});

describe("report segments", () => {
  it("take their addresses from the catalogue's codes, and every one is found by them", () => {
    expect(findReportSegment("pedal_car", "plastic_bumpers")?.path).toBe(
      "/reports/pedal_car/plastic_bumpers",
    );
    expect(findReportSegment("classic_car", "412")?.name).toBe("Moskvitch 412");
    expect(findReportSegment("pedal_car", "unknown")).toBeUndefined();
    expect(findReportSegment("toy", "windscreen")).toBeUndefined();
    for (const s of reportSegments) expect(findReportSegment(s.category, s.code)).toBe(s);
  });

  it("find an item's report, and none for a pedal car of unknown era", () => {
    const car = {
      category: "pedal_car",
      plate: "none",
      condition: "good",
      restored: false,
      windscreen: "intact",
      steeringWheel: "intact",
      customVersion: "none",
    } as const;
    expect(reportSegmentOfItem({ ...car, era: "late_soft_tires" })?.key).toBe("pedal_car:late_soft_tires");
    expect(reportSegmentOfItem({ ...car, era: "unknown" })).toBeUndefined();
  });
});
