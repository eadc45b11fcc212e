import { describe, expect, it } from "vitest";
import { fromUsd, rateOn, toUsd, type ExchangeRate } from "./currency";

const table: ExchangeRate[] = [
  { currency: "EUR", ratesOn: "2025-01-02", perUsd: 0.8, source: "A" },
  { currency: "EUR", ratesOn: "2025-03-01", perUsd: 0.9, source: "B" },
  { currency: "GBP", ratesOn: "2025-02-01", perUsd: 0.75, source: "C" },
];

describe("dated exchange rates", () => {
  it("takes the latest rate on or before the day, never a later one", () => {
    expect(rateOn(table, "EUR", new Date("2025-02-28T23:00:00Z"))).toEqual({
      currency: "EUR",
      perUsd: 0.8,
      date: "2025-01-02",
      source: "A",
    });
    expect(rateOn(table, "EUR", new Date("2025-03-01T00:00:00Z"))?.date).toBe("2025-03-01");
    expect(rateOn(table, "EUR", new Date("2030-01-01T00:00:00Z"))?.perUsd).toBe(0.9);
  });

  it("has nothing before the first rate, and needs none for dollars", () => {
    expect(rateOn(table, "GBP", new Date("2025-01-31T12:00:00Z"))).toBeNull();
    expect(rateOn(table, "RUB", new Date("2030-01-01T00:00:00Z"))).toBeNull();
    expect(rateOn([], "USD", new Date())).toMatchObject({ perUsd: 1, date: null });
  });

  it("converts both ways in whole minor units", () => {
    expect(fromUsd(34_000, { perUsd: 0.9 })).toBe(30_600);
    expect(toUsd(32_000, { perUsd: 0.8 })).toBe(40_000);
    expect(fromUsd(34_000, { perUsd: 99.9282 })).toBe(3_397_559);
  });
});
