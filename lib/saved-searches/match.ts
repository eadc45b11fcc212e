import { getClassicModel } from "@/lib/catalogue/models";
import { categoryLabels, pedalCarEraLabels } from "@/lib/catalogue/vocabulary";
import type { ShippingOption } from "@/db/schema/listings";
import type { ListingSearchParams } from "@/lib/listings/search-params";

// Whether a newly published listing belongs to a saved search, field by field as the catalogue
// search filters (words are checked in SQL against the search vector). Pure, so it is unit-tested.

export type ListingForAlerts = {
  category: string;
  model: string | null;
  era: string | null;
  condition: string | null;
  askingPriceCents: number;
  country: string;
  shippingOptions: readonly ShippingOption[];
  photoCount: number;
  /** Part fits as (category, model or "", era or "any"). */
  fits: readonly { fitsCategory: string; fitsModel: string; fitsEra: string }[];
};

export function matchesFilters(listing: ListingForAlerts, params: ListingSearchParams): boolean {
  if (params.category && listing.category !== params.category) return false;
  const forParts = listing.category === "part";
  if (params.model) {
    const fits = forParts
      ? listing.fits.some(
          (f) => f.fitsCategory === "classic_car" && (f.fitsModel === params.model || f.fitsModel === ""),
        )
      : listing.model === params.model;
    if (!fits) return false;
  }
  if (params.era) {
    const fits = forParts
      ? listing.fits.some(
          (f) => f.fitsCategory === "pedal_car" && (f.fitsEra === params.era || f.fitsEra === "any"),
        )
      : listing.era === params.era;
    if (!fits) return false;
  }
  if (params.condition && listing.condition !== params.condition) return false;
  if (params.min !== undefined && listing.askingPriceCents < params.min * 100) return false;
  if (params.max !== undefined && listing.askingPriceCents > params.max * 100) return false;
  if (params.country && listing.country !== params.country) return false;
  if (
    params.ships_to &&
    !listing.shippingOptions.some((o) => o.destination === params.ships_to || o.destination === "WORLD")
  )
    return false;
  if (params.photos && listing.photoCount < 1) return false;
  return true;
}

/** A short name for a saved search, e.g. “412” · Classic cars · $500 to $2,000. */
export function describeSavedSearch(params: ListingSearchParams): string {
  const parts: string[] = [];
  if (params.q) parts.push(`“${params.q}”`);
  if (params.category) parts.push(categoryLabels[params.category]);
  if (params.model) parts.push(getClassicModel(params.model)?.name ?? params.model);
  if (params.era) parts.push(pedalCarEraLabels[params.era].replace(/ \(.*\)$/, ""));
  if (params.condition) parts.push(`condition ${params.condition}`);
  const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;
  if (params.min !== undefined && params.max !== undefined)
    parts.push(`${dollars(params.min)} to ${dollars(params.max)}`);
  else if (params.min !== undefined) parts.push(`from ${dollars(params.min)}`);
  else if (params.max !== undefined) parts.push(`up to ${dollars(params.max)}`);
  if (params.country) parts.push(`in ${params.country}`);
  if (params.ships_to) parts.push(`ships to ${params.ships_to}`);
  if (params.photos) parts.push("with photos");
  return parts.length ? parts.join(" · ") : "Everything for sale";
}
