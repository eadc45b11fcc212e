import type { ShippingOption } from "@/db/schema/listings";
import type { Category } from "@/lib/catalogue/vocabulary";
import { shippingRates } from "@/lib/valuation/shipping";

/** The seller's option for the buyer's country, else their WORLD option, else none: the same rule checkout prices by. */
export function shippingOptionFor(options: readonly ShippingOption[], country: string): ShippingOption | null {
  const wanted = country.trim().toUpperCase();
  return options.find((o) => o.destination.toUpperCase() === wanted) ?? options.find((o) => o.destination.toUpperCase() === "WORLD") ?? null;
}

/** Shipping for one item to the buyer: the seller's rate plus, for a pedal car, the careful packing its windscreen and steering wheel need. */
export function auctionShippingCents(listing: { category: Category; shippingOptions: readonly ShippingOption[] }, country: string): { shippingCents: number; packingCents: number } | null {
  const option = shippingOptionFor(listing.shippingOptions, country);
  if (!option) return null;
  const packingCents = listing.category === "pedal_car" ? shippingRates.pedal_car.packing : 0;
  return { shippingCents: option.priceCents + packingCents, packingCents };
}
