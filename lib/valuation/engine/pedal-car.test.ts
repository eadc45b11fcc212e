import { describe, expect, it } from "vitest";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { estimateValue } from "./estimate";
import { estimateShipping } from "./shipping";
import { now, referenceCar, sale } from "./test-fixtures";
import type { Comparable } from "./types";

const value = (item: PedalCarItem, priceCents?: number, comparables: Comparable[] = []) =>
  estimateValue({ item, priceCents, shipTo: { country: "US" }, itemCountry: "US", comparables, now });
const typical = (item: PedalCarItem, comparables: Comparable[] = []) =>
  value(item, undefined, comparables).fairValue.typicalCents;
/** Sales that put the market well above the rules, as recorded early-car sales do. */
const dearMarket = (item: PedalCarItem) => [1, 2, 3, 4, 5, 6].map((m) => sale(88_000 + m * 500, m, item));

describe("the article's car: unused, late, AZLK 1993 plate, in the US", () => {
  it("is fair anywhere under $400 before shipping, $399 included", () => {
    for (const price of [35_000, 39_300, 39_900, 39_999])
      expect(value(referenceCar, price).verdict).toBe("fair");
    expect(value(referenceCar, 40_100).verdict).toBe("high");
    expect(value(referenceCar, 65_000).verdict).toBe("overpriced");
    expect(value(referenceCar, 25_000).verdict).toBe("great_deal");
  });

  it("stays fair at $399 when recorded sales narrow the range", () => {
    const sales = [1, 2, 3, 4, 5, 6, 7, 8].map((m) => sale(34_500, m));
    const result = value(referenceCar, 39_900, sales);
    expect(result.confidence).toBe("high");
    expect(result.verdict).toBe("fair");
    expect(result.maxBidCents).toBe(39_999);
  });

  it("keeps the verdict on $395 for a US, UK or Japanese buyer; only the fair total grows with shipping", () => {
    const at = (country: string) =>
      estimateValue({ item: referenceCar, priceCents: 39_500, shipTo: { country }, itemCountry: "US", now });
    const [us, uk, jp] = [at("US"), at("GB"), at("JP")];
    expect(uk.shippingCents).toBeGreaterThan(us.shippingCents);
    for (const other of [uk, jp]) {
      expect(other.verdict).toBe(us.verdict);
      expect(other.maxBidCents).toBe(us.maxBidCents);
      expect(other.fairTotalCents).toBe(other.fairValue.typicalCents + other.shippingCents);
    }
    expect(us.verdict).toBe("fair");
  });

  it("never calls a bid fair above 'don't bid above', with or without sales", () => {
    for (const sales of [[], [1, 2, 3].map((m) => sale(30_000, m))]) {
      const result = value({ ...referenceCar, condition: "excellent" }, undefined, sales);
      expect(value({ ...referenceCar, condition: "excellent" }, result.maxBidCents, sales).verdict).toBe(
        "fair",
      );
      expect(
        value({ ...referenceCar, condition: "excellent" }, result.maxBidCents + 1, sales).verdict,
      ).not.toBe("fair");
    }
  });

  it("adds careful-packing shipping to the total and never ships free", () => {
    const result = value(referenceCar);
    expect(result.shippingCents).toBeGreaterThanOrEqual(9_000);
    expect(result.fairTotalCents).toBe(result.fairValue.typicalCents + result.shippingCents);
    expect(result.adjustments.find((a) => a.label.startsWith("Shipping"))?.reason).toMatch(
      /windscreen and steering wheel padded/,
    );
  });
});

describe("pedal car rules agree with their own numbers", () => {
  it("takes a little off an unknown era, below the late car, even when sales say otherwise", () => {
    expect(typical({ ...referenceCar, era: "unknown" })).toBeLessThan(typical(referenceCar));
    const sales = [
      ...dearMarket({ ...referenceCar, era: "early_aluminum_bumpers" }),
      ...[1, 2].map((m) => sale(33_000, m)),
    ];
    expect(typical({ ...referenceCar, era: "unknown" }, sales)).toBeLessThan(typical(referenceCar, sales));
  });

  it("never lowers a good early car's value for a declared restoration, whatever the sales", () => {
    const early: PedalCarItem = { ...referenceCar, era: "early_aluminum_bumpers", condition: "good" };
    const sales = [...dearMarket(early), sale(60_000, 2, { ...early, restored: true })];
    expect(typical({ ...early, restored: true }, sales)).toBeGreaterThanOrEqual(typical(early, sales));
    expect(typical({ ...early, restored: true })).toBe(typical(early));
    const excellent = { ...referenceCar, condition: "excellent" as const };
    expect(typical({ ...excellent, restored: true })).toBeGreaterThan(typical(excellent));
  });

  it("costs a missing windscreen what the parts valuation says one costs, plus shipping and fitting, whatever the market's level", () => {
    const early: PedalCarItem = { ...referenceCar, era: "early_aluminum_bumpers" };
    const windscreen = {
      category: "part" as const,
      partType: "windscreen" as const,
      source: "reproduction" as const,
      condition: "new" as const,
      fits: [{ category: "pedal_car" as const, era: "early_aluminum_bumpers" as const }],
    };
    const partCents = estimateValue({ item: windscreen, now }).fairValue.typicalCents;
    const shipCents = estimateShipping({
      item: windscreen,
      shipTo: { country: "US" },
      itemCountry: "US",
    }).cents;
    for (const sales of [[], dearMarket(early)]) {
      const gap = typical(early, sales) - typical({ ...early, windscreen: "missing" }, sales);
      expect(gap).toBe(partCents + shipCents + 1_500);
      expect(gap).toBeLessThan(13_000);
    }
  });

  it("still charges for a missing steering wheel on a project car near the parts floor", () => {
    const project: PedalCarItem = { ...referenceCar, condition: "project", windscreen: "missing" };
    const gap = typical(project) - typical({ ...project, steeringWheel: "missing" });
    expect(gap).toBeGreaterThan(1_000);
  });

  it("values an early aluminum-bumper car above a late one, but not for a 1993 plate it came without", () => {
    for (const condition of ["unused", "good", "project"] as const) {
      expect(typical({ ...referenceCar, era: "early_aluminum_bumpers", condition })).toBeGreaterThan(
        typical({ ...referenceCar, condition }),
      );
    }
    const early = { ...referenceCar, era: "early_aluminum_bumpers" as const };
    const plated = value(early);
    expect(plated.fairValue.typicalCents).toBe(typical({ ...early, plate: "other" }));
    expect(plated.warnings[0]).toMatch(/unusual.*early-1990s.*no premium/);
  });

  it("prices police, fire and ambulance versions higher, most with working lights", () => {
    const lit = typical({
      ...referenceCar,
      condition: "excellent",
      customVersion: "fire",
      lightsWorking: true,
    });
    const dark = typical({
      ...referenceCar,
      condition: "excellent",
      customVersion: "fire",
      lightsWorking: false,
    });
    const plain = typical({ ...referenceCar, condition: "excellent" });
    expect(lit).toBeGreaterThan(dark);
    expect(dark).toBeGreaterThan(plain);
  });

  it("explains every step with a reason and an origin, and the steps add up to the typical value", () => {
    const result = value({
      ...referenceCar,
      era: "early_aluminum_bumpers",
      condition: "good",
      windscreen: "missing",
      customVersion: "police",
      lightsWorking: true,
    });
    for (const adjustment of result.adjustments) {
      expect(adjustment.reason.length).toBeGreaterThan(20);
      expect(["source", "market", "estimate"]).toContain(adjustment.basis);
      expect(Number.isInteger(adjustment.effectCents)).toBe(true);
    }
    expect(result.adjustments.reduce((sum, a) => sum + a.effectCents, 0)).toBe(result.fairValue.typicalCents);
  });
});
