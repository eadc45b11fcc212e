import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { getEnv } from "@/lib/kernel/env";
import { upsertOAuthAccount, verifyCredentials } from "./accounts";
import { callerAddressFrom } from "./client-ip";
import { sameOriginRedirect } from "./safe-redirect";
import { signInSchema } from "./schemas";
import { getAuthSecret } from "./secret";
import { openSession, resolveSession, revokeSession, sessionMaxAgeSeconds } from "./sessions";
import { rateLimitMessage } from "./sign-in-limits";
import { confirmSignUp } from "./sign-up";
import { recordSocketAddresses } from "./socket-address";

// Without NEXTAUTH_URL, next-auth v4 falls back to http://localhost:3000; trusting the Host header
// lets the same build serve any port or domain (the load balancer sets the forwarded host).
process.env.AUTH_TRUST_HOST ??= "true";
// instrumentation.ts starts this before the first request; here again for any other entry point.
recordSocketAddresses();

class SessionEndedError extends Error {
  constructor() {
    super("The session was signed out, revoked or expired");
  }
}

export async function getAuthOptions(): Promise<AuthOptions> {
  const env = getEnv();
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = callerAddressFrom(req.headers ?? {});
        const result = await verifyCredentials({ ...parsed.data, ip, now: new Date() });
        // A thrown message reaches the sign-in form as is; a null becomes the generic "wrong email or password".
        if (result.status === "rate_limited") throw new Error(rateLimitMessage(result.retryAfterSeconds));
        if (result.status === "invalid") return null;
        const { account } = result;
        return {
          id: account.id,
          email: account.email,
          name: account.displayName,
          role: account.role,
          signInIp: ip,
        };
      },
    }),
    CredentialsProvider({
      // The link emailed at sign-up: following it confirms the address and signs in.
      id: "sign-up-link",
      name: "Sign-up link",
      credentials: { token: { label: "Token", type: "text" } },
      async authorize(credentials, req) {
        const account = await confirmSignUp({ token: String(credentials?.token ?? ""), now: new Date() });
        if (!account) return null;
        const ip = callerAddressFrom(req.headers ?? {});
        return {
          id: account.id,
          email: account.email,
          name: account.displayName,
          role: account.role,
          signInIp: ip,
        };
      },
    }),
  ];
  // OAuth switches on only when its credentials are configured.
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }

  return {
    secret: await getAuthSecret(),
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      async jwt({ token, user, account }) {
        if (user) {
          // The moment of signing in: one sessions row per browser, named in the cookie.
          let userId = user.id;
          if (account && account.type === "oauth" && token.email) {
            userId = (await upsertOAuthAccount({ email: token.email, displayName: token.name ?? "" })).id;
          }
          token.uid = userId;
          token.sid = await openSession({ userId, ip: user.signInIp ?? "unknown" });
        }
        // Every later read: the role, name and account state as the database has them now.
        const current = await resolveSession(token.sid);
        if (!current) throw new SessionEndedError();
        token.uid = current.id;
        token.role = current.role;
        token.name = current.name;
        token.email = current.email;
        return token;
      },
      async session({ session, token }) {
        session.user = {
          id: token.uid ?? "",
          name: token.name ?? "",
          email: token.email ?? "",
          role: token.role ?? "user",
        };
        return session;
      },
      async redirect({ url, baseUrl }) {
        return new URL(sameOriginRedirect(url, baseUrl), baseUrl).toString();
      },
    },
    events: {
      async signOut({ token }) {
        await revokeSession(token?.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session clears its cookie; that is the expected outcome, not an error to log.
        const cause = (metadata as { message?: string } | undefined)?.message;
        if (code === "JWT_SESSION_ERROR" && cause === new SessionEndedError().message) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}
