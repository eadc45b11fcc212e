import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingFacts, ListingShipping } from "@/app/_components/listings/listing-facts";
import { BuyBox } from "@/app/_components/orders/buy-box";
import { ListingGallery } from "@/app/_components/listings/listing-gallery";
import { ListingMore } from "@/app/_components/listings/listing-more";
import { ListingFairValue } from "@/app/_components/valuation/listing-fair-value";
import { AuctionHeadlinePrice, AuctionStateProvider } from "@/app/_components/auctions/auction-state";
import { BidBox } from "@/app/_components/auctions/bid-box";
import { DescriptionAdditions } from "@/app/_components/auctions/description-additions";
import { WatchButton } from "@/app/_components/auctions/watch-button";
import { getAuctionView, getDescriptionAdditions, type AuctionView } from "@/lib/auctions/queries";
import { countryName } from "@/lib/catalogue/describe";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import { getPublicListing } from "@/lib/listings/queries";
import { searchHref } from "@/lib/listings/search-params";
import { formatMoney } from "@/lib/money";
import { photoUrl } from "@/lib/photos/variants";

// Rendered on first request and cached; a change to the listing revalidates its tag. Nothing here
// depends on who is looking: per-visitor controls are client components.
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
  const price = formatMoney(listing.askingPriceCents, listing.currency);
  const description = `${listing.saleFormat === "auction" ? `Auction, starting bid ${price}` : price} · ${listing.description.slice(0, 150)}`;
  // Relative here; the layout's metadataBase makes it absolute for link previews.
  const image = listing.photos[0] ? photoUrl(listing.photos[0].storageKey, "large") : undefined;
  return {
    title: listing.title,
    description,
    alternates: { canonical: `/listings/${listing.id}` },
    openGraph: { title: listing.title, description, type: "website", url: `/listings/${listing.id}`, images: image ? [{ url: image, alt: listing.photos[0]!.altText || listing.title }] : [] },
  };
}

export default async function ListingPage({ params }: Props) {
  const listing = await loadListing(params);
  if (!listing) notFound();
  const sold = listing.status === "sold";
  const auction = listing.saleFormat === "auction";
  const additions = auction ? await getDescriptionAdditions(listing.id) : [];
  // The auction as it stood when this page was rendered; the live state takes over in the browser.
  const auctionView = auction ? await getAuctionView({ listingId: listing.id }) : null;

  return (
    <>
      <article className="listing-detail">
        <div className="listing-detail__main">
          <nav aria-label="Breadcrumb" className="listing-card__meta">
            <Link href={searchHref({ category: listing.category })}>{categoryLabels[listing.category]}</Link>
          </nav>
          <h1>{listing.title}</h1>
          <ListingGallery photos={listing.photos} title={listing.title} />
        </div>
        <div className="listing-detail__about">
          <h2 className="listing-detail__heading">Description</h2>
          <p className="description">{listing.description}</p>
          <DescriptionAdditions additions={additions} />
        </div>
        <aside className="panel listing-detail__panel" aria-label="Price and details">
          <AuctionPanel listingId={listing.id} initialView={auctionView}>
            {auctionView ? (
              <AuctionHeadlinePrice fallbackCents={listing.askingPriceCents} currency={listing.currency} />
            ) : (
              <p className="price-large">{formatMoney(listing.askingPriceCents, listing.currency)}</p>
            )}
            <ListingFairValue listing={listing} />
            <p className="listing-card__meta">
              {sold ? "Sold" : listing.category === "part" ? `${listing.quantity} in stock` : auction ? "Auction" : "Fixed price"} · sold by{" "}
              <strong>{listing.sellerName}</strong> in {listing.city ? `${listing.city}, ` : ""}
              {countryName(listing.country)}
            </p>
            {/* Buying and bidding controls go here. */}
            <div className="listing-detail__actions">
              {auctionView && <BidBox listingId={listing.id} />}
              <WatchButton listingId={listing.id} />
              {listing.saleFormat === "fixed_price" && listing.status === "live" && (
                <BuyBox listingId={listing.id} sellerId={listing.sellerId} title={listing.title} stock={listing.quantity} isPart={listing.category === "part"} />
              )}
            </div>
            <h2 className="listing-detail__heading">About this item</h2>
            <ListingFacts attributes={listing.attributes} />
            <h2 className="listing-detail__heading">Shipping</h2>
            <ListingShipping listing={listing} />
          </AuctionPanel>
        </aside>
      </article>
      <ListingMore listing={listing} />
    </>
  );
}

/** An auction's headline price and bid box read one live state; other listings need none. */
function AuctionPanel({ listingId, initialView, children }: { listingId: number; initialView: AuctionView | null; children: React.ReactNode }) {
  if (!initialView) return <>{children}</>;
  return (
    <AuctionStateProvider key={listingId} listingId={listingId} initialView={initialView}>
      {children}
    </AuctionStateProvider>
  );
}
