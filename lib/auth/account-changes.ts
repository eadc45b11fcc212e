import "server-only";
import { isAdmin } from "./actor";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { checkPasswordStrength, hashPassword, verifyPassword } from "./password";
import { passwordRules } from "./schemas";
import { revokeAllSessions, type SessionUser } from "./sessions";
import {
  consumeSignInAttempt,
  rateLimitMessage,
  recordSignInFailure,
  recordSignInSuccess,
} from "./sign-in-limits";
import type { Refusal, Result } from "@/lib/kernel/result";

export type AccountChangeResult = Result<
  object,
  Refusal<"forbidden" | "not_found" | "wrong_password" | "weak_password" | "rate_limited">
>;

/**
 * A new password ends every other session of the account: whoever else was signed in with the old
 * one (perhaps the reason for the change) is signed out on their next request.
 */
export async function changePassword(input: {
  userId: string;
  currentSessionId: string;
  currentPassword: string;
  newPassword: string;
  ip: string;
  now?: Date;
}): Promise<AccountChangeResult> {
  const now = input.now ?? new Date();
  const db = await getDb();
  const [row] = await db
    .select({ email: users.email, displayName: users.displayName, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!row) return { ok: false, reason: "not_found", message: "No such account." };
  // The current password is guessed here no faster than at sign-in (a stolen session must not help).
  const email = row.email.toLowerCase();
  const allowance = await consumeSignInAttempt({ email, ip: input.ip, now });
  if (!allowance.allowed)
    return { ok: false, reason: "rate_limited", message: rateLimitMessage(allowance.retryAfterSeconds) };
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordSignInFailure({ email, ip: input.ip, now });
    return { ok: false, reason: "wrong_password", message: "Your current password is not right." };
  }
  if (
    input.newPassword.length < passwordRules.minLength ||
    input.newPassword.length > passwordRules.maxLength
  ) {
    return {
      ok: false,
      reason: "weak_password",
      message: `Use ${passwordRules.minLength} to ${passwordRules.maxLength} characters.`,
    };
  }
  const weakness = await checkPasswordStrength(input.newPassword, [
    row.email,
    row.displayName,
    "moskvitch",
    "azlk",
  ]);
  if (weakness) return { ok: false, reason: "weak_password", message: weakness };
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, input.userId));
    await revokeAllSessions({ userId: input.userId, exceptSessionId: input.currentSessionId }, tx);
  });
  await recordSignInSuccess({ email, ip: input.ip, now });
  return { ok: true };
}

/** Admins make and unmake admins; the account's open sessions end, so nobody keeps a role they lost. */
export async function changeAccountRole(input: {
  actor: SessionUser;
  userId: string;
  role: SessionUser["role"];
}): Promise<AccountChangeResult> {
  if (!isAdmin(input.actor))
    return { ok: false, reason: "forbidden", message: "Only an admin can change roles." };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ role: input.role, updatedAt: new Date() })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id });
    if (!changed) return { ok: false, reason: "not_found", message: "No such account." } as const;
    await revokeAllSessions({ userId: input.userId }, tx);
    return { ok: true } as const;
  });
}
