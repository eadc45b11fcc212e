import { z } from "zod";

export const testSessionIdSchema = z
  .string()
  .regex(/^cs_test_local_[0-9a-f]{32}$/, "That test checkout does not exist.");

/** What Stripe's hosted page would ask for: where the parcel goes. The country was chosen in the cart. */
export const testPaymentSchema = z.object({
  sessionId: testSessionIdSchema,
  name: z.string().trim().min(2, "Enter the name on the parcel").max(100, "At most 100 characters"),
  line1: z.string().trim().min(3, "Enter the street address").max(200, "At most 200 characters"),
  city: z.string().trim().min(2, "Enter the town or city").max(100, "At most 100 characters"),
  postalCode: z.string().trim().min(2, "Enter the postcode").max(20, "At most 20 characters"),
});
