import type { Item } from "@/lib/catalogue/item-schemas";
import type { Category } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";

// Shipping is part of the real price. Pedal cars travel crated, with the windscreen and steering
// wheel padded, because both break when packed carelessly (collector's article); so a shipped pedal
// car never ships free. The figures are ours, from typical carrier prices; a real quote replaces them.

export type ShippingEstimate = { cents: number; reason: string };

export type Route = "domestic" | "same_region" | "intercontinental";

const europe = new Set(
  "AL AD AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK".split(
    " ",
  ),
);
const northAmerica = new Set(["US", "CA", "MX"]);
const oceania = new Set(["AU", "NZ"]);

function regionOf(country: string): string {
  if (northAmerica.has(country)) return "north_america";
  if (europe.has(country)) return "europe";
  if (oceania.has(country)) return "oceania";
  return country; // elsewhere: each country its own region, so shipping there counts as intercontinental
}

export function routeBetween(origin: string, destination: string): Route {
  if (origin === destination) return "domestic";
  return regionOf(origin) === regionOf(destination) ? "same_region" : "intercontinental";
}

/** Freight by route, plus the packing every shipment of that kind needs, in cents. */
export const shippingRates: Record<
  Category,
  Record<Route, number> & { packing: number; remoteSurcharge: number }
> = {
  // Crate and padding for the fragile windscreen and steering wheel: US domestic comes to $115.
  pedal_car: {
    domestic: 8_500,
    same_region: 16_000,
    intercontinental: 26_000,
    packing: 3_000,
    remoteSurcharge: 6_000,
  },
  toy: {
    domestic: 4_500,
    same_region: 8_000,
    intercontinental: 14_000,
    packing: 1_500,
    remoteSurcharge: 3_000,
  },
  // Open car transporter at home, container and port fees across an ocean.
  classic_car: {
    domestic: 90_000,
    same_region: 150_000,
    intercontinental: 350_000,
    packing: 0,
    remoteSurcharge: 150_000,
  },
  part: { domestic: 1_200, same_region: 2_000, intercontinental: 3_000, packing: 0, remoteSurcharge: 800 },
};

/** Parts that crack or dent in a plain parcel get padded packing. */
const fragilePartTypes: ReadonlySet<string> = new Set(["windscreen", "light_kit", "body_panel"]);
const fragilePackingCents = 1_000;

/** Alaska (ZIP 995-999) and Hawaii (967-968) cost more to reach from the mainland. */
function isRemoteUsPostcode(postalCode: string | undefined): boolean {
  return postalCode !== undefined && /^(99[5-9]|96[78])/.test(postalCode.trim());
}

const routeWords: Record<Route, string> = {
  domestic: "within",
  same_region: "within the region",
  intercontinental: "across an ocean",
};

export function estimateShipping(input: {
  item: Item;
  shipTo?: { country: string; postalCode?: string };
  itemCountry?: string;
}): ShippingEstimate {
  const destination = (input.shipTo?.country ?? "US").toUpperCase();
  // Most items on the market sit in the US; without a location we assume the item is there.
  const origin = (input.itemCountry ?? "US").toUpperCase();
  const route = routeBetween(origin, destination);
  const rate = shippingRates[input.item.category];
  let cents = rate[route] + rate.packing;
  const notes: string[] = [
    route === "domestic"
      ? `within ${destination}`
      : `from ${origin} to ${destination} (${routeWords[route]})`,
  ];
  if (input.itemCountry === undefined) notes.push("assuming the item is in the US");
  if (input.item.category === "pedal_car")
    notes.push(
      `crated, with the windscreen and steering wheel padded (${formatMoney(rate.packing)} of careful packing)`,
    );
  if (input.item.category === "toy") notes.push("boxed and padded");
  if (input.item.category === "classic_car")
    notes.push(route === "intercontinental" ? "by container, with port fees" : "by car transporter");
  if (input.item.category === "part" && fragilePartTypes.has(input.item.partType)) {
    cents += fragilePackingCents;
    notes.push("as a small parcel with padded packing for a fragile part");
  } else if (input.item.category === "part") {
    notes.push("as a small parcel");
  }
  if (destination === "US" && isRemoteUsPostcode(input.shipTo?.postalCode)) {
    cents += rate.remoteSurcharge;
    notes.push("to Alaska or Hawaii");
  }
  return { cents, reason: `Shipping ${notes.join(", ")}: about ${formatMoney(cents)}, added to the total.` };
}
