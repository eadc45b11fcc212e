import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAdmin } from "@/lib/auth/actor";
import { requireSignedIn } from "@/lib/auth/session";

// Admins' pages. Anyone else gets "not found"; each page and action checks the role again in lib
// (a layout is not re-run on every navigation). The path is listed in proxy.ts.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  if (!isAdmin(await requireSignedIn())) notFound();
  return children;
}
