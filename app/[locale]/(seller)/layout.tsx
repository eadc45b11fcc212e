import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/session";

// Selling: the sell form, editing a listing, and the seller's dashboard of listings and sales.
// A signed-out visitor is sent to sign in here, before any page streams; each page and action
// still checks the session and ownership itself (a layout is not re-run on every navigation, so
// it is no security boundary). Their paths are listed in proxy.ts.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function SellerLayout({ children }: { children: React.ReactNode }) {
  await requireSignedIn();
  return children;
}
