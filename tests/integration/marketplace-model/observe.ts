import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auctions,
  cartItems,
  listings,
  orderItems,
  orders,
  soldItems,
  type ShippingOption,
} from "@/db/schema";
import type { OfferModel } from "./offer-commands";
import {
  initialQuantity,
  isAuction,
  isUnique,
  listingNames,
  type ListingName,
  type PersonName,
  type World,
} from "./world";

// What the database holds for one sequence's listings, read after every step, and the rules the
// marketplace promises about it whatever happened before.

export const liveStatuses = ["pending_payment"] as const;
export const paidStatuses = ["paid", "shipped", "received"] as const;

export type ListingSeen = {
  id: number;
  status: string;
  quantity: number;
  deleted: boolean;
  currency: string;
  category: string;
  askingPriceCents: number;
  shippingOptions: ShippingOption[];
  attributes: unknown;
};
export type OrderLineSeen = { listingId: number; quantity: number; soldItemId: string | null };
export type OrderSeen = {
  id: number;
  status: string;
  buyerId: string;
  sellerId: string;
  source: string | null;
  totalCents: number;
  paymentIntentId: string | null;
  sessionId: string | null;
  /** The whole-cart checkout that made it with other sellers' orders, paid once for all of them. */
  checkoutId: number | null;
  paidAt: Date | null;
  lines: OrderLineSeen[];
};
export type AuctionSeen = {
  status: string;
  startPriceCents: number;
  reservePriceCents: number | null;
  endsAt: Date;
  originalEndsAt: Date;
  bidCount: number;
  leaderId: string | null;
  winnerOrderId: number | null;
};
export type Seen = {
  listings: Record<ListingName, ListingSeen>;
  auctions: Partial<Record<ListingName, AuctionSeen>>;
  orders: Map<number, OrderSeen>;
  soldRows: Map<number, number>;
  /** Buyer id -> listing id -> quantity. */
  carts: Map<string, Map<number, number>>;
};

/** What bidders agreed to: it must not move once the first bid is in. */
export type FrozenTerms = {
  currency: string;
  category: string;
  attributes: unknown;
  shippingOptions: ShippingOption[];
  startPriceCents: number;
  reservePriceCents: number | null;
  originalEndsAt: number;
};

export type OrderModel = {
  id: number;
  buyer: PersonName;
  seller: PersonName;
  source: "cart" | "auction" | "offer";
  payments: number;
};

/** The orders one payment pays: the order, or every order of its whole-cart checkout. */
export function paidTogether(model: Model, order: OrderModel): OrderModel[] {
  const checkoutId = model.seen.orders.get(order.id)?.checkoutId;
  if (!checkoutId) return [order];
  return model.orders.filter((o) => model.seen.orders.get(o.id)?.checkoutId === checkoutId);
}

export type Model = {
  world: World;
  /** What the seller has put up for sale in all: on hand + reserved + sold must add up to it. */
  listed: Record<ListingName, number>;
  frozen: Partial<Record<ListingName, FrozenTerms>>;
  /** The end each auction must have: only a bid's anti-sniping extension may move it. */
  endsAt: Partial<Record<ListingName, number>>;
  orders: OrderModel[];
  /** Offers made on fixed-price listings so far. */
  offers: OfferModel[];
  seen: Seen;
};

export function newModel(world: World, seen: Seen): Model {
  const listed = Object.fromEntries(listingNames.map((n) => [n, initialQuantity(n)])) as Record<
    ListingName,
    number
  >;
  const endsAt = { auction1: world.auctionEndsAt.getTime(), auction2: world.auctionEndsAt.getTime() };
  return { world, listed, frozen: {}, endsAt, orders: [], offers: [], seen };
}

function nameOf(world: World, listingId: number): ListingName {
  return listingNames.find((n) => world.listings[n] === listingId)!;
}

export async function observe(world: World): Promise<Seen> {
  const db = await getDb();
  const ids = listingNames.map((n) => world.listings[n]);
  const userIds = Object.values(world.people).map((p) => p.id);
  const [listingRows, auctionRows, lineRows, soldRows, cartRows] = await Promise.all([
    db.select().from(listings).where(inArray(listings.id, ids)),
    db.select().from(auctions).where(inArray(auctions.listingId, ids)),
    db
      .select({
        order: orders,
        listingId: orderItems.listingId,
        quantity: orderItems.quantity,
        soldItemId: orderItems.soldItemId,
      })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .where(inArray(orderItems.listingId, ids)),
    db
      .select({ listingId: soldItems.listingId, n: sql<number>`count(*)::int` })
      .from(soldItems)
      .where(and(inArray(soldItems.listingId, ids), eq(soldItems.origin, "marketplace")))
      .groupBy(soldItems.listingId),
    db
      .select({ userId: cartItems.userId, listingId: cartItems.listingId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(inArray(cartItems.userId, userIds)),
  ]);
  const byId = new Map(listingRows.map((r) => [r.id, r]));
  const seenListings = Object.fromEntries(
    listingNames.map((n) => {
      const r = byId.get(world.listings[n])!;
      return [
        n,
        {
          id: r.id,
          status: r.status,
          quantity: r.quantity,
          deleted: r.deletedAt !== null,
          currency: r.currency,
          category: r.category,
          askingPriceCents: r.askingPriceCents,
          shippingOptions: r.shippingOptions,
          attributes: r.attributes,
        },
      ];
    }),
  ) as Record<ListingName, ListingSeen>;
  const seenAuctions: Seen["auctions"] = {};
  for (const a of auctionRows) {
    seenAuctions[nameOf(world, a.listingId)] = {
      status: a.status,
      startPriceCents: a.startPriceCents,
      reservePriceCents: a.reservePriceCents,
      endsAt: a.endsAt,
      originalEndsAt: a.originalEndsAt,
      bidCount: a.bidCount,
      leaderId: a.leaderId,
      winnerOrderId: a.winnerOrderId,
    };
  }
  const seenOrders = new Map<number, OrderSeen>();
  for (const row of lineRows) {
    const o = row.order;
    const seen = seenOrders.get(o.id) ?? {
      id: o.id,
      status: o.status,
      buyerId: o.buyerId,
      sellerId: o.sellerId,
      source: o.source,
      totalCents: o.totalCents,
      paymentIntentId: o.stripePaymentIntentId,
      sessionId: o.stripeCheckoutSessionId,
      checkoutId: o.checkoutId,
      paidAt: o.paidAt,
      lines: [],
    };
    seen.lines.push({ listingId: row.listingId, quantity: row.quantity, soldItemId: row.soldItemId });
    seenOrders.set(o.id, seen);
  }
  const carts = new Map<string, Map<number, number>>();
  for (const c of cartRows)
    carts.set(c.userId, (carts.get(c.userId) ?? new Map()).set(c.listingId, c.quantity));
  return {
    listings: seenListings,
    auctions: seenAuctions,
    orders: seenOrders,
    soldRows: new Map(soldRows.map((r) => [r.listingId ?? 0, r.n])),
    carts,
  };
}

export function frozenTermsOf(seen: Seen, name: ListingName): FrozenTerms {
  const l = seen.listings[name];
  const a = seen.auctions[name]!;
  return {
    currency: l.currency,
    category: l.category,
    attributes: l.attributes,
    shippingOptions: l.shippingOptions,
    startPriceCents: a.startPriceCents,
    reservePriceCents: a.reservePriceCents,
    originalEndsAt: a.originalEndsAt.getTime(),
  };
}

/**
 * Units of a listing held by unpaid orders, and units sold in paid orders. Stock moves only through
 * orders (reserve, release, sell, refund), so a refunded order's units are back on hand.
 */
function stockFigures(seen: Seen, listingId: number): { reserved: number; sold: number } {
  let reserved = 0;
  let sold = 0;
  for (const order of seen.orders.values()) {
    for (const line of order.lines) {
      if (line.listingId !== listingId) continue;
      if ((liveStatuses as readonly string[]).includes(order.status)) reserved += line.quantity;
      else if ((paidStatuses as readonly string[]).includes(order.status)) sold += line.quantity;
    }
  }
  return { reserved, sold };
}

/** Throws, naming the broken promise, when the database breaks one of the marketplace's rules. */
export function checkRules(model: Model, seen: Seen): void {
  const problems: string[] = [];
  const { world } = model;
  for (const name of listingNames) {
    const listing = seen.listings[name];
    const holders = [...seen.orders.values()].filter((o) => o.lines.some((l) => l.listingId === listing.id));
    const holding = holders.filter((o) => [...liveStatuses, ...paidStatuses].includes(o.status as never));
    if (isUnique(name) && holding.length > 1)
      problems.push(
        `unique ${name} is in ${holding.length} live or paid orders (${holding.map((o) => `#${o.id} ${o.status}`).join(", ")})`,
      );

    const { reserved, sold } = stockFigures(seen, listing.id);
    if (listing.quantity + reserved + sold !== model.listed[name]) {
      problems.push(
        `${name}: on hand ${listing.quantity} + reserved ${reserved} + sold ${sold} != ${model.listed[name]} listed`,
      );
    }

    const paidHere = holders.filter((o) => (paidStatuses as readonly string[]).includes(o.status));
    const soldRows = seen.soldRows.get(listing.id) ?? 0;
    if (isUnique(name) && soldRows !== paidHere.length)
      problems.push(`${name}: ${soldRows} sold-price rows for ${paidHere.length} paid orders`);

    const frozen = model.frozen[name];
    const auction = seen.auctions[name];
    if (isAuction(name) && frozen && auction) {
      const now = frozenTermsOf(seen, name);
      for (const key of Object.keys(frozen) as (keyof FrozenTerms)[]) {
        if (JSON.stringify(now[key]) !== JSON.stringify(frozen[key]))
          problems.push(
            `${name}: ${key} changed after a bid (${JSON.stringify(frozen[key])} -> ${JSON.stringify(now[key])})`,
          );
      }
    }
    if (isAuction(name) && auction && auction.endsAt.getTime() !== model.endsAt[name])
      problems.push(
        `${name}: ends at ${auction.endsAt.toISOString()}, bidders were told ${new Date(model.endsAt[name]!).toISOString()}`,
      );
  }

  const intents = new Map<string, Set<string>>();
  for (const order of seen.orders.values()) {
    const known = model.orders.find((o) => o.id === order.id);
    if (!known) {
      problems.push(
        `order #${order.id} (${order.status}) appeared without a checkout, close or offer that made it`,
      );
      continue;
    }
    if (order.buyerId !== world.people[known.buyer].id) problems.push(`order #${order.id} changed buyer`);
    if ((paidStatuses as readonly string[]).includes(order.status)) {
      if (!order.paymentIntentId || !order.paidAt)
        problems.push(`paid order #${order.id} has no payment recorded`);
      if (known.payments !== 1) problems.push(`paid order #${order.id} took ${known.payments} payments`);
      for (const line of order.lines) {
        if (isUnique(nameOf(world, line.listingId)) && !line.soldItemId)
          problems.push(`paid order #${order.id} has no sold-price row for ${nameOf(world, line.listingId)}`);
      }
    }
    // The orders of one whole-cart checkout share its one payment; no other payment pays two orders.
    if (order.paymentIntentId) {
      const payer = order.checkoutId ? `checkout ${order.checkoutId}` : `order ${order.id}`;
      intents.set(order.paymentIntentId, new Set([...(intents.get(order.paymentIntentId) ?? []), payer]));
    }
  }
  for (const [intent, payers] of intents)
    if (payers.size > 1) problems.push(`payment ${intent} is recorded on ${[...payers].join(", ")}`);
  if (problems.length) throw new Error(`Marketplace rules broken:\n  - ${problems.join("\n  - ")}`);
}
