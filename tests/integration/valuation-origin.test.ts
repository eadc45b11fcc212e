import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { soldItems, type NewSoldItem } from "@/db/schema";
import { createRandom } from "@/db/seed/random";
import { externalSoldItems } from "@/db/seed/sold-history";
import { appraiseItem } from "@/lib/valuation/appraise";
import { withTestDatabase } from "../support/test-database";
import { unusedLatePedalCar as car } from "@/lib/catalogue/examples";

// Sales know where they come from: recorded here, imported from a named public source, or demo.
// Demo sales may shape the demo's numbers, but every answer says they are demo.

const database = withTestDatabase();
const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function sale(
  origin: NewSoldItem["origin"],
  priceCents: number,
  days: number,
  extra: Partial<NewSoldItem> = {},
): NewSoldItem {
  return {
    origin,
    category: "pedal_car",
    title: `${origin} sale at ${priceCents / 100}`,
    attributes: car,
    era: car.era,
    condition: car.condition,
    soldPriceCents: priceCents,
    currency: "USD",
    country: "US",
    soldAt: daysAgo(days),
    ...extra,
  };
}

describe("where sales come from", () => {
  it("the demo seed's generated sales are all marked demo", () => {
    const rows = externalSoldItems(createRandom(1973), now);
    expect(rows.length).toBeGreaterThan(200);
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set(["demo"]));
  });

  it("an answer built on demo sales says so, in the reason, the source and each comparable", async () => {
    await database()
      .db.insert(soldItems)
      .values([10, 40, 70, 100].map((d) => sale("demo", 36_000, d)));
    const { valuation, priceHistory } = await appraiseItem({
      item: car,
      priceCents: 35_000,
      currency: "USD",
      now,
    });
    const market = valuation.adjustments.find((a) => a.label === "Comparable sales")!;
    expect(market.reason).toMatch(/^4 demo sales \(synthetic, not market evidence\)/);
    expect(market.source).toMatch(/demo/i);
    expect(market.source).not.toMatch(/here and elsewhere/);
    expect(valuation.comparables.map((c) => c.origin)).toEqual(["demo", "demo", "demo", "demo"]);
    expect(priceHistory.every((p) => p.origin === "demo")).toBe(true);
  });

  it("names an imported sale's source and address, and counts marketplace and imported sales as evidence", async () => {
    await database().db.delete(soldItems);
    await database()
      .db.insert(soldItems)
      .values([
        sale("imported", 37_000, 20, {
          sourceName: "Example Auctions",
          url: "https://auctions.example/lot/1",
        }),
        sale("marketplace", 36_500, 30, { url: "/listings/1" }),
        sale("demo", 36_000, 40),
      ]);
    const response = await POST(
      new Request("http://localhost/api/valuation", {
        method: "POST",
        body: JSON.stringify({ item: car, priceCents: 35_000 }),
      }),
    );
    const body = await response.json();
    const imported = body.comparables.find((c: { origin: string }) => c.origin === "imported");
    expect(imported).toMatchObject({ sourceName: "Example Auctions", url: "https://auctions.example/lot/1" });
    expect(body.comparables.map((c: { origin: string }) => c.origin).sort()).toEqual([
      "demo",
      "imported",
      "marketplace",
    ]);
    const market = body.adjustments.find((a: { label: string }) => a.label === "Comparable sales");
    expect(market.reason).toMatch(/2 recorded sales and 1 demo sale \(synthetic, not market evidence\)/);
  });

  it("source address is unique: the same imported result cannot be stored twice", async () => {
    const row = sale("imported", 37_000, 20, {
      sourceName: "Example Auctions",
      url: "https://auctions.example/lot/2",
    });
    await database().db.insert(soldItems).values(row);
    await expect(database().db.insert(soldItems).values(row)).rejects.toThrow();
    expect(
      await database().db.select().from(soldItems).where(eq(soldItems.url, "https://auctions.example/lot/2")),
    ).toHaveLength(1);
  });
});
