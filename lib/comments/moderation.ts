import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { adminActions, commentReports, listingComments, type CommentStatus } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import type { Result } from "@/lib/kernel/result";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { findCommentableListing } from "./post";
import { notifyAboutComment } from "./notify-comment";
import { commentIdSchema } from "./rules";

// What admins do to comments (approve a held one, hide, restore), each written to admin_actions in
// the same transaction, and what anyone signed in may do: report a comment once.

export type ModerationResult = Result<
  { commentId: number; listingId: number; status: CommentStatus },
  { reason: "forbidden" | "not_found" | "wrong_status"; message: string }
>;

type Move = "approve" | "hide" | "restore";

/** Which states each move starts from, and where it leaves the comment. */
const moves: Record<Move, { from: CommentStatus[]; to: CommentStatus }> = {
  approve: { from: ["held"], to: "visible" },
  hide: { from: ["held", "visible"], to: "hidden" },
  restore: { from: ["hidden"], to: "visible" },
};

export async function moderateComment({
  actor,
  commentId,
  move,
  clock = systemClock,
}: {
  actor: Actor;
  commentId: unknown;
  move: Move;
  clock?: Clock;
}): Promise<ModerationResult> {
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden", message: "Only an admin can do that." };
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return { ok: false, reason: "not_found", message: "That comment does not exist." };
  const { from, to } = moves[move];
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: listingComments.status, approvedAt: listingComments.approvedAt })
      .from(listingComments)
      .where(eq(listingComments.id, id.data))
      .for("update");
    if (!before) return { ok: false, reason: "not_found", message: "That comment does not exist." };
    if (!from.includes(before.status))
      return { ok: false, reason: "wrong_status", message: `This comment is ${before.status} already.` };
    const [changed] = await tx
      .update(listingComments)
      .set({
        status: to,
        hiddenAt: to === "hidden" ? now : null,
        approvedAt: move === "approve" ? now : before.approvedAt,
      })
      .where(and(eq(listingComments.id, id.data), inArray(listingComments.status, from)))
      .returning({ listingId: listingComments.listingId });
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: `comment.${move}`,
      subjectType: "listing_comment",
      subjectId: String(id.data),
      details: { from: before.status, to },
      createdAt: now,
    });
    // Shown (perhaps for the first time): tell those who would have heard had it not been held;
    // anyone already told is not told twice (the dedupe key).
    if (to === "visible") await notifyAboutComment(tx, { commentId: id.data });
    return { ok: true, commentId: id.data, listingId: changed!.listingId, status: to };
  });
}

export type ReportResult = Result<{ alreadyReported: boolean; message: string }>;

/** Reports a comment the reporter can see, not their own; a second report from the same person changes nothing. */
export async function reportComment({
  actor,
  commentId,
}: {
  actor: Actor;
  commentId: unknown;
}): Promise<ReportResult> {
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return { ok: false, message: "That comment does not exist." };
  const db = await getDb();
  const [comment] = await db
    .select({ listingId: listingComments.listingId, authorId: listingComments.authorId })
    .from(listingComments)
    .where(and(eq(listingComments.id, id.data), eq(listingComments.status, "visible")));
  if (!comment || !(await findCommentableListing(comment.listingId)))
    return { ok: false, message: "That comment does not exist." };
  if (comment.authorId === actor.id) return { ok: false, message: "You cannot report your own comment." };
  const inserted = await db
    .insert(commentReports)
    .values({ commentId: id.data, reporterId: actor.id })
    .onConflictDoNothing()
    .returning({ commentId: commentReports.commentId });
  return inserted.length
    ? { ok: true, alreadyReported: false, message: "Thanks: an admin will look at it." }
    : { ok: true, alreadyReported: true, message: "You have already reported this comment." };
}
