import { z } from "zod";
import { parseMoneyToCents } from "@/lib/kernel/money";
import { maxBidLimitCents } from "./rules";

// One schema per input, shared by the bid box (instant hints) and the server (the check that counts).

export const listingIdSchema = z.coerce
  .number({ error: "That auction does not exist." })
  .int("That auction does not exist.")
  .positive("That auction does not exist.")
  .max(2_147_483_647, "That auction does not exist.");

/** A maximum bid typed by a person ("350", "1,250.50"), as integer cents. */
export const maxBidSchema = z
  .union([z.string(), z.number()], { error: "Enter your maximum bid, like 350 or 1,250.50" })
  .transform((typed, ctx) => {
    const cents = parseMoneyToCents(String(typed));
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: "Enter your maximum bid as a number, like 350 or 1,250.50" });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(z.number().int().min(1, "Enter a bid above zero").max(maxBidLimitCents, "Enter a bid under 10,000,000"));

export const placeBidSchema = z.object({ listingId: listingIdSchema, maxBid: maxBidSchema });
export type PlaceBidInput = z.input<typeof placeBidSchema>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return errors;
}
