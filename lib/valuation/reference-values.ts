import type { PartType, ToyKind } from "@/lib/catalogue/vocabulary";

// Every starting value the rules use, each with where it comes from, so a collector can judge it.
// The source texts give one price (the US pedal car) and production figures; everything else is a
// starting value of ours that recorded sales correct as they accumulate.

export const sources = {
  pedalCarArticle:
    "A collector's article on the AZLK pedal car: US fair price under $400 before shipping; fragile windscreen and steering wheel; early cars and their parts are the rare ones",
  brandHistory: "A history of the Moskvitch brand: production figures, export versions and known weak points",
  ourStartingValue: "Starting value chosen by us; comparables correct it",
  market: "Recorded sales of similar items, here and elsewhere, weighted by likeness and age",
  shippingTable: "Shipping table chosen by us from typical carrier prices; a real quote replaces it",
} as const;

export type ReferenceValue = { cents: number; source: string; note: string };

/**
 * The pedal car's reference point: unused, late (soft tires), with the tiny AZLK 1993 plate, in the US.
 * The article puts a fair price for such a car under $400 before shipping; $340 sits inside that with
 * room for the range's high end to stay under $400.
 */
export const pedalCarReference: ReferenceValue = {
  cents: 34_000,
  source: sources.pedalCarArticle,
  note: "An unused late pedal car with its tiny AZLK 1993 plate sells in the US for a little under $400, before shipping.",
};

/** Other AZLK metal toys, unused with the AZLK 1993 plate. Not rarer than the pedal car: they came in larger batches. */
export const toyReferences: Record<ToyKind, ReferenceValue> = {
  zil130_dump_truck: { cents: 25_000, source: sources.ourStartingValue, note: "An unused ZiL-130 dump truck (about two feet long) with its AZLK plate." },
  crane: { cents: 22_000, source: sources.ourStartingValue, note: "An unused AZLK construction crane with its plate." },
  excavator: { cents: 22_000, source: sources.ourStartingValue, note: "An unused AZLK excavator with its plate." },
  other: { cents: 12_000, source: sources.ourStartingValue, note: "An unused AZLK metal toy of another kind, with its plate." },
};

/**
 * Real cars in condition grade 2, in the US, by model and body, before rarity. The texts give no
 * prices, so these are ours. Rarity (from the built figures) is applied on top in classic-car.ts.
 */
export const classicCarBases: Record<string, Record<string, number>> = {
  kim_10: { sedan: 3_000_000 },
  "400": { sedan: 1_100_000, "420a_cabriolet": 1_600_000, "421_wagon": 1_100_000, "422_woodie": 1_300_000 },
  "402": { sedan: 900_000 },
  "407": { sedan: 900_000, "423_wagon": 950_000 },
  "410": { sedan: 1_200_000 },
  "408": { sedan: 650_000, "426_wagon": 650_000 },
  "412": { sedan: 600_000, "427_wagon": 600_000 },
  "2140": { sedan: 450_000, "2137_wagon": 450_000 },
  "2141": { hatchback: 300_000 },
  g4: { racer: 4_000_000 },
};
/** For a model or body added to the catalogue before this table learns of it. */
export const classicCarFallbackCents = 500_000;

/** Parts, reproduction and new, fitting any era: the fallback when there are no sales to go by. */
export const partReferenceCents: Record<PartType, number> = {
  windscreen: 6_000,
  steering_wheel: 4_500,
  bumper: 5_500,
  tire: 1_500,
  wheel: 2_500,
  plate: 2_500,
  light_kit: 7_000,
  pedal_assembly: 4_000,
  seat: 3_000,
  decal_set: 2_000,
  body_panel: 15_000,
  brake_wheel_cylinder: 3_500,
  engine_part: 8_000,
  electrical: 4_000,
  trim: 5_000,
  manual: 3_000,
  other: 3_000,
};

/** What replacing a pedal car's fragile parts costs: finding one plus fitting it. Early-era parts are scarcer. */
export const pedalCarPartCosts = {
  windscreen: { findCents: 6_000, fitCents: 1_500, label: "Windscreen" },
  steeringWheel: { findCents: 4_500, fitCents: 1_000, label: "Steering wheel" },
} as const;
export const earlyPartScarcity = 1.5;
/** A damaged part still has some use; it costs this share of a missing one. */
export const damagedPartShare = 0.6;
