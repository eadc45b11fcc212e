import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { returnToHeader } from "./return-to";
import { readSessionFromCookies } from "./session-cookie";
import type { SessionUser } from "./sessions";

// The only server entry to the session: nothing outside lib/auth imports next-auth. The role and
// the account's state come from the database on every call, never from what the cookie remembers.

export type { SessionUser };

async function readCurrentSession() {
  return readSessionFromCookies((await cookies()).getAll());
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await readCurrentSession())?.user ?? null;
}

/** The current session's id too, for changes that end the account's other sessions. */
export async function getCurrentSession(): Promise<{ sessionId: string; user: SessionUser } | null> {
  return readCurrentSession();
}

/** For pages and server actions: the signed-in user, or a redirect to sign in that returns here. */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For the layouts of signed-in pages: a signed-out visitor is sent to sign in before anything
 * streams (so the answer is a real redirect) and brought back to the address proxy.ts recorded.
 * Pages and actions still call requireUser themselves: a layout is not re-run on every navigation.
 */
export async function requireSignedIn(): Promise<SessionUser> {
  return requireUser((await headers()).get(returnToHeader) ?? "/");
}
