import { describe, expect, it } from "vitest";
import { pedalCarSellFields, postedSellForm } from "./sell-form-fixtures";
import { estimateValue } from "@/lib/valuation/engine/estimate";
import { estimateRequestFromListingInput, listWords, priceWarningFor } from "./sell-estimate";
import { now, referenceCar } from "@/lib/valuation/engine/test-fixtures";

// The seller in these tests types a lower-case country code.
const pedalCarFields = { ...pedalCarSellFields, country: "us" };
const form = postedSellForm;

describe("the sell form's live estimate request", () => {
  it("turns a filled-in pedal car into the API's item, for a US buyer, with the seller's country and price", () => {
    const request = estimateRequestFromListingInput(form(pedalCarFields));
    expect(request).toEqual({
      status: "ready",
      price: "priced",
      auction: false,
      body: {
        item: referenceCar,
        priceCents: 35_000,
        currency: "USD",
        shipTo: { country: "US" },
        shipFrom: { country: "US" },
      },
    });
    expect(estimateRequestFromListingInput(form({ ...pedalCarFields, saleFormat: "auction" }))).toMatchObject(
      { status: "ready", auction: true, body: { priceCents: 35_000 } },
    );
  });

  it("names what is still missing, in the form's words", () => {
    const request = estimateRequestFromListingInput(form({ ...pedalCarFields, plate: "", windscreen: "" }));
    expect(request).toEqual({ status: "incomplete", missing: ["the licence plate", "the windscreen"] });
    expect(listWords(["the era", "the licence plate", "the windscreen"])).toBe(
      "the era, the licence plate and the windscreen",
    );
  });

  it("waits for a category", () => {
    expect(estimateRequestFromListingInput(form({ category: "", title: "x" }))).toEqual({
      status: "no_category",
    });
  });

  it("reports a contradiction (an aluminum-bumper car from 1992) instead of estimating", () => {
    const request = estimateRequestFromListingInput(
      form({ ...pedalCarFields, era: "early_aluminum_bumpers", year: "1992" }),
    );
    expect(request).toMatchObject({ status: "invalid", field: "year" });
  });

  it("values without a verdict when the price is missing or zero", () => {
    const none = estimateRequestFromListingInput(form({ ...pedalCarFields, price: "" }));
    expect(none).toMatchObject({ status: "ready", price: "none" });
    expect(none.status === "ready" && "priceCents" in none.body).toBe(false);
    expect(estimateRequestFromListingInput(form({ ...pedalCarFields, price: "0" }))).toMatchObject({
      status: "ready",
      price: "none",
    });
    expect(estimateRequestFromListingInput(form({ ...pedalCarFields, price: "abc" }))).toMatchObject({
      status: "ready",
      price: "none",
    });
  });

  it("judges a price in euros or pounds in that currency", () => {
    for (const currency of ["EUR", "GBP"]) {
      expect(estimateRequestFromListingInput(form({ ...pedalCarFields, currency }))).toMatchObject({
        status: "ready",
        price: "priced",
        body: { priceCents: 35_000, currency },
      });
    }
  });

  it("leaves the seller's country out when it is not a two-letter code yet", () => {
    const request = estimateRequestFromListingInput(form({ ...pedalCarFields, country: "U" }));
    expect(request.status === "ready" && request.body.shipFrom).toBe(undefined);
  });

  it("reads a classic car's numbers and ticked issues, and a part's fit rows", () => {
    const car = estimateRequestFromListingInput(
      form({
        category: "classic_car",
        title: "",
        model: "412",
        body: "sedan",
        year: "1975",
        mileageKm: "120,000",
        conditionGrade: "3",
        originality: "original",
        exportVersion: "none",
        knownIssues: ["corrosion", "electrics"],
        price: "4500",
        currency: "USD",
        country: "EE",
      }),
    );
    expect(car).toMatchObject({
      status: "ready",
      body: {
        item: {
          category: "classic_car",
          year: 1975,
          mileageKm: 120_000,
          conditionGrade: 3,
          knownIssues: ["corrosion", "electrics"],
        },
        shipFrom: { country: "EE" },
      },
    });
    const part = estimateRequestFromListingInput(
      form({
        category: "part",
        title: "",
        partType: "windscreen",
        source: "reproduction",
        condition: "new",
        "fits.0.category": "pedal_car",
        "fits.0.era": "",
        price: "45",
        currency: "USD",
        country: "US",
      }),
    );
    expect(part).toMatchObject({
      status: "ready",
      body: { item: { category: "part", fits: [{ category: "pedal_car" }] } },
    });
    const noFit = estimateRequestFromListingInput(
      form({
        category: "part",
        title: "",
        partType: "windscreen",
        source: "reproduction",
        condition: "new",
        "fits.0.category": "",
      }),
    );
    expect(noFit).toEqual({ status: "incomplete", missing: ["what it fits"] });
  });
});

describe("the seller's priced-high warning", () => {
  const valuationAt = (priceCents: number, item = referenceCar) =>
    estimateValue({ item, priceCents, currency: "USD", shipTo: { country: "US" }, now });

  it("stays quiet for a fair price and without a price", () => {
    expect(priceWarningFor(valuationAt(35_000), 35_000)).toBe(null);
    expect(priceWarningFor({ ...valuationAt(35_000), verdict: null }, undefined)).toBe(null);
  });

  it("says how far above the typical value an absurd price is, and the biggest reasons first", () => {
    const item = { ...referenceCar, windscreen: "missing" as const, condition: "good" as const };
    const valuation = valuationAt(250_000, item);
    const warning = priceWarningFor(valuation, 250_000)!;
    expect(warning.verdict).toBe("overpriced");
    expect(warning.aboveCents).toBe(250_000 - valuation.fairValue.typicalCents);
    expect(warning.abovePercent).toBeGreaterThan(500);
    expect(warning.reasons.length).toBeGreaterThan(0);
    expect(warning.reasons.length).toBeLessThanOrEqual(3);
    expect(warning.reasons.map((r) => r.label)).toContain("Windscreen missing");
    expect(warning.reasons.map((r) => r.label)).toEqual([
      "Condition",
      "Windscreen missing",
      "Reference value",
    ]);
  });

  it("gives the reference value's reason when nothing else moved the value", () => {
    const valuation = valuationAt(60_000);
    const warning = priceWarningFor(valuation, 60_000)!;
    expect(warning.verdict).toMatch(/high|overpriced/);
    expect(warning.reasons.map((r) => r.label)).toEqual(["Reference value"]);
  });
});
