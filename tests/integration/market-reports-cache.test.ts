import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/reports/[category]/[segment]/route";
import { soldItems } from "@/db/schema";
import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { runJob } from "@/lib/jobs/catalogue";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { getMarketReport } from "@/lib/reports/queries";
import { findReportSegment } from "@/lib/reports/segments";
import { saleSegments } from "@/lib/valuation/segments";
import { importedPedalCarSale } from "../fixtures/sales";
import { withNextDataCache } from "../support/next-data-cache";
import { withTestDatabase } from "../support/test-database";
import { latePedalCar } from "./checkout-fixtures";

// A report answers from Next's data cache until a sale in its segment is recorded: sales written
// straight into the table (no invalidation) show whether a report came from the cache.

const database = withTestDatabase();
withNextDataCache();

const now = new Date();
const lateCars = findReportSegment("pedal_car", "late_soft_tires")!;
const earlyCar: PedalCarItem = { ...(latePedalCar as PedalCarItem), era: "early_aluminum_bumpers" };
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

async function getReport(category: string, segment: string) {
  const response = await GET(new Request(`http://localhost/api/reports/${category}/${segment}`), {
    params: Promise.resolve({ category, segment }),
  });
  return { status: response.status, body: await response.json() };
}

describe("cached market reports", () => {
  it("stay as they were until a sale in their segment expires them", async () => {
    await database()
      .db.insert(soldItems)
      .values(
        [10, 20].map((days) => importedPedalCarSale(latePedalCar as PedalCarItem, 30_000, daysAgo(days))),
      );
    expect((await getMarketReport(lateCars, now)).lastTwelveMonths.sales).toBe(2);

    await database()
      .db.insert(soldItems)
      .values([importedPedalCarSale(latePedalCar as PedalCarItem, 40_000, daysAgo(5))]);
    expect((await getMarketReport(lateCars, now)).lastTwelveMonths.sales).toBe(2);

    // A sale of an early car expires the early cars' segment only.
    await refreshListingCaches({ listingIds: [], soldSegments: saleSegments(earlyCar) });
    expect((await getMarketReport(lateCars, now)).lastTwelveMonths.sales).toBe(2);

    await refreshListingCaches({ listingIds: [], soldSegments: saleSegments(latePedalCar as PedalCarItem) });
    expect((await getMarketReport(lateCars, now)).lastTwelveMonths.sales).toBe(3);
  });

  it("count an auction the close-auctions job ended below its reserve at once, not an hour later", async () => {
    const seller = await createBidder(database());
    const bidder = await createBidder(database());
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      reservePriceCents: 50_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } });
    const afterEnd = new Date(Date.now() + 2 * 3_600_000);
    const later = new Date(afterEnd.getTime() + 60_000);
    const before = (await getMarketReport(lateCars, later)).lastTwelveMonths;
    expect((await runJob("close-auctions", { now: afterEnd })).closed).toBe(1);
    expect((await getMarketReport(lateCars, later)).lastTwelveMonths).toMatchObject({
      auctionsEnded: before.auctionsEnded + 1,
      auctionsSold: before.auctionsSold,
    });
  });

  it("answer on the API with the figures, and 404 with a message for a segment that cannot exist", async () => {
    const found = await getReport("pedal_car", "late_soft_tires");
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      currency: "USD",
      segment: { key: "pedal_car:late_soft_tires" },
      lastTwelveMonths: { sales: 3, medianCents: 30_000 },
      evidence: { imported: [{ sourceName: "an outside source", sales: 3 }] },
    });
    for (const [category, segment] of [
      ["pedal_car", "unknown"],
      ["boat", "late_soft_tires"],
      ["toy", "x".repeat(500)],
    ] as const) {
      const missing = await getReport(category, segment);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatch(/^There is no market report for that segment/);
    }
  });
});
