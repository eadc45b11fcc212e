import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/kernel/env";
import { HttpError } from "./errors";

// POST /api/cron/* lets an external scheduler run the scheduled jobs (they also run on their own:
// lib/jobs). It always needs the bearer secret CRON_SECRET; without one configured the endpoints are
// switched off (503), on every database, never open.

/** The secret an external scheduler must send, or null when none is configured (endpoints off). */
function getCronSecret(): string | null {
  return getEnv().CRON_SECRET ?? null;
}

/** Throws 503/401 unless the request carries the scheduler's bearer secret. */
export function requireCronRequest(request: Request): void {
  const secret = getCronSecret();
  if (!secret) {
    throw new HttpError(
      "unavailable",
      "POST /api/cron/* is switched off: set CRON_SECRET and send Authorization: Bearer <CRON_SECRET>. The scheduled jobs run on their own without it.",
    );
  }
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const given = request.headers.get("authorization") ?? "";
  if (!timingSafeEqual(digest(given), digest(`Bearer ${secret}`)))
    throw new HttpError("unauthorized", "Send Authorization: Bearer <CRON_SECRET>.");
}
