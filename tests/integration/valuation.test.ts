import { importedPedalCarSale } from "../fixtures/sales";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { soldItems, type NewSoldItem } from "@/db/schema";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { appraiseItem } from "@/lib/valuation/appraise";
import { withTestDatabase } from "../support/test-database";
import { unusedLatePedalCar as car } from "@/lib/catalogue/examples";

const database = withTestDatabase();
const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function soldPedalCar(priceCents: number, days: number, item: PedalCarItem = car): NewSoldItem {
  return importedPedalCarSale(item, priceCents, daysAgo(days));
}

function post(body: unknown) {
  return POST(
    new Request("http://localhost/api/valuation", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("valuation with market comparables", () => {
  it("rests on the rules alone, at low confidence, with no sales on record", async () => {
    const { valuation } = await appraiseItem({ item: car, currency: "USD", now });
    expect(valuation.confidence).toBe("low");
    expect(valuation.comparables).toEqual([]);
  });

  it("leans on close recent sales from the database, shows them, and ignores other eras' and categories' noise", async () => {
    const rulesOnly = (await appraiseItem({ item: car, currency: "USD", now })).valuation.fairValue
      .typicalCents;
    await database()
      .db.insert(soldItems)
      .values([
        ...[10, 40, 70, 100, 130, 160].map((days) => soldPedalCar(38_000, days)),
        soldPedalCar(4_000_000, 20), // a mistyped price: an outlier
        soldPedalCar(90_000, 15, { ...car, era: "early_aluminum_bumpers" }),
        {
          origin: "imported",
          category: "toy",
          title: "ZiL-130",
          attributes: { category: "toy", toy: "crane", plate: "azlk_1993", condition: "unused" },
          soldPriceCents: 99_900,
          currency: "USD",
          country: "US",
          soldAt: daysAgo(5),
        },
      ]);
    const { valuation, priceHistory } = await appraiseItem({
      item: car,
      priceCents: 35_000,
      currency: "USD",
      now,
    });
    expect(valuation.fairValue.typicalCents).toBeGreaterThan(rulesOnly);
    expect(valuation.fairValue.typicalCents).toBeLessThan(38_500);
    expect(valuation.confidence).toBe("high");
    expect(valuation.comparables.length).toBe(6);
    expect(valuation.comparables.every((c) => c.soldPriceCents === 38_000)).toBe(true);
    expect(valuation.comparables[0]!.soldAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(priceHistory.length).toBe(7); // same era, outlier included; the chart shows what the market did
    expect(valuation.verdict).toBe("fair");
  });
});

describe("POST /api/valuation", () => {
  it("answers the documented contract", async () => {
    const response = await post({
      item: car,
      priceCents: 35_000,
      currency: "USD",
      shipTo: { country: "us", postalCode: "07302" },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    // The original fields, and the additions (accuracy, rates, warnings) beside them.
    expect(Object.keys(body).sort()).toEqual([
      "accuracy",
      "adjustments",
      "comparables",
      "confidence",
      "currency",
      "fairTotalCents",
      "fairValue",
      "maxBidCents",
      "rates",
      "shippingCents",
      "verdict",
      "warnings",
    ]);
    expect(body.fairValue.highCents).toBeLessThan(40_000);
    expect(body.shippingCents).toBeGreaterThan(0);
    expect(body.fairTotalCents).toBe(body.fairValue.typicalCents + body.shippingCents);
    expect(body.adjustments[0]).toEqual({
      label: expect.any(String),
      effectCents: expect.any(Number),
      reason: expect.any(String),
      source: expect.any(String),
      basis: "estimate",
      sourceFact: expect.any(String),
    });
    expect(
      body.adjustments.find((a: { label: string }) => a.label === "The article's fair price"),
    ).toMatchObject({ basis: "source" });
    expect(body.warnings).toEqual([]);
  });

  it.each([
    [
      "an early aluminum-bumper car from 1992",
      { item: { ...car, era: "early_aluminum_bumpers", year: 1992 } },
      "item.year",
    ],
    ["a pedal car from before 1973", { item: { ...car, year: 1969 } }, "item.year"],
    ["a negative price", { item: car, priceCents: -100 }, "priceCents"],
    ["a price in dollars with cents as a fraction", { item: car, priceCents: 350.5 }, "priceCents"],
    [
      "an unknown model",
      {
        item: {
          category: "classic_car",
          model: "999",
          body: "sedan",
          year: 1970,
          conditionGrade: 2,
          originality: "original",
        },
      },
      "item.model",
    ],
    ["an unknown category", { item: { category: "tractor" } }, "item.category"],
    ["a bad country code", { item: car, shipTo: { country: "USA" } }, "shipTo.country"],
  ])("refuses %s with a message naming the field", async (_name, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors)).toContain(field);
    expect(errors[field]).toEqual(expect.any(String));
  });

  it("refuses a body that is not JSON", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    expect((await response.json()).errors.body).toMatch(/JSON/);
  });
});
