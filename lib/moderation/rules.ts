import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";

// What an admin's moderation form must say: which listing or account, and why. The reason is kept
// in the audit log (admin_actions.details.reason), so it is required and bounded.

export const reasonSchema = z
  .string({ error: "Say why." })
  .trim()
  .min(1, "Say why.")
  .max(500, "Keep the reason under 500 characters.");

export const listingModerationSchema = z.object({
  listingId: idSchema("That listing does not exist."),
  reason: reasonSchema,
});

export const accountModerationSchema = z.object({
  userId: z.uuid({ error: "That account does not exist." }),
  reason: reasonSchema,
});
