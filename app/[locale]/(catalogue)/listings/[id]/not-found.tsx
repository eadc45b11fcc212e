import { Link } from "@/lib/i18n/navigation";

// Answered with 404 for drafts, unpublished and deleted listings alike (see lib/listings/visibility.ts).
export default function ListingNoLongerAvailable() {
  return (
    <section className="error-page">
      <h1>This listing is no longer available</h1>
      <p>The seller has taken it off sale, or the link is mistyped. Nothing here can be bought.</p>
      <p>
        <Link className="button" href="/listings">
          Browse what is for sale
        </Link>
      </p>
      <p className="listing-card__meta">
        Is it yours? <Link href="/dashboard/listings">Your listings</Link> show it, whatever its state.
      </p>
    </section>
  );
}
