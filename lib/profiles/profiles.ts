import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, users } from "@/db/schema";
import { countQuestionsAnswered } from "@/lib/comments/queries";
import { cacheTags } from "@/lib/kernel/cache";
import { cardColumns, liveListing, type ListingCard } from "@/lib/listings/queries";

// A member's public profile: only what they show the market anyway (their name, country, when they
// joined, what they sell and sold, how they answer questions). Never their email or address.

export type SellerProfile = {
  id: string;
  displayName: string;
  country: string | null;
  memberSince: string;
  liveCount: number;
  soldCount: number;
  questionsAnswered: number;
  liveListings: ListingCard[];
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const shownListings = 24;

/** Uncached: a member's profile, or null for an unknown id or a disabled account. */
export async function querySellerProfile(id: string): Promise<SellerProfile | null> {
  if (!uuidPattern.test(id)) return null;
  const db = await getDb();
  const [member] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      country: users.country,
      createdAt: users.createdAt,
      liveCount: sql<number>`(select count(*)::int from listings l where l.seller_id = ${id}::uuid and l.status = 'live' and l.deleted_at is null)`,
      soldCount: sql<number>`(select count(*)::int from listings l where l.seller_id = ${id}::uuid and l.status = 'sold' and l.deleted_at is null)`,
    })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  if (!member) return null;
  const [liveListings, questionsAnswered] = await Promise.all([
    db
      .select(cardColumns)
      .from(listings)
      .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
      .where(and(liveListing, eq(listings.sellerId, id)))
      .orderBy(desc(listings.publishedAt), desc(listings.id))
      .limit(shownListings),
    countQuestionsAnswered(id),
  ]);
  return {
    id: member.id,
    displayName: member.displayName,
    country: member.country,
    memberSince: member.createdAt.toISOString(),
    liveCount: Number(member.liveCount),
    soldCount: Number(member.soldCount),
    questionsAnswered,
    liveListings,
  };
}

/** The profile page's read, refreshed with the catalogue (a listing published, sold or withdrawn). */
export function getSellerProfile(id: string): Promise<SellerProfile | null> {
  return unstable_cache(() => querySellerProfile(id), ["seller-profile", id], {
    tags: [cacheTags.listings],
    revalidate: 300,
  })();
}
