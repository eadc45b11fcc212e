import fs from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/valuation/route";
import { soldItems, valuationAccuracy, type NewSoldItem } from "@/db/schema";
import { runValuationBacktest } from "@/lib/valuation/accuracy";
import { checkSales } from "@/lib/valuation/engine/backtest";
import { importSales } from "@/lib/valuation/sales-import";
import { withTestDatabase } from "../support/test-database";
import { unusedLatePedalCar as car } from "@/lib/catalogue/examples";

const database = withTestDatabase();
const now = new Date("2026-11-24T12:00:00Z");
const header = "title,category,attributes,price,currency,sold_on,country,source_name,source_url";
const carJson = `"${JSON.stringify(car).replaceAll('"', '""').replace('{""category"":""pedal_car"",', "{")}"`;

async function valuationBody() {
  const response = await POST(
    new Request("http://localhost/api/valuation", { method: "POST", body: JSON.stringify({ item: car }) }),
  );
  return response.json();
}

describe("npm run sales:import", () => {
  it("loads the example file, then adds nothing when it is imported again", async () => {
    const text = await fs.readFile("tests/fixtures/sold-results.csv", "utf8");
    expect(await importSales(database().db, text, now)).toEqual({ ok: true, added: 3, alreadyKnown: 0 });
    expect(await importSales(database().db, text, now)).toEqual({ ok: true, added: 0, alreadyKnown: 3 });
    const rows = await database()
      .db.select({ origin: soldItems.origin, sourceName: soldItems.sourceName, currency: soldItems.currency })
      .from(soldItems);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.origin === "imported" && r.sourceName?.startsWith("Example"))).toBe(true);
    await database().db.delete(soldItems);
  });

  it("refuses a file with bad rows, naming each line and field, and stores nothing from it", async () => {
    const text = [
      header,
      `Good one,pedal_car,${carJson},350,USD,2026-01-10,US,Example Auctions,https://auctions.example/good`,
      `Bad price,pedal_car,${carJson},three hundred,USD,2026-01-11,US,Example Auctions,https://auctions.example/bad-price`,
      `Bad era,pedal_car,"{""era"":""1990s""}",300,USD,2026-01-12,US,Example Auctions,https://auctions.example/bad-era`,
      `No address,pedal_car,${carJson},300,JPY,2031-01-12,US,Example Auctions,not a link`,
    ].join("\n");
    const result = await importSales(database().db, text, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = (line: number) => result.problems.filter((p) => p.line === line).map((p) => p.field);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(["price"]);
    expect(at(4)).toContain("attributes.era");
    expect(at(5)).toEqual(expect.arrayContaining(["currency", "source_url"]));
    expect(await database().db.select().from(soldItems)).toEqual([]);
  });
});

describe("npm run valuation:backtest and the published accuracy", () => {
  it("with only demo sales, publishes no figure and says why", async () => {
    await database()
      .db.insert(soldItems)
      .values(
        [10, 20, 30].map((d, i) => ({
          origin: "demo" as const,
          category: "pedal_car" as const,
          title: `Demo ${i}`,
          attributes: car,
          era: car.era,
          condition: car.condition,
          soldPriceCents: 35_000,
          currency: "USD" as const,
          country: "US",
          soldAt: new Date(now.getTime() - d * 86_400_000),
        })),
      );
    const summary = await runValuationBacktest({ now });
    expect(summary.find((s) => s.category === "pedal_car")).toMatchObject({
      sampleSize: 0,
      demoSales: 3,
      medianAbsoluteError: null,
    });
    const { accuracy } = await valuationBody();
    expect(accuracy).toMatchObject({ status: "not_measured", sampleSize: 0, category: "pedal_car" });
    expect(accuracy.reason).toMatch(/only sales on record are 3 demo sales/);
  });

  it("measures each recorded sale from the sales before it and publishes the figures with their date and sample size", async () => {
    // Four recorded sales of the same car over a year; the demo sales above stay out of it.
    const prices = [
      [300, 34_000],
      [200, 36_000],
      [100, 38_000],
      [50, 33_000],
    ] as const;
    const recorded: NewSoldItem[] = prices.map(([days, cents], i) => ({
      origin: "imported",
      sourceName: "Example Auctions",
      url: `https://auctions.example/bt-${i}`,
      category: "pedal_car",
      title: `Recorded ${i}`,
      attributes: car,
      era: car.era,
      condition: car.condition,
      soldPriceCents: cents,
      currency: "USD",
      country: "US",
      soldAt: new Date(now.getTime() - days * 86_400_000),
    }));
    await database().db.insert(soldItems).values(recorded);
    const measuredAt = new Date(now.getTime() + 60_000);
    const summary = await runValuationBacktest({ now: measuredAt });
    const checks = checkSales(
      recorded.map((r) => ({
        title: r.title,
        soldPriceCents: r.soldPriceCents,
        soldAt: r.soldAt as Date,
        item: car,
        country: "US",
        origin: "imported",
      })),
    );
    const errors = checks.map((c) => c.absoluteError).sort((a, b) => a - b);
    const pedal = summary.find((s) => s.category === "pedal_car")!;
    expect(pedal.sampleSize).toBe(4);
    expect(pedal.demoSales).toBe(3);
    expect(pedal.medianAbsoluteError).toBeCloseTo((errors[1]! + errors[2]!) / 2, 10);
    expect(pedal.insideRangeShare).toBe(checks.filter((c) => c.inside).length / 4);
    expect(await database().db.select().from(valuationAccuracy)).toHaveLength(8); // two runs, four categories each

    const { accuracy } = await valuationBody();
    expect(accuracy).toEqual({
      status: "measured",
      measuredAt: measuredAt.toISOString(),
      category: "pedal_car",
      sampleSize: 4,
      medianAbsolutePercentError: Math.round(pedal.medianAbsoluteError! * 10_000) / 100,
      insideRangePercent: Math.round(pedal.insideRangeShare! * 10_000) / 100,
    });
  });
});
