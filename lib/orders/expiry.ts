import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderItems, orders } from "@/db/schema";
import { marketClock } from "@/lib/kernel/market-clock";
import { expirePaymentSession } from "@/lib/payments/checkout-session";
import { releaseReservation } from "./transitions";
import { expireStaleCheckouts } from "./checkout-expiry";

// Reservations nobody paid for end here, even if Stripe never sends `checkout.session.expired`
// (or the process died before the payment page opened): the expire-reservations job runs this every
// minute, and checkout runs it for the listings it is about to reserve. Pages never do: they show a
// lapsed reservation as expired and its units as on sale (lib/orders/queries.ts, availableQuantity).
//
// Each order is claimed with FOR UPDATE SKIP LOCKED in its own transaction and released with a
// conditional update, so sweeps running at once take different orders, together expire every due
// one, and never return stock twice (nor race a late webhook). `now` defaults to the market's clock;
// tests pass a later time instead of waiting for it.

export type SweepResult = { expiredOrderIds: number[]; listingIds: number[] };

const note = "Not paid in time; the items went back on sale.";

export async function expireStaleReservations({
  limit = 500,
  now,
  listingIds,
}: { limit?: number; now?: Date; listingIds?: readonly number[] } = {}): Promise<SweepResult> {
  const db = await getDb();
  const moment = now ?? (await marketClock()).now();
  const at = sql`${moment.toISOString()}::timestamptz`;
  const holdsListing = listingIds
    ? inArray(
        orders.id,
        db
          .select({ id: orderItems.orderId })
          .from(orderItems)
          .where(inArray(orderItems.listingId, listingIds.length ? [...listingIds] : [-1])),
      )
    : undefined;
  const result: SweepResult = { expiredOrderIds: [], listingIds: [] };
  for (let i = 0; i < limit; i++) {
    const released = await db.transaction(async (tx) => {
      const [due] = await tx
        .select({ id: orders.id, sessionId: orders.stripeCheckoutSessionId })
        .from(orders)
        .where(
          and(
            eq(orders.status, "pending_payment"),
            lt(orders.reservedUntil, at),
            // A whole-cart checkout's orders lapse together, with their checkout (below).
            isNull(orders.checkoutId),
            holdsListing,
          ),
        )
        .orderBy(asc(orders.reservedUntil), asc(orders.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!due) return null;
      return {
        ...due,
        ...(await releaseReservation(tx, due.id, "expired", note, {
          onlyIfPastReservation: true,
          now: moment,
        })),
      };
    });
    if (!released) break;
    if (released.outcome !== "changed") continue;
    result.expiredOrderIds.push(released.id);
    result.listingIds.push(...released.listingIds);
    // After the commit: the payment page closes too, so nobody pays for stock that went back on sale.
    if (released.sessionId) await expirePaymentSession(released.sessionId);
  }
  const together = await expireStaleCheckouts({ limit, now: moment, listingIds });
  result.expiredOrderIds.push(...together.expiredOrderIds);
  result.listingIds.push(...together.listingIds);
  return result;
}

/** A buyer's own order whose reservation has lapsed is expired before they may pay for it. */
export async function expireReservationIfDue(orderId: number, { now }: { now?: Date } = {}): Promise<void> {
  const db = await getDb();
  const released = await db.transaction((tx) =>
    releaseReservation(tx, orderId, "expired", note, { onlyIfPastReservation: true, now }),
  );
  if (released.outcome !== "changed") return;
  const [order] = await db
    .select({ sessionId: orders.stripeCheckoutSessionId })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (order?.sessionId) await expirePaymentSession(order.sessionId);
}
