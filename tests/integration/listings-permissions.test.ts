import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listingPhotos, listings } from "@/db/schema";
import { getListingForEdit } from "@/lib/listings/dashboard-queries";
import type { Actor } from "@/lib/auth/actor";
import {
  deleteListing,
  markListingSold,
  publishListing,
  saveListing,
  unpublishListing,
} from "@/lib/selling/listings";
import { addListingPhoto, deleteListingPhoto, moveListingPhoto } from "@/lib/selling/photos";
import { createTestUser, restoredPedalCarForm, withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;
let stranger: Actor;
let admin: Actor;
let listingId: number;
let photoId: string;

async function snapshot() {
  const [row] = await database().db.select().from(listings).where(eq(listings.id, listingId));
  const photos = await database()
    .db.select()
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listingId));
  return { row, photos };
}

beforeAll(async () => {
  seller = await createTestUser(database());
  stranger = await createTestUser(database());
  admin = await createTestUser(database(), "admin");
  const saved = await saveListing({ actor: seller, input: restoredPedalCarForm() });
  listingId = setupResult(saved, "saving the seller's pedal car").listingId;
  const photo = await addListingPhoto({ actor: seller, listingId, bytes: await makePng() });
  photoId = setupResult(photo, "adding the first photo").photoId;
  setupResult(
    await addListingPhoto({ actor: seller, listingId, bytes: await makePng({ width: 200, height: 200 }) }),
    "adding the second photo",
  );
  setupResult(await publishListing({ actor: seller, listingId }), "publishing the pedal car");
});

describe("only the seller or an admin changes a listing", () => {
  it("refuses every change by another user and changes nothing", async () => {
    const before = await snapshot();
    const attempts = [
      saveListing({
        actor: stranger,
        listingId,
        input: restoredPedalCarForm({ title: "Stolen listing title" }),
      }),
      publishListing({ actor: stranger, listingId }),
      unpublishListing({ actor: stranger, listingId }),
      markListingSold({ actor: stranger, listingId }),
      deleteListing({ actor: stranger, listingId }),
      addListingPhoto({ actor: stranger, listingId, bytes: await makePng() }),
      moveListingPhoto({ actor: stranger, listingId, photoId, direction: "down" }),
      deleteListingPhoto({ actor: stranger, listingId, photoId }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await snapshot()).toEqual(before);
    expect(await getListingForEdit({ actor: stranger, listingId })).toBeNull();
  });

  it("lets an admin edit, reorder and unpublish someone else's listing", async () => {
    expect(await getListingForEdit({ actor: admin, listingId })).not.toBeNull();
    expect(
      await saveListing({
        actor: admin,
        listingId,
        input: restoredPedalCarForm({ title: "Moderated: 1978 AZLK pedal car" }),
      }),
    ).toMatchObject({ ok: true });
    expect(await moveListingPhoto({ actor: admin, listingId, photoId, direction: "down" })).toEqual({
      ok: true,
    });
    expect(await unpublishListing({ actor: admin, listingId })).toMatchObject({
      ok: true,
      status: "withdrawn",
    });
    const { row, photos } = await snapshot();
    expect(row).toMatchObject({
      title: "Moderated: 1978 AZLK pedal car",
      status: "withdrawn",
      sellerId: seller.id,
    });
    expect(photos.find((p) => p.id === photoId)?.position).toBe(1);
  });

  it("lets the seller delete their own photo, keeping positions without gaps", async () => {
    expect(await deleteListingPhoto({ actor: seller, listingId, photoId })).toEqual({ ok: true });
    const { row, photos } = await snapshot();
    expect(row?.photoCount).toBe(1);
    expect(photos.map((p) => p.position)).toEqual([0]);
  });
});
