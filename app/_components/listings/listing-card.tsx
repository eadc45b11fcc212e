import Link from "next/link";
import { countryName, describeCard } from "@/lib/catalogue/describe";
import type { ListingCard as ListingCardData } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/money";
import { photoUrl } from "@/lib/photos/variants";

export function ListingCard({ listing }: { listing: ListingCardData }) {
  return (
    <article className="listing-card">
      <Link href={`/listings/${listing.id}`}>
        {listing.coverPhotoKey ? (
          // Photos are already resized WebP files; Next's optimiser would only add work.
          // eslint-disable-next-line @next/next/no-img-element
          <img className="listing-card__photo" src={photoUrl(listing.coverPhotoKey, "thumb")} alt={listing.coverAlt || listing.title} width={480} height={360} loading="lazy" />
        ) : (
          <div className="listing-card__photo" role="img" aria-label="No photo yet" />
        )}
        <div className="listing-card__body">
          <span className="listing-card__title">{listing.title}</span>
          <span className="listing-card__meta">{describeCard(listing)}</span>
          <span className="listing-card__price">{formatMoney(listing.askingPriceCents, listing.currency)}</span>
          <span className="listing-card__meta">
            {listing.city ? `${listing.city}, ` : ""}
            {countryName(listing.country)}
            {listing.category === "part" && listing.quantity > 1 ? ` · ${listing.quantity} in stock` : ""}
          </span>
        </div>
      </Link>
    </article>
  );
}

export function ListingGrid({ listings }: { listings: ListingCardData[] }) {
  return (
    <ul className="listing-grid">
      {listings.map((listing) => (
        <li key={listing.id}>
          <ListingCard listing={listing} />
        </li>
      ))}
    </ul>
  );
}
