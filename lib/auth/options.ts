import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { getEnv } from "@/lib/env";
import { upsertOAuthAccount, verifyCredentials } from "./accounts";
import { clientIpFrom } from "./client-ip";
import { signInSchema } from "./schemas";
import { getAuthSecret } from "./secret";

// Without NEXTAUTH_URL, next-auth v4 falls back to http://localhost:3000; trusting the Host header
// lets the same build serve any port or domain (the load balancer sets the forwarded host).
process.env.AUTH_TRUST_HOST ??= "true";

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

export async function getAuthOptions(): Promise<AuthOptions> {
  const env = getEnv();
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials({ ...parsed.data, ip: clientIpFrom(req.headers ?? {}) });
        // A thrown message reaches the sign-in form as is; a null becomes the generic "wrong email or password".
        if (result.status === "rate_limited") throw new Error(rateLimitMessage(result.retryAfterSeconds));
        if (result.status === "invalid") return null;
        const { account } = result;
        return { id: account.id, email: account.email, name: account.displayName, role: account.role };
      },
    }),
  ];
  // OAuth switches on only when its credentials are configured.
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }

  return {
    secret: await getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      async jwt({ token, user, account }) {
        if (account && account.provider !== "credentials" && token.email) {
          const stored = await upsertOAuthAccount({ email: token.email, displayName: token.name ?? "" });
          token.uid = stored.id;
          token.role = stored.role;
          token.name = stored.displayName;
        } else if (user) {
          token.uid = user.id;
          token.role = user.role ?? "user";
        }
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
    },
  };
}
