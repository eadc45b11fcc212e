import type { ShippingOption } from "@/db/schema/listings";
import type { Category } from "@/lib/catalogue/vocabulary";
import { countryName } from "@/lib/catalogue/describe";
import { shippingRates } from "@/lib/valuation/engine/shipping";
import type { Result } from "@/lib/kernel/result";

// Prices a cart line or an order from the seller's own figures: the asking price, the shipping option
// for the buyer's country (or the seller's WORLD price), and, for a pedal car, the careful packing
// every shipped pedal car needs (crate, padded windscreen and steering wheel). Pure: no I/O.

export type LineToPrice = {
  category: Category;
  askingPriceCents: number;
  quantity: number;
  shippingOptions: readonly ShippingOption[];
};

export type PricedLine = {
  itemsCents: number;
  /** One parcel per line, whatever the quantity, plus packing per pedal car. */
  shippingCents: number;
  packingCents: number;
  shippingLabel: string;
};

export type PriceResult = Result<{ line: PricedLine }>;

function normaliseCountry(code: string): string {
  return code.trim().toUpperCase();
}

/** The seller's option for that country, else their WORLD option, else none (they don't ship there). */
export function shippingOptionFor(
  options: readonly ShippingOption[],
  country: string,
): ShippingOption | null {
  const wanted = normaliseCountry(country);
  return (
    options.find((o) => normaliseCountry(o.destination) === wanted) ??
    options.find((o) => normaliseCountry(o.destination) === "WORLD") ??
    null
  );
}

/** The collector's article: the windscreen and steering wheel break unless a pedal car is packed with care. */
export function packingCentsFor(category: Category, quantity: number): number {
  return category === "pedal_car" ? shippingRates.pedal_car.packing * quantity : 0;
}

export function priceLine(line: LineToPrice, country: string): PriceResult {
  const option = shippingOptionFor(line.shippingOptions, country);
  if (!option)
    return { ok: false, message: `The seller does not ship to ${countryName(normaliseCountry(country))}.` };
  const packingCents = packingCentsFor(line.category, line.quantity);
  const place =
    normaliseCountry(option.destination) === "WORLD"
      ? `worldwide rate to ${countryName(normaliseCountry(country))}`
      : countryName(option.destination);
  return {
    ok: true,
    line: {
      itemsCents: line.askingPriceCents * line.quantity,
      shippingCents: option.priceCents + packingCents,
      packingCents,
      shippingLabel: option.label ? `${place} · ${option.label}` : place,
    },
  };
}

export type Totals = { itemsCents: number; shippingCents: number; packingCents: number; totalCents: number };

export function sumLines(
  lines: readonly Pick<PricedLine, "itemsCents" | "shippingCents" | "packingCents">[],
): Totals {
  const itemsCents = lines.reduce((sum, l) => sum + l.itemsCents, 0);
  const shippingCents = lines.reduce((sum, l) => sum + l.shippingCents, 0);
  const packingCents = lines.reduce((sum, l) => sum + l.packingCents, 0);
  return { itemsCents, shippingCents, packingCents, totalCents: itemsCents + shippingCents };
}

/** The marketplace's cut, rounded to the cent; never more than the total. */
export function platformFeeCents(totalCents: number, percent: number): number {
  return Math.min(totalCents, Math.round((totalCents * percent) / 100));
}

/** Cars and toys are one of a kind; parts come in stock counts. */
export function isSingleItem(category: Category): boolean {
  return category !== "part";
}
