import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, listings, soldItems } from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { unusedLatePedalCar } from "@/lib/catalogue/examples";
import { listSitemapEntries, listSitemapNames } from "@/lib/sitemap/sitemap";
import { importedPedalCarSale } from "../fixtures/sales";
import { withNextDataCache } from "../support/next-data-cache";
import { withTestDatabase } from "../support/test-database";
import { createListing, createUser } from "./checkout-fixtures";

// What search engines are given: live listings, auctions that ended below their reserve (their result
// page), and recorded sales other than demo ones; never a draft, a deleted listing or a demo sale.

withNextDataCache();
const database = withTestDatabase();
const site = "https://market.example";
const ids: Record<string, number> = {};
const saleIds: Record<string, string> = {};

beforeAll(async () => {
  const { db } = database();
  const seller = await createUser(database());
  const car = (title: string) =>
    createListing(database(), { sellerId: seller.id, item: unusedLatePedalCar, title, priceCents: 36_500 });
  ids.live = await car("Live pedal car");
  ids.draft = await car("Draft pedal car");
  await db.update(listings).set({ status: "draft" }).where(eq(listings.id, ids.draft));
  ids.deleted = await car("Deleted pedal car");
  await db.update(listings).set({ deletedAt: new Date() }).where(eq(listings.id, ids.deleted));

  ids.belowReserve = await createLiveAuction(database(), {
    sellerId: seller.id,
    reservePriceCents: 50_000,
    endsAt: new Date(Date.now() + 3_600_000),
  });
  const bidder = await createBidder(database());
  await placeBid({ bidderId: bidder.id, input: { listingId: ids.belowReserve, maxBid: "300" } });
  await db
    .update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, ids.belowReserve));
  await closeAuctionIfDue(ids.belowReserve);

  const soldAt = new Date("2026-03-14T10:00:00Z");
  const [imported] = await db
    .insert(soldItems)
    .values(importedPedalCarSale(unusedLatePedalCar, 41_000, soldAt))
    .returning({ id: soldItems.id });
  const [demo] = await db
    .insert(soldItems)
    .values({ ...importedPedalCarSale(unusedLatePedalCar, 39_000, soldAt), origin: "demo" })
    .returning({ id: soldItems.id });
  saleIds.imported = imported!.id;
  saleIds.demo = demo!.id;
});

describe("the sitemaps", () => {
  it("name one listings block and one results slice for a small market, and nothing else", async () => {
    expect(await listSitemapNames()).toEqual(["pages", "listings-0", "results-0"]);
    expect(await listSitemapEntries("listings-7", site)).toBeNull();
    expect(await listSitemapEntries("../etc", site)).toBeNull();
  });

  it("list live listings and below-reserve results, never drafts or deleted listings", async () => {
    const urls = (await listSitemapEntries("listings-0", site))!.map((entry) => entry.url);
    expect(urls).toContain(`${site}/listings/${ids.live}`);
    expect(urls).toContain(`${site}/results/auction-${ids.belowReserve}`);
    expect(urls).not.toContain(`${site}/listings/${ids.draft}`);
    expect(urls).not.toContain(`${site}/listings/${ids.deleted}`);
    expect(urls).not.toContain(`${site}/listings/${ids.belowReserve}`);
  });

  it("list recorded sales with their day, leaving demo sales out", async () => {
    const entries = (await listSitemapEntries("results-0", site))!;
    expect(entries).toContainEqual({
      url: `${site}/results/${saleIds.imported}`,
      lastModified: "2026-03-14",
    });
    expect(entries.map((entry) => entry.url)).not.toContain(`${site}/results/${saleIds.demo}`);
  });
});
