import { Link } from "@/lib/i18n/navigation";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import type { SellerListing } from "@/lib/listings/dashboard-queries";
import { formatMoney } from "@/lib/kernel/money";
import { ItemThumbnail } from "./item-thumbnail";
import { ListingStatusActions } from "./listing-status-actions";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** One status's listings: cover, title, price, photos, last change and the buttons that apply. */
export function SellerListingTable({ listings }: { listings: SellerListing[] }) {
  return (
    <ul className="dashboard-list">
      {listings.map((listing) => (
        <li key={listing.id} className="dashboard-item">
          <ItemThumbnail photoKey={listing.coverPhotoKey} emptyText="No photo" />
          <div className="dashboard-item__body">
            {/* The public page shows only live and sold listings; the seller sees the rest as a preview. */}
            <Link
              className="dashboard-item__title"
              href={
                !listing.hiddenAt && (listing.status === "live" || listing.status === "sold")
                  ? `/listings/${listing.id}`
                  : `/dashboard/listings/${listing.id}`
              }
            >
              {listing.title}
            </Link>
            {listing.hiddenAt && <span className="tag">Hidden by an admin</span>}
            <span className="listing-card__meta">
              {categoryLabels[listing.category]} ·{" "}
              {listing.askingPriceCents > 0
                ? formatMoney(listing.askingPriceCents, listing.currency)
                : "No price yet"}{" "}
              · {listing.photoCount} {listing.photoCount === 1 ? "photo" : "photos"} · changed{" "}
              {dateFormat.format(listing.updatedAt)}
            </span>
          </div>
          <ListingStatusActions listingId={listing.id} status={listing.status} title={listing.title} />
        </li>
      ))}
    </ul>
  );
}
