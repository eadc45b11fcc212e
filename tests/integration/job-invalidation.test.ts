import { withNextDataCache } from "../support/next-data-cache";
import { describe, expect, it } from "vitest";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { runJob } from "@/lib/jobs/catalogue";
import { getPublicListing, queryPublicListing } from "@/lib/listings/queries";
import { withTestDatabase } from "../support/test-database";
import { createUser } from "./checkout-fixtures";

// A scheduled job runs outside any request, where Next's revalidateTag refuses to work: the job
// expires the pages it changed through the cache itself, so a cached listing page shows the
// auction closed on its next visit, not minutes later.

const database = withTestDatabase();
withNextDataCache();

/** What a page shows, as the cache keeps it (dates as text). */
const asShown = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

async function auctionWithABid(endsAt: Date) {
  const seller = await createUser(database(), { country: "US" });
  const bidder = await createBidder(database(), { country: "US" });
  const listingId = await createLiveAuction(database(), {
    sellerId: seller.id,
    startPriceCents: 20_000,
    endsAt,
  });
  await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } });
  return listingId;
}

describe("a scheduled job's changes on cached pages", () => {
  it("a closed auction shows closed on the cached listing page once the job has run", async () => {
    const endsAt = new Date(Date.now() + 3_600_000);
    const afterEnd = new Date(endsAt.getTime() + 1_000);
    const quiet = await auctionWithABid(endsAt);
    const closedByJob = await auctionWithABid(endsAt);
    const openQuiet = asShown(await getPublicListing(quiet));
    const openClosedByJob = asShown(await getPublicListing(closedByJob));

    // Closed without a word to the cache: the cached page still shows it open (the cache is in play).
    await closeAuctionIfDue(quiet, { now: afterEnd });
    expect(asShown(await queryPublicListing(quiet))).not.toEqual(openQuiet);
    expect(asShown(await getPublicListing(quiet))).toEqual(openQuiet);

    // Closed by the scheduled job: the cached page shows it as it now stands.
    expect((await runJob("close-auctions", { now: afterEnd })).closed).toBeGreaterThanOrEqual(1);
    const closed = asShown(await queryPublicListing(closedByJob));
    expect(closed).not.toEqual(openClosedByJob);
    expect(asShown(await getPublicListing(closedByJob))).toEqual(closed);
  });
});
