import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
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
