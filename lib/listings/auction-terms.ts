import { z } from "zod";
import { money } from "@/lib/listings/schema-fields";

// An auction's terms on the sell form: the asking price field is the starting bid; these add an
// optional hidden reserve and how long the auction runs (a number of days from publishing, or an
// end time the seller picks). Shared by the form's instant check and the server's.

export const auctionLengths = ["1", "3", "5", "7", "10", "custom"] as const;
export type AuctionLength = (typeof auctionLengths)[number];
export const auctionLengthLabels: Record<AuctionLength, string> = {
  "1": "1 day",
  "3": "3 days",
  "5": "5 days",
  "7": "7 days",
  "10": "10 days",
  custom: "Until a time I choose",
};

/** A chosen end must leave bidders this long, and may be at most this far ahead. */
const customEndLimits = { minMs: 2 * 60 * 1000, maxMs: 30 * 24 * 3_600_000 } as const;

export const auctionTermsShape = {
  reservePrice: money("the reserve price", { minCents: 1 }).optional(),
  auctionLength: z.enum(auctionLengths, { error: "Choose how long the auction runs" }).optional(),
  /** ISO time with zone, filled in by the form from the seller's local date and time. */
  auctionEndsAt: z
    .string({ error: "Choose the date and time the auction ends" })
    .refine(
      (v) => !Number.isNaN(Date.parse(v)) && /T\d{2}:\d{2}/.test(v),
      "Choose the date and time the auction ends",
    )
    .optional(),
};

/** The keys above: they live in the auctions table, never in a listing's attributes. */
export const auctionTermKeys = Object.keys(auctionTermsShape);

type Issue = { path: (string | number)[]; message: string };

/** Cross-field checks for an auction listing. Whether the length is required depends on the auction's state, so plan-terms.ts asks for it. */
export function checkAuctionTerms(
  v: Record<string, unknown>,
  report: (issue: Issue) => void,
  now = Date.now(),
): void {
  if (v.saleFormat !== "auction") return;
  if (v.category === "part" && typeof v.quantity === "number" && v.quantity !== 1) {
    report({
      path: ["quantity"],
      message: "An auction sells one item: set the quantity to 1, or sell at a fixed price",
    });
  }
  if (v.auctionLength === "custom") {
    if (typeof v.auctionEndsAt !== "string") {
      report({ path: ["auctionEndsAt"], message: "Choose the date and time the auction ends" });
    } else {
      const end = Date.parse(v.auctionEndsAt);
      if (end < now + customEndLimits.minMs)
        report({ path: ["auctionEndsAt"], message: "Choose an end at least 2 minutes from now" });
      else if (end > now + customEndLimits.maxMs)
        report({ path: ["auctionEndsAt"], message: "Choose an end within 30 days" });
    }
  }
  if (typeof v.reservePrice === "number" && typeof v.price === "number" && v.reservePrice < v.price) {
    report({
      path: ["reservePrice"],
      message: "Set the reserve at or above the starting bid, or leave it empty",
    });
  }
}

export type AuctionTermsValues = {
  saleFormat?: string;
  price?: number;
  reservePrice?: number;
  auctionLength?: AuctionLength;
  auctionEndsAt?: string;
};

/** When an auction with these terms would end if opened at `now`. */
export function plannedEnd(terms: { lengthDays: number | null; endsAt: Date }, now: Date): Date {
  return terms.lengthDays ? new Date(now.getTime() + terms.lengthDays * 86_400_000) : terms.endsAt;
}
