import { describe, expect, it } from "vitest";
import { checkSales, median, summariseChecks, type BacktestSale, type SaleCheck } from "./backtest";
import { estimateValue } from "./estimate";
import { monthsAgo, referenceCar } from "./test-fixtures";

const sold = (
  priceCents: number,
  months: number,
  origin: BacktestSale["origin"] = "imported",
): BacktestSale => ({
  title: `Sold ${months} months ago`,
  soldPriceCents: priceCents,
  soldAt: monthsAgo(months),
  item: referenceCar,
  country: "US",
  origin,
});
const check = (
  absoluteError: number,
  inside: boolean,
  category: SaleCheck["category"] = "pedal_car",
): SaleCheck => ({
  title: "x",
  category,
  priceCents: 1,
  typicalCents: 1,
  lowCents: 1,
  highCents: 1,
  absoluteError,
  inside,
});

describe("the valuation back-test", () => {
  it("summarises per category: the median error and the share inside the range, worked by hand", () => {
    // Errors 10%, 30%, 20%, 50%: sorted 10, 20, 30, 50, median (20 + 30) / 2 = 25%. Inside: 3 of 4 = 75%.
    const checks = [
      check(0.1, true),
      check(0.3, true),
      check(0.2, false),
      check(0.5, true),
      check(0.05, true, "toy"),
    ];
    const [pedal, toy, classic] = summariseChecks(checks, { classic_car: 3 }, [
      "pedal_car",
      "toy",
      "classic_car",
    ]);
    expect(pedal).toEqual({
      category: "pedal_car",
      sampleSize: 4,
      demoSales: 0,
      medianAbsoluteError: 0.25,
      insideRangeShare: 0.75,
    });
    expect(toy).toMatchObject({ sampleSize: 1, medianAbsoluteError: 0.05, insideRangeShare: 1 });
    expect(classic).toEqual({
      category: "classic_car",
      sampleSize: 0,
      demoSales: 3,
      medianAbsoluteError: null,
      insideRangeShare: null,
    });
    expect(median([3, 1, 2])).toBe(2);
  });

  it("values each sale only from the sales before it, and never tests or uses demo sales", () => {
    const sales = [sold(36_000, 12), sold(38_000, 6), sold(90_000, 3, "demo"), sold(40_000, 1)];
    const checks = checkSales(sales);
    expect(checks.map((c) => c.priceCents)).toEqual([36_000, 38_000, 40_000]);
    // The first sale has nothing before it: the rules alone, as of its own day.
    const first = estimateValue({
      item: referenceCar,
      comparables: [],
      itemCountry: "US",
      now: monthsAgo(12),
    }).fairValue;
    expect(checks[0]).toMatchObject({
      typicalCents: first.typicalCents,
      absoluteError: Math.abs(first.typicalCents - 36_000) / 36_000,
    });
    // A later sale (or a demo sale) changes nothing about the earlier ones' checks.
    expect(checkSales(sales.slice(0, 2))).toEqual(checks.slice(0, 2));
  });
});
