import { beforeAll, describe, expect, it } from "vitest";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { isWatching, listWatchlist, setWatching } from "@/lib/watchlist/watchlist";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let seller: { id: string };

beforeAll(async () => {
  seller = await createBidder(database());
});

describe("the watchlist", () => {
  it("adds a listing once, lists it with its auction, and removes it; each person sees only their own", async () => {
    const listingId = await createLiveAuction(database(), {
      sellerId: seller.id,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const collector = await createBidder(database());
    const other = await createBidder(database());
    expect(await setWatching({ userId: collector.id, listingId, watching: true })).toEqual({
      ok: true,
      watching: true,
    });
    expect(await setWatching({ userId: collector.id, listingId, watching: true })).toEqual({
      ok: true,
      watching: true,
    });
    expect(await isWatching({ userId: collector.id, listingId })).toBe(true);
    expect(await isWatching({ userId: other.id, listingId })).toBe(false);
    const list = await listWatchlist({ userId: collector.id });
    expect(list).toEqual([
      expect.objectContaining({
        id: listingId,
        saleFormat: "auction",
        priceCents: 10_000,
        auction: expect.objectContaining({ bidCount: 0, status: "open" }),
      }),
    ]);
    expect(await listWatchlist({ userId: other.id })).toEqual([]);
    // Removing from another person's list touches nothing of the collector's.
    await setWatching({ userId: other.id, listingId, watching: false });
    expect(await isWatching({ userId: collector.id, listingId })).toBe(true);
    await setWatching({ userId: collector.id, listingId, watching: false });
    expect(await listWatchlist({ userId: collector.id })).toEqual([]);
  });

  it("refuses to watch a listing that does not exist", async () => {
    const collector = await createBidder(database());
    expect(await setWatching({ userId: collector.id, listingId: 987_654, watching: true })).toMatchObject({
      ok: false,
    });
  });
});
