import "server-only";
import { and, eq, isNull, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { adminActions, listings, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { fieldRefusal } from "@/lib/kernel/forms";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import type { Refusal, Result } from "@/lib/kernel/result";
import { listingModerationSchema } from "./rules";

// An admin hides a listing from the public (search, pages, cart, bids; lib/listings/visibility.ts
// says where) or restores it, each with its row in admin_actions in the same transaction. The
// caller expires the listing's cache tags after the commit.

export type ListingModerationResult = Result<
  { listingId: number; message: string },
  | Refusal<"forbidden" | "not_found" | "wrong_state">
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string> }
>;

const forbidden = { ok: false, reason: "forbidden", message: "Only an admin can do that." } as const;
const notFound = { ok: false, reason: "not_found", message: "That listing does not exist." } as const;

export async function moderateListing({
  actor,
  move,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  move: "hide" | "restore";
  input: unknown;
  clock?: Clock;
}): Promise<ListingModerationResult> {
  if (!isAdmin(actor)) return forbidden;
  const parsed = listingModerationSchema.safeParse(input);
  if (!parsed.success) {
    const refusal = fieldRefusal(parsed.error);
    return refusal.fieldErrors.listingId ? notFound : { ...refusal, reason: "invalid" };
  }
  const { listingId, reason } = parsed.data;
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<ListingModerationResult> => {
    const [row] = await tx
      .select({ hiddenAt: listings.hiddenAt, sellerSuspended: users.disabledAt })
      .from(listings)
      .innerJoin(users, eq(users.id, listings.sellerId))
      .where(and(eq(listings.id, listingId), isNull(listings.deletedAt)))
      .for("update", { of: listings });
    if (!row) return notFound;
    if (move === "hide" && row.hiddenAt)
      return { ok: false, reason: "wrong_state", message: "This listing is hidden already." };
    if (move === "restore" && !row.hiddenAt)
      return { ok: false, reason: "wrong_state", message: "This listing is not hidden." };
    // A suspended seller's listings come back with their account, not one by one.
    if (move === "restore" && row.sellerSuspended)
      return {
        ok: false,
        reason: "wrong_state",
        message: "Its seller is suspended: restore the account to bring their listings back.",
      };
    await tx
      .update(listings)
      .set(
        move === "hide" ? { hiddenAt: now, hiddenReason: "admin" } : { hiddenAt: null, hiddenReason: null },
      )
      .where(
        and(
          eq(listings.id, listingId),
          move === "hide" ? isNull(listings.hiddenAt) : isNotNull(listings.hiddenAt),
        ),
      );
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: `listing.${move}`,
      subjectType: "listing",
      subjectId: String(listingId),
      details: { reason },
      createdAt: now,
    });
    return {
      ok: true,
      listingId,
      message: move === "hide" ? "Hidden: the public no longer sees it." : "Restored: it is public again.",
    };
  });
}
