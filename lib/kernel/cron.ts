import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/kernel/env";
import { HttpError } from "./errors";

// Scheduled jobs (POST /api/cron/*) always need a bearer secret. On PostgreSQL that is CRON_SECRET;
// without it the jobs are switched off (503) rather than open. On the embedded laptop set-up a
// secret is generated once into DATA_DIR/cron-secret, readable only by its owner.

const localSecretFile = () => path.resolve(getEnv().DATA_DIR, "cron-secret");

/** The secret scheduled jobs must send, or null when none is configured (jobs are off). */
export function getCronSecret(): string | null {
  const env = getEnv();
  if (env.CRON_SECRET) return env.CRON_SECRET;
  if (!env.localCronSecret) return null;
  const file = localSecretFile();
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // "wx" fails if another start wrote it first; then that one is read.
    try {
      fs.writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch {}
    return fs.readFileSync(file, "utf8").trim();
  }
}

/** Where a laptop user finds the generated secret (for the start-up line and the README). */
export function describeCronSecret(): string {
  if (getEnv().CRON_SECRET) return "CRON_SECRET";
  return getEnv().localCronSecret ? `the secret in ${localSecretFile()}` : "CRON_SECRET (not set: jobs are off)";
}

/** Throws 401/503 unless the request carries the scheduler's bearer secret. */
export function requireCronRequest(request: Request): void {
  const secret = getCronSecret();
  if (!secret) throw new HttpError("unavailable", "Scheduled jobs are switched off: set CRON_SECRET and send Authorization: Bearer <CRON_SECRET>.");
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const given = request.headers.get("authorization") ?? "";
  if (!timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) throw new HttpError("unauthorized", "Send Authorization: Bearer <CRON_SECRET>.");
}
