import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getAuthOptions } from "./options";

// The only server entry to the session: nothing outside lib/auth imports next-auth.

export type SessionUser = { id: string; name: string; email: string; role: "user" | "admin" };

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(await getAuthOptions());
  const user = session?.user;
  return user?.id ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

/** For pages and server actions: the signed-in user, or a redirect to sign in that returns here. */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export function isAdmin(user: SessionUser | null): boolean {
  return user?.role === "admin";
}
