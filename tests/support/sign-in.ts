import { encode } from "next-auth/jwt";
import { getAuthOptions } from "@/lib/auth/options";
import { getAuthSecret } from "@/lib/auth/secret";
import { requestCookies } from "./request-cookies";

// Signing in as next-auth does after a good password: its jwt callback opens a row in `sessions`,
// and the signed token naming that row goes into the cookie the next request carries.

type Account = { id: string; role: "user" | "admin"; email?: string };

const sessionCookieName = "next-auth.session-token";

/** A signed session cookie for the account, backed by a new sessions row. */
async function sessionCookieFor(account: Account, ip = "203.0.113.5"): Promise<string> {
  const options = await getAuthOptions();
  const token = await options.callbacks!.jwt!({
    token: { email: account.email ?? null, name: "Tester" },
    user: { id: account.id, email: account.email ?? null, role: account.role, signInIp: ip },
    account: { provider: "credentials", type: "credentials", providerAccountId: account.id },
    trigger: "signIn",
  });
  return encode({ token, secret: await getAuthSecret() });
}

/** The next requests carry this account's session cookie; null signs out (no cookie at all). */
export async function signInAs(account: Account | null): Promise<void> {
  requestCookies.clear();
  if (account) requestCookies.set(sessionCookieName, await sessionCookieFor(account));
}
