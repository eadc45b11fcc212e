import { and, isNull, sql, type SQL } from "drizzle-orm";
import { listings } from "@/db/schema";
import { canManage, type Actor } from "@/lib/auth/actor";

// Who sees a listing. Only a live listing is offered: it can be bought, bid on, watched and found. A
// sold listing (or an ended auction) stays readable as a record of the sale, with nothing to act on.
// Drafts, withdrawn, deleted and admin-hidden listings are not public at all: to everyone but their
// seller (and admins) they answer 404, the "no longer available" page. 404 rather than 410: a
// withdrawn or hidden listing may come back, so "gone for good" would be untrue, and one answer for
// all of them tells a stranger nothing about which it is.
//
// The rule is stated here once, three ways: for a row already read (publicViewOf), for a Drizzle
// query (offeredListingSql, publicListingSql) and for hand-written SQL over an alias (offeredSqlFor).

export type PublicView = "offered" | "sold" | "hidden";

type Visibility = { status: string; deletedAt: Date | string | null; hiddenAt: Date | string | null };

export function publicViewOf(listing: Visibility): PublicView {
  if (listing.deletedAt || listing.hiddenAt) return "hidden";
  if (listing.status === "live") return "offered";
  if (listing.status === "sold" || listing.status === "ended") return "sold";
  return "hidden";
}

/** Neither deleted nor hidden by an admin: the listing may be public, depending on its status. */
export const notTakenDown: SQL = and(isNull(listings.deletedAt), isNull(listings.hiddenAt))!;

// Literal status, not a bound parameter, so the planner matches the partial indexes' predicate
// (`status = 'live' and deleted_at is null`, which this implies).
/** An offered listing, for Drizzle queries over `listings`. */
export const offeredListingSql: SQL = and(sql`${listings.status} = 'live'`, notTakenDown)!;

/** The same rule over a hand-written query's alias for listings (`l` in `from listings l`). */
export function offeredSqlFor(alias: string): SQL {
  return sql.raw(`${alias}.status = 'live' and ${notTakenDownText(alias)}`);
}

/** Neither deleted nor hidden, over an alias: sold and ended records that may still be shown. */
export function notTakenDownSqlFor(alias: string): SQL {
  return sql.raw(notTakenDownText(alias));
}

function notTakenDownText(alias: string): string {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`Not an alias: ${alias}`);
  return `${alias}.deleted_at is null and ${alias}.hidden_at is null`;
}

/** A seller (or an admin) sees their own listing in any state but deleted (hidden too), marked as a preview. */
export function canPreview(
  listing: { sellerId: string; deletedAt: Date | string | null },
  viewer: Actor | null,
): boolean {
  return !listing.deletedAt && canManage(viewer, listing.sellerId);
}
