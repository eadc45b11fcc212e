import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingPhotos, listings } from "@/db/schema";
import type { Category } from "@/lib/catalogue/vocabulary";
import { listingRowToInput } from "./listing-columns";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { ListingStatus } from "./ownership";
import { queryListingDetail } from "./queries";
import { canPreview } from "./visibility";

// Reads for the seller's own pages (dashboard, edit form). Never cached: they change with every edit
// and belong to one person.

export type SellerListing = {
  id: number;
  title: string;
  category: Category;
  status: ListingStatus;
  askingPriceCents: number;
  currency: string;
  photoCount: number;
  coverPhotoKey: string | null;
  updatedAt: Date;
  /** Taken down by an admin: the public page answers "no longer available" whatever the status. */
  hiddenAt: Date | null;
};

export async function listListingsBySeller({ sellerId }: { sellerId: string }): Promise<SellerListing[]> {
  const db = await getDb();
  return db
    .select({
      id: listings.id,
      title: listings.title,
      category: listings.category,
      status: listings.status,
      askingPriceCents: listings.askingPriceCents,
      currency: listings.currency,
      photoCount: listings.photoCount,
      coverPhotoKey: listingPhotos.storageKey,
      updatedAt: listings.updatedAt,
      hiddenAt: listings.hiddenAt,
    })
    .from(listings)
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(eq(listings.sellerId, sellerId), isNull(listings.deletedAt)))
    .orderBy(desc(listings.updatedAt), desc(listings.id));
}

export type EditablePhoto = { id: string; storageKey: string; width: number; height: number };
export type EditableListing = {
  id: number;
  status: ListingStatus;
  category: Category;
  /** The sell form's values, as the form posts them. */
  values: Record<string, unknown>;
  photos: EditablePhoto[];
};

/** The listing as its edit form needs it, or null when it doesn't exist or the actor may not edit it. */
export async function getListingForEdit({
  actor,
  listingId,
}: {
  actor: Actor;
  listingId: number;
}): Promise<EditableListing | null> {
  if (!Number.isSafeInteger(listingId) || listingId <= 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: listings.id,
      sellerId: listings.sellerId,
      status: listings.status,
      category: listings.category,
      title: listings.title,
      description: listings.description,
      askingPriceCents: listings.askingPriceCents,
      currency: listings.currency,
      saleFormat: listings.saleFormat,
      country: listings.country,
      city: listings.city,
      shippingOptions: listings.shippingOptions,
      listedQuantity: listings.listedQuantity,
      attributes: listings.attributes,
    })
    .from(listings)
    .where(and(eq(listings.id, listingId), isNull(listings.deletedAt)))
    .limit(1);
  if (!row || !canManage(actor, row.sellerId)) return null;
  const photos = await db
    .select({
      id: listingPhotos.id,
      storageKey: listingPhotos.storageKey,
      width: listingPhotos.width,
      height: listingPhotos.height,
    })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listingId))
    .orderBy(asc(listingPhotos.position), asc(listingPhotos.createdAt));
  return {
    id: row.id,
    status: row.status,
    category: row.category,
    values: { ...listingRowToInput(row), category: row.category },
    photos,
  };
}

/** The seller's (or an admin's) own view of a listing in any state but deleted; null for anyone else. */
export async function getListingPreview({ viewer, listingId }: { viewer: Actor; listingId: number }) {
  if (!Number.isSafeInteger(listingId) || listingId <= 0) return null;
  const listing = await queryListingDetail(listingId);
  if (!listing || !canPreview({ sellerId: listing.sellerId, deletedAt: null }, viewer)) return null;
  return listing;
}
