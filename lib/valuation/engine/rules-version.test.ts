import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { original412Sedan } from "@/lib/catalogue/examples";
import { estimateValue } from "./estimate";
import { valuationRulesVersion } from "./rules-version";
import { now, referenceCar, sale } from "./test-fixtures";
import type { ValuationInput } from "./types";

// Cached answers are keyed by valuationRulesVersion, so a change of the rules that moves any answer
// must come with a new version, or cached answers would go on saying what the old rules said. This
// test values a fixed set of questions and compares what the rules answer with the fingerprint
// recorded for the current version: when it fails, bump valuationRulesVersion and record the new
// fingerprint beside it (a change that moves no answer needs neither).
const recorded = { version: "2026-05-rules-1", fingerprint: "32e44a74fb23b56f" };

const questions: ValuationInput[] = [
  { item: referenceCar, now },
  { item: referenceCar, priceCents: 35_000, shipTo: { country: "US", postalCode: "07302" }, now },
  { item: { ...referenceCar, restored: true, windscreen: "missing" }, priceCents: 52_000, now },
  {
    item: referenceCar,
    priceCents: 30_000,
    shipTo: { country: "GB" },
    itemCountry: "EE",
    comparables: [sale(34_000, 2), sale(36_500, 5), sale(31_000, 11), sale(90_000, 3)],
    now,
  },
  { item: original412Sedan, priceCents: 450_000, shipTo: { country: "DE" }, now },
  { item: { category: "toy", toy: "zil130_dump_truck", plate: "other", condition: "good" }, now },
  {
    item: {
      category: "part",
      partType: "windscreen",
      source: "new_old_stock",
      condition: "new",
      fits: [{ category: "pedal_car", era: "late_soft_tires" }],
    },
    priceCents: 4_500,
    now,
  },
];

describe("the valuation rules' version", () => {
  it("changes whenever the rules answer any of a fixed set of questions differently", () => {
    const answers = JSON.stringify(questions.map((question) => estimateValue(question)));
    const fingerprint = createHash("sha256").update(answers).digest("hex").slice(0, 16);
    expect({ version: valuationRulesVersion, fingerprint }).toEqual(recorded);
  });
});
