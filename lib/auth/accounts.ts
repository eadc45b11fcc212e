import "server-only";
import type { Role } from "./actor";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { checkPasswordStrength, getDecoyHash, hashPassword, verifyPassword } from "./password";
import type { SignInInput, SignUpInput } from "./schemas";
import { consumeSignInAttempt, recordSignInFailure, recordSignInSuccess } from "./sign-in-limits";
import { maySendSignUpEmail, queueAlreadyRegisteredEmail, queueSignUpLink } from "./sign-up";

export type AccountSummary = { id: string; email: string; displayName: string; role: Role };

/** `ok` means "check your email", whether the address was new or already had an account. */
export type CreateAccountResult =
  { ok: true; email: string } | { ok: false; fieldErrors: Partial<Record<keyof SignUpInput, string>> };

const summaryColumns = { id: users.id, email: users.email, displayName: users.displayName, role: users.role };

/**
 * Starts a sign-up. A new address gets an account that cannot sign in until the link emailed to it
 * is followed; a registered one is left as it is and its owner is told. The caller cannot tell the
 * two apart: same answer, one password hash and one email either way.
 */
export async function createAccount(
  input: SignUpInput,
  options: { callbackUrl?: string; now?: Date } = {},
): Promise<CreateAccountResult> {
  const weakness = await checkPasswordStrength(input.password, [
    input.email,
    input.displayName,
    "moskvitch",
    "azlk",
  ]);
  if (weakness) return { ok: false, fieldErrors: { password: weakness } };
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  const send = await maySendSignUpEmail(input.email, now);

  const db = await getDb();
  const started = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, confirmedAt: users.emailConfirmedAt })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`)
      .limit(1)
      .for("update");
    if (existing?.confirmedAt) {
      await queueAlreadyRegisteredEmail(tx, { email: input.email, send });
      return true;
    }
    // Not yet confirmed: whoever signed up last sets the password; only the inbox's owner can confirm it.
    const [account] = existing
      ? await tx
          .update(users)
          .set({ displayName: input.displayName, country: input.country, passwordHash, updatedAt: now })
          .where(eq(users.id, existing.id))
          .returning({ id: users.id })
      : await tx
          .insert(users)
          .values({
            email: input.email,
            displayName: input.displayName,
            country: input.country,
            passwordHash,
            emailConfirmedAt: null,
          })
          .onConflictDoNothing()
          .returning({ id: users.id });
    // Two sign-ups with one email at the same moment: the unique index lets one through, the other retries.
    if (!account) return false;
    await queueSignUpLink(tx, {
      userId: account.id,
      email: input.email,
      displayName: input.displayName,
      callbackUrl: options.callbackUrl,
      now,
      send,
    });
    return true;
  });
  if (!started) return createAccount(input, options);
  return { ok: true, email: input.email };
}

export type VerifyCredentialsResult =
  | { status: "ok"; account: AccountSummary }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfterSeconds: number };

export async function verifyCredentials(
  input: SignInInput & { ip: string; now?: Date },
): Promise<VerifyCredentialsResult> {
  const now = input.now ?? new Date();
  const allowance = await consumeSignInAttempt({ email: input.email, ip: input.ip, now });
  if (!allowance.allowed) return { status: "rate_limited", retryAfterSeconds: allowance.retryAfterSeconds };

  const db = await getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      passwordHash: users.passwordHash,
      confirmedAt: users.emailConfirmedAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email}`)
    .limit(1);
  // Unknown emails still pay for one hash check, so timing does not reveal which emails exist.
  const valid = await verifyPassword(row?.passwordHash ?? (await getDecoyHash()), input.password);
  if (!row || !row.passwordHash || !valid) {
    await recordSignInFailure({ email: input.email, ip: input.ip, now });
    return { status: "invalid" };
  }
  // Unconfirmed or disabled: the same answer as a wrong password, so it tells a stranger nothing.
  if (!row.confirmedAt || row.disabledAt) return { status: "invalid" };

  await recordSignInSuccess({ email: input.email, ip: input.ip, now });
  const { passwordHash: _hash, confirmedAt: _confirmed, disabledAt: _disabled, ...account } = row;
  return { status: "ok", account };
}

/** Finds or creates the account for an OAuth sign-in, matched by verified email. */
export async function upsertOAuthAccount(input: {
  email: string;
  displayName: string;
}): Promise<AccountSummary> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const [existing] = await db
    .select({ ...summaryColumns, confirmedAt: users.emailConfirmedAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (existing && !existing.confirmedAt) {
    // The provider vouches for the address; a password set by an unconfirmed sign-up (perhaps someone
    // else's, waiting for the owner) must not open the account.
    await db
      .update(users)
      .set({ emailConfirmedAt: new Date(), passwordHash: null })
      .where(eq(users.id, existing.id));
  }
  if (existing) {
    const { confirmedAt: _confirmed, ...account } = existing;
    return account;
  }
  const [created] = await db
    .insert(users)
    .values({ email, displayName: input.displayName.slice(0, 40) || email.split("@")[0]! })
    .onConflictDoNothing()
    .returning(summaryColumns);
  if (created) return created;
  const [raced] = await db
    .select(summaryColumns)
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return raced!;
}
