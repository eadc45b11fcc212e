"use client";

import { SessionProvider } from "next-auth/react";

// The session is read in the browser, so pages stay cacheable for everyone and still show who is signed in.
export function SessionProviders({ children }: { children: React.ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
