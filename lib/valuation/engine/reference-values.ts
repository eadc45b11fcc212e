import type { PartType, ToyKind } from "@/lib/catalogue/vocabulary";
import type { Origin } from "./types";

// Every starting value the rules use, each with where it comes from, so a collector can judge it.
// The source texts give one price (the US pedal car) and production figures; everything else is a
// starting value of ours that recorded sales correct as they accumulate.

export const sources = {
  pedalCarArticle: "The collector's article on the AZLK pedal car",
  brandHistory: "The history of the Moskvitch brand",
  ourEstimate: "Our estimate: the source texts give no figure for this",
  publicResults: "Public results for real cars, kept with their dates in market-references.ts",
  market: "Recorded sales of similar items, here and elsewhere, weighted by likeness and age",
  shippingTable: "Our estimate, from typical carrier prices; a real quote replaces it",
} as const;

/** Origins, so each step says plainly where its figure comes from. */
export const ourEstimate = (leansOn?: string): Origin => ({
  basis: "estimate",
  source: sources.ourEstimate,
  ...(leansOn ? { sourceFact: leansOn } : {}),
});
export const articleFact = (fact: string): Origin => ({
  basis: "source",
  source: sources.pedalCarArticle,
  sourceFact: fact,
});

/** Facts from the article, in our words, that the pedal-car and toy rules lean on. */
export const articleFacts = {
  fairPrice:
    "Anything under $400, shipping excluded, is a fair US price; most US examples have seen virtually no use",
  plate:
    "All the examples seen in the US wear tiny AZLK 1993 plates, which came with a container imported in the early 1990s",
  earlyRare: "Early cars had aluminum bumpers; the early ones and their spare parts are the rare ones",
  fragile: "The plastic windscreen and the steering wheel are fragile if the car is not packed carefully",
  restoration:
    "Collectors seek these out, restore and customise them, with police, fire and ambulance versions with working emergency lights",
  toys: "Other large AZLK metal toys (the ZiL-130 dump truck, a crane, an excavator) came to the US in slightly larger batches",
} as const;

export type ReferenceValue = { cents: number; note: string };

/**
 * The pedal car's reference point: unused, late, with the tiny AZLK 1993 plate, in the US. The
 * article gives the ceiling of a fair price (under $400 before shipping), not a typical one: the
 * typical $340 is ours, set inside it.
 */
export const pedalCarReference = { cents: 34_000, fairCeilingCents: 39_999 } as const;

/** Other AZLK metal toys, unused with the AZLK 1993 plate. Not rarer than the pedal car: they came in larger batches. */
export const toyReferences: Record<ToyKind, ReferenceValue> = {
  zil130_dump_truck: {
    cents: 25_000,
    note: "An unused ZiL-130 dump truck (about two feet long) with its AZLK plate.",
  },
  crane: { cents: 22_000, note: "An unused AZLK construction crane with its plate." },
  excavator: { cents: 22_000, note: "An unused AZLK excavator with its plate." },
  other: { cents: 12_000, note: "An unused AZLK metal toy of another kind, with its plate." },
};

/**
 * Real cars in grade 2, in the US, at ordinary mileage, before rarity. The 400 sedan and the 408 are
 * set from public results (market-references.ts); the others are our estimates relative to them,
 * older and rarer models above, later and commoner ones below.
 */
export const classicCarBases: Record<string, Record<string, number>> = {
  kim_10: { sedan: 1_000_000, convertible: 1_000_000 },
  "400": { sedan: 746_400, "420a_cabriolet": 746_400, "421_wagon": 746_400, "422_woodie": 746_400 },
  "402": { sedan: 450_000, "423_wagon": 450_000 },
  "403": { sedan: 400_000 },
  "407": { sedan: 400_000, "423_wagon": 400_000 },
  "410": { sedan: 500_000 },
  "408": { sedan: 220_900, "426_wagon": 220_900 },
  "411": { taxi: 200_000 },
  "412": { sedan: 200_000, "427_wagon": 200_000 },
  "2140": { sedan: 160_000, "2136_wagon": 160_000, "2137_wagon": 160_000 },
  "2141": { hatchback: 120_000 },
  g4: { racer: 800_000 },
};
/** For a model or body added to the catalogue before this table learns of it. */
export const classicCarFallbackCents = 200_000;

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

/** Fitting a replacement windscreen or steering wheel yourself or by a restorer: our estimate. */
export const pedalCarFitCents = { windscreen: 1_500, steering_wheel: 1_000, light_kit: 2_000 } as const;
/** The car's body and wheels alone, to someone restoring another: our estimate. */
export const pedalCarBodyAndWheelsCents = 4_000;
/** Early-car parts are scarcer (article); how much dearer is ours. */
export const earlyPartScarcity = 1.2;
/** A damaged part still has some use; it costs this share of a missing one. */
export const damagedPartShare = 0.6;
