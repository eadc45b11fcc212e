import { describe, expect, it } from "vitest";
import type { ClassicCarItem, Item, PartItem, ToyItem } from "@/lib/catalogue/item-schemas";
import { rarityFactor } from "./classic-car";
import { estimateValue } from "./estimate";
import { now, referenceCar } from "./test-fixtures";
import { original412Sedan } from "@/lib/catalogue/examples";

const value = (item: Item) => estimateValue({ item, shipTo: { country: "US" }, itemCountry: "US", now });
const typical = (item: Item) => value(item).fairValue.typicalCents;

describe("other AZLK toys", () => {
  const truck: ToyItem = {
    category: "toy",
    toy: "zil130_dump_truck",
    plate: "azlk_1993",
    condition: "unused",
  };

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
  const car412: ClassicCarItem = original412Sedan;
  const sedan400: ClassicCarItem = { ...car412, model: "400", year: 1951, conditionGrade: 3 };

  it("sit at the level of public results: the 2020 no-reserve 400-420 sedan and the 408 offered in the UK", () => {
    const at3 = value(sedan400);
    expect(at3.fairValue.typicalCents).toBeGreaterThanOrEqual(450_000);
    expect(at3.fairValue.typicalCents).toBeLessThanOrEqual(600_000);
    expect(typical({ ...sedan400, conditionGrade: 2 })).toBeLessThan(900_000);
    expect(at3.adjustments[0]).toMatchObject({
      basis: "market",
      sourceFact: expect.stringContaining("public auction result, 2020, no reserve"),
    });
    const car408 = value({ ...car412, model: "408", year: 1974, mileageKm: 11_000 });
    // About £2,000 asked: a little over $2,500.
    expect(car408.fairValue.typicalCents).toBeGreaterThan(200_000);
    expect(car408.fairValue.typicalCents).toBeLessThan(320_000);
  });

  it("count mileage: 0 km and 2,000,000 km do not value the same", () => {
    expect(typical({ ...car412, mileageKm: 0 })).toBeGreaterThan(
      typical({ ...car412, mileageKm: 2_000_000 }),
    );
    expect(typical({ ...car412, mileageKm: 100_000 })).toBe(typical(car412));
  });

  it("start from our own estimate where no public result sets the level, and say so", () => {
    const result = value(car412);
    expect(result.adjustments[0]).toMatchObject({
      basis: "estimate",
      reason: expect.stringContaining("our estimate"),
    });
    expect(typical({ ...car412, model: "g4", body: "racer", year: 1965 })).toBeLessThan(
      typical({ ...car412, model: "kim_10", year: 1940 }),
    );
  });

  it("pay a rarity premium that grows as the history's built count falls, and none where it gives no count", () => {
    expect(rarityFactor(900_000)).toBe(1);
    expect(rarityFactor(17_000)).toBeGreaterThan(rarityFactor(216_000));
    const cabriolet = value({ ...car412, model: "400", body: "420a_cabriolet", year: 1951 });
    expect(cabriolet.adjustments.find((a) => a.label === "Rarity")?.reason).toMatch(
      /17,000 built of 247,439/,
    );
    expect(
      value({ ...car412, model: "400", body: "422_woodie", year: 1951 }).adjustments.find(
        (a) => a.label === "Rarity",
      ),
    ).toBeUndefined();
  });

  it("scale by condition grade, grade 1 best, within what collectors pay", () => {
    const base = typical(car412);
    expect(typical({ ...car412, conditionGrade: 1 }) / base).toBeLessThanOrEqual(1.5);
    expect(typical({ ...car412, conditionGrade: 3 }) / base).toBeGreaterThanOrEqual(0.6);
    expect(typical({ ...car412, conditionGrade: 4 })).toBeLessThan(typical({ ...car412, conditionGrade: 3 }));
  });

  it("deduct for known issues, corrosion most, and for modifications; add a little for export versions", () => {
    const base = typical(car412);
    const rusty = typical({ ...car412, knownIssues: ["corrosion"] });
    const brakes = typical({ ...car412, knownIssues: ["brake_wheel_cylinders"] });
    expect(rusty).toBeLessThan(brakes);
    expect(brakes).toBeLessThan(base);
    expect(typical({ ...car412, originality: "modified" })).toBeLessThan(
      typical({ ...car412, originality: "mostly_original" }),
    );
    const car408 = { ...car412, model: "408" as const, year: 1970 };
    expect(typical({ ...car408, exportVersion: "elite" })).toBeGreaterThan(typical(car408));
    expect(typical({ ...car408, exportVersion: "elite" })).toBeLessThan(typical(car408) * 1.15);
  });
});

describe("spare parts", () => {
  const windscreen: PartItem = {
    category: "part",
    partType: "windscreen",
    source: "reproduction",
    condition: "new",
    fits: [{ category: "pedal_car" }],
  };

  it("fall back on reference prices at low confidence when there are no sales", () => {
    const result = value(windscreen);
    expect(result.fairValue.typicalCents).toBe(6_000);
    expect(result.confidence).toBe("low");
  });

  it("cost more for early cars and as new old stock, less used or worn", () => {
    expect(
      typical({ ...windscreen, fits: [{ category: "pedal_car", era: "early_aluminum_bumpers" }] }),
    ).toBeGreaterThan(typical(windscreen));
    expect(typical({ ...windscreen, source: "new_old_stock" })).toBeGreaterThan(typical(windscreen));
    expect(typical({ ...windscreen, source: "used" })).toBeLessThan(typical(windscreen));
    expect(typical({ ...windscreen, condition: "fair" })).toBeLessThan(
      typical({ ...windscreen, condition: "good" }),
    );
  });

  it("lean mostly on sales of the same part that fit the same cars", () => {
    const sales = [1, 2, 3].map((m) => ({
      title: "Windscreen",
      soldPriceCents: 9_000,
      soldAt: new Date(now.getTime() - m * 30 * 86_400_000),
      item: windscreen,
    }));
    const result = estimateValue({ item: windscreen, comparables: sales, now });
    expect(result.fairValue.typicalCents).toBeGreaterThan(8_000);
    expect(result.confidence).not.toBe("low");
    const forCars = sales.map((s) => ({
      ...s,
      item: { ...windscreen, fits: [{ category: "classic_car" as const, model: "412" }] },
    }));
    const other = estimateValue({ item: windscreen, comparables: forCars, now });
    expect(other.comparables[0]!.weight).toBeLessThan(result.comparables[0]!.weight);
  });
});
