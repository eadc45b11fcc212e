import { canManage, type Actor } from "@/lib/auth/actor";

// Who sees a listing. Only a live listing is offered: it can be bought, bid on, watched and found. A
// sold listing (or an ended auction) stays readable as a record of the sale, with nothing to act on.
// Drafts, withdrawn and deleted listings are not public at all: to everyone but their seller (and
// admins) they answer 404, the "no longer available" page. 404 rather than 410: a withdrawn listing
// may be published again, so "gone for good" would be untrue, and one answer for all three tells a
// stranger nothing about which it is.

export type PublicView = "offered" | "sold" | "hidden";

export function publicViewOf(listing: { status: string; deletedAt: Date | string | null }): PublicView {
  if (listing.deletedAt) return "hidden";
  if (listing.status === "live") return "offered";
  if (listing.status === "sold" || listing.status === "ended") return "sold";
  return "hidden";
}

/** A seller (or an admin) sees their own listing in any state but deleted, marked as a preview. */
export function canPreview(
  listing: { sellerId: string; deletedAt: Date | string | null },
  viewer: Actor | null,
): boolean {
  return !listing.deletedAt && canManage(viewer, listing.sellerId);
}
