import "server-only";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { orderFeedback, users } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { notify } from "@/lib/notifications/notify";
import { ratingLabels } from "./rules";

// The rated party hears about feedback in the same transaction it is stored in, once per feedback.

const excerptLength = 160;

export async function notifyAboutFeedback(tx: Transaction, { feedbackId }: { feedbackId: number }) {
  const author = alias(users, "author");
  const [row] = await tx
    .select({
      id: orderFeedback.id,
      orderId: orderFeedback.orderId,
      kind: orderFeedback.kind,
      subjectId: orderFeedback.subjectId,
      subjectSide: orderFeedback.subjectSide,
      rating: orderFeedback.rating,
      comment: orderFeedback.comment,
      authorName: author.displayName,
    })
    .from(orderFeedback)
    .leftJoin(author, eq(author.id, orderFeedback.authorId))
    .where(eq(orderFeedback.id, feedbackId));
  if (!row) return;
  const excerpt =
    row.comment.length > excerptLength ? `${row.comment.slice(0, excerptLength - 1)}…` : row.comment;
  const byWhom = row.subjectSide === "seller" ? "the buyer" : "the seller";
  await notify(tx, {
    userId: row.subjectId,
    kind: "feedback",
    orderId: row.orderId,
    href: `/orders/${row.orderId}/feedback`,
    title:
      row.kind === "unpaid_auction"
        ? `An unpaid auction win was recorded on your profile (order ${row.orderId})`
        : `${ratingLabels[row.rating]} feedback from ${byWhom} on order ${row.orderId}`,
    body: row.kind === "unpaid_auction" ? excerpt : `${row.authorName ?? "A member"} wrote: ${excerpt}`,
    dedupeKey: `feedback:${row.id}`,
  });
}
