import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings } from "@/db/schema";
import { countryName } from "@/lib/catalogue/describe";
import { getBuyerDestination } from "@/lib/shipping/destination";
import { getListingAppraisal } from "@/lib/valuation/listing-appraisal";
import { maxBidFor } from "@/lib/valuation/engine/verdict";
import { auctionShippingCents } from "./shipping";
import { notTakenDown } from "@/lib/listings/visibility";

// What the bid box needs to judge any bid the collector types: the item's fair value from the
// valuation engine and the shipping they would pay. The verdict itself is the engine's pure
// verdictFor, run in the browser on "bid + shipping" as they type. All in the auction's currency: the
// appraisal is converted to it, and the seller's shipping rates are already in it.

export type BidGuidance = {
  /** The auction's currency: bids, fair value and shipping are all in it. */
  currency: string;
  fairValue: { lowCents: number; typicalCents: number; highCents: number };
  shippingCents: number;
  shippingTo: string;
  /** From the seller's own rates when they ship there, else the engine's estimate. */
  shippingSource: "seller" | "estimate";
  maxBidCents: number;
  confidence: "low" | "medium" | "high";
};

export async function getBidGuidance({
  listingId,
  viewerId,
}: {
  listingId: number;
  viewerId?: string | null;
}): Promise<BidGuidance | null> {
  const db = await getDb();
  const [listing] = await db
    .select({
      id: listings.id,
      attributes: listings.attributes,
      askingPriceCents: listings.askingPriceCents,
      country: listings.country,
      currency: listings.currency,
      category: listings.category,
      shippingOptions: listings.shippingOptions,
    })
    .from(listings)
    .where(and(eq(listings.id, listingId), notTakenDown));
  if (!listing) return null;
  const appraisal = await getListingAppraisal(listing);
  if (!appraisal) return null;
  // The viewer's own destination; a visitor (or a buyer who has not said) is shown the US figure.
  const destination = viewerId ? await getBuyerDestination(db, viewerId) : null;
  const country = destination?.country ?? "US";
  const seller = auctionShippingCents(listing, country);
  const shippingCents = seller?.shippingCents ?? appraisal.valuation.shippingCents;
  const { fairValue, confidence } = appraisal.valuation;
  return {
    currency: listing.currency,
    fairValue,
    shippingCents,
    shippingTo: countryName(country),
    shippingSource: seller ? "seller" : "estimate",
    maxBidCents: maxBidFor(fairValue, shippingCents),
    confidence,
  };
}
