import { z } from "zod";
import { idSchema, typedCentsSchema } from "@/lib/kernel/forms";
import { maxBidLimitCents } from "./rules";

// One schema per input, shared by the bid box (instant hints) and the server (the check that counts).

export const listingIdSchema = idSchema("That auction does not exist.");

/** A maximum bid typed by a person ("350", "1,250.50"), as integer cents. */
export const maxBidSchema = typedCentsSchema({
  missing: "Enter your maximum bid, like 350 or 1,250.50",
  notMoney: "Enter your maximum bid as a number, like 350 or 1,250.50",
}).pipe(
  z.number().int().min(1, "Enter a bid above zero").max(maxBidLimitCents, "Enter a bid under 10,000,000"),
);

export const placeBidSchema = z.object({ listingId: listingIdSchema, maxBid: maxBidSchema });

/** The high bidder's best offer after the reserve was not met; above the high bid is checked against the auction. */
export const bestOfferSchema = z.object({
  listingId: listingIdSchema,
  amount: typedCentsSchema({
    missing: "Enter your best offer, like 450 or 1,250.50",
    notMoney: "Enter your best offer as a number, like 450 or 1,250.50",
  }).pipe(
    z
      .number()
      .int()
      .min(1, "Enter an offer above zero")
      .max(maxBidLimitCents, "Enter an offer under 10,000,000"),
  ),
});

export const bestOfferAnswerSchema = z.object({
  listingId: listingIdSchema,
  answer: z.enum(["accept", "decline"], { error: "Choose to accept or decline the offer." }),
});
