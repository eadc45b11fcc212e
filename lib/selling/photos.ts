import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingPhotos, listings } from "@/db/schema";
import { listingLimits } from "@/lib/listings/schemas";
import type { Actor } from "@/lib/auth/actor";
import { lockListingForChange, refuse, type ListingRefusal } from "@/lib/listings/ownership";
import { preparePhoto, type PhotoProblem } from "@/lib/photos/inspect";
import { getPhotoStorage } from "@/lib/photos/storage";
import { photoFileName, type PhotoVariant } from "@/lib/photos/variants";
import { PhotoStorageUnavailableError } from "@/lib/photos/storage-errors";

// A listing's photos: add (checked, re-encoded, stored, recorded in one go), reorder, delete.
// The first photo by position is the cover.

export type PhotoRefusal = ListingRefusal & { problem?: PhotoProblem | "store_unavailable" };

const storeUnavailable =
  "Photos cannot be saved right now: the photo store is not answering. Nothing was saved; try again in a few minutes.";
export type AddPhotoResult = { ok: true; photoId: string; position: number } | PhotoRefusal;
export type PhotoChangeResult = { ok: true } | ListingRefusal;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds a photo at the end. A refused or failed upload leaves no file behind. */
export async function addListingPhoto({
  actor,
  listingId,
  bytes,
}: {
  actor: Actor;
  listingId: number;
  bytes: Buffer;
}): Promise<AddPhotoResult> {
  const prepared = await preparePhoto(bytes);
  if (!prepared.ok)
    return { ...refuse("invalid", prepared.message, { photo: prepared.message }), problem: prepared.problem };

  const storage = getPhotoStorage();
  const storageKey = `l${listingId}-${randomBytes(12).toString("hex")}`;
  const written: string[] = [];
  const db = await getDb();
  try {
    return await db.transaction(async (tx): Promise<AddPhotoResult> => {
      const row = await lockListingForChange(tx, actor, listingId);
      if ("ok" in row) return row;
      if (row.status === "sold")
        return refuse("wrong_status", "A sold listing's photos can no longer change.");
      if (row.photoCount >= listingLimits.photos) {
        const message = `A listing has at most ${listingLimits.photos} photos. Delete one to add another.`;
        return refuse("invalid", message, { photo: message });
      }
      for (const variant of prepared.variants) {
        const file = photoFileName(storageKey, variant.variant);
        written.push(file);
        await storage.put(file, variant.bytes, "image/webp");
      }
      const large = prepared.variants.find((v) => v.variant === "large") ?? prepared.variants[0]!;
      const [photo] = await tx
        .insert(listingPhotos)
        .values({ listingId, position: row.photoCount, storageKey, width: large.width, height: large.height })
        .returning({ id: listingPhotos.id, position: listingPhotos.position });
      await tx
        .update(listings)
        .set({ photoCount: sql`${listings.photoCount} + 1`, updatedAt: new Date() })
        .where(eq(listings.id, listingId));
      return { ok: true, photoId: photo!.id, position: photo!.position };
    });
  } catch (error) {
    // The row did not commit, so the files must not stay either.
    await Promise.all(written.map((file) => storage.delete(file).catch(() => {})));
    if (error instanceof PhotoStorageUnavailableError)
      return {
        ...refuse("invalid", storeUnavailable, { photo: storeUnavailable }),
        problem: "store_unavailable",
      };
    throw error;
  }
}

type PhotoTarget = { actor: Actor; listingId: number; photoId: string };

/** Deletes a photo; later photos move up one place. A live listing keeps at least one photo. */
export async function deleteListingPhoto({
  actor,
  listingId,
  photoId,
}: PhotoTarget): Promise<PhotoChangeResult> {
  if (!uuidPattern.test(photoId)) return refuse("not_found", "That photo does not exist.");
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const row = await lockListingForChange(tx, actor, listingId);
    if ("ok" in row) return row;
    if (row.status === "sold") return refuse("wrong_status", "A sold listing's photos can no longer change.");
    if (row.status === "live" && row.photoCount <= 1) {
      return refuse(
        "wrong_status",
        "A live listing keeps at least one photo. Add another before deleting this one.",
      );
    }
    const [photo] = await tx
      .delete(listingPhotos)
      .where(and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId)))
      .returning({ position: listingPhotos.position, storageKey: listingPhotos.storageKey });
    if (!photo) return refuse("not_found", "That photo does not exist.");
    await tx
      .update(listingPhotos)
      .set({ position: sql`${listingPhotos.position} - 1` })
      .where(and(eq(listingPhotos.listingId, listingId), gt(listingPhotos.position, photo.position)));
    await tx
      .update(listings)
      .set({ photoCount: sql`greatest(${listings.photoCount} - 1, 0)`, updatedAt: new Date() })
      .where(eq(listings.id, listingId));
    return { ok: true as const, storageKey: photo.storageKey };
  });
  if (!result.ok) return result;
  // Files go after the commit: a failed delete leaves an orphan file, never a row without its file.
  const storage = getPhotoStorage();
  await Promise.all(
    (["large", "thumb"] as PhotoVariant[]).map((v) =>
      storage.delete(photoFileName(result.storageKey, v)).catch(() => {}),
    ),
  );
  return { ok: true };
}

/** Swaps a photo with its neighbour; moving one to the top makes it the cover. */
export async function moveListingPhoto({
  actor,
  listingId,
  photoId,
  direction,
}: PhotoTarget & { direction: "up" | "down" }): Promise<PhotoChangeResult> {
  if (!uuidPattern.test(photoId)) return refuse("not_found", "That photo does not exist.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await lockListingForChange(tx, actor, listingId);
    if ("ok" in row) return row;
    const photos = await tx
      .select({ id: listingPhotos.id })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, listingId))
      .orderBy(asc(listingPhotos.position), asc(listingPhotos.createdAt));
    const from = photos.findIndex((p) => p.id === photoId);
    if (from < 0) return refuse("not_found", "That photo does not exist.");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= photos.length) return { ok: true as const };
    [photos[from], photos[to]] = [photos[to]!, photos[from]!];
    // Rewrite every position, which also repairs any gap left by older data.
    for (const [position, photo] of photos.entries()) {
      await tx.update(listingPhotos).set({ position }).where(eq(listingPhotos.id, photo.id));
    }
    await tx.update(listings).set({ updatedAt: new Date() }).where(eq(listings.id, listingId));
    return { ok: true as const };
  });
}
