import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/session";

// A signed-in collector's own pages: cart, checkout, orders, watchlist, saved searches,
// notifications and account settings. A signed-out visitor is sent to sign in here, before any
// page streams; each page and action still checks the session itself (a layout is not re-run on
// every navigation, so it is no security boundary). Their paths are listed in proxy.ts.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireSignedIn();
  return children;
}
