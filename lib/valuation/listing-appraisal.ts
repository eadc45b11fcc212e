import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { appraiseItem, type Appraisal } from "./appraise";

/**
 * The fair value shown on a listing, for a US buyer (the reference market). Cached with the
 * listing and with the sold-price history, so a new sale or an edit refreshes it.
 */
export function getListingAppraisal(listing: { id: number; attributes: unknown; askingPriceCents: number; country: string; saleFormat?: string }): Promise<Appraisal | null> {
  // An auction's asking price is only its starting bid: judging it would call every auction a great deal.
  const priceCents = listing.saleFormat === "auction" ? undefined : listing.askingPriceCents;
  const item = itemSchema.safeParse(listing.attributes);
  if (!item.success) return Promise.resolve(null);
  return unstable_cache(
    () => appraiseItem({ item: item.data, priceCents, currency: "USD", shipTo: { country: "US" }, itemCountry: listing.country }),
    ["listing-appraisal", String(listing.id), String(priceCents ?? "auction")],
    { tags: [cacheTags.listing(listing.id), cacheTags.soldItems], revalidate: 3600 },
  )();
}
