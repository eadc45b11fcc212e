import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuctionSummary } from "@/app/_components/auctions/auction-summary";
import { listOpenAuctions } from "@/lib/auctions/catalogue";
import { CardPhoto } from "@/app/_components/listings/listing-card";

export const metadata: Metadata = { title: "Auctions ending soon" };
// Rendered per request from a cached read (tag "listings", 60 s), so the build never needs the database.
export const dynamic = "force-dynamic";

export default async function AuctionsPage() {
  const auctions = await listOpenAuctions(48);
  return (
    <section aria-labelledby="auctions-title">
      <h1 id="auctions-title">Auctions ending soon</h1>
      <p className="field__hint">
        Bid your maximum and we bid for you, one increment at a time. A bid in the last two minutes extends
        the auction by two minutes, so nobody wins by sniping. Every auction page shows the fair value before
        you bid.
      </p>
      {auctions.length === 0 ? (
        <div className="empty-state">
          <p>
            No auctions are running. <Link href="/listings">Browse everything for sale</Link>.
          </p>
        </div>
      ) : (
        <ul className="listing-grid" aria-label="Open auctions">
          {auctions.map((a) => (
            <li key={a.id}>
              <article className="listing-card">
                <Link href={`/listings/${a.id}`}>
                  <CardPhoto listing={a} />
                  <div className="listing-card__body">
                    <span className="listing-card__title">{a.title}</span>
                    <AuctionSummary auction={a} currency={a.currency} />
                  </div>
                </Link>
                {a.sellerId && (
                  <p className="listing-card__meta listing-card__seller">
                    Seller: <Link href={`/sellers/${a.sellerId}`}>{a.sellerName}</Link>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
