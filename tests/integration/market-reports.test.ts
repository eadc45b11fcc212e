import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { auctions, listings, soldItems, type NewSoldItem } from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { readAllMarketReports, readMarketReport } from "@/lib/reports/queries";
import { findReportSegment } from "@/lib/reports/segments";
import { goodLatePedalCar, latePedalCarSale } from "../fixtures/sales";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();

// The report is made for this moment; every sale and auction below is dated around it.
const now = new Date("2026-05-15T12:00:00Z");
const lateCars = findReportSegment("pedal_car", "late_soft_tires")!;

const lateCar = goodLatePedalCar;

function sale(overrides: Partial<NewSoldItem>): NewSoldItem {
  return latePedalCarSale(now, { ...overrides });
}

/** An auction of a late car, bid on, then closed; its close is dated `closedAt`. */
async function endedAuction(reservePriceCents: number | null, closedAt: string) {
  const { db } = database();
  const seller = await createBidder(database());
  const bidder = await createBidder(database());
  const listingId = await createLiveAuction(database(), {
    sellerId: seller.id,
    startPriceCents: 20_000,
    reservePriceCents,
    endsAt: new Date(Date.now() + 3_600_000),
  });
  expect((await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } })).ok).toBe(true);
  await db
    .update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, listingId));
  const closed = await closeAuctionIfDue(listingId);
  await db
    .update(auctions)
    .set({ closedAt: new Date(closedAt) })
    .where(eq(auctions.listingId, listingId));
  return { listingId, closed };
}

let soldAuctionListingId: number;

beforeAll(async () => {
  const { db } = database();
  const unsold = await endedAuction(90_000, "2026-04-20T10:00:00Z");
  expect(unsold.closed).toMatchObject({ result: "reserve_not_met" });
  const sold = await endedAuction(null, "2026-04-21T10:00:00Z");
  expect(sold.closed).toMatchObject({ result: "sold" });
  soldAuctionListingId = sold.listingId;
  await db
    .update(listings)
    .set({ publishedAt: new Date("2026-04-01T10:00:00Z") })
    .where(eq(listings.id, sold.listingId));

  await db.insert(soldItems).values([
    // Sold here nine days after it was published.
    sale({ listingId: sold.listingId, soldPriceCents: 30_000, soldAt: new Date("2026-04-10T10:00:00Z") }),
    // £330.40 at the migration's GBP rate of 28 Feb 2025 (0.79346845 per dollar): 41,640 US cents.
    sale({
      origin: "imported",
      sourceName: "Bonhams",
      url: "https://www.bonhams.example/lot/pedal-car",
      soldPriceCents: 33_040,
      currency: "GBP",
      country: "GB",
      soldAt: new Date("2026-03-01T10:00:00Z"),
    }),
    sale({ origin: "demo", soldPriceCents: 50_000, soldAt: new Date("2026-05-01T10:00:00Z") }),
    sale({ soldPriceCents: 20_000, soldAt: new Date("2025-11-20T10:00:00Z") }),
    // The 12 months before.
    sale({ soldPriceCents: 10_000, soldAt: new Date("2024-12-01T10:00:00Z") }),
    // Another segment's sale.
    sale({
      era: "plastic_bumpers",
      attributes: { ...lateCar, era: "plastic_bumpers" },
      soldPriceCents: 99_900,
      soldAt: new Date("2026-04-01T10:00:00Z"),
    }),
  ]);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a segment's market report", () => {
  it("leaves demo sales out in production mode, and converts each sale at its dated rate", async () => {
    const report = await readMarketReport(lateCars, { now, includeDemo: false });
    expect(report.demoCounted).toBe(false);
    // 20,000, 30,000 and 41,640 US cents: the median is the middle one.
    expect(report.lastTwelveMonths).toMatchObject({ sales: 3, medianCents: 30_000, medianDaysToSell: 9 });
    expect(report.previousTwelveMonths).toMatchObject({ sales: 1, medianCents: 10_000 });
    expect(report.evidence).toEqual({
      sales: 4,
      marketplace: 3,
      demo: 0,
      imported: [{ sourceName: "Bonhams", sales: 1 }],
    });
    const q1 = report.quarters.find((q) => q.quarter === "2026-Q1")!;
    expect(q1).toMatchObject({ sales: 1, medianCents: 41_640 });
    expect(report.whatMoved.text).toMatch(/^Too few sales to compare/);
  });

  it("counts an auction that ended below its reserve as not sold", async () => {
    const report = await readMarketReport(lateCars, { now, includeDemo: false });
    const q2 = report.quarters.find((q) => q.quarter === "2026-Q2")!;
    expect(q2).toMatchObject({ auctionsEnded: 2, auctionsSold: 1, sellThroughPercent: 50 });
    expect(report.lastTwelveMonths).toMatchObject({
      auctionsEnded: 2,
      auctionsSold: 1,
      sellThroughPercent: 50,
    });
    expect(soldAuctionListingId).toBeGreaterThan(0);
  });

  it("counts demo sales where the demo runs", async () => {
    const report = await readMarketReport(lateCars, { now, includeDemo: true });
    expect(report.demoCounted).toBe(true);
    // 20,000, 30,000, 41,640 and 50,000: halfway between the middle two.
    expect(report.lastTwelveMonths).toMatchObject({ sales: 4, medianCents: 35_820 });
    expect(report.evidence.demo).toBe(1);
  });

  it("decides by the settings: a real database without SEED_DEMO shows no demo sales", async () => {
    vi.stubEnv("DATABASE_URL", process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/unused");
    vi.stubEnv("SEED_DEMO", undefined);
    expect((await readMarketReport(lateCars, { now })).evidence.demo).toBe(0);
    vi.stubEnv("SEED_DEMO", "true");
    expect((await readMarketReport(lateCars, { now })).evidence.demo).toBe(1);
  });

  it("gives every segment its own figures from one read", async () => {
    const reports = await readAllMarketReports({ now, includeDemo: false });
    const byKey = new Map(reports.map((r) => [r.segment.key, r]));
    expect(byKey.get("pedal_car:late_soft_tires")!.lastTwelveMonths.medianCents).toBe(30_000);
    expect(byKey.get("pedal_car:plastic_bumpers")!.lastTwelveMonths).toMatchObject({
      sales: 1,
      medianCents: 99_900,
      auctionsEnded: 0,
    });
    expect(byKey.get("classic_car:412")!.lastTwelveMonths.sales).toBe(0);
  });
});
