import "server-only";
import { checkFieldsMessage } from "@/lib/kernel/forms";
import { eq } from "drizzle-orm";
import { auctionDescriptionAdditions, auctions, type Auction, type Listing } from "@/db/schema";
import type { Clock } from "@/lib/kernel/clock";
import { toListingColumns } from "@/lib/listings/listing-columns";
import type { Transaction } from "@/db/transaction";
import type { ListingRefusal } from "@/lib/listings/ownership";
import { auctionTermsOf, checkFrozenTermsEdit } from "./frozen-terms";
import { plannedEnd, type AuctionTermsValues } from "@/lib/listings/auction-terms";

// The sell form's auction terms meet the auctions table here. A draft auction keeps its terms in a
// 'scheduled' row; publishing opens it, fixing the end. Once open, the terms stay as bidders saw
// them: only the starting bid and reserve may change, and only while nobody has bid. After the
// first bid every term is frozen (frozen-terms.ts); the description only grows, by dated notes.

const refusal = (message: string, fieldErrors: Record<string, string>): { refusal: ListingRefusal } => ({
  refusal: { ok: false, reason: "invalid", message, fieldErrors },
});

/** `listingOverrides` replaces checked values before the listing row is written (a frozen auction keeps its description). */
type Plan =
  | { refusal: ListingRefusal }
  | {
      refusal?: undefined;
      listingOverrides: { description?: string };
      apply: (tx: Transaction, listingId: number) => Promise<void>;
    };

type EditValues = AuctionTermsValues & Parameters<typeof toListingColumns>[0];

/**
 * Checks the terms against the stored auction (before anything is written) and returns the write
 * to make after the listing's. `existing` is the listing row the caller holds locked; `clock` tells
 * the time of the writes (read after the locks).
 */
export async function planAuctionTerms(
  tx: Transaction,
  input: { listingId?: number; existing?: Listing; values: EditValues; complete: boolean; clock: Clock },
): Promise<Plan> {
  const { values, clock } = input;
  const [current] = input.listingId
    ? await tx.select().from(auctions).where(eq(auctions.listingId, input.listingId)).for("update")
    : [];
  if (current && current.bidCount > 0 && input.existing)
    return planFrozenEdit(input.existing, current, values, clock);

  if (values.saleFormat !== "auction") {
    if (current && current.status !== "scheduled")
      return refusal("A listed auction stays an auction.", {
        saleFormat: "This item is already up for auction",
      });
    return {
      listingOverrides: {},
      apply: async (write, listingId) => {
        if (current) await write.delete(auctions).where(eq(auctions.listingId, listingId));
      },
    };
  }

  if (current && current.status !== "scheduled") {
    const start = values.price ?? current.startPriceCents;
    const reserve = values.reservePrice ?? null;
    const changed =
      start !== current.startPriceCents ||
      (values.reservePrice !== undefined && reserve !== current.reservePriceCents);
    if (changed && current.bidCount > 0)
      return refusal("Bidding has started: the starting bid and reserve can no longer change.", {
        price: "Bidding has started; the starting bid stays as it is",
      });
    if (current.status === "closed" && changed)
      return refusal("This auction has ended.", { price: "The auction has ended" });
    return {
      listingOverrides: {},
      apply: async (write, listingId) => {
        if (!changed || current.status === "closed") return;
        await write
          .update(auctions)
          .set({ startPriceCents: start, reservePriceCents: reserve, updatedAt: clock.now() })
          .where(eq(auctions.listingId, listingId));
      },
    };
  }

  if (!values.auctionLength) {
    if (input.complete)
      return refusal(checkFieldsMessage, { auctionLength: "Choose how long the auction runs" });
    return { listingOverrides: {}, apply: async () => {} };
  }
  const lengthDays = values.auctionLength === "custom" ? null : Number(values.auctionLength);
  const chosenEnd =
    values.auctionLength === "custom" && values.auctionEndsAt ? new Date(values.auctionEndsAt) : null;
  return {
    listingOverrides: {},
    apply: async (write, listingId) => {
      const now = clock.now();
      const endsAt = plannedEnd({ lengthDays, endsAt: chosenEnd ?? now }, now);
      const terms = {
        startPriceCents: values.price ?? 0,
        reservePriceCents: values.reservePrice ?? null,
        lengthDays,
        endsAt,
        originalEndsAt: endsAt,
        status: "scheduled" as const,
        updatedAt: now,
      };
      await write
        .insert(auctions)
        .values({ listingId, ...terms })
        .onConflictDoUpdate({ target: auctions.listingId, set: terms });
    },
  };
}

/** After the first bid: refuses any change to a frozen term, naming each field; an addition to the description becomes a dated note. */
function planFrozenEdit(existing: Listing, current: Auction, values: EditValues, clock: Clock): Plan {
  const frozen = current.termsAtFirstBid ?? auctionTermsOf(existing, current);
  const columns = toListingColumns(values);
  const check = checkFrozenTermsEdit(frozen, {
    ...columns,
    startPriceCents: columns.askingPriceCents,
    reservePriceCents: values.reservePrice,
    auctionLength: values.auctionLength,
    auctionEndsAt: values.auctionEndsAt,
  });
  if (!check.ok)
    return refusal(
      "Bidding has started: the terms bidders agreed to can no longer change.",
      check.fieldErrors,
    );
  const addition = check.descriptionAddition;
  return {
    listingOverrides: { description: existing.description },
    apply: async (write, listingId) => {
      if (addition)
        await write
          .insert(auctionDescriptionAdditions)
          .values({ listingId, body: addition, createdAt: clock.now() });
    },
  };
}

/** Opens a listing's scheduled auction as it is published; refuses when the terms are missing or the chosen end has passed. */
export async function openAuctionOnPublish(
  tx: Transaction,
  listing: { id: number; saleFormat: string; askingPriceCents: number },
  clock: Clock,
): Promise<ListingRefusal | null> {
  if (listing.saleFormat !== "auction") return null;
  const [current] = await tx.select().from(auctions).where(eq(auctions.listingId, listing.id)).for("update");
  if (!current)
    return refusal("Before publishing, choose how long the auction runs.", {
      auctionLength: "Choose how long the auction runs",
    }).refusal;
  if (current.status === "open") return null;
  if (current.status === "closed")
    return refusal("This auction has ended; list the item again as a new listing.", {
      saleFormat: "The auction has ended",
    }).refusal;
  const now = clock.now();
  const endsAt = plannedEnd(current, now);
  if (endsAt.getTime() < now.getTime() + 60_000)
    return refusal("The end time you chose has passed; choose a new one.", {
      auctionEndsAt: "Choose an end at least 2 minutes from now",
    }).refusal;
  await tx
    .update(auctions)
    .set({
      status: "open",
      startsAt: now,
      endsAt,
      originalEndsAt: endsAt,
      startPriceCents: listing.askingPriceCents,
      updatedAt: now,
    })
    .where(eq(auctions.listingId, listing.id));
  return null;
}
