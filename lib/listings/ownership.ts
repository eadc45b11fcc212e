import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/transaction";
import { listings } from "@/db/schema";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { Refusal } from "@/lib/kernel/result";
import type { ListingFieldErrors } from "./schemas";

// Who may change a listing, checked next to the data under its row lock, and the refusals every
// listing write (the listing itself, its photos, its auction) answers with.

export type ListingStatus = (typeof listings.$inferSelect)["status"];

export type ListingRefusal = Refusal<
  "invalid" | "not_found" | "forbidden" | "wrong_status",
  { fieldErrors: ListingFieldErrors }
>;
export type ListingChangeResult = { ok: true; listingId: number; status: ListingStatus } | ListingRefusal;

export type ListingRow = typeof listings.$inferSelect;

export function refuse(
  reason: ListingRefusal["reason"],
  message: string,
  fieldErrors: ListingFieldErrors = {},
): ListingRefusal {
  return { ok: false, reason, message, fieldErrors };
}

/** Locks the listing for this transaction and checks the actor may change it. */
export async function lockListingForChange(
  tx: Transaction,
  actor: Actor,
  listingId: number,
): Promise<ListingRow | ListingRefusal> {
  if (!Number.isSafeInteger(listingId) || listingId <= 0)
    return refuse("not_found", "That listing does not exist.");
  const [row] = await tx
    .select()
    .from(listings)
    .where(and(eq(listings.id, listingId), isNull(listings.deletedAt)))
    .for("update");
  if (!row) return refuse("not_found", "That listing does not exist.");
  if (!canManage(actor, row.sellerId)) return refuse("forbidden", "Only the seller can change this listing.");
  return row;
}

export function isListingRefusal(value: unknown): value is ListingRefusal {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}
