import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { adminActions, listings, sessions, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { fieldRefusal } from "@/lib/kernel/forms";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import type { Refusal, Result } from "@/lib/kernel/result";
import { offeredListingSql } from "@/lib/listings/visibility";
import { accountModerationSchema } from "./rules";

// An admin suspends an account or restores it. A suspension sets users.disabled_at, the flag sign-in
// and every session lookup already refuse (lib/auth), and also ends its open sessions, so a restore
// asks for a fresh sign-in. Its live listings, open auctions among them, are hidden with reason
// "suspension" in the same transaction; a restore brings back exactly those, never one an admin
// hid on its own. One admin_actions row each time.

export type AccountModerationResult = Result<
  { userId: string; listingIds: number[]; message: string },
  | Refusal<"forbidden" | "not_found" | "wrong_state" | "self">
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string> }
>;

const notFound = { ok: false, reason: "not_found", message: "That account does not exist." } as const;

export async function moderateAccount({
  actor,
  move,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  move: "suspend" | "restore";
  input: unknown;
  clock?: Clock;
}): Promise<AccountModerationResult> {
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden", message: "Only an admin can do that." };
  const parsed = accountModerationSchema.safeParse(input);
  if (!parsed.success) {
    const refusal = fieldRefusal(parsed.error);
    return refusal.fieldErrors.userId ? notFound : { ...refusal, reason: "invalid" };
  }
  const { userId, reason } = parsed.data;
  if (move === "suspend" && userId === actor.id)
    return { ok: false, reason: "self", message: "You cannot suspend your own account." };
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<AccountModerationResult> => {
    const [account] = await tx
      .select({ disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!account) return notFound;
    if (move === "suspend" && account.disabledAt)
      return { ok: false, reason: "wrong_state", message: "This account is suspended already." };
    if (move === "restore" && !account.disabledAt)
      return { ok: false, reason: "wrong_state", message: "This account is not suspended." };

    let changed: { id: number }[];
    if (move === "suspend") {
      await tx.update(users).set({ disabledAt: now, updatedAt: now }).where(eq(users.id, userId));
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
      changed = await tx
        .update(listings)
        .set({ hiddenAt: now, hiddenReason: "suspension" })
        .where(and(eq(listings.sellerId, userId), offeredListingSql))
        .returning({ id: listings.id });
    } else {
      await tx.update(users).set({ disabledAt: null, updatedAt: now }).where(eq(users.id, userId));
      changed = await tx
        .update(listings)
        .set({ hiddenAt: null, hiddenReason: null })
        .where(and(eq(listings.sellerId, userId), sql`${listings.hiddenReason} = 'suspension'`))
        .returning({ id: listings.id });
    }
    const listingIds = changed.map((row) => row.id).sort((a, b) => a - b);
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: `account.${move}`,
      subjectType: "user",
      subjectId: userId,
      details: { reason, listingIds },
      createdAt: now,
    });
    const count = `${listingIds.length} listing${listingIds.length === 1 ? "" : "s"}`;
    return {
      ok: true,
      userId,
      listingIds,
      message:
        move === "suspend"
          ? `Suspended: signed out everywhere, and ${count} hidden.`
          : `Restored: they can sign in again, and ${count} are back.`,
    };
  });
}
