import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { TimeLeft } from "@/app/_components/auctions/time-left";
import { requireUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/kernel/money";
import { ItemThumbnail } from "@/app/_components/dashboard/item-thumbnail";
import { listWatchlist } from "@/lib/watchlist/watchlist";

export const metadata: Metadata = { title: "Your watchlist" };

export default async function WatchlistPage() {
  const user = await requireUser("/watchlist");
  const items = await listWatchlist({ userId: user.id });
  return (
    <section aria-labelledby="watchlist-title">
      <h1 id="watchlist-title">Your watchlist</h1>
      <p className="field__hint">
        You hear when a watched auction is about to end. Watch anything from its listing page.
      </p>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>
            Nothing watched yet. <Link href="/auctions">See auctions ending soon</Link> or{" "}
            <Link href="/listings">browse the catalogue</Link>.
          </p>
        </div>
      ) : (
        <ul className="dashboard-list">
          {items.map((item) => (
            <li key={item.id} className="dashboard-item">
              <ItemThumbnail photoKey={item.coverPhotoKey} size="large" />
              <div className="dashboard-item__body">
                {item.view === "hidden" ? (
                  <span className="dashboard-item__title">{item.title}</span>
                ) : (
                  <Link className="dashboard-item__title" href={`/listings/${item.id}`}>
                    {item.title}
                  </Link>
                )}
                <span className="listing-card__meta">
                  {item.view === "hidden" ? (
                    "No longer available"
                  ) : (
                    <>
                      {item.auction
                        ? `${item.auction.bidCount ? "Current bid" : "Starting bid"} ${formatMoney(item.priceCents, item.currency)} · ${item.auction.bidCount} ${item.auction.bidCount === 1 ? "bid" : "bids"} · `
                        : `${formatMoney(item.priceCents, item.currency)} · `}
                      {item.auction?.status === "open" ? (
                        <>
                          <TimeLeft endsAt={item.auction.endsAt} /> left
                        </>
                      ) : item.status === "live" ? (
                        "On sale"
                      ) : (
                        "No longer on sale"
                      )}
                    </>
                  )}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
