import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingPhotos } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { deleteListing, publishListing, saveListing } from "@/lib/selling/listings";
import { usePhotoStorage } from "@/lib/photos/storage";
import { addListingPhoto } from "@/lib/selling/photos";
import { photoFileName } from "@/lib/photos/variants";
import { createTestUser, restoredPedalCarForm } from "../fixtures/listings";
import { makeJpegWithGps } from "../fixtures/photos";
import { s3StorageOn, startS3TestServer, type S3TestServer } from "../support/s3-test-server";
import { withTestDatabase } from "../support/test-database";

// Photos in an S3-compatible store (s3rver, started here), through the same interface as the disk.

const database = withTestDatabase();
let s3: S3TestServer;
let seller: Actor;

beforeAll(async () => {
  s3 = await startS3TestServer();
  usePhotoStorage(s3StorageOn(s3.endpoint, s3.bucket));
  seller = await createTestUser(database());
});

afterAll(async () => {
  usePhotoStorage(undefined);
  await s3?.close();
});

async function newListing(title: string): Promise<number> {
  const saved = await saveListing({ actor: seller, input: { category: "pedal_car", title } });
  if (!saved.ok) throw new Error(saved.message);
  return saved.listingId;
}

async function rowsOf(listingId: number) {
  return database().db.select().from(listingPhotos).where(eq(listingPhotos.listingId, listingId));
}

describe("photos in an S3-compatible store", () => {
  it("stores both sizes in the bucket, readable through a second client (another instance)", async () => {
    const listingId = await newListing("Pedal car photographed into the bucket");
    const result = await addListingPhoto({ actor: seller, listingId, bytes: await makeJpegWithGps() });
    expect(result).toMatchObject({ ok: true, position: 0 });
    const [row] = await rowsOf(listingId);
    const otherInstance = s3StorageOn(s3.endpoint, s3.bucket);
    for (const variant of ["large", "thumb"] as const) {
      const bytes = await otherInstance.get(photoFileName(row!.storageKey, variant));
      expect(bytes?.subarray(8, 12).toString("latin1")).toBe("WEBP");
    }
    expect(await otherInstance.get("missing-photo.webp")).toBeNull();
  });

  it("deleting a listing deletes its photo files from the bucket", async () => {
    const saved = await saveListing({
      actor: seller,
      input: restoredPedalCarForm({ title: "Pedal car to be deleted with its photos" }),
    });
    if (!saved.ok) throw new Error(saved.message);
    const listingId = saved.listingId;
    expect(await addListingPhoto({ actor: seller, listingId, bytes: await makeJpegWithGps() })).toMatchObject(
      { ok: true },
    );
    await publishListing({ actor: seller, listingId });
    const [row] = await rowsOf(listingId);
    const store = s3StorageOn(s3.endpoint, s3.bucket);
    expect(await store.get(photoFileName(row!.storageKey, "large"))).not.toBeNull();

    expect(await deleteListing({ actor: seller, listingId })).toMatchObject({ ok: true });

    expect(await store.get(photoFileName(row!.storageKey, "large"))).toBeNull();
    expect(await store.get(photoFileName(row!.storageKey, "thumb"))).toBeNull();
  });

  it("with the store down, refuses the upload with a message and records nothing", async () => {
    const listingId = await newListing("Pedal car whose photo store is down");
    // Nothing listens on this port.
    usePhotoStorage(s3StorageOn("http://127.0.0.1:3178", s3.bucket));
    try {
      const result = await addListingPhoto({ actor: seller, listingId, bytes: await makeJpegWithGps() });
      expect(result).toMatchObject({ ok: false, problem: "store_unavailable" });
      expect(result.ok ? "" : result.message).toMatch(/photo store is not answering\. Nothing was saved/);
    } finally {
      usePhotoStorage(s3StorageOn(s3.endpoint, s3.bucket));
    }
    expect(await rowsOf(listingId)).toHaveLength(0);
  });

  it("a failed database write leaves no object behind", async () => {
    const listingId = await newListing("Pedal car whose photo row cannot be written");
    const before = countObjects();
    // A real failure of the insert, after the files went up: the database refuses the row.
    const db = database().db;
    await db.execute(
      `create function refuse_photo_row() returns trigger language plpgsql as $$ begin raise exception 'photo rows refused for this test'; end $$`,
    );
    await db.execute(
      `create trigger refuse_photo_row before insert on listing_photos for each row execute function refuse_photo_row()`,
    );
    try {
      await expect(
        addListingPhoto({ actor: seller, listingId, bytes: await makeJpegWithGps() }),
      ).rejects.toThrow(/insert into "listing_photos"/);
    } finally {
      await db.execute(`drop trigger refuse_photo_row on listing_photos`);
      await db.execute(`drop function refuse_photo_row()`);
    }
    expect(await rowsOf(listingId)).toHaveLength(0);
    expect(countObjects()).toBe(before);
  });
});

/** Objects in the bucket, counted on s3rver's disk. */
function countObjects(): number {
  const walk = (dir: string): number =>
    fs.readdirSync(dir).reduce((n, name) => {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) return n + walk(full);
      return n + (name.endsWith("._S3rver_object") ? 1 : 0);
    }, 0);
  return walk(s3.directory);
}
