import type { ClassicModelCode } from "@/lib/catalogue/models";
import type { ConditionGrade } from "@/lib/catalogue/vocabulary";

// Public results that set the level of classic-car values, each with where and when it was seen.
// A result is one car: we say how we read it (its grade, the conversion), and the bases of the
// other models are our estimates relative to these.

export type MarketReference = {
  what: string;
  model: ClassicModelCode;
  body: string;
  year: number;
  mileageKm?: number;
  /** The grade we read the car as; the result itself does not grade it. */
  readAsGrade: ConditionGrade;
  /** As published, in its own currency's minor units. */
  published: { cents: number; currency: "USD" | "GBP" };
  /** In US cents, the engine's unit; a conversion is ours and said so. */
  usdCents: number;
  kind: "auction_no_reserve" | "asking_price";
  /** Year as given; null when the result came without a date. */
  year_seen: number | null;
  source: string;
};

export const marketReferences = {
  sedan400: {
    what: "1951 Moskvitch 400-420 sedan",
    model: "400",
    body: "sedan",
    year: 1951,
    readAsGrade: 3,
    published: { cents: 522_500, currency: "USD" },
    usdCents: 522_500,
    kind: "auction_no_reserve",
    year_seen: 2020,
    source: "public auction result, 2020, no reserve: a 1951 Moskvitch 400-420 sedan sold for $5,225",
  },
  sedan408: {
    what: "1974 Moskvitch 408 with 11,000 km",
    model: "408",
    body: "sedan",
    year: 1974,
    mileageKm: 11_000,
    readAsGrade: 2,
    published: { cents: 200_000, currency: "GBP" },
    // About $1.27 to the pound: our conversion, since the offer came without a date.
    usdCents: 254_000,
    kind: "asking_price",
    year_seen: null,
    source:
      "public asking price, UK, date not recorded: a 1974 Moskvitch 408 with 11,000 km offered for about £2,000 (about $2,540 at our conversion)",
  },
} as const satisfies Record<string, MarketReference>;
