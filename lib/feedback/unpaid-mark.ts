import "server-only";
import { orderFeedback } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { notifyAboutFeedback } from "./notify-feedback";
import { unpaidAuctionComment } from "./rules";

// An auction win left unpaid counts against the buyer. The mark is written by whoever expires the
// order, in the same transaction (so it exists exactly when the order expired), and once per order:
// a second expiry path finds the unique index taken and writes nothing. It stays if the buyer pays
// late, as the lapse happened all the same.

export async function recordUnpaidAuctionMark(
  tx: Transaction,
  order: { id: number; buyerId: string; source: string | null },
  now: Date,
): Promise<boolean> {
  if (order.source !== "auction") return false;
  const [stored] = await tx
    .insert(orderFeedback)
    .values({
      orderId: order.id,
      kind: "unpaid_auction",
      authorId: null,
      subjectId: order.buyerId,
      subjectSide: "buyer",
      rating: "negative",
      comment: unpaidAuctionComment,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: orderFeedback.id });
  if (!stored) return false;
  await notifyAboutFeedback(tx, { feedbackId: stored.id });
  return true;
}
