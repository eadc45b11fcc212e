import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/kernel/env";

/** The site's public address for Stripe's return links: NEXTAUTH_URL, else the request's own host. */
export async function getPublicBaseUrl(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  try {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host) return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
  } catch {
    // Outside a request (scripts, tests): fall through to the default.
  }
  return "http://localhost:3000";
}
