import { LocalTime } from "@/app/_components/local-time";
import type { BidHistoryEntry } from "@/lib/auctions/queries";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./bid-history.module.css";

/** The public bid history: masked names, amounts, times; automatic bids marked as the proxy's. */
export function BidHistory({
  history,
  currency,
  bidderCount,
}: {
  history: BidHistoryEntry[];
  currency: string;
  bidderCount: number;
}) {
  if (!history.length) return <p className="field__hint">No bids yet: be the first.</p>;
  return (
    <details className={styles.history}>
      <summary>
        Bid history ({history.length === 50 ? "latest 50" : history.length}{" "}
        {history.length === 1 ? "bid" : "bids"}, {bidderCount} {bidderCount === 1 ? "bidder" : "bidders"})
      </summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Bids, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Bidder</th>
              <th scope="col">Bid</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {history.map((bid, index) => (
              <tr key={`${bid.at}-${index}`} className={bid.yours ? styles.yours : undefined}>
                <td>
                  {bid.yours ? "You" : bid.bidder}
                  {bid.automatic && <span className="field__hint"> · automatic</span>}
                </td>
                <td>{formatMoney(bid.amountCents, currency)}</td>
                <td>
                  <LocalTime at={bid.at} style="dateTimeSeconds" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
