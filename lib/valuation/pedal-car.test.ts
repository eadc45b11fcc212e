import { describe, expect, it } from "vitest";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { estimateValue } from "./estimate";
import { now, referenceCar } from "./test-fixtures";

const value = (item: PedalCarItem, priceCents?: number) => estimateValue({ item, priceCents, shipTo: { country: "US" }, itemCountry: "US", now });
const typical = (item: PedalCarItem) => value(item).fairValue.typicalCents;

describe("the US reference pedal car (unused, late, AZLK 1993 plate)", () => {
  it("is valued under $400 before shipping, high end included", () => {
    const result = value(referenceCar);
    expect(result.fairValue.typicalCents).toBeLessThan(40_000);
    expect(result.fairValue.highCents).toBeLessThan(40_000);
    expect(result.fairValue.lowCents).toBeGreaterThan(25_000);
    expect(result.verdict).toBeNull();
    expect(result.confidence).toBe("low");
  });

  it("calls $350 plus shipping fair and $650 overpriced", () => {
    expect(value(referenceCar, 35_000).verdict).toBe("fair");
    expect(value(referenceCar, 65_000).verdict).toBe("overpriced");
    expect(value(referenceCar, 25_000).verdict).toBe("great_deal");
  });

  it("adds careful-packing shipping to the total and never ships free", () => {
    const result = value(referenceCar);
    expect(result.shippingCents).toBeGreaterThanOrEqual(9_000);
    expect(result.shippingCents).toBeLessThanOrEqual(14_000);
    expect(result.fairTotalCents).toBe(result.fairValue.typicalCents + result.shippingCents);
    expect(result.adjustments.find((a) => a.label.startsWith("Shipping"))?.reason).toMatch(/windscreen and steering wheel padded/);
  });

  it("sets 'don't bid above' so that bid plus shipping stays within the fair total's high end", () => {
    const result = value(referenceCar);
    expect(result.maxBidCents + result.shippingCents).toBeLessThanOrEqual(result.fairValue.highCents + result.shippingCents);
    expect(result.maxBidCents).toBe(result.fairValue.highCents);
    expect(value(referenceCar, result.maxBidCents).verdict).toBe("fair");
  });
});

describe("pedal car rules", () => {
  it("values an early aluminum-bumper car clearly above a late one in the same condition", () => {
    for (const condition of ["unused", "good", "project"] as const) {
      const early = typical({ ...referenceCar, era: "early_aluminum_bumpers", condition });
      const late = typical({ ...referenceCar, condition });
      expect(early).toBeGreaterThan(late * 1.4);
    }
    expect(typical({ ...referenceCar, era: "plastic_bumpers" })).toBeGreaterThan(typical(referenceCar));
    expect(typical({ ...referenceCar, era: "unknown" })).toBeLessThan(typical(referenceCar));
  });

  it("takes a missing windscreen or steering wheel off the value, a damaged one less so", () => {
    const complete = typical(referenceCar);
    const noWindscreen = value({ ...referenceCar, windscreen: "missing" });
    expect(noWindscreen.fairValue.typicalCents).toBe(complete - 7_500);
    expect(noWindscreen.adjustments.find((a) => a.label === "Windscreen missing")?.reason).toMatch(/\$60 to find and \$15 to fit/);
    expect(typical({ ...referenceCar, windscreen: "damaged" })).toBe(complete - 4_500);
    expect(typical({ ...referenceCar, steeringWheel: "missing" })).toBe(complete - 5_500);
    // Early parts are scarcer, so the same gap costs more on an early car.
    const early = { ...referenceCar, era: "early_aluminum_bumpers" as const };
    expect(typical(early) - typical({ ...early, windscreen: "missing" })).toBeGreaterThan(7_500);
  });

  it("adds for a declared restoration on an excellent car, and nothing on a project", () => {
    const excellent = { ...referenceCar, condition: "excellent" as const };
    expect(typical({ ...excellent, restored: true })).toBeGreaterThan(typical(excellent));
    const project = { ...referenceCar, condition: "project" as const };
    const restoredProject = value({ ...project, restored: true });
    expect(restoredProject.fairValue.typicalCents).toBe(typical(project));
    expect(restoredProject.adjustments.find((a) => a.label === "Restoration")).toMatchObject({ effectCents: 0, reason: expect.stringMatching(/nothing/) });
  });

  it("prices police, fire and ambulance versions higher, most with working lights", () => {
    const lit = typical({ ...referenceCar, customVersion: "fire", lightsWorking: true });
    const dark = typical({ ...referenceCar, customVersion: "fire", lightsWorking: false });
    const unknownLights = typical({ ...referenceCar, customVersion: "fire" });
    expect(lit).toBe(typical(referenceCar) + 15_000);
    expect(dark).toBe(typical(referenceCar) + 5_000);
    expect(unknownLights).toBe(dark);
  });

  it("deducts a little for another plate or none", () => {
    expect(typical({ ...referenceCar, plate: "other" })).toBeLessThan(typical(referenceCar));
    expect(typical({ ...referenceCar, plate: "none" })).toBeLessThan(typical({ ...referenceCar, plate: "other" }));
  });

  it("explains every step with a reason and a source, and the steps add up to the typical value", () => {
    const result = value({ ...referenceCar, era: "early_aluminum_bumpers", condition: "good", windscreen: "missing", customVersion: "police", lightsWorking: true });
    for (const adjustment of result.adjustments) {
      expect(adjustment.reason.length).toBeGreaterThan(20);
      expect(adjustment.source.length).toBeGreaterThan(10);
      expect(Number.isInteger(adjustment.effectCents)).toBe(true);
    }
    expect(result.adjustments.reduce((sum, a) => sum + a.effectCents, 0)).toBe(result.fairValue.typicalCents);
  });
});
