import { describe, expect, it } from "vitest";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { marketShare, recencyWeight, similarity, weighSales } from "./comparables";
import { estimateValue, valueByRules } from "./estimate";
import { now, referenceCar, sale } from "./test-fixtures";
import type { Comparable } from "./types";

const estimate = (comparables: Comparable[], item: PedalCarItem = referenceCar) =>
  estimateValue({ item, comparables, now });
const typical = (comparables: Comparable[]) => estimate(comparables).fairValue.typicalCents;

describe("blending comparable sales with the rules", () => {
  const rulesOnly = estimate([]);

  it("rests on the rules alone at low confidence when there are none", () => {
    expect(rulesOnly.confidence).toBe("low");
    expect(rulesOnly.comparables).toEqual([]);
    expect(rulesOnly.adjustments.find((a) => a.label === "Comparable sales")?.reason).toMatch(/rules alone/);
  });

  it("pulls the estimate toward several close recent sales at $500, raises confidence and says how much they carry", () => {
    const result = estimate([1, 2, 3, 4, 5, 6].map((m) => sale(50_000, m)));
    const pulled = result.fairValue.typicalCents;
    expect(pulled).toBeGreaterThan(rulesOnly.fairValue.typicalCents + 10_000);
    expect(pulled).toBeLessThanOrEqual(50_000);
    expect(result.confidence).toBe("high");
    expect(result.fairValue.highCents - result.fairValue.lowCents).toBeLessThan(
      rulesOnly.fairValue.highCents - rulesOnly.fairValue.lowCents + 10_000,
    );
    expect(result.comparables).toHaveLength(6);
    expect(result.adjustments.find((a) => a.label === "Comparable sales")?.reason).toMatch(
      /^6 close sales in the last 6 months carry \d+% of this estimate/,
    );
  });

  it("reaches medium confidence with a couple of sales", () => {
    expect(estimate([sale(36_000, 1), sale(35_000, 3)]).confidence).toBe("medium");
  });

  it("barely moves for one absurd $50,000 sale, and leaves it out", () => {
    const sales = [1, 2, 3, 4, 5].map((m) => sale(34_000 + m * 100, m));
    const calm = typical(sales);
    const withOutlier = estimate([...sales, sale(5_000_000, 1)]);
    expect(Math.abs(withOutlier.fairValue.typicalCents - calm)).toBeLessThan(500);
    expect(withOutlier.comparables.map((c) => c.soldPriceCents)).not.toContain(5_000_000);
    expect(withOutlier.adjustments.find((a) => a.label === "Comparable sales")?.reason).toMatch(
      /1 sale too far from the rest was left out/,
    );
  });

  it("weighs old sales less than recent ones (half-life 18 months)", () => {
    expect(recencyWeight(sale(1, 18).soldAt, now)).toBeCloseTo(0.5, 2);
    expect(typical([sale(50_000, 1), sale(30_000, 48)])).toBeGreaterThan(
      typical([sale(50_000, 48), sale(30_000, 1)]),
    );
    const result = estimate([sale(34_000, 30), sale(34_000, 2)]);
    expect(result.comparables[0]!.soldAt.getTime()).toBeGreaterThan(result.comparables[1]!.soldAt.getTime());
  });

  it("weighs sales of another era, custom version or condition less", () => {
    const early: PedalCarItem = { ...referenceCar, era: "early_aluminum_bumpers" };
    expect(similarity(referenceCar, early)).toBeLessThan(similarity(referenceCar, referenceCar));
    expect(similarity(referenceCar, { ...referenceCar, customVersion: "police" })).toBeLessThan(1);
    expect(similarity(referenceCar, { ...referenceCar, condition: "project" })).toBeLessThan(
      similarity(referenceCar, { ...referenceCar, condition: "excellent" }),
    );
    const sameEra = estimate([sale(45_000, 2)]);
    const otherEra = estimate([sale(72_000, 2, early)]);
    expect(sameEra.comparables[0]!.weight).toBeGreaterThan(otherEra.comparables[0]!.weight);
  });

  it("scales a sale in another condition to this item before using it", () => {
    const good: PedalCarItem = { ...referenceCar, condition: "good" };
    const confirmed = typical(
      [1, 2, 3, 4].map((m) => sale(Math.round(rulesOnly.fairValue.typicalCents * 0.7), m, good)),
    );
    expect(Math.abs(confirmed - rulesOnly.fairValue.typicalCents)).toBeLessThan(300);
  });

  it("shows at most eight comparables, most weighty first, and ignores other categories", () => {
    const many = Array.from({ length: 12 }, (_, i) => sale(34_000 + i * 50, i + 1));
    const result = estimate([
      ...many,
      {
        ...sale(20_000, 1),
        item: { category: "toy", toy: "crane", plate: "azlk_1993", condition: "unused" },
      },
    ]);
    expect(result.comparables).toHaveLength(8);
    const weights = result.comparables.map((c) => c.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(result.comparables.map((c) => c.soldPriceCents)).not.toContain(20_000);
  });

  it("does not depend on the order the sales come in", () => {
    const sales = [sale(36_000, 1), sale(30_000, 7), sale(41_000, 13), sale(33_000, 2)];
    expect(estimate([...sales].reverse())).toEqual(estimate(sales));
  });

  it("works out each repeated description's rules value once without changing the answer", () => {
    const conditions = ["unused", "excellent", "good", "fair", "project"] as const;
    const sales = Array.from({ length: 300 }, (_, i) =>
      sale(25_000 + ((i * 7919) % 20_000), 1 + (i % 40), {
        ...referenceCar,
        condition: conditions[i % 5]!,
        restored: i % 3 === 0,
      }),
    );
    const subjectRulesCents = valueByRules(referenceCar).typicalCents;
    const market = weighSales({
      subject: referenceCar,
      subjectRulesCents,
      sales,
      now,
      rulesValueOf: (item) => valueByRules(item).typicalCents,
    });
    const share = marketShare(market.totalWeight, "pedal_car");
    expect(typical(sales)).toBe(Math.round(subjectRulesCents * (1 - share) + market.marketCents! * share));
  });
});
