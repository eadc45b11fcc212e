import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { soldItems, type NewSoldItem } from "@/db/schema";
import { pedalCarSellFields, postedSellForm } from "@/lib/listings/sell-form-fixtures";
import type { ValuationResponse } from "@/lib/valuation/appraise";
import { estimateRequestFromListingInput, priceWarningFor } from "@/lib/listings/sell-estimate";
import { fairValueForListing } from "@/lib/valuation/stored-fair-value";
import { withTestDatabase } from "../support/test-database";
import { unusedLatePedalCar as car } from "@/lib/catalogue/examples";

// The sell form's live estimate goes through the public API, so what a seller sees while typing is
// what the listing page and search will say once the listing is saved.

const database = withTestDatabase();
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const sold = (priceCents: number, days: number): NewSoldItem => ({
  origin: "imported",
  category: "pedal_car",
  title: `Unused late pedal car, ${priceCents / 100}`,
  attributes: car,
  era: car.era,
  condition: car.condition,
  soldPriceCents: priceCents,
  currency: "USD",
  country: "US",
  soldAt: daysAgo(days),
});

function sellForm(fields: Record<string, string>) {
  return estimateRequestFromListingInput(postedSellForm({ ...pedalCarSellFields, ...fields }));
}

async function post(
  body: unknown,
): Promise<{ status: number; body: ValuationResponse & { errors?: Record<string, string> } }> {
  const response = await POST(
    new Request("http://localhost/api/valuation", { method: "POST", body: JSON.stringify(body) }),
  );
  return { status: response.status, body: await response.json() };
}

async function estimateFor(fields: Record<string, string>) {
  const request = sellForm(fields);
  if (request.status !== "ready") throw new Error(`Expected a complete form, got ${request.status}`);
  const answer = await post(request.body);
  expect(answer.status).toBe(200);
  return { request, valuation: answer.body };
}

beforeAll(async () => {
  await database()
    .db.insert(soldItems)
    .values([20, 45, 80, 120, 200].map((days, i) => sold(36_000 + i * 500, days)));
});

describe("the sell form's live estimate through POST /api/valuation", () => {
  it("is fair for an ordinary price and warns of an absurd one, naming how far above typical it is", async () => {
    const fair = await estimateFor({ price: "350" });
    expect(fair.valuation.verdict).toBe("fair");
    expect(fair.valuation.comparables.length).toBe(5);
    expect(priceWarningFor(fair.valuation, fair.request.body.priceCents)).toBe(null);

    const absurd = await estimateFor({ price: "2,500" });
    expect(absurd.valuation.verdict).toBe("overpriced");
    const warning = priceWarningFor(absurd.valuation, absurd.request.body.priceCents)!;
    expect(warning.aboveCents).toBe(250_000 - absurd.valuation.fairValue.typicalCents);
    expect(warning.reasons.map((r) => r.label)).toEqual(["Comparable sales", "Reference value"]);
  });

  it("gives the same fair value the listing will store for search once saved", async () => {
    const { valuation } = await estimateFor({ country: "EE" });
    const stored = await fairValueForListing({ attributes: car, country: "EE" }, new Date(), database().db);
    expect(stored).toEqual(valuation.fairValue);
  });

  it("charges more shipping when the item sits across an ocean from the buyer", async () => {
    const home = await estimateFor({ country: "US" });
    const abroad = await estimateFor({ country: "EE" });
    expect(abroad.valuation.shippingCents).toBeGreaterThan(home.valuation.shippingCents);
    expect(abroad.valuation.adjustments.at(-1)!.reason).toMatch(/from EE to US/);
  });

  it("refuses a malformed item country with a message naming the field", async () => {
    const answer = await post({ item: car, shipFrom: { country: "Estonia" } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ "shipFrom.country": expect.stringMatching(/two-letter/) });
  });
});
