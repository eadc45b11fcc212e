import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingPhotos, listings } from "@/db/schema";
import { getPhotoStorage } from "./storage";
import { photoFileName, type PhotoVariant } from "./variants";

const variants: PhotoVariant[] = ["large", "thumb"];

/**
 * Removes the stored files of a deleted listing's photos. The rows stay with the listing (a soft
 * delete keeps the record), but no page serves them, so the files are only weight. Called after the
 * delete commits; a store that fails leaves them for `npm run photos:purge`, which calls this for
 * every deleted listing. Answers how many files could not be removed.
 */
export async function purgeStoredPhotosOf(listingId: number): Promise<number> {
  const db = await getDb();
  const photos = await db
    .select({ storageKey: listingPhotos.storageKey })
    .from(listingPhotos)
    .innerJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(and(eq(listingPhotos.listingId, listingId), isNotNull(listings.deletedAt)));
  const storage = getPhotoStorage();
  const outcomes = await Promise.allSettled(
    photos.flatMap((photo) => variants.map((v) => storage.delete(photoFileName(photo.storageKey, v)))),
  );
  return outcomes.filter((outcome) => outcome.status === "rejected").length;
}

/** Every deleted listing's photo files, for the maintenance command. */
export async function purgeStoredPhotosOfDeletedListings(): Promise<{ listings: number; failed: number }> {
  const db = await getDb();
  const deleted = await db
    .selectDistinct({ id: listings.id })
    .from(listings)
    .innerJoin(listingPhotos, eq(listingPhotos.listingId, listings.id))
    .where(isNotNull(listings.deletedAt));
  let failed = 0;
  for (const { id } of deleted) failed += await purgeStoredPhotosOf(id);
  return { listings: deleted.length, failed };
}
