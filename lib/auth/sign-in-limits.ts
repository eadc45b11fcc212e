import "server-only";
import { and, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { deleteEndedSessions } from "./sessions";
import {
  clearCounters,
  countHit,
  deleteExpiredCounters,
  holdUntil,
  readCounters,
  refundHit,
  secondsUntil,
  type Window,
} from "./counters";

// Sign-in is slowed down where the attacker is, not where the owner is. Guessing one account's
// password from one address trips the (account, address) limit, with longer refusals each time it
// trips again; spraying many accounts from one address trips the address limits; a botnet guessing
// one account from many addresses trips the account limit, which then refuses unknown addresses but
// still lets the owner in from an address they have signed in from before (as GitHub and eBay do).

export const signInLimits = {
  perAccountAndIp: { points: 5, durationSeconds: 15 * 60 },
  perIp: { points: 30, durationSeconds: 15 * 60 },
  perIpDaily: { points: 100, durationSeconds: 24 * 60 * 60 },
  perAccount: { points: 20, durationSeconds: 60 * 60 },
  /** Each further trip of the (account, address) limit within a day doubles the refusal: 15, 30, 60 minutes… */
  firstRefusalSeconds: 15 * 60,
  longestRefusalSeconds: 24 * 60 * 60,
  /** A successful sign-in from an address makes it a known source for this long. */
  knownSourceDays: 90,
} as const;

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

/** How long an (account, address) pair is refused after its limit trips for the `strike`th time in a day (from 1). */
export function refusalSeconds(strike: number): number {
  return Math.min(
    signInLimits.firstRefusalSeconds * 2 ** (Math.max(strike, 1) - 1),
    signInLimits.longestRefusalSeconds,
  );
}

export type SignInAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const keysFor = (email: string, ip: string) => ({
  pair: `signin-pair:${email}|${ip}`,
  pairBlock: `signin-pair-block:${email}|${ip}`,
  pairStrikes: `signin-pair-strikes:${email}|${ip}`,
  ip: `signin-ip:${ip}`,
  ipDaily: `signin-ip-daily:${ip}`,
  account: `signin-account:${email}`,
});

async function isKnownSource(email: string, ip: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const since = new Date(now.getTime() - signInLimits.knownSourceDays * 24 * 60 * 60 * 1000);
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, sql`${users.id} = ${sessions.userId}`)
    .where(
      and(
        sql`lower(${users.email}) = ${email}`,
        sql`${sessions.ipAddress} = ${ip}`,
        gt(sessions.createdAt, since),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Counts one attempt before the password is checked (so parallel guesses cannot slip past the
 * count; a success takes it back) and refuses it when a limit is used up.
 */
export async function consumeSignInAttempt(input: {
  email: string;
  ip: string;
  now: Date;
}): Promise<SignInAllowance> {
  const { email, ip, now } = input;
  // Now and then, one sign-in clears out what has expired (any instance may do it; it is idempotent).
  if (Math.random() < 0.01) void sweepExpired(now);
  const keys = keysFor(email, ip);
  const held = await readCounters([keys.pairBlock, keys.account], now);
  const block = held.get(keys.pairBlock);
  if (block) return { allowed: false, retryAfterSeconds: secondsUntil(block.expiresAt, now) };

  const counts = await Promise.all([
    countHit(keys.pair, signInLimits.perAccountAndIp, now),
    countHit(keys.ip, signInLimits.perIp, now),
    countHit(keys.ipDaily, signInLimits.perIpDaily, now),
  ]);
  const limits: Window[] = [signInLimits.perAccountAndIp, signInLimits.perIp, signInLimits.perIpDaily];
  const over = counts.filter((count, i) => count.points > limits[i]!.points);
  if (over.length)
    return {
      allowed: false,
      retryAfterSeconds: Math.max(...over.map((c) => secondsUntil(c.expiresAt, now))),
    };

  const account = held.get(keys.account);
  if (account && account.points >= signInLimits.perAccount.points && !(await isKnownSource(email, ip, now))) {
    return { allowed: false, retryAfterSeconds: secondsUntil(account.expiresAt, now) };
  }
  return { allowed: true };
}

export async function sweepExpired(now: Date): Promise<void> {
  try {
    await Promise.all([deleteExpiredCounters(now), deleteEndedSessions(now)]);
  } catch (error) {
    console.error(`Clearing expired sign-in counters and sessions failed: ${(error as Error).message}`);
  }
}

/** A wrong password: counts against the account, and when the pair's limit is used up, refuses it for a while. */
export async function recordSignInFailure(input: { email: string; ip: string; now: Date }): Promise<void> {
  const { email, ip, now } = input;
  const keys = keysFor(email, ip);
  const [, pair] = await Promise.all([
    countHit(keys.account, signInLimits.perAccount, now),
    readCounters([keys.pair], now).then((m) => m.get(keys.pair)),
  ]);
  if (!pair || pair.points < signInLimits.perAccountAndIp.points) return;
  const strikes = await countHit(
    keys.pairStrikes,
    { points: 0, durationSeconds: signInLimits.longestRefusalSeconds },
    now,
  );
  const seconds = refusalSeconds(strikes.points);
  await Promise.all([
    holdUntil(keys.pairBlock, new Date(now.getTime() + seconds * 1000)),
    clearCounters([keys.pair]),
  ]);
}

/** The right password: this pair starts afresh, and the address's attempt does not count against it. */
export async function recordSignInSuccess(input: { email: string; ip: string; now: Date }): Promise<void> {
  const keys = keysFor(input.email, input.ip);
  await Promise.all([
    clearCounters([keys.pair, keys.pairStrikes]),
    refundHit([keys.ip, keys.ipDaily], input.now),
  ]);
}
