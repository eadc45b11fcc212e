import { Link } from "@/lib/i18n/navigation";

export default function ListingToEditNotFound() {
  return (
    <section className="error-page">
      <h1>Listing not found</h1>
      <p>It may have been deleted, or it belongs to another seller.</p>
      <Link className="button" href="/dashboard/listings">
        Your listings
      </Link>
    </section>
  );
}
