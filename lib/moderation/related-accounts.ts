import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { adminActions, relatedAccounts, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { orderedPair } from "@/lib/auth/parties";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import type { Refusal, Result } from "@/lib/kernel/result";
import { reasonSchema } from "./rules";

// An admin marks two accounts as related (one person, or a seller and their shill) or unmarks
// them, with a reason, one admin_actions row each time. Once marked, each is refused on the
// other's listings and orders as a seller is on their own (lib/auth/parties.ts).

export type RelatedAccountsResult = Result<
  { userId: string; otherId: string; message: string },
  | Refusal<"forbidden" | "not_found" | "wrong_state" | "self">
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string> }
>;

const relateSchema = z.object({
  userId: z.uuid({ error: "That account does not exist." }),
  otherEmail: z
    .string({ error: "Give the other account's email." })
    .trim()
    .min(1, "Give the other account's email.")
    .max(320, "That is not an account's email."),
  reason: reasonSchema,
});

const unrelateSchema = z.object({
  userId: z.uuid({ error: "That account does not exist." }),
  otherId: z.uuid({ error: "That account does not exist." }),
  reason: reasonSchema,
});

const notFound = { ok: false, reason: "not_found", message: "That account does not exist." } as const;

export async function markAccountsRelated({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<RelatedAccountsResult> {
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden", message: "Only an admin can do that." };
  const parsed = relateSchema.safeParse(input);
  if (!parsed.success) {
    const refusal = fieldRefusal(parsed.error);
    return refusal.fieldErrors.userId ? notFound : { ...refusal, reason: "invalid" };
  }
  const { userId, otherEmail, reason } = parsed.data;
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<RelatedAccountsResult> => {
    const [other] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${otherEmail})`);
    if (!other)
      return {
        ...fieldRefusal({ otherEmail: "No account has that email." }),
        reason: "invalid",
      };
    if (other.id === userId)
      return { ok: false, reason: "self", message: "An account cannot be related to itself." };
    // Both rows, in id order: a bid or offer in progress by either finishes first (lib/auth/parties.ts).
    const locked = await tx
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.id, [userId, other.id]))
      .orderBy(asc(users.id))
      .for("update");
    if (locked.length < 2) return notFound;
    const [stored] = await tx
      .insert(relatedAccounts)
      .values({
        ...orderedPair(userId, other.id),
        reason,
        markedBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ accountId: relatedAccounts.accountId });
    if (!stored)
      return { ok: false, reason: "wrong_state", message: "These accounts are marked as related already." };
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: "account.relate",
      subjectType: "user",
      subjectId: userId,
      details: { reason, otherId: other.id },
      createdAt: now,
    });
    return {
      ok: true,
      userId,
      otherId: other.id,
      message: "Marked as related: neither can bid on, offer on or rate the other's listings and orders.",
    };
  });
}

export async function unmarkAccountsRelated({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<RelatedAccountsResult> {
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden", message: "Only an admin can do that." };
  const parsed = unrelateSchema.safeParse(input);
  if (!parsed.success) {
    const refusal = fieldRefusal(parsed.error);
    return refusal.fieldErrors.userId || refusal.fieldErrors.otherId
      ? notFound
      : { ...refusal, reason: "invalid" };
  }
  const { userId, otherId, reason } = parsed.data;
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<RelatedAccountsResult> => {
    const pair = orderedPair(userId, otherId);
    const removed = await tx
      .delete(relatedAccounts)
      .where(and(eq(relatedAccounts.accountId, pair.accountId), eq(relatedAccounts.otherId, pair.otherId)))
      .returning({ accountId: relatedAccounts.accountId });
    if (removed.length === 0)
      return { ok: false, reason: "wrong_state", message: "These accounts are not marked as related." };
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: "account.unrelate",
      subjectType: "user",
      subjectId: userId,
      details: { reason, otherId },
      createdAt: now,
    });
    return { ok: true, userId, otherId, message: "No longer related." };
  });
}

export type RelatedAccount = {
  userId: string;
  otherId: string;
  otherEmail: string;
  otherName: string;
  reason: string;
  createdAt: Date;
};

/** The accounts marked as related to each of `userIds`, for the admin's account list; null to anyone but an admin. */
export async function listRelatedAccounts({
  actor,
  userIds,
}: {
  actor: Actor;
  userIds: string[];
}): Promise<RelatedAccount[] | null> {
  if (!isAdmin(actor)) return null;
  if (userIds.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      accountId: relatedAccounts.accountId,
      otherId: relatedAccounts.otherId,
      reason: relatedAccounts.reason,
      createdAt: relatedAccounts.createdAt,
    })
    .from(relatedAccounts)
    .where(or(inArray(relatedAccounts.accountId, userIds), inArray(relatedAccounts.otherId, userIds)));
  const ids = [...new Set(rows.flatMap((r) => [r.accountId, r.otherId]))];
  const people = ids.length
    ? await db
        .select({ id: users.id, email: users.email, name: users.displayName })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const wanted = new Set(userIds);
  return rows.flatMap((row) =>
    [
      [row.accountId, row.otherId],
      [row.otherId, row.accountId],
    ]
      .filter(([userId]) => wanted.has(userId!))
      .map(([userId, otherId]) => ({
        userId: userId!,
        otherId: otherId!,
        otherEmail: byId.get(otherId!)?.email ?? "",
        otherName: byId.get(otherId!)?.name ?? "",
        reason: row.reason,
        createdAt: row.createdAt,
      })),
  );
}
