import { z } from "zod";
import { currencies } from "@/lib/catalogue/vocabulary";

// One schema per input, shared by the forms' server actions and the route handlers.

export const listingIdSchema = z.coerce.number({ error: "That listing does not exist." }).int().positive().max(2_147_483_647, "That listing does not exist.");

export const cartQuantitySchema = z.coerce
  .number({ error: "Enter a number of units" })
  .int("Whole units only")
  .min(1, "At least 1")
  .max(99, "At most 99 at a time");

export const addToCartSchema = z.object({ listingId: listingIdSchema, quantity: cartQuantitySchema.default(1) });
export type AddToCartInput = z.infer<typeof addToCartSchema>;

/** Zero removes the line. */
export const updateCartLineSchema = z.object({
  listingId: listingIdSchema,
  quantity: z.coerce.number({ error: "Enter a number of units" }).int("Whole units only").min(0, "At least 0").max(99, "At most 99 at a time"),
});
export type UpdateCartLineInput = z.infer<typeof updateCartLineSchema>;

export const shipToCountrySchema = z
  .string({ error: "Choose the country to ship to" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose the country to ship to");

/** Checking out one seller's part of the cart: the seller, the currency their prices are in, the destination. */
export const checkoutGroupSchema = z.object({
  sellerId: z.uuid("That seller is not in your cart"),
  currency: z.enum(currencies, { error: "That seller is not in your cart" }),
  country: shipToCountrySchema,
});
export type CheckoutGroupInput = z.infer<typeof checkoutGroupSchema>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
