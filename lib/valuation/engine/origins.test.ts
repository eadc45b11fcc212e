import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Item } from "@/lib/catalogue/item-schemas";
import { estimateValue } from "./estimate";
import { now, referenceCar } from "./test-fixtures";

// Every figure says where it comes from, and no figure is credited to a text that does not give it.

const seeds = path.join(process.cwd(), "..", "..", "shared", "seeds");
const readSeed = (name: string) => {
  try {
    return readFileSync(path.join(seeds, name), "utf8");
  } catch {
    return null;
  }
};
const texts = [readSeed("pedal-car-article.txt"), readSeed("moskvitch-history.txt")];

const items: Item[] = [
  referenceCar,
  {
    ...referenceCar,
    era: "early_aluminum_bumpers",
    condition: "good",
    restored: true,
    windscreen: "missing",
    steeringWheel: "damaged",
    customVersion: "police",
    lightsWorking: true,
  },
  { ...referenceCar, era: "plastic_bumpers", plate: "none" },
  {
    category: "classic_car",
    model: "400",
    body: "420a_cabriolet",
    year: 1951,
    conditionGrade: 3,
    originality: "mostly_original",
    knownIssues: ["corrosion"],
    exportVersion: "none",
    mileageKm: 90_000,
  },
  {
    category: "classic_car",
    model: "408",
    body: "sedan",
    year: 1968,
    conditionGrade: 2,
    originality: "original",
    knownIssues: ["hard_starting"],
    exportVersion: "elite",
  },
  {
    category: "classic_car",
    model: "g4",
    body: "racer",
    year: 1965,
    conditionGrade: 2,
    originality: "original",
    knownIssues: [],
    exportVersion: "none",
  },
  { category: "toy", toy: "crane", plate: "none", condition: "good" },
  {
    category: "part",
    partType: "windscreen",
    source: "new_old_stock",
    condition: "good",
    fits: [{ category: "pedal_car", era: "early_aluminum_bumpers" }],
  },
];

describe("where each figure comes from", () => {
  it("gives every adjustment a basis; a figure credited to a source text is a fact that text states", () => {
    for (const item of items) {
      for (const a of estimateValue({ item, priceCents: 30_000, now }).adjustments) {
        expect(["source", "market", "estimate"]).toContain(a.basis);
        if (a.basis === "estimate") expect(a.source).toMatch(/^Our estimate/);
        if (a.basis === "source") {
          expect(a.sourceFact).toBeTruthy();
          // A stated fact's numbers all appear in the texts.
          for (const n of a.sourceFact!.match(/\d[\d,]*/g) ?? []) {
            if (texts.every((t) => t !== null)) expect(texts.some((t) => t!.includes(n))).toBe(true);
          }
        }
      }
    }
  });

  it("credits none of our own figures to the article or the history", () => {
    const invented =
      /1\.6|\+8%|\$150|\$50\b|\$60|\$45|50 built|about 2,000|about 1,500|turn up less often|1963-65/;
    fc.assert(
      fc.property(fc.constantFrom(...items), (item) => {
        for (const a of estimateValue({ item, now }).adjustments) {
          if (a.basis !== "estimate") expect(`${a.reason} ${a.sourceFact ?? ""}`).not.toMatch(invented);
          expect(a.source).not.toMatch(/fair price under/);
        }
      }),
    );
  });

  it("marks the early premium, the restoration premium and the parts costs as ours, in so many words", () => {
    const result = estimateValue({ item: items[1]!, now });
    for (const label of ["Era", "Restoration", "Windscreen missing", "Custom police version"]) {
      const adjustment = result.adjustments.find((a) => a.label === label);
      expect(adjustment, label).toMatchObject({ basis: "estimate" });
      expect(adjustment!.reason).toMatch(/our (estimate|parts price)/);
    }
  });
});
