import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";

// Counters live in Postgres so every app instance sees the same attempts.
export const signInLimits = {
  perAccount: { points: 5, durationSeconds: 15 * 60 },
  perIp: { points: 30, durationSeconds: 15 * 60 },
} as const;

async function limiters() {
  const db = await getDb();
  const make = (prefix: string, rule: { points: number; durationSeconds: number }) =>
    new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: prefix,
      points: rule.points,
      duration: rule.durationSeconds,
      clearExpiredByTimeout: false,
    });
  return { account: make("signin-account", signInLimits.perAccount), ip: make("signin-ip", signInLimits.perIp) };
}

export type SignInAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-in attempt against the account and the IP; refuses once either is used up. */
export async function consumeSignInAttempt(input: { email: string; ip: string }): Promise<SignInAllowance> {
  const { account, ip } = await limiters();
  const results = await Promise.allSettled([account.consume(input.email), ip.consume(input.ip)]);
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  for (const reason of refusals) if (!(reason instanceof RateLimiterRes)) throw reason;
  if (refusals.length === 0) return { allowed: true };
  const waitMs = Math.max(...refusals.map((r: RateLimiterRes) => r.msBeforeNext));
  return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/** A successful sign-in clears the account's counter (the IP's keeps counting). */
export async function resetAccountAttempts(email: string): Promise<void> {
  const { account } = await limiters();
  await account.delete(email);
}
