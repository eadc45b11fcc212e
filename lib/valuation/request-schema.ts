import { z } from "zod";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { countryCodeSchema } from "@/lib/shipping/countries";
import { valuationCurrencies } from "./currency";

// The public contract of POST /api/valuation, also used by the /value page.
const countryCode = countryCodeSchema;

export const valuationRequestSchema = z.object({
  item: itemSchema,
  priceCents: z
    .number({ error: "priceCents must be a whole number of cents" })
    .int("priceCents must be a whole number of cents")
    .min(0, "A price cannot be negative")
    .max(1_000_000_000, "That price is beyond anything a Moskvitch has sold for")
    .optional(),
  /** The currency of priceCents and of every figure in the answer. */
  currency: z
    .enum(valuationCurrencies, { error: `Use one of ${valuationCurrencies.join(", ")}` })
    .default("USD"),
  shipTo: z
    .object({
      country: countryCode,
      postalCode: z.string().trim().max(12, "That postal code is too long").optional(),
    })
    .optional(),
  /** Where the item sits; shipping from the same country or region costs less. Unset: the US. */
  shipFrom: z.object({ country: countryCode }).optional(),
});

export type ValuationRequest = z.infer<typeof valuationRequestSchema>;
