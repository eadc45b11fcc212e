import { describe, expect, it } from "vitest";
import type { ClassicCarItem, Item, PartItem, ToyItem } from "@/lib/catalogue/item-schemas";
import { rarityFactor } from "./classic-car";
import { estimateValue } from "./estimate";
import { now, referenceCar } from "./test-fixtures";

const value = (item: Item) => estimateValue({ item, shipTo: { country: "US" }, itemCountry: "US", now });
const typical = (item: Item) => value(item).fairValue.typicalCents;

describe("other AZLK toys", () => {
  const truck: ToyItem = { category: "toy", toy: "zil130_dump_truck", plate: "azlk_1993", condition: "unused" };

  it("start from their own reference values and are not priced as rarer than the pedal car", () => {
    expect(typical(truck)).toBe(25_000);
    expect(typical({ ...truck, toy: "crane" })).toBe(22_000);
    expect(typical({ ...truck, toy: "other" })).toBe(12_000);
    expect(typical(truck)).toBeLessThan(typical(referenceCar));
  });

  it("share the condition multipliers and the plate deduction", () => {
    expect(typical({ ...truck, condition: "good" })).toBe(17_500);
    expect(typical({ ...truck, plate: "none" })).toBeLessThan(typical(truck));
  });
});

describe("classic cars", () => {
  const car412: ClassicCarItem = { category: "classic_car", model: "412", body: "sedan", year: 1975, conditionGrade: 2, originality: "original", knownIssues: [], exportVersion: "none" };

  it("start from a base value by model and body, said to be ours", () => {
    const result = value(car412);
    expect(result.fairValue.typicalCents).toBe(600_000);
    expect(result.adjustments[0]!.source).toMatch(/chosen by us/);
    expect(typical({ ...car412, model: "2141", body: "hatchback", year: 1990 })).toBe(300_000);
  });

  it("pay a rarity premium that grows as the built count falls", () => {
    expect(rarityFactor(900_000)).toBe(1);
    expect(rarityFactor(17_000)).toBeGreaterThan(rarityFactor(216_000));
    expect(rarityFactor(1_500)).toBeGreaterThan(rarityFactor(17_000));
    const cabriolet = value({ ...car412, model: "400", body: "420a_cabriolet", year: 1951 });
    expect(cabriolet.fairValue.typicalCents).toBeGreaterThan(3 * typical(car412));
    expect(cabriolet.adjustments.find((a) => a.label === "Rarity")?.reason).toMatch(/17,000 built of about 247,000/);
    expect(typical({ ...car412, model: "kim_10", year: 1940 })).toBeGreaterThan(4_000_000);
  });

  it("scale by condition grade, grade 1 best", () => {
    expect(typical({ ...car412, conditionGrade: 1 })).toBe(900_000);
    expect(typical({ ...car412, conditionGrade: 3 })).toBe(390_000);
    expect(typical({ ...car412, conditionGrade: 4 })).toBe(240_000);
  });

  it("deduct for known issues, corrosion most, and for modifications; add a little for export versions", () => {
    const base = typical(car412);
    const rusty = typical({ ...car412, knownIssues: ["corrosion"] });
    const brakes = typical({ ...car412, knownIssues: ["brake_wheel_cylinders"] });
    expect(rusty).toBeLessThan(brakes);
    expect(brakes).toBeLessThan(base);
    expect(typical({ ...car412, originality: "modified" })).toBeLessThan(typical({ ...car412, originality: "mostly_original" }));
    const car408 = { ...car412, model: "408" as const, year: 1970 };
    expect(typical({ ...car408, exportVersion: "elite" })).toBeGreaterThan(typical(car408));
    expect(typical({ ...car408, exportVersion: "elite" })).toBeLessThan(typical(car408) * 1.15);
  });
});

describe("spare parts", () => {
  const windscreen: PartItem = { category: "part", partType: "windscreen", source: "reproduction", condition: "new", fits: [{ category: "pedal_car" }] };

  it("fall back on reference prices at low confidence when there are no sales", () => {
    const result = value(windscreen);
    expect(result.fairValue.typicalCents).toBe(6_000);
    expect(result.confidence).toBe("low");
  });

  it("cost more for early cars and as new old stock, less used or worn", () => {
    expect(typical({ ...windscreen, fits: [{ category: "pedal_car", era: "early_aluminum_bumpers" }] })).toBeGreaterThan(typical(windscreen));
    expect(typical({ ...windscreen, source: "new_old_stock" })).toBeGreaterThan(typical(windscreen));
    expect(typical({ ...windscreen, source: "used" })).toBeLessThan(typical(windscreen));
    expect(typical({ ...windscreen, condition: "fair" })).toBeLessThan(typical({ ...windscreen, condition: "good" }));
  });

  it("lean mostly on sales of the same part that fit the same cars", () => {
    const sales = [1, 2, 3].map((m) => ({ title: "Windscreen", soldPriceCents: 9_000, soldAt: new Date(now.getTime() - m * 30 * 86_400_000), item: windscreen }));
    const result = estimateValue({ item: windscreen, comparables: sales, now });
    expect(result.fairValue.typicalCents).toBeGreaterThan(8_000);
    expect(result.confidence).not.toBe("low");
    const forCars = sales.map((s) => ({ ...s, item: { ...windscreen, fits: [{ category: "classic_car" as const, model: "412" }] } }));
    const other = estimateValue({ item: windscreen, comparables: forCars, now });
    expect(other.comparables[0]!.weight).toBeLessThan(result.comparables[0]!.weight);
  });
});
