import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { CommentThread } from "@/app/_components/comments/comment-thread";
import { ListingDetail } from "@/app/_components/listings/listing-detail";
import { getPublicThread } from "@/lib/comments/queries";
import { getAuctionView, getDescriptionAdditions } from "@/lib/auctions/queries";
import { getPublicListing } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/kernel/money";
import { siteUrl } from "@/lib/kernel/env";
import { jsonLdText, listingStructuredData } from "@/lib/listings/structured-data";
import { photoUrl } from "@/lib/photos/variants";

// Rendered on first request and cached; a change to the listing revalidates its tag. Nothing here
// depends on who is looking: per-visitor controls are client components, and a seller's view of a
// listing that is not live is /dashboard/listings/<id>. Only live and sold listings are public
// (lib/listings/visibility.ts); any other id is the "no longer available" 404.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

async function loadListing(params: Props["params"]) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return null;
  return getPublicListing(Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Listing" });
  const listing = await loadListing(params);
  if (!listing) return { title: t("unavailable"), robots: { index: false } };
  const price = formatMoney(listing.askingPriceCents, listing.currency, { locale });
  const description = `${listing.view === "sold" ? t("sold") : listing.saleFormat === "auction" ? t("auctionStarting", { price }) : price} · ${listing.description.slice(0, 150)}`;
  // Relative here; the layout's metadataBase makes it absolute for link previews.
  const image = listing.photos[0] ? photoUrl(listing.photos[0].storageKey, "large") : undefined;
  return {
    title: listing.title,
    description,
    alternates: alternatesFor(locale, `/listings/${listing.id}`),
    openGraph: {
      title: listing.title,
      description,
      type: "website",
      url: `/listings/${listing.id}`,
      images: image ? [{ url: image, alt: listing.photos[0]!.altText || listing.title }] : [],
    },
  };
}

export default async function ListingPage({ params }: Props) {
  // Cached: the language comes from the segment, not the request.
  await localeFromSegment(params);
  const listing = await loadListing(params);
  if (!listing) notFound();
  const auction = listing.saleFormat === "auction";
  const additions = auction ? await getDescriptionAdditions(listing.id) : [];
  // The auction as it stood when this page was rendered; the live state takes over in the browser.
  const auctionView = auction ? await getAuctionView({ listingId: listing.id }) : null;
  const thread = await getPublicThread(listing.id);
  const structuredData = listingStructuredData(listing, {
    siteUrl: siteUrl(),
    imageUrls: listing.photos.slice(0, 4).map((photo) => photoUrl(photo.storageKey, "large")),
  });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(structuredData) }} />
      <ListingDetail
        listing={listing}
        additions={additions}
        auctionView={auctionView}
        thread={<CommentThread listingId={listing.id} initial={thread} />}
      />
    </>
  );
}
