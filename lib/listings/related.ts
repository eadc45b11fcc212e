import "server-only";
import { and, desc, eq, inArray, ne, notInArray, sql, type SQL } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, partFits } from "@/db/schema";
import { cacheTags } from "@/lib/kernel/cache";
import type { Category } from "@/lib/catalogue/vocabulary";
import { cardColumns, liveListing, type ListingCard } from "./queries";

// What a listing page shows below the item: more of the same kind, and the spare parts that fit it.
// Both are cached with the catalogue's tag, so a new or sold listing shows up after the next write.

async function queryCards(where: SQL, limit: number): Promise<ListingCard[]> {
  const db = await getDb();
  return db
    .select(cardColumns)
    .from(listings)
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(liveListing, where))
    .orderBy(desc(listings.publishedAt), desc(listings.id))
    .limit(limit);
}

export type RelatedTo = {
  id: number;
  category: Category;
  era: string | null;
  model: string | null;
  partType?: string | null;
};

/** The closest kind within the category: a pedal car's era, a car's model, a toy's kind, a part's type. */
function sameKindAs(listing: RelatedTo): SQL | undefined {
  switch (listing.category) {
    case "pedal_car":
      return listing.era && listing.era !== "unknown" ? sql`${listings.era} = ${listing.era}` : undefined;
    case "classic_car":
    case "toy":
      return listing.model ? eq(listings.model, listing.model) : undefined;
    case "part":
      return listing.partType ? sql`${listings.attributes}->>'partType' = ${listing.partType}` : undefined;
  }
}

/** Same category, the same era, model or part type first, then the newest of the category. */
export async function queryRelatedListings(listing: RelatedTo, limit = 4): Promise<ListingCard[]> {
  const base = and(eq(listings.category, listing.category), ne(listings.id, listing.id))!;
  const sameKind = sameKindAs(listing);
  const closest = sameKind ? await queryCards(and(base, sameKind)!, limit) : [];
  if (closest.length >= limit) return closest;
  const shown = [listing.id, ...closest.map((c) => c.id)];
  const more = await queryCards(and(base, notInArray(listings.id, shown))!, limit - closest.length);
  return [...closest, ...more];
}

export function listRelatedListings(input: { listing: RelatedTo; limit?: number }): Promise<ListingCard[]> {
  const limit = input.limit ?? 4;
  return unstable_cache(
    () => queryRelatedListings(input.listing, limit),
    ["listings-related", String(input.listing.id), String(limit)],
    {
      tags: [cacheTags.listings, cacheTags.listing(input.listing.id)],
      revalidate: 300,
    },
  )();
}

export type PartsFitFor = { category: Category; model: string | null; era: string | null };

/** Which part_fits rows count as fitting: a part listed for any model ("") or any era ("any") fits too. */
function partFitCondition(item: PartsFitFor): SQL | null {
  switch (item.category) {
    case "pedal_car": {
      const eras = item.era && item.era !== "unknown" ? [item.era, "any"] : null;
      return and(eq(partFits.fitsCategory, "pedal_car"), eras ? inArray(partFits.fitsEra, eras) : undefined)!;
    }
    case "classic_car":
    case "toy":
      return and(
        eq(partFits.fitsCategory, item.category),
        item.model ? inArray(partFits.fitsModel, [item.model, ""]) : undefined,
      )!;
    default:
      return null;
  }
}

/** Spare parts for sale that fit a pedal car (by era), a classic car (by model) or a toy (by kind). */
export async function queryPartsThatFit(item: PartsFitFor, limit = 4): Promise<ListingCard[]> {
  const fit = partFitCondition(item);
  if (!fit) return [];
  return queryCards(
    and(
      eq(listings.category, "part"),
      sql`exists (select 1 from ${partFits} where ${partFits.listingId} = ${listings.id} and ${fit})`,
    )!,
    limit,
  );
}

export function listPartsThatFit(input: { item: PartsFitFor; limit?: number }): Promise<ListingCard[]> {
  const { category, model, era } = input.item;
  const limit = input.limit ?? 4;
  return unstable_cache(
    () => queryPartsThatFit(input.item, limit),
    ["listings-parts-fit", category, model ?? "", era ?? "", String(limit)],
    {
      tags: [cacheTags.listings],
      revalidate: 300,
    },
  )();
}
