import "server-only";
import { checkFieldsMessage } from "@/lib/kernel/forms";
import { endAuctionBeforeWithdrawal } from "@/lib/auctions/end-early";
import { openAuctionOnPublish, planAuctionTerms } from "@/lib/auctions/plan-terms";
import { alertSavedSearches } from "@/lib/saved-searches/alerts";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Transaction } from "@/db/transaction";
import type { Actor } from "@/lib/auth/actor";
import { listings, partFits } from "@/db/schema";
import { marketClock } from "@/lib/kernel/market-clock";
import { isReserved, stockAfterListingEdit } from "@/lib/listings/stock";
import { purgeStoredPhotosOf } from "@/lib/photos/purge";
import {
  listingRowToInput,
  partFitRows,
  toListingColumns,
  type ListingColumns,
} from "@/lib/listings/listing-columns";
import {
  isListingRefusal,
  lockListingForChange,
  refuse,
  type ListingChangeResult,
  type ListingRow,
  type ListingStatus,
} from "@/lib/listings/ownership";
import { parseListingInput, type CompleteListing, type ListingDraft } from "@/lib/listings/schemas";

// Writes for a seller's own listings, with what each touches beyond the listing: its auction, its
// stock held by orders, saved-search alerts and its stored fair value. Every function takes the
// acting user and checks, next to the data, that they own the listing (or are an admin). Each write is one transaction, so a listing is
// never stored half-written. Cache revalidation is the caller's job (actions, route handlers).

const reservedNow =
  "A buyer is paying for this listing right now. Wait until the payment goes through or its reservation lapses.";

async function replacePartFits(
  tx: Transaction,
  listingId: number,
  values: ListingDraft | CompleteListing,
): Promise<void> {
  await tx.delete(partFits).where(eq(partFits.listingId, listingId));
  if (values.category !== "part" || !("fits" in values) || !values.fits?.length) return;
  await tx.insert(partFits).values(partFitRows(listingId, values.fits));
}

function columnsForWrite(columns: ListingColumns) {
  const { attributes, ...rest } = columns;
  return { ...rest, attributes: attributes as ListingRow["attributes"], updatedAt: new Date() };
}

export type SaveListingInput = {
  actor: Actor;
  /** Absent for a new listing. */
  listingId?: number;
  input: unknown;
  /** "publish" checks completeness before storing anything; live listings are always checked that way. */
  intent?: "draft" | "publish";
};

/** Creates or updates a listing's fields. A draft may be incomplete; a live listing may not become so. */
export async function saveListing(input: SaveListingInput): Promise<ListingChangeResult> {
  const result = await saveListingInTransaction(input);
  if (result.ok) await refreshStoredFairValues({ listingIds: [result.listingId] });
  return result;
}

async function saveListingInTransaction({
  actor,
  listingId,
  input,
  intent = "draft",
}: SaveListingInput): Promise<ListingChangeResult> {
  const clock = await marketClock();
  const db = await getDb();
  return db.transaction(async (tx) => {
    let existing: ListingRow | undefined;
    if (listingId !== undefined) {
      const locked = await lockListingForChange(tx, actor, listingId);
      if (isListingRefusal(locked)) return locked;
      existing = locked;
      if (existing.status === "sold")
        return refuse("wrong_status", "A sold listing can no longer be edited.");
    }
    const complete = intent === "publish" || (existing !== undefined && existing.status !== "draft");
    const parsed = complete ? parseListingInput(input, "complete") : parseListingInput(input, "draft");
    if (!parsed.ok) return refuse("invalid", checkFieldsMessage, parsed.fieldErrors);
    if (existing && existing.status !== "draft" && existing.category !== parsed.value.category) {
      return refuse("invalid", checkFieldsMessage, {
        category: "A published listing keeps its category; start a new listing instead",
      });
    }
    const auction = await planAuctionTerms(tx, {
      listingId: existing?.id,
      existing,
      values: parsed.value,
      complete,
      clock,
    });
    if (auction.refusal) return auction.refusal;
    const columns = columnsForWrite(toListingColumns({ ...parsed.value, ...auction.listingOverrides }));
    let id: number;
    if (existing) {
      // Units buyers hold stay held: the edit moves only what is listed (the stock rule, lib/listings/stock.ts).
      const stock = stockAfterListingEdit(existing, columns.listedQuantity);
      if ("refused" in stock)
        return refuse("invalid", checkFieldsMessage, {
          quantity: `Buyers hold ${stock.held} (reserved or sold): list at least ${stock.held}`,
        });
      await tx
        .update(listings)
        .set({ ...columns, quantity: stock.quantity })
        .where(eq(listings.id, existing.id));
      id = existing.id;
    } else {
      const [created] = await tx
        .insert(listings)
        .values({ ...columns, quantity: columns.listedQuantity, sellerId: actor.id, status: "draft" })
        .returning({ id: listings.id });
      id = created!.id;
    }
    await replacePartFits(tx, id, parsed.value);
    await auction.apply(tx, id);
    return { ok: true, listingId: id, status: existing?.status ?? "draft" };
  });
}

/** Puts a draft (or a withdrawn listing) on sale after checking it is complete; names every missing field. */
export async function publishListing(request: {
  actor: Actor;
  listingId: number;
}): Promise<ListingChangeResult> {
  const result = await publishInTransaction(request);
  // Valued after the commit: the engine reads sold items, which needs no lock on the listing.
  if (result.ok) await refreshStoredFairValues({ listingIds: [result.listingId] });
  if (result.ok) await alertSavedSearches({ listingId: result.listingId });
  return result;
}

async function publishInTransaction({
  actor,
  listingId,
}: {
  actor: Actor;
  listingId: number;
}): Promise<ListingChangeResult> {
  const clock = await marketClock();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await lockListingForChange(tx, actor, listingId);
    if (isListingRefusal(row)) return row;
    if (row.status === "live") return { ok: true, listingId, status: "live" };
    if (row.status !== "draft" && row.status !== "withdrawn")
      return refuse("wrong_status", `A ${row.status} listing cannot be published.`);
    if (row.quantity < 1)
      return refuse(
        "wrong_status",
        "Every unit is reserved by a buyer who is paying: it can go back on sale only if that payment lapses.",
      );
    const parsed = parseListingInput(listingRowToInput(row), "complete");
    const fieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
    if (row.photoCount < 1) fieldErrors.photos = "Add at least one photo: buyers want to see the item";
    if (!parsed.ok || Object.keys(fieldErrors).length) {
      return refuse(
        "invalid",
        `Before publishing, fill in: ${Object.keys(fieldErrors).join(", ")}.`,
        fieldErrors,
      );
    }
    const auctionRefusal = await openAuctionOnPublish(tx, row, clock);
    if (auctionRefusal) return auctionRefusal;
    await tx
      .update(listings)
      .set({
        ...columnsForWrite(toListingColumns(parsed.value)),
        status: "live",
        publishedAt: row.publishedAt ?? new Date(),
      })
      .where(eq(listings.id, listingId));
    await replacePartFits(tx, listingId, parsed.value);
    return { ok: true, listingId, status: "live" };
  });
}

async function changeStatus(
  actor: Actor,
  listingId: number,
  from: readonly ListingStatus[],
  to: ListingStatus,
  extra: Partial<typeof listings.$inferInsert> = {},
): Promise<ListingChangeResult> {
  const clock = await marketClock();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await lockListingForChange(tx, actor, listingId);
    if (isListingRefusal(row)) return row;
    if (!from.includes(row.status))
      return refuse("wrong_status", `This listing is ${row.status}; it cannot become ${to} from there.`);
    if (to === "sold" && (await isReserved(tx, listingId))) return refuse("wrong_status", reservedNow);
    const auctionRefusal = await endAuctionBeforeWithdrawal(tx, { actor, listing: row, clock });
    if (auctionRefusal) return auctionRefusal;
    await tx
      .update(listings)
      .set({ ...extra, status: to, updatedAt: new Date() })
      .where(eq(listings.id, listingId));
    return { ok: true, listingId, status: to };
  });
}

/** Takes a live listing off sale; it can be published again later. */
export function unpublishListing({
  actor,
  listingId,
}: {
  actor: Actor;
  listingId: number;
}): Promise<ListingChangeResult> {
  return changeStatus(actor, listingId, ["live"], "withdrawn");
}

/** Records a sale made here or elsewhere; the listing leaves the catalogue. */
export function markListingSold({
  actor,
  listingId,
}: {
  actor: Actor;
  listingId: number;
}): Promise<ListingChangeResult> {
  return changeStatus(actor, listingId, ["live", "withdrawn"], "sold", { soldAt: new Date() });
}

/** Soft delete: the row stays for order history, but no page shows it again, and its photo files go. */
export async function deleteListing({
  actor,
  listingId,
}: {
  actor: Actor;
  listingId: number;
}): Promise<ListingChangeResult> {
  const clock = await marketClock();
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ListingChangeResult> => {
    const row = await lockListingForChange(tx, actor, listingId);
    if (isListingRefusal(row)) return row;
    if (await isReserved(tx, listingId)) return refuse("wrong_status", reservedNow);
    const auctionRefusal = await endAuctionBeforeWithdrawal(tx, { actor, listing: row, clock });
    if (auctionRefusal) return auctionRefusal;
    await tx
      .update(listings)
      .set({ deletedAt: sql`now()`, updatedAt: new Date() })
      .where(eq(listings.id, listingId));
    return { ok: true, listingId, status: row.status };
  });
  if (result.ok) {
    // After the commit: a store that fails leaves files nobody serves, for `npm run photos:purge`.
    const left = await purgeStoredPhotosOf(listingId).catch(() => -1);
    if (left !== 0)
      console.warn(
        `Listing ${listingId} deleted; some of its photo files are still stored (run npm run photos:purge).`,
      );
  }
  return result;
}
