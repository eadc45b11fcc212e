import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LocalTime } from "@/app/_components/local-time";
import styles from "@/app/_components/moderation/bidder-history.module.css";
import { requireUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/kernel/money";
import { getBidderHistory, type BidOutcome } from "@/lib/moderation/bidder-history";

export const metadata: Metadata = { title: "Bidding history · Admin" };

const outcomeWords: Record<BidOutcome, string> = {
  leading: "Leading",
  outbid: "Outbid",
  won: "Won",
  lost: "Lost",
};

/** One account's bids and the sellers it bids on most, so a shill's pattern shows. */
export default async function AdminBidderHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/admin/users/${id}/bids`);
  const userId = z.uuid().safeParse(id);
  if (!userId.success) notFound();
  const history = await getBidderHistory({ actor: user, userId: userId.data });
  if (!history || history === "not_found") notFound();
  const { account } = history;
  return (
    <section aria-labelledby="bidder-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link> ·{" "}
        <Link href={`/admin/users?q=${encodeURIComponent(account.email)}`}>Accounts</Link>
      </p>
      <h1 id="bidder-title">Bidding history: {account.displayName}</h1>
      <p className={`field__hint ${styles.intro}`}>
        {account.email} · {history.totalBids} bid{history.totalBids === 1 ? "" : "s"} in{" "}
        {history.totalAuctions} auction{history.totalAuctions === 1 ? "" : "s"}. Many bids on one seller’s
        auctions, seldom won, is how shill bidding looks; mark such accounts as related on the accounts page.
      </p>
      <h2>Sellers bid on most</h2>
      {history.sellers.length === 0 ? (
        <div className="empty-state">
          <p>No bids yet.</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className={styles.table}>
            <caption className="visually-hidden">Sellers {account.displayName} bid on most</caption>
            <thead>
              <tr>
                <th scope="col">Seller</th>
                <th scope="col">Bids</th>
                <th scope="col">Share of bids</th>
                <th scope="col">Auctions</th>
                <th scope="col">Won</th>
              </tr>
            </thead>
            <tbody>
              {history.sellers.map((s) => (
                <tr key={s.sellerId}>
                  <th scope="row">
                    <Link href={`/sellers/${s.sellerId}`}>{s.sellerName}</Link>
                    {s.related && <span className="tag"> Related</span>}
                  </th>
                  <td>{s.bids}</td>
                  <td>{s.sharePercent}%</td>
                  <td>{s.auctions}</td>
                  <td>{s.won}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.bids.length > 0 && (
        <>
          <h2>Bids, newest first</h2>
          <div className="table-scroll">
            <table className={styles.table}>
              <caption className="visually-hidden">Bids by {account.displayName}</caption>
              <thead>
                <tr>
                  <th scope="col">Listing</th>
                  <th scope="col">Seller</th>
                  <th scope="col">Price it set</th>
                  <th scope="col">Maximum</th>
                  <th scope="col">When</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {history.bids.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      <Link href={`/dashboard/listings/${b.listingId}`}>{b.title}</Link>
                    </th>
                    <td>{b.sellerName}</td>
                    <td>
                      {formatMoney(b.amountCents, b.currency)}
                      {b.automatic ? " (automatic)" : ""}
                    </td>
                    <td>{formatMoney(b.maxCents, b.currency)}</td>
                    <td>
                      <LocalTime at={b.at} />
                    </td>
                    <td>{outcomeWords[b.outcome]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
