"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { updateListingCommentsNow } from "@/lib/kernel/cache";
import { marketClock } from "@/lib/kernel/market-clock";
import { idSchema } from "@/lib/kernel/forms";
import { moderateComment, reportComment, type ReportResult } from "./moderation";
import { findCommentableListing, postComment, type PostCommentResult } from "./post";
import { listThread, type ThreadComment } from "./queries";

// Thin server actions for a listing's thread and the admin page: session, one lib call, cache tag.

export type ThreadView = {
  viewer: { id: string; isAdmin: boolean } | null;
  comments: ThreadComment[];
};

const listingIdSchema = idSchema("That listing does not exist.");

/** The thread as the signed-in viewer sees it (their own held comments too); null for a listing that is not public. */
export async function getThreadAction(listingId: number): Promise<ThreadView | null> {
  const id = listingIdSchema.safeParse(listingId);
  if (!id.success || !(await findCommentableListing(id.data))) return null;
  const user = await getCurrentUser();
  return {
    viewer: user ? { id: user.id, isAdmin: user.role === "admin" } : null,
    comments: await listThread({ listingId: id.data, viewer: user }),
  };
}

export async function postCommentAction(input: {
  listingId: number;
  body: string;
}): Promise<PostCommentResult & { thread?: ThreadView | null }> {
  const user = await getCurrentUser();
  if (!user)
    return { ok: false, reason: "forbidden", message: "Sign in to ask a question.", fieldErrors: {} };
  const result = await postComment({ actor: user, input, clock: await marketClock() });
  if (!result.ok) return result;
  if (result.status === "visible") updateListingCommentsNow(result.listingId);
  return { ...result, thread: await getThreadAction(result.listingId) };
}

export async function reportCommentAction(commentId: number): Promise<ReportResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to report a comment." };
  return reportComment({ actor: user, commentId });
}

/** The admin page's and the thread's approve, hide and restore buttons. */
export async function moderateCommentAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const move = formData.get("move");
  if (!user || (move !== "approve" && move !== "hide" && move !== "restore")) return;
  const result = await moderateComment({
    actor: user,
    commentId: formData.get("commentId"),
    move,
    clock: await marketClock(),
  });
  if (result.ok) updateListingCommentsNow(result.listingId);
  revalidatePath("/admin/comments");
}
