import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auctions, bids, listings, orders, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import type { Currency } from "@/lib/catalogue/vocabulary";

// An account's bidding as an admin sees it, to spot shill bidding: every bid with how its auction
// went for this bidder, and the sellers it bids on most (a shill bids on one seller, again and
// again, and seldom wins). Read only; null to anyone but an admin.

const sellers = alias(users, "seller");
const bidLimit = 200;
const sellerLimit = 10;

/** How the auction went for this bidder: still open (leading or outbid) or closed (won or lost). */
export type BidOutcome = "leading" | "outbid" | "won" | "lost";

export type BidderBid = {
  id: number;
  listingId: number;
  title: string;
  sellerId: string;
  sellerName: string;
  amountCents: number;
  maxCents: number;
  currency: Currency;
  automatic: boolean;
  at: Date;
  outcome: BidOutcome;
};

export type SellerBidOn = {
  sellerId: string;
  sellerName: string;
  bids: number;
  auctions: number;
  won: number;
  /** This seller's share of all the account's bids, in percent (rounded). */
  sharePercent: number;
  /** Whether an admin marked the two accounts as related. */
  related: boolean;
};

export type BidderHistory = {
  account: { id: string; email: string; displayName: string };
  totalBids: number;
  totalAuctions: number;
  bids: BidderBid[];
  sellers: SellerBidOn[];
};

const outcomeSql = (userId: string) => sql<BidOutcome>`case
  when ${auctions.status} = 'closed' then
    case when exists (select 1 from ${orders} o where o.id = ${auctions.winnerOrderId} and o.buyer_id = ${userId})
      then 'won' else 'lost' end
  when ${auctions.leaderId} = ${userId} then 'leading'
  else 'outbid' end`;

export async function getBidderHistory({
  actor,
  userId,
}: {
  actor: Actor;
  userId: string;
}): Promise<BidderHistory | "not_found" | null> {
  if (!isAdmin(actor)) return null;
  const db = await getDb();
  const [account] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) return "not_found";
  const latest = await db
    .select({
      id: bids.id,
      listingId: bids.listingId,
      title: listings.title,
      sellerId: listings.sellerId,
      sellerName: sellers.displayName,
      amountCents: bids.amountCents,
      maxCents: bids.maxCents,
      currency: listings.currency,
      automatic: bids.automatic,
      at: bids.createdAt,
      outcome: outcomeSql(userId),
    })
    .from(bids)
    .innerJoin(auctions, eq(auctions.listingId, bids.listingId))
    .innerJoin(listings, eq(listings.id, bids.listingId))
    .innerJoin(sellers, eq(sellers.id, listings.sellerId))
    .where(eq(bids.bidderId, userId))
    .orderBy(desc(bids.createdAt), desc(bids.id))
    .limit(bidLimit);
  const bySeller = await db
    .select({
      sellerId: listings.sellerId,
      sellerName: sellers.displayName,
      bids: sql<number>`count(*)::int`,
      auctions: sql<number>`count(distinct ${bids.listingId})::int`,
      won: sql<number>`count(distinct ${bids.listingId}) filter (where ${outcomeSql(userId)} = 'won')::int`,
      related: sql<boolean>`exists (select 1 from related_accounts r
        where (r.account_id = ${userId} and r.other_id = ${listings.sellerId})
           or (r.other_id = ${userId} and r.account_id = ${listings.sellerId}))`,
    })
    .from(bids)
    .innerJoin(auctions, eq(auctions.listingId, bids.listingId))
    .innerJoin(listings, eq(listings.id, bids.listingId))
    .innerJoin(sellers, eq(sellers.id, listings.sellerId))
    .where(eq(bids.bidderId, userId))
    .groupBy(listings.sellerId, sellers.displayName)
    .orderBy(desc(sql`count(*)`), sellers.displayName);
  const totalBids = bySeller.reduce((sum, s) => sum + Number(s.bids), 0);
  const totalAuctions = bySeller.reduce((sum, s) => sum + Number(s.auctions), 0);
  return {
    account,
    totalBids,
    totalAuctions,
    bids: latest,
    sellers: bySeller.slice(0, sellerLimit).map((s) => ({
      sellerId: s.sellerId,
      sellerName: s.sellerName,
      bids: Number(s.bids),
      auctions: Number(s.auctions),
      won: Number(s.won),
      sharePercent: totalBids ? Math.round((Number(s.bids) / totalBids) * 100) : 0,
      related: Boolean(s.related),
    })),
  };
}
