import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingDetail } from "@/app/_components/listings/listing-detail";
import { requireUser } from "@/lib/auth/session";
import { getListingPreview } from "@/lib/listings/dashboard-queries";

// The seller's own look at a listing in any state (a draft, an unpublished one), which the public
// page answers with "no longer available". Read fresh, never cached: it belongs to one person.
export const metadata: Metadata = { title: "Your listing", robots: { index: false } };

export default async function ListingPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/listings/${encodeURIComponent(id)}`);
  const listing = /^\d{1,9}$/.test(id)
    ? await getListingPreview({ viewer: user, listingId: Number(id) })
    : null;
  if (!listing) notFound();
  return <ListingDetail listing={listing} preview />;
}
