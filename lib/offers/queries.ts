import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingOffers, listings, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/kernel/clock";
import { marketClock } from "@/lib/kernel/market-clock";
import { getListingAppraisal } from "@/lib/valuation/listing-appraisal";
import { answerBy, offerState, type OfferState } from "./rules";
import { getOfferSettings, type OfferSettings } from "./settings";

// What the offer panel on a listing page shows its viewer, read in the browser (the page itself is
// cached for everyone): a buyer's own offers, or the seller's received ones and their settings.

export type OfferView = {
  id: number;
  listingId: number;
  listingTitle: string;
  buyerName: string;
  amountCents: number;
  counterCents: number | null;
  currency: string;
  state: OfferState;
  answerBy: string | null;
  orderId: number | null;
};

export type OfferPanel =
  | { role: "visitor" }
  | { role: "closed" }
  | {
      role: "buyer";
      currency: string;
      askingPriceCents: number;
      /** The listing's fair value, for the verdict beside the amount typed (null when it can't be valued). */
      fairValue: { lowCents: number; typicalCents: number; highCents: number } | null;
      /** Whether a new offer can be made now (the listing is on sale and none of theirs waits). */
      canOffer: boolean;
      offers: OfferView[];
    }
  | {
      role: "seller";
      currency: string;
      askingPriceCents: number;
      offers: OfferView[];
      settings: OfferSettings;
    };

const offerColumns = {
  offer: listingOffers,
  listingTitle: listings.title,
  currency: listings.currency,
  buyerName: users.displayName,
};

function toView(
  row: {
    offer: typeof listingOffers.$inferSelect;
    listingTitle: string;
    currency: string;
    buyerName: string;
  },
  now: Date,
): OfferView {
  const state = offerState(row.offer, now);
  const by = answerBy(row.offer);
  return {
    id: row.offer.id,
    listingId: row.offer.listingId,
    listingTitle: row.listingTitle,
    buyerName: row.buyerName,
    amountCents: row.offer.amountCents,
    counterCents: row.offer.counterCents,
    currency: row.currency,
    state,
    answerBy: state === "lapsed" || !by ? null : by.toISOString(),
    orderId: row.offer.orderId,
  };
}

export async function getOfferPanel({
  listingId,
  viewer,
  clock,
}: {
  listingId: number;
  viewer: Actor | null;
  clock?: Clock;
}): Promise<OfferPanel> {
  const db = await getDb();
  const [listing] = await db
    .select()
    .from(listings)
    .where(and(eq(listings.id, listingId), isNull(listings.deletedAt)));
  if (!listing || listing.saleFormat !== "fixed_price" || listing.status === "draft")
    return { role: "closed" };
  if (!viewer) return { role: listing.status === "live" ? "visitor" : "closed" };
  const now = (clock ?? (await marketClock())).now();
  const isSeller = viewer.id === listing.sellerId;
  const rows = await db
    .select(offerColumns)
    .from(listingOffers)
    .innerJoin(listings, eq(listings.id, listingOffers.listingId))
    .innerJoin(users, eq(users.id, listingOffers.buyerId))
    .where(
      and(
        eq(listingOffers.listingId, listingId),
        isSeller ? undefined : eq(listingOffers.buyerId, viewer.id),
      ),
    )
    .orderBy(desc(listingOffers.id))
    .limit(20);
  const offers = rows.map((row) => toView(row, now));
  const base = { currency: listing.currency, askingPriceCents: listing.askingPriceCents, offers };
  if (isSeller) return { role: "seller", ...base, settings: await getOfferSettings(listingId) };
  if (listing.status !== "live" && offers.length === 0) return { role: "closed" };
  const appraisal = await getListingAppraisal(listing).catch(() => null);
  const waiting = offers.some((o) => o.state === "waiting_for_seller" || o.state === "waiting_for_buyer");
  const onSale = listing.status === "live" && listing.quantity > 0;
  return {
    role: "buyer",
    ...base,
    canOffer: onSale && !waiting,
    fairValue: appraisal?.valuation.fairValue ?? null,
  };
}

/** The offers waiting for the seller's answer across their listings, newest first, for the dashboard. */
export async function getReceivedOffers({
  sellerId,
  clock,
}: {
  sellerId: string;
  clock?: Clock;
}): Promise<OfferView[]> {
  const db = await getDb();
  const now = (clock ?? (await marketClock())).now();
  const rows = await db
    .select(offerColumns)
    .from(listingOffers)
    .innerJoin(listings, eq(listings.id, listingOffers.listingId))
    .innerJoin(users, eq(users.id, listingOffers.buyerId))
    .where(and(eq(listings.sellerId, sellerId), inArray(listingOffers.status, ["open", "countered"])))
    .orderBy(desc(listingOffers.id))
    .limit(100);
  return rows.map((row) => toView(row, now)).filter((offer) => offer.state !== "lapsed");
}
