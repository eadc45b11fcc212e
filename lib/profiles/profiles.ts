import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, users } from "@/db/schema";
import { countQuestionsAnswered } from "@/lib/comments/queries";
import {
  feedbackSummary,
  latestFeedback,
  type FeedbackEntry,
  type FeedbackSummary,
} from "@/lib/feedback/queries";
import type { Clock } from "@/lib/kernel/clock";
import { cacheTags } from "@/lib/kernel/cache";
import { notTakenDownSqlFor, offeredSqlFor } from "@/lib/listings/visibility";
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
  /** Others' questions on their listings that they answered later in the thread. */
  questionsAnswered: number;
  liveListings: ListingCard[];
  /** What buyers and sellers said of them, counted on each visit like the answers. */
  feedback: { summary: FeedbackSummary; latest: FeedbackEntry[] };
};

type PerVisit = Pick<SellerProfile, "questionsAnswered" | "feedback">;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const shownListings = 24;

/** What a member lists, or null for an unknown id or a disabled account. */
async function queryListedProfile(id: string): Promise<Omit<SellerProfile, keyof PerVisit> | null> {
  const db = await getDb();
  const [member] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      country: users.country,
      createdAt: users.createdAt,
      liveCount: sql<number>`(select count(*)::int from listings l where l.seller_id = ${id}::uuid and ${offeredSqlFor("l")})`,
      soldCount: sql<number>`(select count(*)::int from listings l where l.seller_id = ${id}::uuid and l.status = 'sold' and ${notTakenDownSqlFor("l")})`,
    })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  if (!member) return null;
  const liveListings = await db
    .select(cardColumns)
    .from(listings)
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(liveListing, eq(listings.sellerId, id)))
    .orderBy(desc(listings.publishedAt), desc(listings.id))
    .limit(shownListings);
  return {
    id: member.id,
    displayName: member.displayName,
    country: member.country,
    memberSince: member.createdAt.toISOString(),
    liveCount: Number(member.liveCount),
    soldCount: Number(member.soldCount),
    liveListings,
  };
}

async function queryPerVisit(id: string, clock?: Clock): Promise<PerVisit> {
  const [questionsAnswered, summary, latest] = await Promise.all([
    countQuestionsAnswered(id),
    feedbackSummary(id, clock),
    latestFeedback(id),
  ]);
  return { questionsAnswered, feedback: { summary, latest } };
}

/** Uncached: the whole profile, or null for a malformed or unknown id or a disabled account. */
export async function querySellerProfile(id: string, clock?: Clock): Promise<SellerProfile | null> {
  if (!uuidPattern.test(id)) return null;
  const [profile, perVisit] = await Promise.all([queryListedProfile(id), queryPerVisit(id, clock)]);
  return profile && { ...profile, ...perVisit };
}

/**
 * The profile page's read: what is listed is cached with the catalogue (refreshed when a listing is
 * published, sold or withdrawn); the questions answered and the feedback are read on each visit, so
 * an answer or a rating shows at once.
 */
export async function getSellerProfile(id: string, clock?: Clock): Promise<SellerProfile | null> {
  if (!uuidPattern.test(id)) return null;
  const listed = unstable_cache(() => queryListedProfile(id), ["seller-profile", id], {
    tags: [cacheTags.listings],
    revalidate: 300,
  });
  const [profile, perVisit] = await Promise.all([listed(), queryPerVisit(id, clock)]);
  return profile && { ...profile, ...perVisit };
}
