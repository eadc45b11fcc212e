import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Executor } from "@/db/transaction";
import { emailOutbox, emailTokens, users } from "@/db/schema";
import { siteUrl } from "@/lib/kernel/env";
import { countHit, secondsUntil } from "./counters";

// Sign-up answers every address the same way ("check your email"), so it cannot be used to learn
// who has an account: the owner of a new address gets a link that finishes the sign-up, the owner
// of a registered one an email saying so. Only the inbox learns which it was.

export const signUpLimits = {
  perIp: { points: 10, durationSeconds: 15 * 60 },
  perIpDaily: { points: 50, durationSeconds: 24 * 60 * 60 },
  /** Emails to one address: more sign-ups with it still answer alike, but send nothing. */
  emailsPerAddress: { points: 3, durationSeconds: 60 * 60 },
  linkValidHours: 24,
} as const;

export type SignUpAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-up from this address; refuses once either window is used up. */
export async function consumeSignUpAttempt(input: { ip: string; now: Date }): Promise<SignUpAllowance> {
  const [short, daily] = await Promise.all([
    countHit(`signup-ip:${input.ip}`, signUpLimits.perIp, input.now),
    countHit(`signup-ip-daily:${input.ip}`, signUpLimits.perIpDaily, input.now),
  ]);
  const over = [
    short.points > signUpLimits.perIp.points ? short : null,
    daily.points > signUpLimits.perIpDaily.points ? daily : null,
  ].filter((c) => c !== null);
  if (!over.length) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(...over.map((c) => secondsUntil(c.expiresAt, input.now))),
  };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

function linkFor(token: string, callbackUrl: string | undefined): string {
  const query = new URLSearchParams({ token });
  if (callbackUrl && callbackUrl !== "/") query.set("callbackUrl", callbackUrl);
  return `${siteUrl()}/sign-up/confirm?${query}`;
}

/** Whether another sign-up email may go to this address now (quietly skipped when not). Call outside a transaction. */
export async function maySendSignUpEmail(email: string, now: Date): Promise<boolean> {
  const sent = await countHit(`signup-email:${email}`, signUpLimits.emailsPerAddress, now);
  return sent.points <= signUpLimits.emailsPerAddress.points;
}

/** Queues the link that finishes a new account's sign-up (older links for it stop working). */
export async function queueSignUpLink(
  tx: Executor,
  input: {
    userId: string;
    email: string;
    displayName: string;
    callbackUrl?: string;
    now: Date;
    send: boolean;
  },
): Promise<void> {
  if (!input.send) return;
  const token = randomBytes(32).toString("base64url");
  await tx.delete(emailTokens).where(eq(emailTokens.userId, input.userId));
  await tx.insert(emailTokens).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    expiresAt: new Date(input.now.getTime() + signUpLimits.linkValidHours * 60 * 60 * 1000),
  });
  await tx.insert(emailOutbox).values({
    toAddress: input.email,
    subject: "Finish creating your Moskvitch Market account",
    text: `Hello ${input.displayName},\n\nFollow this link within ${signUpLimits.linkValidHours} hours to finish creating your account:\n\n${linkFor(token, input.callbackUrl)}\n\nIf you did not sign up, ignore this email: no account is created without it.`,
  });
}

/** Tells the owner of a registered address that someone tried to sign up with it. */
export async function queueAlreadyRegisteredEmail(
  tx: Executor,
  input: { email: string; send: boolean },
): Promise<void> {
  if (!input.send) return;
  await tx.insert(emailOutbox).values({
    toAddress: input.email,
    subject: "You already have a Moskvitch Market account",
    text: `Someone (perhaps you) tried to create a Moskvitch Market account with this email address, which already has one.\n\nSign in here: ${siteUrl()}/sign-in\n\nIf it was not you, you need do nothing: your account is unchanged.`,
  });
}

/** Uses a sign-up link once: the address is confirmed and the account may sign in. Null for a bad, used or old link. */
export async function confirmSignUp(input: { token: string; now: Date }) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(emailTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(emailTokens.tokenHash, hashToken(input.token)),
          isNull(emailTokens.usedAt),
          gt(emailTokens.expiresAt, input.now),
        ),
      )
      .returning({ userId: emailTokens.userId });
    if (!used) return null;
    const [account] = await tx
      .update(users)
      .set({
        emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, ${input.now.toISOString()}::timestamptz)`,
      })
      .where(and(eq(users.id, used.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email, displayName: users.displayName, role: users.role });
    return account ?? null;
  });
}
