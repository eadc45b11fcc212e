import type { DefaultSession } from "next-auth";

import type { Role } from "./actor";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role } & Omit<
      DefaultSession["user"],
      "name" | "email"
    >;
  }
  interface User {
    role?: Role;
    /** The address the credentials came from, recorded with the new session. */
    signInIp?: string;
    /** Set by a provider that already opened the session row. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The sessions row this cookie stands for. */
    sid?: string;
  }
}
