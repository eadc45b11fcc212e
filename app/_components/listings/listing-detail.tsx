import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { similarResultsHref } from "@/lib/results/words";
import { ListingFacts, ListingShipping } from "@/app/_components/listings/listing-facts";
import { ListingGallery } from "@/app/_components/listings/listing-gallery";
import { ListingMore } from "@/app/_components/listings/listing-more";
import { BuyBox } from "@/app/_components/cart/buy-box";
import { ListingFairValue } from "@/app/_components/valuation/listing-fair-value";
import { AuctionHeadlinePrice, AuctionStateProvider } from "@/app/_components/auctions/auction-state";
import { BidBox } from "@/app/_components/auctions/bid-box";
import { DescriptionAdditions } from "@/app/_components/auctions/description-additions";
import { WatchButton } from "@/app/_components/watchlist/watch-button";
import { OfferPanel } from "@/app/_components/offers/offer-panel";
import { countryName } from "@/lib/catalogue/describe";
import type { AuctionView } from "@/lib/auctions/queries";
import type { ListingDetail as Detail } from "@/lib/listings/queries";
import { searchHref } from "@/lib/listings/search-params";
import { formatMoney } from "@/lib/kernel/money";
import buyBox from "@/app/_components/cart/buy-box.module.css";
import { AlsoInYourCurrency } from "@/app/_components/currency/display-currency";

const statusWords: Record<string, string> = {
  draft: "a draft",
  withdrawn: "unpublished",
  live: "live",
  sold: "sold",
  ended: "an ended auction",
};

/**
 * A listing's page. Only an offered (live) listing gets the buy box, bid box, watch button and fair
 * value badge; a sold one reads as a record of the sale; a seller's preview shows how it would look.
 */
export function ListingDetail({
  listing,
  additions = [],
  auctionView = null,
  preview = false,
  thread = null,
}: {
  listing: Omit<Detail, "view"> & {
    view: Detail["view"] | "hidden";
    hiddenBy?: "admin" | "suspension" | null;
  };
  additions?: Parameters<typeof DescriptionAdditions>[0]["additions"];
  auctionView?: AuctionView | null;
  preview?: boolean;
  /** The questions and comments, under the description (the public page only). */
  thread?: React.ReactNode;
}) {
  const offered = listing.view === "offered";
  const sold = listing.view === "sold";
  const auction = listing.saleFormat === "auction";
  const t = useTranslations("Listing");
  const category = useTranslations("Category");
  const locale = useLocale();
  return (
    <>
      {preview && listing.hiddenBy && (
        <p className="alert alert--error" role="status">
          Hidden by an admin
          {listing.hiddenBy === "suspension" ? ", with your account's suspension" : ""}: nobody else can find,
          buy or bid on it until an admin restores it.
        </p>
      )}
      {preview && (
        <p className="alert alert--info" role="status">
          Only you see this page: the listing is {statusWords[listing.status] ?? listing.status}
          {offered ? "" : ", so the public gets “no longer available” at its link"}.{" "}
          <Link href={`/sell/${listing.id}`}>Edit it</Link> or{" "}
          <Link href="/dashboard/listings">manage your listings</Link>.
        </p>
      )}
      <article className="listing-detail">
        <div className="listing-detail__main">
          <nav aria-label={t("breadcrumb")} className="listing-card__meta">
            <Link href={searchHref({ category: listing.category })}>{category(listing.category)}</Link>
          </nav>
          <h1>{listing.title}</h1>
          <ListingGallery photos={listing.photos} title={listing.title} />
        </div>
        <div className="listing-detail__about">
          <h2 className="listing-detail__heading">{t("description")}</h2>
          <p className="description">{listing.description}</p>
          <DescriptionAdditions additions={additions} />
          <p>
            {t.rich("similarResults", {
              link: (chunks) => <Link href={similarResultsHref(listing)}>{chunks}</Link>,
            })}
          </p>
          {thread}
        </div>
        <aside className="panel listing-detail__panel" aria-label={t("priceAndDetails")}>
          <AuctionPanel listingId={listing.id} initialView={auctionView}>
            {sold ? (
              <p className="price-large">{t(auction ? "auctionEnded" : "sold")}</p>
            ) : auctionView ? (
              <AuctionHeadlinePrice fallbackCents={listing.askingPriceCents} currency={listing.currency} />
            ) : (
              <p className="price-large">
                {formatMoney(listing.askingPriceCents, listing.currency, { locale })}
                <AlsoInYourCurrency cents={listing.askingPriceCents} currency={listing.currency} />
              </p>
            )}
            {offered && <ListingFairValue listing={listing} />}
            <p className="listing-card__meta">
              {sold
                ? t(auction ? "noLongerForSale" : "soldNoLonger")
                : listing.category === "part"
                  ? t("inStock", { count: listing.quantity })
                  : t(auction ? "auction" : "fixedPrice")}{" "}
              · {t(sold ? "listedBy" : "soldBy")}{" "}
              <Link href={`/sellers/${listing.sellerId}`} data-testid="seller-link">
                <strong>{listing.sellerName}</strong>
              </Link>{" "}
              {t("in")} {listing.city ? `${listing.city}, ` : ""}
              {countryName(listing.country)}
            </p>
            <div className="listing-detail__actions">
              {auctionView && listing.view !== "hidden" && <BidBox listingId={listing.id} />}
              {offered && <WatchButton listingId={listing.id} />}
              {offered && !auction && listing.quantity > 0 && (
                <BuyBox
                  listingId={listing.id}
                  sellerId={listing.sellerId}
                  title={listing.title}
                  stock={listing.quantity}
                  isPart={listing.category === "part"}
                />
              )}
              {offered && !auction && !preview && <OfferPanel listingId={listing.id} />}
              {offered && !preview && (
                <Link className="button button--ghost" href={`/messages/new?listing=${listing.id}`}>
                  Message the seller
                </Link>
              )}
              {offered && !auction && listing.quantity === 0 && (
                <p className={`${buyBox.box} listing-card__meta`} role="status">
                  {t(listing.category === "part" ? "reservedPart" : "reserved")}
                </p>
              )}
            </div>
            <h2 className="listing-detail__heading">{t("aboutItem")}</h2>
            <ListingFacts attributes={listing.attributes} />
            {!sold && (
              <>
                <h2 className="listing-detail__heading">{t("shipping")}</h2>
                <ListingShipping listing={listing} />
              </>
            )}
          </AuctionPanel>
        </aside>
      </article>
      {!preview && <ListingMore listing={listing} />}
    </>
  );
}

/** An auction's headline price and bid box read one live state; other listings need none. */
function AuctionPanel({
  listingId,
  initialView,
  children,
}: {
  listingId: number;
  initialView: AuctionView | null;
  children: React.ReactNode;
}) {
  if (!initialView) return <>{children}</>;
  return (
    <AuctionStateProvider key={listingId} listingId={listingId} initialView={initialView}>
      {children}
    </AuctionStateProvider>
  );
}
