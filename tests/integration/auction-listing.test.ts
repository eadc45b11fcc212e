import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, listings } from "@/db/schema";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder } from "@/lib/auctions/test-fixtures";
import type { Actor } from "@/lib/auth/actor";
import { publishListing, saveListing } from "@/lib/selling/listings";
import { addListingPhoto } from "@/lib/selling/photos";
import { createTestUser, restoredPedalCarForm, withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;

beforeAll(async () => {
  seller = await createTestUser(database());
});

async function readAuction(listingId: number) {
  const [row] = await database().db.select().from(auctions).where(eq(auctions.listingId, listingId));
  return row;
}

const auctionForm = (overrides: Record<string, unknown> = {}) =>
  restoredPedalCarForm({
    saleFormat: "auction",
    price: "150",
    reservePrice: "300",
    auctionLength: "3",
    ...overrides,
  });

describe("a seller puts a pedal car up for auction", () => {
  let listingId: number;

  it("saves the terms as a scheduled auction, keeping the reserve out of the listing's attributes", async () => {
    const result = await saveListing({ actor: seller, input: auctionForm() });
    expect(result).toMatchObject({ ok: true, status: "draft" });
    listingId = setupResult(result, "saving the auction draft").listingId;
    const [row] = await database().db.select().from(listings).where(eq(listings.id, listingId));
    expect(row).toMatchObject({ saleFormat: "auction", askingPriceCents: 15_000 });
    expect(Object.keys(row!.attributes)).not.toEqual(expect.arrayContaining(["reservePrice"]));
    expect(await readAuction(listingId)).toMatchObject({
      status: "scheduled",
      startPriceCents: 15_000,
      reservePriceCents: 30_000,
      lengthDays: 3,
    });
  });

  it("refuses a reserve under the starting bid, a custom end too soon, and a length left out when publishing, storing none of it", async () => {
    const low = await saveListing({ actor: seller, listingId, input: auctionForm({ reservePrice: "100" }) });
    expect(low).toMatchObject({
      ok: false,
      fieldErrors: { reservePrice: expect.stringContaining("reserve") },
    });
    const soon = await saveListing({
      actor: seller,
      listingId,
      input: auctionForm({
        auctionLength: "custom",
        auctionEndsAt: new Date(Date.now() + 30_000).toISOString(),
      }),
    });
    expect(soon).toMatchObject({ ok: false, fieldErrors: { auctionEndsAt: expect.any(String) } });
    const noLength = await saveListing({
      actor: seller,
      listingId,
      input: auctionForm({ auctionLength: "" }),
      intent: "publish",
    });
    expect(noLength).toMatchObject({
      ok: false,
      fieldErrors: { auctionLength: "Choose how long the auction runs" },
    });
    expect(await readAuction(listingId)).toMatchObject({ reservePriceCents: 30_000, lengthDays: 3 });
  });

  it("refuses an auction of several spare parts at once", async () => {
    const result = await saveListing({
      actor: seller,
      input: {
        category: "part",
        title: "Windscreens for the pedal car",
        saleFormat: "auction",
        quantity: "3",
        auctionLength: "1",
        partType: "windscreen",
      },
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { quantity: expect.stringContaining("one item") },
    });
  });

  it("opens the auction on publishing, ending three days after it", async () => {
    expect((await addListingPhoto({ actor: seller, listingId, bytes: await makePng() })).ok).toBe(true);
    const before = Date.now();
    expect(await publishListing({ actor: seller, listingId })).toMatchObject({ ok: true, status: "live" });
    const auction = await readAuction(listingId);
    expect(auction?.status).toBe("open");
    const days = (auction!.endsAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
    expect(auction!.originalEndsAt).toEqual(auction!.endsAt);
  });

  it("keeps the terms once bidding has started, and keeps an auction an auction", async () => {
    const bidder = await createBidder(database());
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "200" } })).toMatchObject({
      ok: true,
    });
    const raised = await saveListing({ actor: seller, listingId, input: auctionForm({ price: "175" }) });
    expect(raised).toMatchObject({
      ok: false,
      fieldErrors: { price: expect.stringContaining("Bidding has started") },
    });
    const fixed = await saveListing({ actor: seller, listingId, input: restoredPedalCarForm() });
    expect(fixed).toMatchObject({ ok: false, fieldErrors: { saleFormat: expect.any(String) } });
    // Adding to the description is still fine; the addition is kept apart from the original.
    const [{ description } = { description: "" }] = await database()
      .db.select({ description: listings.description })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(
      await saveListing({
        actor: seller,
        listingId,
        input: auctionForm({ description: `${description}\nNew pedal bushings since.` }),
      }),
    ).toMatchObject({ ok: true });
    expect(await readAuction(listingId)).toMatchObject({
      startPriceCents: 15_000,
      reservePriceCents: 30_000,
      status: "open",
    });
  });

  it("refuses another person's edit of the auction", async () => {
    const other = await createTestUser(database());
    expect(await saveListing({ actor: other, listingId, input: auctionForm({ price: "1" }) })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
  });
});
