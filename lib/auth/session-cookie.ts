import "server-only";
import { decode } from "next-auth/jwt";
import { getAuthSecret } from "./secret";
import { resolveSession, type SessionUser } from "./sessions";

// next-auth names the cookie with the __Secure- prefix on https, and splits a long token into
// numbered chunks; either way the token inside names a session row.
export const cookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

type Cookie = { name: string; value: string };

/** The token under one cookie name, whole or joined from next-auth's numbered chunks in order. */
export function tokenFrom(cookies: readonly Cookie[], name: string): string | undefined {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/** The session a request's cookies carry, checked against the database. */
export async function readSessionFromCookies(
  cookies: readonly Cookie[],
  now: Date = new Date(),
): Promise<{ sessionId: string; user: SessionUser } | null> {
  const secret = await getAuthSecret();
  for (const name of cookieNames) {
    const raw = tokenFrom(cookies, name);
    if (!raw) continue;
    const token = await decode({ token: raw, secret }).catch(() => null);
    const user = await resolveSession(token?.sid, now);
    if (user && token?.sid) return { sessionId: token.sid, user };
  }
  return null;
}
