import type { Order } from "@/db/schema";

// Order states as collectors read them, and which state may follow which.

export type OrderStatus = Order["status"];

export const orderStatusLabels: Record<OrderStatus, string> = {
  pending_payment: "Awaiting payment",
  paid: "Paid",
  shipped: "Shipped",
  received: "Received",
  cancelled: "Cancelled",
  expired: "Expired unpaid",
  payment_failed: "Payment failed",
  refunded: "Refunded",
};

/** States in which the seller has the buyer's money (or is owed it). */
export const paidStatuses = ["paid", "shipped", "received"] as const satisfies readonly OrderStatus[];
/** States after which the reserved stock went back on sale. */
export const releasedStatuses = [
  "cancelled",
  "expired",
  "payment_failed",
] as const satisfies readonly OrderStatus[];

export const reservationMinutes = 35;
