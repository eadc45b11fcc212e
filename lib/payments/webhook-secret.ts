import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appSettings } from "@/db/schema";
import { getEnv } from "@/lib/kernel/env";

const SECRET_KEY = "stripe_webhook_secret";

/**
 * The secret webhook signatures are checked against. A configured STRIPE_WEBHOOK_SECRET wins; otherwise
 * one is generated once and kept in the database, so every instance (and the test-payment page, which
 * signs its events with it) agrees. Not cached in memory: a fresh database gets its own.
 */
export async function getWebhookSecret(): Promise<string> {
  const configured = getEnv().STRIPE_WEBHOOK_SECRET;
  if (configured) return configured;
  const db = await getDb();
  const read = () =>
    db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SECRET_KEY));
  const [stored] = await read();
  if (stored) return stored.value;
  await db
    .insert(appSettings)
    .values({ key: SECRET_KEY, value: `whsec_${randomBytes(24).toString("base64url")}` })
    .onConflictDoNothing();
  const [row] = await read();
  return row!.value;
}
