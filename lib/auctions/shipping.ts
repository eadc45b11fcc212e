import type { ShippingOption } from "@/db/schema/listings";
import type { Category } from "@/lib/catalogue/vocabulary";
import { packingCentsFor, shippingOptionFor } from "@/lib/listings/pricing";

/** Shipping for the one item an auction sells, priced by checkout's rule: the seller's rate for the country (or WORLD) plus a pedal car's packing. */
export function auctionShippingCents(
  listing: { category: Category; shippingOptions: readonly ShippingOption[] },
  country: string,
): { shippingCents: number; packingCents: number } | null {
  const option = shippingOptionFor(listing.shippingOptions, country);
  if (!option) return null;
  const packingCents = packingCentsFor(listing.category, 1);
  return { shippingCents: option.priceCents + packingCents, packingCents };
}
