import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Transaction } from "@/db/transaction";
import { listingComments, listings, users, watchlist } from "@/db/schema";
import { notify } from "@/lib/notifications/notify";

// Who hears about a comment once it is shown (when posted, or when an admin lets a held one
// through): the seller, the listing's watchers and everyone who commented on it before, so a
// question's asker hears the answer. Never the author. Once per comment and person (dedupe key).

const excerptLength = 160;

export async function notifyAboutComment(tx: Transaction, { commentId }: { commentId: number }) {
  const [comment] = await tx
    .select({
      id: listingComments.id,
      listingId: listingComments.listingId,
      authorId: listingComments.authorId,
      body: listingComments.body,
      authorName: users.displayName,
      sellerId: listings.sellerId,
      title: listings.title,
    })
    .from(listingComments)
    .innerJoin(users, eq(users.id, listingComments.authorId))
    .innerJoin(listings, eq(listings.id, listingComments.listingId))
    .where(and(eq(listingComments.id, commentId), eq(listingComments.status, "visible")));
  if (!comment) return;
  const watchers = await tx
    .select({ id: watchlist.userId })
    .from(watchlist)
    .where(eq(watchlist.listingId, comment.listingId));
  const commenters = await tx
    .selectDistinct({ id: listingComments.authorId })
    .from(listingComments)
    .where(
      and(
        eq(listingComments.listingId, comment.listingId),
        eq(listingComments.status, "visible"),
        ne(listingComments.id, comment.id),
        sql`${listingComments.id} < ${comment.id}`,
      ),
    );
  const recipients = new Set([
    comment.sellerId,
    ...watchers.map((w) => w.id),
    ...commenters.map((c) => c.id),
  ]);
  recipients.delete(comment.authorId);

  const bySeller = comment.authorId === comment.sellerId;
  const askedBefore = commenters.some((c) => c.id !== comment.sellerId);
  const excerpt =
    comment.body.length > excerptLength ? `${comment.body.slice(0, excerptLength - 1)}…` : comment.body;
  for (const userId of recipients) {
    const title = bySeller
      ? `The seller ${askedBefore ? "answered" : "commented"} on ${comment.title}`
      : userId === comment.sellerId
        ? `New question on your listing ${comment.title}`
        : `New comment on ${comment.title}`;
    await notify(tx, {
      userId,
      kind: "listing_comment",
      listingId: comment.listingId,
      href: `/listings/${comment.listingId}#comment-${comment.id}`,
      title,
      body: `${comment.authorName}${bySeller ? " (seller)" : ""} wrote: ${excerpt}`,
      dedupeKey: `comment:${comment.id}`,
    });
  }
}
