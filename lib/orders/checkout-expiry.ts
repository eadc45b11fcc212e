import "server-only";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orderItems, orders } from "@/db/schema";
import { expirePaymentSession } from "@/lib/payments/checkout-session";
import { releaseCheckout } from "./checkout-transitions";

// Whole-cart checkouts nobody paid for lapse as one: every order they made expires together and its
// stock goes back on sale, claimed with FOR UPDATE SKIP LOCKED on the checkout row, as the order sweep
// (expiry.ts) claims single orders. The checkout row is locked before its orders, as everywhere.

const note = "Not paid in time; the items went back on sale.";

export async function expireStaleCheckouts({
  limit,
  now,
  listingIds,
}: {
  limit: number;
  now: Date;
  listingIds?: readonly number[];
}): Promise<{ expiredOrderIds: number[]; listingIds: number[] }> {
  const db = await getDb();
  const at = sql`${now.toISOString()}::timestamptz`;
  const holdsListing = listingIds
    ? inArray(
        checkouts.id,
        db
          .select({ id: orders.checkoutId })
          .from(orderItems)
          .innerJoin(orders, eq(orders.id, orderItems.orderId))
          .where(inArray(orderItems.listingId, listingIds.length ? [...listingIds] : [-1])),
      )
    : undefined;
  const result = { expiredOrderIds: [] as number[], listingIds: [] as number[] };
  for (let i = 0; i < limit; i++) {
    const released = await db.transaction(async (tx) => {
      const [due] = await tx
        .select({ id: checkouts.id, sessionId: checkouts.stripeCheckoutSessionId })
        .from(checkouts)
        .where(and(eq(checkouts.status, "pending_payment"), lt(checkouts.reservedUntil, at), holdsListing))
        .orderBy(asc(checkouts.reservedUntil), asc(checkouts.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!due) return null;
      const outcome = await releaseCheckout(tx, due.id, "expired", note, {
        onlyIfPastReservation: true,
        now,
      });
      return { ...outcome, sessionId: due.sessionId };
    });
    if (!released) break;
    if (released.outcome !== "changed") continue;
    result.expiredOrderIds.push(...released.orderIds);
    result.listingIds.push(...released.listingIds);
    if (released.sessionId) await expirePaymentSession(released.sessionId);
  }
  return result;
}

/** The buyer's own checkout whose reservation has lapsed is expired before they may pay for it. */
export async function expireCheckoutIfDue(checkoutId: number, { now }: { now: Date }): Promise<void> {
  const db = await getDb();
  const released = await db.transaction((tx) =>
    releaseCheckout(tx, checkoutId, "expired", note, { onlyIfPastReservation: true, now }),
  );
  if (released.outcome !== "changed") return;
  const [checkout] = await db
    .select({ sessionId: checkouts.stripeCheckoutSessionId })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  if (checkout?.sessionId) await expirePaymentSession(checkout.sessionId);
}
