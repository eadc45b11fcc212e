import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingPhotos, listings } from "@/db/schema";
import { photoVariants } from "@/lib/photos/variants";

// A photo file is served only while it belongs to a listing that is not deleted: deleting a listing
// takes its photos off the web with it. (Withdrawn listings keep theirs: the seller's preview and a
// later republish show them.)

const fileName = new RegExp(`^([a-zA-Z0-9_-]+)-(${Object.keys(photoVariants).join("|")})\\.webp$`);

export async function isPhotoFileServed(file: string): Promise<boolean> {
  const match = fileName.exec(file);
  if (!match) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: listingPhotos.id })
    .from(listingPhotos)
    .innerJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(and(eq(listingPhotos.storageKey, match[1]!), isNull(listings.deletedAt)))
    .limit(1);
  return Boolean(row);
}
