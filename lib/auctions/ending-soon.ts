import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auctions, bids, listings, watchlist } from "@/db/schema";
import { marketClock } from "@/lib/kernel/market-clock";
import { notify } from "@/lib/notifications/notify";
import { auctionSettings } from "@/lib/kernel/env";

/**
 * Tells watchers and bidders that an auction ends within the hour. Each auction is claimed by a
 * conditional update of ending_soon_notified_at, so schedulers running at once send each alert once.
 * `now` defaults to the market's clock.
 */
export async function notifyEndingSoon({
  limit = 100,
  now,
}: { limit?: number; now?: Date } = {}): Promise<number> {
  const db = await getDb();
  const minutes = auctionSettings().endingSoonMinutes;
  const at = sql`${(now ?? (await marketClock()).now()).toISOString()}::timestamptz`;
  let sent = 0;
  await db.transaction(async (tx) => {
    const claimed = await tx
      .update(auctions)
      .set({ endingSoonNotifiedAt: at })
      .where(
        and(
          eq(auctions.status, "open"),
          isNull(auctions.endingSoonNotifiedAt),
          sql`${auctions.endsAt} > ${at} and ${auctions.endsAt} <= ${at} + make_interval(mins => ${minutes})`,
          sql`${auctions.listingId} in (select ${auctions.listingId} from ${auctions} where ${auctions.status} = 'open' and ${auctions.endingSoonNotifiedAt} is null and ${auctions.endsAt} > ${at} order by ${auctions.endsAt} limit ${limit})`,
        ),
      )
      .returning({ listingId: auctions.listingId });
    for (const { listingId } of claimed) {
      const [listing] = await tx
        .select({ title: listings.title, sellerId: listings.sellerId })
        .from(listings)
        .where(eq(listings.id, listingId));
      if (!listing) continue;
      const watchers = await tx
        .select({ userId: watchlist.userId })
        .from(watchlist)
        .where(eq(watchlist.listingId, listingId));
      const bidders = await tx
        .selectDistinct({ userId: bids.bidderId })
        .from(bids)
        .where(and(eq(bids.listingId, listingId), ne(bids.bidderId, listing.sellerId)));
      const people = new Set(
        [...watchers, ...bidders].map((p) => p.userId).filter((id) => id !== listing.sellerId),
      );
      for (const userId of people) {
        const added = await notify(tx, {
          userId,
          kind: "ending_soon",
          listingId,
          href: `/listings/${listingId}`,
          title: `Ending soon: ${listing.title}`,
          body: `The auction ends within ${minutes} minutes. A bid in the last two minutes extends it by two minutes.`,
          dedupeKey: `ending-soon:${listingId}`,
        });
        if (added) sent++;
      }
    }
  });
  return sent;
}
