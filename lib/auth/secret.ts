import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appSettings } from "@/db/schema";
import { getEnv } from "@/lib/kernel/env";

const SECRET_KEY = "auth_secret";
let cached: Promise<string> | undefined;

/**
 * The key that signs session tokens. A configured AUTH_SECRET / NEXTAUTH_SECRET wins; otherwise one is
 * generated on first use and kept in the database, so every instance on that database signs alike.
 */
export function getAuthSecret(): Promise<string> {
  const env = getEnv();
  const configured = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (configured) return Promise.resolve(configured);
  cached ??= (async () => {
    const db = await getDb();
    await db
      .insert(appSettings)
      .values({ key: SECRET_KEY, value: randomBytes(32).toString("base64url") })
      .onConflictDoNothing();
    const [row] = await db
      .select({ value: appSettings.value })
      .from(appSettings)
      .where(eq(appSettings.key, SECRET_KEY));
    return row!.value;
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}
