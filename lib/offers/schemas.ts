import { z } from "zod";
import { currencies } from "@/lib/catalogue/vocabulary";
import { idSchema, typedCentsSchema } from "@/lib/kernel/forms";

// One schema per input, shared by the offer form (instant hints) and the server (the check that counts).

/** The most anyone can type as an offer; above the asking price is refused against the listing. */
const maxOfferCents = 10_000_000_00;

const offerAmount = (what: string) =>
  typedCentsSchema({
    missing: `Enter ${what}, like 450 or 1,250.50`,
    notMoney: `Enter ${what} as an amount of money, like 450 or 1,250.50`,
  }).pipe(
    z.number().int().min(1, `Enter ${what} above zero`).max(maxOfferCents, `Enter ${what} under 10,000,000`),
  );

export const makeOfferSchema = z.object({
  listingId: idSchema("That listing does not exist."),
  amount: offerAmount("your offer"),
  currency: z.enum(currencies, { error: "Offer in one of the market's currencies." }),
});

const offerIdSchema = idSchema("That offer does not exist.");

export const sellerAnswerSchema = z.discriminatedUnion(
  "answer",
  [
    z.object({ offerId: offerIdSchema, answer: z.literal("accept") }),
    z.object({ offerId: offerIdSchema, answer: z.literal("decline") }),
    z.object({ offerId: offerIdSchema, answer: z.literal("counter"), counter: offerAmount("your counter") }),
  ],
  { error: "Choose to accept, decline or counter the offer." },
);

export const buyerAnswerSchema = z.object({
  offerId: offerIdSchema,
  answer: z.enum(["accept", "decline"], { error: "Choose to accept or decline the counter." }),
});

const optionalAmount = (what: string) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), offerAmount(what).optional());

export const offerSettingsSchema = z
  .object({
    listingId: idSchema("That listing does not exist."),
    declineBelow: optionalAmount("the decline floor"),
    acceptFrom: optionalAmount("the accept level"),
  })
  .refine(
    (s) => s.declineBelow === undefined || s.acceptFrom === undefined || s.declineBelow <= s.acceptFrom,
    {
      path: ["acceptFrom"],
      message: "Set the accept level at or above the decline floor.",
    },
  );

export const withdrawOfferSchema = z.object({ offerId: offerIdSchema });
