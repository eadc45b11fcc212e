import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemSchema, partConditions, type Item } from "@/lib/catalogue/item-schemas";
import { classicModels, knownIssues } from "@/lib/catalogue/models";
import { customVersions, partSources, partStates, partTypes, pedalCarEras, plates, toyConditions, toyKinds } from "@/lib/catalogue/vocabulary";
import { estimateValue } from "./estimate";
import { now } from "./test-fixtures";
import { verdictOrder, type Comparable } from "./types";

// Properties that must hold for any item the schema accepts.

const pedalCar = fc.record(
  {
    category: fc.constant("pedal_car" as const),
    era: fc.constantFrom(...pedalCarEras),
    plate: fc.constantFrom(...plates),
    condition: fc.constantFrom(...toyConditions),
    restored: fc.boolean(),
    windscreen: fc.constantFrom(...partStates),
    steeringWheel: fc.constantFrom(...partStates),
    customVersion: fc.constantFrom(...customVersions),
    lightsWorking: fc.boolean(),
  },
  { requiredKeys: ["category", "era", "plate", "condition", "restored", "windscreen", "steeringWheel", "customVersion"] },
);
const toy = fc.record({ category: fc.constant("toy" as const), toy: fc.constantFrom(...toyKinds), plate: fc.constantFrom(...plates), condition: fc.constantFrom(...toyConditions) });
const classicCar = fc.constantFrom(...classicModels).chain((model) =>
  fc.record({
    category: fc.constant("classic_car" as const),
    model: fc.constant(model.code),
    body: fc.constantFrom(...model.bodies.map((b) => b.code)),
    year: fc.integer({ min: model.years?.from ?? 1946, max: model.years?.to ?? 1991 }),
    conditionGrade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    originality: fc.constantFrom("original" as const, "mostly_original" as const, "modified" as const),
    knownIssues: fc.subarray([...knownIssues]),
    exportVersion: fc.constantFrom("none" as const, "elite" as const, "scaldia" as const, "rila" as const),
  }),
);
const part = fc.record({
  category: fc.constant("part" as const),
  partType: fc.constantFrom(...partTypes),
  source: fc.constantFrom(...partSources),
  condition: fc.constantFrom(...partConditions),
  fits: fc.array(fc.record({ category: fc.constantFrom("pedal_car" as const, "classic_car" as const, "toy" as const), era: fc.constantFrom(...pedalCarEras) }), { minLength: 1, maxLength: 3 }),
});
const anyItem: fc.Arbitrary<Item> = fc.oneof(pedalCar, toy, classicCar, part).map((raw) => itemSchema.parse(raw));
const comparable: fc.Arbitrary<Comparable> = fc.record({
  title: fc.string({ maxLength: 20 }),
  soldPriceCents: fc.integer({ min: 0, max: 20_000_000 }),
  soldAt: fc.integer({ min: 0, max: 120 }).map((months) => new Date(now.getTime() - months * 30 * 86_400_000)),
  item: anyItem,
});
const shipTo = fc.option(fc.record({ country: fc.constantFrom("US", "CA", "GB", "DE", "JP"), postalCode: fc.constantFrom("10001", "99501", "SW1A") }), { nil: undefined });
const typicalOf = (item: Item) => estimateValue({ item, now }).fairValue.typicalCents;

describe("valuation properties", () => {
  it("never lowers the value for a better condition (pedal cars and toys)", () => {
    fc.assert(
      fc.property(fc.oneof(pedalCar, toy), fc.integer({ min: 0, max: toyConditions.length - 2 }), (raw, index) => {
        const better = itemSchema.parse({ ...raw, condition: toyConditions[index] });
        const worse = itemSchema.parse({ ...raw, condition: toyConditions[index + 1] });
        expect(typicalOf(better)).toBeGreaterThanOrEqual(typicalOf(worse));
      }),
    );
  });

  it("never lowers the value for a better classic-car grade (1 is best)", () => {
    fc.assert(
      fc.property(classicCar, fc.integer({ min: 1, max: 3 }), (raw, grade) => {
        const better = itemSchema.parse({ ...raw, conditionGrade: grade });
        const worse = itemSchema.parse({ ...raw, conditionGrade: grade + 1 });
        expect(typicalOf(better)).toBeGreaterThanOrEqual(typicalOf(worse));
      }),
    );
  });

  it("never gives a better verdict for a higher price", () => {
    fc.assert(
      fc.property(anyItem, shipTo, fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), (item, to, price, raise) => {
        const cheaper = estimateValue({ item, shipTo: to, priceCents: price, now }).verdict!;
        const dearer = estimateValue({ item, shipTo: to, priceCents: price + raise, now }).verdict!;
        expect(verdictOrder.indexOf(dearer)).toBeGreaterThanOrEqual(verdictOrder.indexOf(cheaper));
      }),
    );
  });

  it("answers in whole, non-negative cents with low <= typical <= high, the same answer every time", () => {
    fc.assert(
      fc.property(anyItem, shipTo, fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }), fc.array(comparable, { maxLength: 10 }), (item, to, priceCents, comparables) => {
        const input = { item, shipTo: to, priceCents, comparables, now };
        const result = estimateValue(input);
        const { lowCents, typicalCents, highCents } = result.fairValue;
        const money = [lowCents, typicalCents, highCents, result.shippingCents, result.fairTotalCents, result.maxBidCents, ...result.comparables.map((c) => c.soldPriceCents)];
        for (const cents of [...money, ...result.adjustments.map((a) => a.effectCents)]) expect(Number.isInteger(cents)).toBe(true);
        for (const cents of money) expect(cents).toBeGreaterThanOrEqual(0);
        expect(lowCents).toBeLessThanOrEqual(typicalCents);
        expect(typicalCents).toBeLessThanOrEqual(highCents);
        expect(result.shippingCents).toBeGreaterThan(0);
        expect(result.fairTotalCents).toBe(typicalCents + result.shippingCents);
        expect(result.maxBidCents + result.shippingCents).toBeLessThanOrEqual(highCents + result.shippingCents);
        expect(result.comparables.length).toBeLessThanOrEqual(8);
        expect(result.verdict === null).toBe(priceCents === undefined);
        expect(estimateValue(input)).toEqual(result);
      }),
    );
  });
});
