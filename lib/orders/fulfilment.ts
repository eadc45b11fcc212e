import "server-only";
import { getDb } from "@/db/client";
import { canManage, type Actor } from "@/lib/auth/actor";
import { fieldRefusal } from "@/lib/kernel/forms";
import type { ActionResult } from "@/lib/kernel/result";
import { changeOrderStatus, lockOrder } from "./order-events";
import { receiveOrderSchema, shipOrderSchema } from "./schemas";

// After payment: the seller ships, the buyer confirms it arrived. Each step checks, next to the data,
// that the actor is that order's seller (or buyer), and writes a history row.

export type FulfilmentResult = ActionResult;

const notFound: FulfilmentResult = { ok: false, message: "That order does not exist.", fieldErrors: {} };

export async function markOrderShipped({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<FulfilmentResult> {
  const parsed = shipOrderSchema.safeParse(input);
  if (!parsed.success) return fieldRefusal(parsed.error);
  const { orderId, carrier, trackingNumber } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order || !canManage(actor, order.sellerId)) return notFound;
    const shipped = await changeOrderStatus(tx, {
      order,
      from: ["paid"],
      to: "shipped",
      actorId: actor.id,
      set: { carrier, trackingNumber, shippedAt: new Date() },
      note: `Shipped with ${carrier}, tracking number ${trackingNumber}.`,
    });
    if (!shipped)
      return {
        ok: false,
        message: order.status === "shipped" ? "Already marked shipped." : "Only a paid order can be shipped.",
        fieldErrors: {},
      };
    return { ok: true, message: `Marked shipped with ${carrier}.` };
  });
}

export async function markOrderReceived({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<FulfilmentResult> {
  const parsed = receiveOrderSchema.safeParse(input);
  if (!parsed.success) return notFound;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, parsed.data.orderId);
    if (!order || !canManage(actor, order.buyerId)) return notFound;
    const received = await changeOrderStatus(tx, {
      order,
      from: ["shipped"],
      to: "received",
      actorId: actor.id,
      set: { receivedAt: new Date() },
      note: "The buyer has the parcel.",
    });
    if (!received)
      return {
        ok: false,
        message:
          order.status === "received"
            ? "Already marked received."
            : "Only a shipped order can be marked received.",
        fieldErrors: {},
      };
    return { ok: true, message: "Thanks: marked received." };
  });
}
