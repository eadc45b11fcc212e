import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingComments, listings, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { countHit, secondsUntil } from "@/lib/auth/counters";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import type { Refusal } from "@/lib/kernel/result";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { publicViewOf } from "@/lib/listings/visibility";
import { notifyAboutComment } from "./notify-comment";
import { commentLimits, holdsForReview, newCommentSchema } from "./rules";

// Posting a question or comment under a listing: checked, counted against the author's rate limit,
// then stored, held for review or shown, with the seller, watchers and earlier commenters told.

export type CommentRefusal = Refusal<
  "invalid" | "not_found" | "rate_limited" | "forbidden",
  { fieldErrors: Record<string, string> }
>;

export type PostCommentResult =
  { ok: true; commentId: number; listingId: number; status: "held" | "visible" } | CommentRefusal;

const missingListing = (): CommentRefusal => ({
  ok: false,
  reason: "not_found",
  message: "That listing does not exist.",
  fieldErrors: {},
});

/** A listing the public can read (live, or sold as a record), or null: comments go nowhere else. */
export async function findCommentableListing(listingId: number) {
  const db = await getDb();
  const [listing] = await db
    .select({
      id: listings.id,
      title: listings.title,
      sellerId: listings.sellerId,
      status: listings.status,
      deletedAt: listings.deletedAt,
      hiddenAt: listings.hiddenAt,
    })
    .from(listings)
    .where(and(eq(listings.id, listingId), isNull(listings.deletedAt)));
  if (!listing || publicViewOf(listing) === "hidden") return null;
  return listing;
}

export async function postComment({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: { listingId: unknown; body: unknown };
  clock?: Clock;
}): Promise<PostCommentResult> {
  const parsed = newCommentSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.listingId) return missingListing();
    return { ok: false, reason: "invalid", message: "Check your comment.", fieldErrors };
  }
  const { listingId, body } = parsed.data;
  const listing = await findCommentableListing(listingId);
  if (!listing) return missingListing();

  const now = clock.now();
  const count = await countHit(`comment-account:${actor.id}`, commentLimits.perAccount, now);
  if (count.points > commentLimits.perAccount.points) {
    const minutes = Math.ceil(secondsUntil(count.expiresAt, now) / 60);
    return {
      ok: false,
      reason: "rate_limited",
      message: `You have posted a lot in a short time. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      fieldErrors: {},
    };
  }

  const db = await getDb();
  return db.transaction(async (tx) => {
    const [author] = await tx
      .select({
        createdAt: users.createdAt,
        hasShownComment: sql<boolean>`exists (select 1 from ${listingComments} c where c.author_id = ${actor.id} and c.status = 'visible')`,
      })
      .from(users)
      .where(eq(users.id, actor.id));
    if (!author) return { ok: false, reason: "forbidden", message: "Sign in to comment.", fieldErrors: {} };
    const held = holdsForReview({
      accountCreatedAt: author.createdAt,
      now,
      hasShownComment: Boolean(author.hasShownComment),
      isAdmin: isAdmin(actor),
      isSeller: actor.id === listing.sellerId,
    });
    const [comment] = await tx
      .insert(listingComments)
      .values({ listingId, authorId: actor.id, body, status: held ? "held" : "visible", createdAt: now })
      .returning({ id: listingComments.id });
    if (!held) await notifyAboutComment(tx, { commentId: comment!.id });
    return { ok: true, commentId: comment!.id, listingId, status: held ? "held" : "visible" };
  });
}
