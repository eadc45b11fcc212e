import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { exchangeRates, listings, soldItems, type NewSoldItem } from "@/db/schema";
import { appraiseItem } from "@/lib/valuation/appraise";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";
import { createTestUser } from "../fixtures/listings";
import { withTestDatabase } from "../support/test-database";
import { unusedLatePedalCar as car } from "@/lib/catalogue/examples";

// Valuations in USD, EUR, GBP and RUB from the dated exchange-rate table in the database. The rules
// value in dollars; the answer is converted at the latest rates on or before the moment of valuation,
// and a sale in another currency at the rates of its sale date.

const database = withTestDatabase();
const now = new Date("2030-06-15T12:00:00Z");

async function ratesOn(date: string, perUsd: Record<string, string>) {
  await database()
    .db.insert(exchangeRates)
    .values(
      Object.entries(perUsd).map(([currency, rate]) => ({
        ratesOn: date,
        currency,
        perUsd: rate,
        source: "Test table",
      })),
    );
}

describe("valuation in other currencies", () => {
  it("answers in EUR, GBP and RUB at the latest rates on or before today, and says which day's", async () => {
    await ratesOn("2030-01-02", { EUR: "0.8", GBP: "0.7", RUB: "90" });
    await ratesOn("2030-06-01", { EUR: "0.9", GBP: "0.75", RUB: "100" });
    await ratesOn("2030-07-01", { EUR: "5", GBP: "5", RUB: "5" }); // after today: never used
    const usd = (await appraiseItem({ item: car, currency: "USD", now })).valuation;
    for (const [currency, rate] of [
      ["EUR", 0.9],
      ["GBP", 0.75],
      ["RUB", 100],
    ] as const) {
      const { valuation } = await appraiseItem({ item: car, currency, now });
      expect(valuation.currency).toBe(currency);
      expect(valuation.fairValue.typicalCents).toBe(Math.round(usd.fairValue.typicalCents * rate));
      expect(valuation.shippingCents).toBe(Math.round(usd.shippingCents * rate));
      expect(valuation.rates).toMatchObject({ date: "2030-06-01", perUsd: rate, source: "Test table" });
    }
  });

  it("POST /api/valuation takes currency EUR and judges a euro price", async () => {
    const response = await POST(
      new Request("http://localhost/api/valuation", {
        method: "POST",
        body: JSON.stringify({ item: car, priceCents: 30_000, currency: "EUR" }),
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.currency).toBe("EUR");
    expect(body.verdict).toEqual(expect.any(String));
    expect(body.rates.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses a currency it has no rates for, naming the field", async () => {
    const response = await POST(
      new Request("http://localhost/api/valuation", {
        method: "POST",
        body: JSON.stringify({ item: car, currency: "JPY" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).errors)).toContain("currency");
  });

  it("converts a sale in euros at the rates of its sale date", async () => {
    const sold: NewSoldItem = {
      origin: "imported",
      sourceName: "Example",
      url: "https://auctions.example/eur-1",
      category: "pedal_car",
      title: "Euro sale",
      attributes: car,
      era: car.era,
      condition: car.condition,
      soldPriceCents: 32_000,
      currency: "EUR",
      country: "DE",
      soldAt: new Date("2030-03-10T12:00:00Z"),
    };
    await database().db.insert(soldItems).values(sold);
    const { valuation } = await appraiseItem({ item: car, currency: "USD", now });
    // 320.00 EUR at 0.8 EUR per dollar (the 2 January table, the latest on or before 10 March) is $400.
    expect(valuation.comparables[0]).toMatchObject({
      soldPriceCents: 40_000,
      originalPriceCents: 32_000,
      originalCurrency: "EUR",
    });
    const inEuros = (await appraiseItem({ item: car, currency: "EUR", now })).valuation;
    // In a euro answer the sale shows what it sold for.
    expect(inEuros.comparables[0]!.soldPriceCents).toBe(32_000);
    expect(inEuros.comparables[0]!.originalCurrency).toBeUndefined();
    await database().db.delete(soldItems);
  });

  it("stores a fair value for listings priced in euros and pounds, in their currency", async () => {
    const seller = await createTestUser(database());
    const base = {
      sellerId: seller.id,
      category: "pedal_car" as const,
      status: "live" as const,
      title: "Euro car",
      attributes: car,
      era: car.era,
      condition: car.condition,
      askingPriceCents: 30_000,
      country: "DE",
    };
    const [fixed, auction] = await database()
      .db.insert(listings)
      .values([
        { ...base, currency: "EUR" },
        { ...base, currency: "GBP", saleFormat: "auction" },
      ])
      .returning({ id: listings.id });
    await refreshStoredFairValues({ listingIds: [fixed!.id, auction!.id], now });
    const usd = (
      await appraiseItem({ item: car, currency: "USD", shipTo: { country: "US" }, itemCountry: "DE", now })
    ).valuation;
    const stored = async (id: number) =>
      (
        await database()
          .db.select({ fair: listings.fairValueCents })
          .from(listings)
          .where(eq(listings.id, id))
      )[0]!.fair;
    expect(await stored(fixed!.id)).toBe(Math.round(usd.fairValue.typicalCents * 0.9));
    expect(await stored(auction!.id)).toBe(Math.round(usd.fairValue.typicalCents * 0.75));
  });
});
