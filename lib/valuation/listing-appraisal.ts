import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/kernel/cache";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { appraiseItem, type Appraisal } from "./appraise";
import { valuationCurrencies, type ValuationCurrency } from "./currency";
import { questionSegment } from "./segments";

/**
 * The fair value shown on a listing, for a US buyer (the reference market), in the listing's
 * currency. Cached with the listing and with its market segment, so an edit or a new sale in that
 * segment refreshes it.
 */
export function getListingAppraisal(listing: {
  id: number;
  attributes: unknown;
  askingPriceCents: number;
  country: string;
  currency?: string;
  saleFormat?: string;
}): Promise<Appraisal | null> {
  // An auction's asking price is only its starting bid: judging it would call every auction a great deal.
  const priceCents = listing.saleFormat === "auction" ? undefined : listing.askingPriceCents;
  const item = itemSchema.safeParse(listing.attributes);
  const currency = (listing.currency ?? "USD") as ValuationCurrency;
  if (!item.success || !valuationCurrencies.includes(currency)) return Promise.resolve(null);
  return unstable_cache(
    () =>
      appraiseItem({
        item: item.data,
        priceCents,
        currency,
        shipTo: { country: "US" },
        itemCountry: listing.country,
      }),
    ["listing-appraisal", String(listing.id), String(priceCents ?? "auction"), currency],
    {
      tags: [
        cacheTags.listing(listing.id),
        cacheTags.valuations,
        cacheTags.valuationSegment(questionSegment(item.data)),
      ],
      revalidate: 3600,
    },
  )();
}
