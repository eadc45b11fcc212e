import { z } from "zod";
import { currencies } from "@/lib/catalogue/vocabulary";
import { idSchema } from "@/lib/kernel/forms";
import { countryCodeSchema } from "@/lib/shipping/countries";

// One schema per input, shared by the forms' server actions and the route handlers.

const listingIdSchema = idSchema("That listing does not exist.");

const cartQuantitySchema = z.coerce
  .number({ error: "Enter a number of units" })
  .int("Whole units only")
  .min(1, "At least 1")
  .max(99, "At most 99 at a time");

export const addToCartSchema = z.object({
  listingId: listingIdSchema,
  quantity: cartQuantitySchema.default(1),
});

/** Zero removes the line. */
export const updateCartLineSchema = z.object({
  listingId: listingIdSchema,
  quantity: z.coerce
    .number({ error: "Enter a number of units" })
    .int("Whole units only")
    .min(0, "At least 0")
    .max(99, "At most 99 at a time"),
});

/** Choosing where the cart ships: one country only (prices first, address later). */
export const cartCountrySchema = z.object({ country: countryCodeSchema });

export const cartAddressChoiceSchema = z.object({ addressId: z.uuid("Choose one of your addresses") });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => v || null);

/** A shipping address for the address book. */
export const addressSchema = z.object({
  name: z
    .string({ error: "Enter the name on the parcel" })
    .trim()
    .min(2, "Enter the name on the parcel")
    .max(100, "At most 100 characters"),
  line1: z
    .string({ error: "Enter the street address" })
    .trim()
    .min(3, "Enter the street address")
    .max(200, "At most 200 characters"),
  line2: optionalText(200),
  city: z
    .string({ error: "Enter the town or city" })
    .trim()
    .min(2, "Enter the town or city")
    .max(100, "At most 100 characters"),
  postalCode: z
    .string({ error: "Enter the postcode" })
    .trim()
    .min(2, "Enter the postcode")
    .max(20, "At most 20 characters"),
  country: countryCodeSchema,
  makeDefault: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.null()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

/** Checking out one seller's part of the cart: the seller, the currency their prices are in, the destination. */
export const checkoutGroupSchema = z.object({
  sellerId: z.uuid("That seller is not in your cart"),
  currency: z.enum(currencies, { error: "That seller is not in your cart" }),
  /** The destination the page showed; checkout refuses if it has changed since. */
  country: countryCodeSchema.nullish(),
  /** Set once per rendered cart: a repeated submit of the same form returns the same order. */
  requestId: z.uuid().nullish(),
});

/** Checking out the whole cart at once (every seller whose prices are in this currency), paid once. */
export const checkoutCartSchema = z.object({
  currency: z.enum(currencies, { error: "Nothing in that currency is in your cart" }),
  /** The destination the page showed; checkout refuses if it has changed since. */
  country: countryCodeSchema.nullish(),
  /** Set once per rendered cart: a repeated submit of the same form returns the same checkout. */
  requestId: z.uuid().nullish(),
});
