import type { ListingDetail } from "./queries";

// schema.org Product with its Offer, so a shared link or a search result can show the price and
// whether the item can still be had. Built from what the listing page shows, nothing more.

type Offer = {
  "@type": "Offer";
  url: string;
  price: string;
  priceCurrency: string;
  availability: "https://schema.org/InStock" | "https://schema.org/SoldOut";
  /** An auction's end: the moment the offer stops. */
  availabilityEnds?: string;
  seller: { "@type": "Person"; name: string };
};

export type ProductStructuredData = {
  "@context": "https://schema.org";
  "@type": "Product";
  name: string;
  description: string;
  url: string;
  image?: string[];
  category: string;
  offers: Offer;
};

type ListingFacts = Pick<
  ListingDetail,
  | "id"
  | "title"
  | "description"
  | "category"
  | "askingPriceCents"
  | "currency"
  | "quantity"
  | "view"
  | "auction"
> & { sellerName: string };

/** Cents as schema.org wants a price: a plain decimal with a dot ("1250.00"). */
function decimalPrice(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

export function listingStructuredData(
  listing: ListingFacts,
  { siteUrl, imageUrls = [] }: { siteUrl: string; imageUrls?: string[] },
): ProductStructuredData {
  const url = `${siteUrl}/listings/${listing.id}`;
  // An open auction offers the item at its current bid until it ends; a fixed price at the asking price.
  const auction = listing.view === "offered" ? listing.auction : null;
  const available = listing.view === "offered" && (auction ? true : listing.quantity > 0);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: listing.title,
    description: listing.description.slice(0, 500),
    url,
    ...(imageUrls.length ? { image: imageUrls.map((image) => new URL(image, siteUrl).href) } : {}),
    category: listing.category,
    offers: {
      "@type": "Offer",
      url,
      price: decimalPrice(auction ? auction.priceCents : listing.askingPriceCents),
      priceCurrency: listing.currency,
      availability: available ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
      ...(auction ? { availabilityEnds: auction.endsAt } : {}),
      seller: { "@type": "Person", name: listing.sellerName },
    },
  };
}

/**
 * The JSON for a <script type="application/ld+json">: "<" escaped so a title containing
 * "</script>" cannot end the script early.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
