import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getPhoto } from "@/app/(catalogue)/photos/[file]/route";
import { auctions, listingPhotos, partFits } from "@/db/schema";
import { getAuctionView } from "@/lib/auctions/queries";
import { getListingPreview } from "@/lib/listings/dashboard-queries";
import type { Actor } from "@/lib/auth/actor";
import { deleteListing, markListingSold, unpublishListing } from "@/lib/selling/listings";
import { queryPublicListing } from "@/lib/listings/queries";
import { queryPartsThatFit, queryRelatedListings } from "@/lib/listings/related";
import { photoFileName } from "@/lib/photos/variants";
import { addListingPhoto } from "@/lib/selling/photos";
import { listWatchlist, setWatching } from "@/lib/watchlist/watchlist";
import { createListing, createUser, latePedalCar, windscreen } from "./checkout-fixtures";
import { withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { withTestDatabase } from "../support/test-database";

// The auction API reads the session at its module boundary; here nobody is signed in.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
// Test files share a worker: the next file gets the real modules again.
afterAll(() => {
  vi.doUnmock("@/lib/auth/session");
});
const { GET: getAuction } = await import("@/app/api/auctions/[id]/route");

// Not live means not offered: the public reads a live listing, or a sold one as a record of the sale,
// and nothing else; the seller still sees their own.

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;
let admin: Actor;
let stranger: Actor;

beforeAll(async () => {
  seller = await createUser(database(), { country: "US" });
  admin = await createUser(database(), { role: "admin" });
  stranger = await createUser(database());
});

const car = (title = "1993 AZLK pedal car, unused") =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, title, priceCents: 36500 });

async function photoFiles(listingId: number) {
  const rows = await database()
    .db.select({ key: listingPhotos.storageKey })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listingId));
  return rows.map((r) => photoFileName(r.key, "thumb"));
}

const fetchPhoto = (file: string) =>
  getPhoto(new Request(`http://test/photos/${file}`), { params: Promise.resolve({ file }) });

describe("an unpublished listing", () => {
  it("is gone from its public page, the valuation link, related listings and the watchlist, but the seller still sees it", async () => {
    const listing = await car("Unused pedal car, withdrawn soon");
    const neighbour = await car("Another unused pedal car");
    expect(await queryPublicListing(listing)).toMatchObject({ id: listing, view: "offered" });
    expect(await setWatching({ userId: stranger.id, listingId: listing, watching: true })).toMatchObject({
      ok: true,
    });

    expect(await unpublishListing({ actor: seller, listingId: listing })).toMatchObject({ ok: true });
    expect(await queryPublicListing(listing)).toBeNull();
    const related = await queryRelatedListings(
      { id: neighbour, category: "pedal_car", era: "late_soft_tires", model: null },
      10,
    );
    expect(related.map((r) => r.id)).not.toContain(listing);
    const watched = (await listWatchlist({ userId: stranger.id })).find((w) => w.id === listing);
    expect(watched).toMatchObject({ view: "hidden", coverPhotoKey: null });
    expect(await setWatching({ userId: admin.id, listingId: listing, watching: true })).toMatchObject({
      ok: false,
    });

    expect(await getListingPreview({ viewer: seller, listingId: listing })).toMatchObject({
      id: listing,
      status: "withdrawn",
      view: "hidden",
    });
    expect(await getListingPreview({ viewer: admin, listingId: listing })).toMatchObject({ id: listing });
    expect(await getListingPreview({ viewer: stranger, listingId: listing })).toBeNull();
  });

  it("drops out of the parts that fit", async () => {
    const part = await createListing(database(), {
      sellerId: seller.id,
      item: windscreen,
      title: "Windscreen for late cars",
      priceCents: 4500,
      quantity: 3,
    });
    await database().db.insert(partFits).values({ listingId: part, fitsCategory: "pedal_car" });
    const fits = () => queryPartsThatFit({ category: "pedal_car", model: null, era: "late_soft_tires" }, 50);
    expect((await fits()).map((p) => p.id)).toContain(part);
    await unpublishListing({ actor: seller, listingId: part });
    expect((await fits()).map((p) => p.id)).not.toContain(part);
  });
});

describe("a sold listing", () => {
  it("stays readable as a sale, but is offered to nobody", async () => {
    const listing = await car("Unused pedal car, sold elsewhere");
    expect(await markListingSold({ actor: seller, listingId: listing })).toMatchObject({ ok: true });
    expect(await queryPublicListing(listing)).toMatchObject({ id: listing, view: "sold" });
    expect(await setWatching({ userId: stranger.id, listingId: listing, watching: true })).toMatchObject({
      ok: false,
    });
  });
});

describe("a deleted listing", () => {
  it("stops serving its photos, to everyone", async () => {
    const listing = await car("Unused pedal car, to be deleted");
    expect(
      await addListingPhoto({ actor: seller, listingId: listing, bytes: await makePng() }),
    ).toMatchObject({ ok: true });
    const [file] = await photoFiles(listing);
    const served = await fetchPhoto(file!);
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).not.toContain("immutable");

    expect(await deleteListing({ actor: seller, listingId: listing })).toMatchObject({ ok: true });
    expect((await fetchPhoto(file!)).status).toBe(404);
    expect(await queryPublicListing(listing)).toBeNull();
    expect(await getListingPreview({ viewer: seller, listingId: listing })).toBeNull();
    expect((await fetchPhoto("not-a-photo.webp")).status).toBe(404);
  });
});

describe("an unpublished auction", () => {
  it("is not answered by the auction API to anyone but its seller", async () => {
    const auction = await createListing(database(), {
      sellerId: seller.id,
      item: latePedalCar,
      title: "Pedal car auction, withdrawn",
      priceCents: 10000,
      saleFormat: "auction",
    });
    const now = Date.now();
    await database()
      .db.insert(auctions)
      .values({
        listingId: auction,
        status: "open",
        startPriceCents: 10000,
        lengthDays: 7,
        startsAt: new Date(now - 3_600_000),
        endsAt: new Date(now + 86_400_000),
        originalEndsAt: new Date(now + 86_400_000),
      });
    expect(await getAuctionView({ listingId: auction, viewerId: stranger.id })).not.toBeNull();
    await unpublishListing({ actor: seller, listingId: auction });
    expect(await getAuctionView({ listingId: auction, viewerId: stranger.id })).toBeNull();
    expect(await getAuctionView({ listingId: auction, viewerId: null })).toBeNull();
    expect(await getAuctionView({ listingId: auction, viewerId: seller.id })).not.toBeNull();
    expect(
      (
        await getAuction(new Request(`http://test/api/auctions/${auction}`), {
          params: Promise.resolve({ id: String(auction) }),
        })
      ).status,
    ).toBe(404);
  });
});
