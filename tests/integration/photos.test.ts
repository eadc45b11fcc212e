import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listingPhotos, listings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { saveListing } from "@/lib/selling/listings";
import { getPhotoStorage } from "@/lib/photos/storage";
import { addListingPhoto, deleteListingPhoto } from "@/lib/selling/photos";
import { photoFileName } from "@/lib/photos/variants";
import { createTestUser, listFiles, withPrivateDataDir } from "../fixtures/listings";
import {
  makeJpegWithGps,
  makeOversizedFile,
  makePng,
  makePngBomb,
  makeTextFileNamedJpeg,
  makeTruncatedJpeg,
} from "../fixtures/photos";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const photoFolder = withPrivateDataDir();
let seller: Actor;
let listingId: number;

beforeAll(async () => {
  seller = await createTestUser(database());
  const saved = await saveListing({
    actor: seller,
    input: { category: "pedal_car", title: "Pedal car with photos" },
  });
  listingId = setupResult(saved, "saving the test listing").listingId;
});

async function photoRows() {
  return database()
    .db.select()
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listingId))
    .orderBy(listingPhotos.position);
}

/** GPS IFD pointer tag (0x8825), in either byte order. */
function hasGpsTag(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

describe("photo upload", () => {
  it("stores a JPEG as WebP in two sizes with its EXIF and GPS data gone", async () => {
    const jpeg = await makeJpegWithGps({ width: 2000, height: 1500 });
    const original = await sharp(jpeg).metadata();
    expect(original.exif && hasGpsTag(original.exif)).toBe(true);

    const result = await addListingPhoto({ actor: seller, listingId, bytes: jpeg });
    expect(result).toMatchObject({ ok: true, position: 0 });
    const [row] = await photoRows();
    expect(row).toMatchObject({ width: 1600, height: 1200 });
    for (const variant of ["large", "thumb"] as const) {
      const stored = await getPhotoStorage().get(photoFileName(row!.storageKey, variant));
      const metadata = await sharp(stored!).metadata();
      expect(metadata.format).toBe("webp");
      expect(metadata.exif).toBeUndefined();
      expect(stored!.includes(Buffer.from("AZLK Test Camera"))).toBe(false);
    }
    expect(await listFiles(photoFolder)).toHaveLength(2);
  });

  const refusals = [
    {
      name: "a text file named .jpg",
      make: async () => makeTextFileNamedJpeg(),
      problem: "not_an_image",
      says: /not a JPEG, PNG or WebP/,
    },
    {
      name: "a file over 10 MB",
      make: async () => makeOversizedFile(),
      problem: "too_large",
      says: /up to 10 MB/,
    },
    {
      name: "a decompression bomb (PNG declaring 20000 × 20000)",
      make: makePngBomb,
      problem: "too_many_pixels",
      says: /20000 × 20000 pixels/,
    },
    { name: "a truncated JPEG", make: makeTruncatedJpeg, problem: "corrupt", says: /damaged/ },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with a clear message and keeps nothing`, async () => {
      const filesBefore = await listFiles(photoFolder);
      const rowsBefore = await photoRows();
      const result = await addListingPhoto({ actor: seller, listingId, bytes: await refusal.make() });
      expect(result).toMatchObject({
        ok: false,
        reason: "invalid",
        problem: refusal.problem,
        message: expect.stringMatching(refusal.says),
      });
      expect(await listFiles(photoFolder)).toEqual(filesBefore);
      expect(await photoRows()).toEqual(rowsBefore);
    });
  }

  it("refuses the 13th photo and keeps nothing of it", async () => {
    const png = await makePng({ width: 64, height: 48 });
    while ((await photoRows()).length < 12)
      expect((await addListingPhoto({ actor: seller, listingId, bytes: png })).ok).toBe(true);
    const filesBefore = await listFiles(photoFolder);
    const result = await addListingPhoto({ actor: seller, listingId, bytes: png });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("at most 12 photos") });
    expect(await listFiles(photoFolder)).toEqual(filesBefore);
    const [row] = await database()
      .db.select({ photoCount: listings.photoCount })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(row?.photoCount).toBe(12);
    expect((await photoRows()).map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("removes files already stored when the upload fails part-way", async () => {
    const [first] = await photoRows();
    expect(await deleteListingPhoto({ actor: seller, listingId, photoId: first!.id })).toEqual({ ok: true });
    const filesBefore = await listFiles(photoFolder);
    expect(filesBefore).not.toContain(photoFileName(first!.storageKey, "large"));

    // The large size is written, then writing the thumbnail fails: the same clean-up runs when the row insert fails.
    const storage = getPhotoStorage();
    const put = storage.put.bind(storage);
    const spy = vi.spyOn(storage, "put").mockImplementation(async (key, bytes, type) => {
      await put(key, bytes, type);
      if (key.endsWith("-thumb.webp")) throw new Error("disk full");
    });
    await expect(addListingPhoto({ actor: seller, listingId, bytes: await makePng() })).rejects.toThrow(
      "disk full",
    );
    spy.mockRestore();
    expect(await listFiles(photoFolder)).toEqual(filesBefore);
    expect(await photoRows()).toHaveLength(11);
  });
});
