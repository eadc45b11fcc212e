import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orderEvents, orderItems, orders, users, type Order } from "@/db/schema";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import type { OrderStatus } from "./status";
import { readOrderLines } from "./order-lines";

// Reads for the order pages. Only the order's buyer, its seller and admins see an order; anyone else
// gets null, which the page turns into a 404 (so order numbers reveal nothing).

// A reservation whose time is up reads as expired at once, though the expire-reservations job may not
// have swept it yet: pages never write, and never offer to pay for stock that is back on sale.
const lapsed = sql<boolean>`(${orders.status} = 'pending_payment' and ${orders.reservedUntil} < now())`;
const statusNow = sql<OrderStatus>`(case when ${lapsed} then 'expired' else ${orders.status}::text end)`;
const reservedUntilNow = sql`(case when ${lapsed} then null else ${orders.reservedUntil} end)`.mapWith(
  orders.reservedUntil,
);

const buyers = alias(users, "buyers");
const sellers = alias(users, "sellers");

export type OrderSummary = {
  id: number;
  status: OrderStatus;
  currency: Currency;
  totalCents: number;
  createdAt: Date;
  reservedUntil: Date | null;
  otherPartyName: string;
  itemTitles: string[];
  /** The whole-cart payment that paid this order with others, if any. */
  checkoutId: number | null;
};

async function titlesByOrder(orderIds: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (orderIds.length === 0) return map;
  const db = await getDb();
  const rows = await db
    .select({ orderId: orderItems.orderId, title: orderItems.title, quantity: orderItems.quantity })
    .from(orderItems)
    .where(inArray(orderItems.orderId, orderIds))
    .orderBy(asc(orderItems.id));
  for (const row of rows)
    map.set(row.orderId, [
      ...(map.get(row.orderId) ?? []),
      row.quantity > 1 ? `${row.quantity} × ${row.title}` : row.title,
    ]);
  return map;
}

// What a row of either list shows; `users` is the other party (the seller to a buyer, the buyer to a seller).
const summaryColumns = {
  id: orders.id,
  status: statusNow,
  currency: orders.currency,
  totalCents: orders.totalCents,
  createdAt: orders.createdAt,
  reservedUntil: reservedUntilNow,
  otherPartyName: users.displayName,
  checkoutId: orders.checkoutId,
};

export async function listOrdersForBuyer(buyerId: string): Promise<OrderSummary[]> {
  const db = await getDb();
  const rows = await db
    .select(summaryColumns)
    .from(orders)
    .innerJoin(users, eq(users.id, orders.sellerId))
    .where(eq(orders.buyerId, buyerId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(200);
  const titles = await titlesByOrder(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, itemTitles: titles.get(r.id) ?? [] }));
}

export type OrderDetail = Pick<
  Order,
  | "id"
  | "status"
  | "source"
  | "currency"
  | "itemsCents"
  | "shippingCents"
  | "totalCents"
  | "platformFeeCents"
  | "payoutOwedCents"
  | "refundedCents"
  | "transferDestination"
  | "shipTo"
  | "carrier"
  | "trackingNumber"
  | "reservedUntil"
  | "paidAt"
  | "shippedAt"
  | "receivedAt"
  | "createdAt"
  | "checkoutId"
> & {
  buyerName: string;
  sellerName: string;
  viewerRole: "buyer" | "seller" | "admin";
  items: {
    listingId: number;
    title: string;
    quantity: number;
    unitPriceCents: number;
    shippingCents: number;
    packingCents: number;
  }[];
  history: {
    id: number;
    fromStatus: OrderStatus | null;
    toStatus: OrderStatus;
    note: string | null;
    createdAt: Date;
    actorName: string | null;
  }[];
};

export async function getOrderForViewer({
  orderId,
  viewer,
}: {
  orderId: number;
  viewer: Actor;
}): Promise<OrderDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({ order: orders, lapsed, buyerName: buyers.displayName, sellerName: sellers.displayName })
    .from(orders)
    .innerJoin(buyers, eq(buyers.id, orders.buyerId))
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .where(eq(orders.id, orderId));
  if (!row) return null;
  const order = row.lapsed ? { ...row.order, status: "expired" as const, reservedUntil: null } : row.order;
  const viewerRole =
    order.buyerId === viewer.id
      ? "buyer"
      : order.sellerId === viewer.id
        ? "seller"
        : isAdmin(viewer)
          ? "admin"
          : null;
  if (!viewerRole) return null;
  const [items, history] = await Promise.all([
    readOrderLines(db, orderId),
    db
      .select({
        id: orderEvents.id,
        fromStatus: orderEvents.fromStatus,
        toStatus: orderEvents.toStatus,
        note: orderEvents.note,
        createdAt: orderEvents.createdAt,
        actorName: users.displayName,
      })
      .from(orderEvents)
      .leftJoin(users, eq(users.id, orderEvents.actorId))
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(asc(orderEvents.id)),
  ]);
  const {
    buyerId: _b,
    sellerId: _s,
    stripeCheckoutSessionId: _c,
    stripePaymentIntentId: _p,
    checkoutUrl: _u,
    stripeTransferId: _t,
    stripeTransferReversalId: _r,
    ...visible
  } = order;
  return { ...visible, buyerName: row.buyerName, sellerName: row.sellerName, viewerRole, items, history };
}

export type Sale = OrderSummary & {
  paidAt: Date | null;
  shipTo: Order["shipTo"];
  carrier: string | null;
  trackingNumber: string | null;
  platformFeeCents: number;
  payoutOwedCents: number;
  transferDestination: string | null;
};

/** The seller's orders, newest first; unpaid ones that lapsed are left out. */
export async function listSalesForSeller(sellerId: string): Promise<Sale[]> {
  const db = await getDb();
  const rows = await db
    .select({
      ...summaryColumns,
      paidAt: orders.paidAt,
      shipTo: orders.shipTo,
      carrier: orders.carrier,
      trackingNumber: orders.trackingNumber,
      platformFeeCents: orders.platformFeeCents,
      payoutOwedCents: orders.payoutOwedCents,
      transferDestination: orders.transferDestination,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(
      and(
        eq(orders.sellerId, sellerId),
        sql`${orders.status} not in ('expired', 'cancelled', 'payment_failed')`,
        sql`not ${lapsed}`,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(200);
  const titles = await titlesByOrder(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, itemTitles: titles.get(r.id) ?? [] }));
}

export type PayoutLine = {
  currency: Currency;
  owedCents: number;
  transferredCents: number;
  feesCents: number;
};

/** Per currency: what the market owes the seller, and what went to their Stripe account directly. */
export async function getPayoutSummary(sellerId: string): Promise<PayoutLine[]> {
  const db = await getDb();
  return db
    .select({
      currency: orders.currency,
      owedCents: sql<number>`coalesce(sum(${orders.payoutOwedCents}) filter (where ${orders.transferDestination} is null), 0)::int`,
      transferredCents: sql<number>`coalesce(sum(${orders.totalCents} - ${orders.platformFeeCents}) filter (where ${orders.transferDestination} is not null), 0)::int`,
      feesCents: sql<number>`coalesce(sum(${orders.platformFeeCents}), 0)::int`,
    })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, sellerId),
        inArray(orders.status, ["paid", "shipped", "received"]),
        ne(orders.totalCents, 0),
      ),
    )
    .groupBy(orders.currency)
    .orderBy(orders.currency);
}
