import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { SellerListingTable } from "@/app/_components/dashboard/seller-listing-table";
import { ReceivedOffers } from "@/app/_components/offers/received-offers";
import { requireUser } from "@/lib/auth/session";
import { listListingsBySeller, type SellerListing } from "@/lib/listings/dashboard-queries";
import { getReceivedOffers } from "@/lib/offers/queries";

export const metadata: Metadata = { title: "Your listings" };

const sections = [
  {
    status: "draft",
    heading: "Drafts",
    empty: "No drafts. Anything you save without publishing waits here.",
  },
  { status: "live", heading: "Live", empty: "Nothing on sale right now." },
  { status: "withdrawn", heading: "Unpublished", empty: "Nothing unpublished." },
  { status: "sold", heading: "Sold", empty: "Nothing sold yet." },
] as const;

export default async function SellerListingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/dashboard/listings");
  const [listings, offers, params] = await Promise.all([
    listListingsBySeller({ sellerId: user.id }),
    getReceivedOffers({ sellerId: user.id }),
    searchParams,
  ]);
  const byStatus = (status: string): SellerListing[] => listings.filter((l) => l.status === status);
  const publishedId =
    params.done === "published" && typeof params.id === "string" && /^\d{1,9}$/.test(params.id)
      ? params.id
      : null;

  return (
    <section aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title">Your listings</h1>
        <Link className="button" href="/sell">
          Sell an item
        </Link>
      </div>
      <div aria-live="polite">
        {publishedId && (
          <p className="alert alert--info" role="status">
            Published. <Link href={`/listings/${publishedId}`}>See it as buyers do</Link>.
          </p>
        )}
      </div>
      {offers.length > 0 && (
        <section aria-labelledby="offers-heading" className="dashboard-section" id="offers">
          <h2 id="offers-heading">
            Offers to answer <span className="tag">{offers.length}</span>
          </h2>
          <ReceivedOffers offers={offers} />
        </section>
      )}
      <nav aria-label="Listing sections" className="dashboard-tabs">
        <ul>
          {sections.map((s) => (
            <li key={s.status}>
              <a href={`#${s.status}`}>
                {s.heading} <span className="tag">{byStatus(s.status).length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => {
        const rows = byStatus(s.status);
        return (
          <section
            key={s.status}
            id={s.status}
            aria-labelledby={`${s.status}-heading`}
            className="dashboard-section"
          >
            <h2 id={`${s.status}-heading`}>
              {s.heading} <span className="tag">{rows.length}</span>
            </h2>
            {rows.length ? <SellerListingTable listings={rows} /> : <p className="empty-state">{s.empty}</p>}
          </section>
        );
      })}
    </section>
  );
}
