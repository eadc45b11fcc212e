import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemSchema, partConditions, type Item } from "@/lib/catalogue/item-schemas";
import { classicModels, knownIssues } from "@/lib/catalogue/models";
import {
  customVersions,
  partSources,
  partStates,
  partTypes,
  pedalCarEras,
  plates,
  toyConditions,
  toyKinds,
} from "@/lib/catalogue/vocabulary";
import { estimateValue } from "./estimate";
import { now } from "./test-fixtures";
import { verdictOrder, type Comparable } from "./types";

// Properties that must hold for any item the schema accepts.

const pedalCar = fc
  .record(
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
    {
      requiredKeys: [
        "category",
        "era",
        "plate",
        "condition",
        "restored",
        "windscreen",
        "steeringWheel",
        "customVersion",
      ],
    },
  )
  .filter((raw) => itemSchema.safeParse(raw).success);
const toy = fc.record({
  category: fc.constant("toy" as const),
  toy: fc.constantFrom(...toyKinds),
  plate: fc.constantFrom(...plates),
  condition: fc.constantFrom(...toyConditions),
});
const classicCar = fc
  .constantFrom(...classicModels)
  .chain((model) =>
    fc.record({
      category: fc.constant("classic_car" as const),
      model: fc.constant(model.code),
      body: fc.constantFrom(...model.bodies.map((b) => b.code)),
      year: fc.integer({ min: model.years?.from ?? 1946, max: model.years?.to ?? 1991 }),
      mileageKm: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
      conditionGrade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      originality: fc.constantFrom("original" as const, "mostly_original" as const, "modified" as const),
      knownIssues: fc.subarray([...knownIssues]),
      exportVersion: fc.constantFrom("none" as const, "elite" as const, "scaldia" as const, "rila" as const),
    }),
  )
  .map((raw) => {
    // Body years narrow the model's; an export name the model never had is dropped.
    const parsed = itemSchema.safeParse(raw);
    if (parsed.success) return raw;
    const fixed = { ...raw, exportVersion: "none" as const };
    const model = classicModels.find((m) => m.code === raw.model)!;
    const years = (model.bodies as readonly { code: string; years?: { from: number; to: number } }[]).find(
      (b) => b.code === raw.body,
    )?.years;
    return years ? { ...fixed, year: Math.min(years.to, Math.max(years.from, raw.year)) } : fixed;
  });
const part = fc.record({
  category: fc.constant("part" as const),
  partType: fc.constantFrom(...partTypes),
  source: fc.constantFrom(...partSources),
  condition: fc.constantFrom(...partConditions),
  fits: fc.array(
    fc.oneof(
      fc.record({ category: fc.constant("pedal_car" as const), era: fc.constantFrom(...pedalCarEras) }),
      fc.record({ category: fc.constantFrom("classic_car" as const, "toy" as const) }),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});
const anyItem: fc.Arbitrary<Item> = fc
  .oneof(pedalCar, toy, classicCar, part)
  .map((raw) => itemSchema.parse(raw));
const comparable: fc.Arbitrary<Comparable> = fc.record({
  title: fc.string({ maxLength: 20 }),
  soldPriceCents: fc.integer({ min: 0, max: 20_000_000 }),
  soldAt: fc
    .integer({ min: 0, max: 120 })
    .map((months) => new Date(now.getTime() - months * 30 * 86_400_000)),
  item: anyItem,
});
const shipTo = fc.option(
  fc.record({
    country: fc.constantFrom("US", "CA", "GB", "DE", "JP"),
    postalCode: fc.constantFrom("10001", "99501", "SW1A"),
  }),
  { nil: undefined },
);
const typicalOf = (item: Item) => estimateValue({ item, now }).fairValue.typicalCents;

describe("valuation properties", () => {
  it("never lowers the value for a better condition (pedal cars and toys)", () => {
    fc.assert(
      fc.property(
        fc.oneof(pedalCar, toy),
        fc.integer({ min: 0, max: toyConditions.length - 2 }),
        (raw, index) => {
          const restored = "restored" in raw && index === 0 ? { restored: false } : {};
          const better = itemSchema.parse({ ...raw, ...restored, condition: toyConditions[index] });
          const worse = itemSchema.parse({ ...raw, ...restored, condition: toyConditions[index + 1] });
          expect(typicalOf(better)).toBeGreaterThanOrEqual(typicalOf(worse));
        },
      ),
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
      fc.property(
        anyItem,
        shipTo,
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (item, to, price, raise) => {
          const cheaper = estimateValue({ item, shipTo: to, priceCents: price, now }).verdict!;
          const dearer = estimateValue({ item, shipTo: to, priceCents: price + raise, now }).verdict!;
          expect(verdictOrder.indexOf(dearer)).toBeGreaterThanOrEqual(verdictOrder.indexOf(cheaper));
        },
      ),
    );
  });

  it("answers in whole, non-negative cents with low <= typical <= high, the same answer every time", () => {
    fc.assert(
      fc.property(
        anyItem,
        shipTo,
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        fc.array(comparable, { maxLength: 10 }),
        (item, to, priceCents, comparables) => {
          const input = { item, shipTo: to, priceCents, comparables, now };
          const result = estimateValue(input);
          const { lowCents, typicalCents, highCents } = result.fairValue;
          const money = [
            lowCents,
            typicalCents,
            highCents,
            result.shippingCents,
            result.fairTotalCents,
            result.maxBidCents,
            ...result.comparables.map((c) => c.soldPriceCents),
          ];
          for (const cents of [...money, ...result.adjustments.map((a) => a.effectCents)])
            expect(Number.isInteger(cents)).toBe(true);
          for (const cents of money) expect(cents).toBeGreaterThanOrEqual(0);
          expect(lowCents).toBeLessThanOrEqual(typicalCents);
          expect(typicalCents).toBeLessThanOrEqual(highCents);
          expect(result.shippingCents).toBeGreaterThan(0);
          expect(result.fairTotalCents).toBe(typicalCents + result.shippingCents);
          expect(result.maxBidCents).toBe(highCents);
          expect(result.comparables.length).toBeLessThanOrEqual(8);
          expect(result.verdict === null).toBe(priceCents === undefined);
          expect(estimateValue(input)).toEqual(result);
        },
      ),
    );
  });
});

const origins = ["US", "GB", "DE", "JP", "AU"] as const;
const anyShipTo = fc.record({
  country: fc.constantFrom("US", "CA", "GB", "DE", "JP", "AU"),
  postalCode: fc.constantFrom("10001", "99501", "SW1A"),
});

describe("verdict properties", () => {
  it("gives the same verdict on a price whatever the delivery costs, so dearer shipping never improves it", () => {
    fc.assert(
      fc.property(
        anyItem,
        anyShipTo,
        anyShipTo,
        fc.constantFrom(...origins),
        fc.integer({ min: 0, max: 20_000_000 }),
        (item, a, b, from, price) => {
          const near = estimateValue({ item, shipTo: a, itemCountry: from, priceCents: price, now });
          const far = estimateValue({ item, shipTo: b, itemCountry: from, priceCents: price, now });
          const [cheapShip, dearShip] = near.shippingCents <= far.shippingCents ? [near, far] : [far, near];
          expect(verdictOrder.indexOf(dearShip.verdict!)).toBeGreaterThanOrEqual(
            verdictOrder.indexOf(cheapShip.verdict!),
          );
          expect(dearShip.verdict).toBe(cheapShip.verdict);
          expect(dearShip.maxBidCents).toBe(cheapShip.maxBidCents);
        },
      ),
    );
  });

  it("never calls a price fair above the don't-bid-above figure, and always at or just below it", () => {
    fc.assert(
      fc.property(
        anyItem,
        shipTo,
        fc.array(comparable, { maxLength: 6 }),
        fc.integer({ min: 1, max: 20_000_000 }),
        (item, to, comparables, price) => {
          const result = estimateValue({ item, shipTo: to, comparables, priceCents: price, now });
          if (price > result.maxBidCents) expect(["high", "overpriced"]).toContain(result.verdict);
          const atLimit = estimateValue({
            item,
            shipTo: to,
            comparables,
            priceCents: result.maxBidCents,
            now,
          });
          expect(["great_deal", "fair"]).toContain(atLimit.verdict);
        },
      ),
    );
  });
});

describe("rule properties", () => {
  const withComparables = fc.array(comparable, { maxLength: 8 });

  it("never values a missing or damaged windscreen or steering wheel above an intact one, with or without sales", () => {
    fc.assert(
      fc.property(
        pedalCar,
        fc.constantFrom("windscreen" as const, "steeringWheel" as const),
        withComparables,
        (raw, part, comparables) => {
          const at = (state: "intact" | "damaged" | "missing") =>
            estimateValue({ item: itemSchema.parse({ ...raw, [part]: state }), comparables, now }).fairValue
              .typicalCents;
          expect(at("intact")).toBeGreaterThan(at("damaged"));
          expect(at("damaged")).toBeGreaterThan(at("missing"));
        },
      ),
    );
  });

  it("never lowers the value for a declared restoration, and takes a little off an unknown era, with or without sales", () => {
    fc.assert(
      fc.property(pedalCar, withComparables, (raw, comparables) => {
        const typical = (extra: object) =>
          estimateValue({ item: itemSchema.parse({ ...raw, ...extra }), comparables, now }).fairValue
            .typicalCents;
        if (raw.condition !== "unused")
          expect(typical({ restored: true })).toBeGreaterThanOrEqual(typical({ restored: false }));
        expect(typical({ era: "unknown", year: undefined })).toBeLessThanOrEqual(
          typical({ era: "late_soft_tires", year: undefined }),
        );
      }),
    );
  });

  it("never raises a classic car's value for more kilometres", () => {
    fc.assert(
      fc.property(
        classicCar,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (raw, a, b) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          expect(typicalOf(itemSchema.parse({ ...raw, mileageKm: less }))).toBeGreaterThanOrEqual(
            typicalOf(itemSchema.parse({ ...raw, mileageKm: more })),
          );
        },
      ),
    );
  });

  it("never values a worse part condition above a better one", () => {
    fc.assert(
      fc.property(part, fc.integer({ min: 0, max: partConditions.length - 2 }), (raw, index) => {
        const better = itemSchema.parse({ ...raw, condition: partConditions[index] });
        const worse = itemSchema.parse({ ...raw, condition: partConditions[index + 1] });
        expect(typicalOf(better)).toBeGreaterThanOrEqual(typicalOf(worse));
      }),
    );
  });
});
