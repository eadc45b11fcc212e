import "server-only";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { commentReports, listingComments, listings, users } from "@/db/schema";
import { unstable_cache } from "next/cache";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/kernel/cache";

// Reading threads: the public sees shown comments; an author also sees their own held ones (marked
// as awaiting review); nobody else sees a held or hidden comment outside the admin page.

export type ThreadComment = {
  id: number;
  authorId: string;
  authorName: string;
  body: string;
  /** Written by the listing's seller. */
  bySeller: boolean;
  /** "held" only ever reaches the comment's own author. */
  status: "visible" | "held";
  createdAt: string;
  /** Whether the viewer has reported it. */
  reported: boolean;
};

/** A listing's thread as `viewer` may see it, oldest first. Callers check the listing is public. */
export async function listThread({
  listingId,
  viewer,
}: {
  listingId: number;
  viewer: Actor | null;
}): Promise<ThreadComment[]> {
  const db = await getDb();
  const seen = viewer
    ? or(
        eq(listingComments.status, "visible"),
        and(eq(listingComments.status, "held"), eq(listingComments.authorId, viewer.id)),
      )
    : eq(listingComments.status, "visible");
  const rows = await db
    .select({
      id: listingComments.id,
      authorId: listingComments.authorId,
      authorName: users.displayName,
      body: listingComments.body,
      bySeller: sql<boolean>`${listingComments.authorId} = ${listings.sellerId}`,
      status: listingComments.status,
      createdAt: listingComments.createdAt,
      reported: viewer
        ? sql<boolean>`exists (select 1 from ${commentReports} r where r.comment_id = ${listingComments.id} and r.reporter_id = ${viewer.id})`
        : sql<boolean>`false`,
    })
    .from(listingComments)
    .innerJoin(users, eq(users.id, listingComments.authorId))
    .innerJoin(listings, eq(listings.id, listingComments.listingId))
    .where(and(eq(listingComments.listingId, listingId), seen))
    .orderBy(asc(listingComments.id));
  return rows.map((r) => ({
    ...r,
    bySeller: Boolean(r.bySeller),
    reported: Boolean(r.reported),
    status: r.status === "held" ? "held" : "visible",
    createdAt: r.createdAt.toISOString(),
  }));
}

export type QueuedComment = {
  id: number;
  listingId: number;
  listingTitle: string;
  authorName: string;
  body: string;
  status: "held" | "visible" | "hidden";
  reports: number;
  createdAt: string;
};

/** For admins: held comments, reported ones still shown, and the latest hidden ones. Null for anyone else. */
export async function listModerationQueue({
  actor,
  limit = 100,
}: {
  actor: Actor;
  limit?: number;
}): Promise<QueuedComment[] | null> {
  if (!isAdmin(actor)) return null;
  const db = await getDb();
  const reports = sql<number>`(select count(*)::int from ${commentReports} r where r.comment_id = ${listingComments.id})`;
  const rows = await db
    .select({
      id: listingComments.id,
      listingId: listingComments.listingId,
      listingTitle: listings.title,
      authorName: users.displayName,
      body: listingComments.body,
      status: listingComments.status,
      reports,
      createdAt: listingComments.createdAt,
    })
    .from(listingComments)
    .innerJoin(users, eq(users.id, listingComments.authorId))
    .innerJoin(listings, eq(listings.id, listingComments.listingId))
    .where(
      or(
        inArray(listingComments.status, ["held", "hidden"]),
        sql`exists (select 1 from ${commentReports} r where r.comment_id = ${listingComments.id})`,
      ),
    )
    .orderBy(
      sql`case ${listingComments.status} when 'held' then 0 when 'visible' then 1 else 2 end`,
      desc(listingComments.id),
    )
    .limit(limit);
  return rows.map((r) => ({ ...r, reports: Number(r.reports), createdAt: r.createdAt.toISOString() }));
}

/**
 * Questions a seller answered: shown comments by others on the seller's listings that a later shown
 * comment of the seller's on the same listing follows.
 */
export async function countQuestionsAnswered(sellerId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(listingComments)
    .innerJoin(listings, eq(listings.id, listingComments.listingId))
    .where(
      and(
        eq(listings.sellerId, sellerId),
        eq(listingComments.status, "visible"),
        sql`${listingComments.authorId} <> ${sellerId}`,
        sql`exists (select 1 from ${listingComments} a where a.listing_id = ${listingComments.listingId} and a.author_id = ${sellerId} and a.status = 'visible' and a.id > ${listingComments.id})`,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The public thread under a listing page, cached until a comment there is shown, hidden or restored. */
export function getPublicThread(listingId: number): Promise<ThreadComment[]> {
  return unstable_cache(
    () => listThread({ listingId, viewer: null }),
    ["listing-thread", String(listingId)],
    {
      tags: [cacheTags.listingComments(listingId)],
      revalidate: 300,
    },
  )();
}
