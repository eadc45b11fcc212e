import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { checkPasswordStrength, getDecoyHash, hashPassword, verifyPassword } from "./password";
import type { SignInInput, SignUpInput } from "./schemas";
import { consumeSignInAttempt, resetAccountAttempts } from "./sign-in-limits";

export type AccountSummary = { id: string; email: string; displayName: string; role: "user" | "admin" };

export type CreateAccountResult =
  | { ok: true; account: AccountSummary }
  | { ok: false; fieldErrors: Partial<Record<keyof SignUpInput, string>> };

const summaryColumns = { id: users.id, email: users.email, displayName: users.displayName, role: users.role };

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

const emailTaken = "An account with this email already exists. Sign in instead, or use another email.";

export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const weakness = await checkPasswordStrength(input.password, [input.email, input.displayName, "moskvitch", "azlk"]);
  if (weakness) return { ok: false, fieldErrors: { password: weakness } };

  const db = await getDb();
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email}`)
    .limit(1);
  if (existing) return { ok: false, fieldErrors: { email: emailTaken } };

  const passwordHash = await hashPassword(input.password);
  try {
    const [account] = await db
      .insert(users)
      .values({ email: input.email, displayName: input.displayName, passwordHash, country: input.country })
      .returning(summaryColumns);
    return { ok: true, account: account! };
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index lets one through.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: emailTaken } };
    throw error;
  }
}

export type VerifyCredentialsResult =
  | { status: "ok"; account: AccountSummary }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfterSeconds: number };

export async function verifyCredentials(input: SignInInput & { ip: string }): Promise<VerifyCredentialsResult> {
  const allowance = await consumeSignInAttempt({ email: input.email, ip: input.ip });
  if (!allowance.allowed) return { status: "rate_limited", retryAfterSeconds: allowance.retryAfterSeconds };

  const db = await getDb();
  const [row] = await db
    .select({ ...summaryColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email}`)
    .limit(1);
  // Unknown emails still pay for one hash check, so timing does not reveal which emails exist.
  const valid = await verifyPassword(row?.passwordHash ?? (await getDecoyHash()), input.password);
  if (!row || !row.passwordHash || !valid) return { status: "invalid" };

  await resetAccountAttempts(input.email);
  const { passwordHash: _hash, ...account } = row;
  return { status: "ok", account };
}

export async function getAccountById(id: string): Promise<AccountSummary | null> {
  const db = await getDb();
  const [row] = await db.select(summaryColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Finds or creates the account for an OAuth sign-in, matched by verified email. */
export async function upsertOAuthAccount(input: { email: string; displayName: string }): Promise<AccountSummary> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select(summaryColumns).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (existing) return existing;
  const [created] = await db
    .insert(users)
    .values({ email, displayName: input.displayName.slice(0, 40) || email.split("@")[0]! })
    .onConflictDoNothing()
    .returning(summaryColumns);
  if (created) return created;
  const [raced] = await db.select(summaryColumns).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  return raced!;
}
