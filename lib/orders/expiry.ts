import "server-only";
import { and, asc, eq, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { marketClock } from "@/lib/kernel/market-clock";
import { expirePaymentSession } from "@/lib/payments/checkout-session";
import { releaseReservation } from "./transitions";

// Reservations nobody paid for end here, even if Stripe never sends `checkout.session.expired`
// (or the process died before the payment page opened). Runs on reading the cart and order pages and
// from POST /api/cron/expire-reservations. Each order is released under its row lock with a
// conditional update, so two sweeps, or a sweep and a late webhook, never return stock twice.
// `now` defaults to the market's clock; tests pass a later time instead of waiting for it.

export type SweepResult = { expiredOrderIds: number[]; listingIds: number[] };

export async function expireStaleReservations({ limit = 100, now }: { limit?: number; now?: Date } = {}): Promise<SweepResult> {
  const db = await getDb();
  const at = now ?? (await marketClock()).now();
  const stale = await db
    .select({ id: orders.id, sessionId: orders.stripeCheckoutSessionId })
    .from(orders)
    .where(and(eq(orders.status, "pending_payment"), lt(orders.reservedUntil, at)))
    .orderBy(asc(orders.reservedUntil))
    .limit(limit);
  const result: SweepResult = { expiredOrderIds: [], listingIds: [] };
  for (const order of stale) {
    const released = await db.transaction((tx) =>
      releaseReservation(tx, order.id, "expired", "Not paid in time; the items went back on sale.", { onlyIfPastReservation: true, now: at }),
    );
    if (released.outcome !== "changed") continue;
    result.expiredOrderIds.push(order.id);
    result.listingIds.push(...released.listingIds);
    if (order.sessionId) await expirePaymentSession(order.sessionId);
  }
  return result;
}
