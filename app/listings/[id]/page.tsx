import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { countryName, describeItem } from "@/lib/catalogue/describe";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import { getPublicListing } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/money";
import { photoUrl } from "@/lib/photos/variants";

// Rendered on first request and cached; a change to the listing revalidates its tag.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function loadListing(params: Props["params"]) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return null;
  return getPublicListing(Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await loadListing(params);
  if (!listing) return { title: "Listing not found" };
  const description = `${formatMoney(listing.askingPriceCents, listing.currency)} · ${listing.description.slice(0, 150)}`;
  const image = listing.photos[0] ? photoUrl(listing.photos[0].storageKey, "large") : undefined;
  return {
    title: listing.title,
    description,
    openGraph: { title: listing.title, description, type: "website", images: image ? [{ url: image }] : [] },
  };
}

export default async function ListingPage({ params }: Props) {
  const listing = await loadListing(params);
  if (!listing) notFound();
  const item = itemSchema.safeParse(listing.attributes);
  const [cover, ...rest] = listing.photos;

  return (
    <article className="listing-detail">
      <div>
        <nav aria-label="Breadcrumb" className="listing-card__meta">
          <Link href={`/listings?category=${listing.category}`}>{categoryLabels[listing.category]}</Link>
        </nav>
        <h1>{listing.title}</h1>
        {cover ? (
          <div className="gallery">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img className="gallery__main" src={photoUrl(cover.storageKey, "large")} alt={cover.altText || listing.title} width={cover.width} height={cover.height} />
            {rest.length > 0 && (
              <div className="gallery__thumbs">
                {rest.map((photo) => (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img key={photo.storageKey} src={photoUrl(photo.storageKey, "thumb")} alt={photo.altText || listing.title} width={480} height={360} loading="lazy" />
                ))}
              </div>
            )}
          </div>
        ) : (
          <p className="empty-state">The seller has not added photos yet.</p>
        )}
        <h2 style={{ marginTop: "1.5rem" }}>Description</h2>
        <p className="description">{listing.description}</p>
      </div>
      <aside className="panel" aria-label="Price and details">
        <p className="price-large">{formatMoney(listing.askingPriceCents, listing.currency)}</p>
        <p className="listing-card__meta">
          {listing.status === "sold" ? "Sold" : listing.category === "part" ? `${listing.quantity} in stock` : "Fixed price"} · sold by{" "}
          <strong>{listing.sellerName}</strong> in {listing.city ? `${listing.city}, ` : ""}
          {countryName(listing.country)}
        </p>
        {item.success && (
          <dl className="facts">
            {describeItem(item.data).map((fact) => (
              <div key={fact.label} style={{ display: "contents" }}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <h2 style={{ marginTop: "1.25rem", fontSize: "1.05rem" }}>Shipping</h2>
        {listing.shippingOptions.length ? (
          <dl className="facts">
            {listing.shippingOptions.map((option) => (
              <div key={option.destination} style={{ display: "contents" }}>
                <dt>{countryName(option.destination)}</dt>
                <dd>
                  {formatMoney(option.priceCents, listing.currency)}
                  {option.label ? ` · ${option.label}` : ""}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>Collection only, or ask the seller for a transport quote.</p>
        )}
      </aside>
    </article>
  );
}
