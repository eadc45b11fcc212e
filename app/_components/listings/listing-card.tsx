import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { AuctionSummary } from "@/app/_components/auctions/auction-summary";
import { VerdictBadge } from "@/app/_components/valuation/verdict-badge";
import { countryName, describeCard } from "@/lib/catalogue/describe";
import type { ListingCard as ListingCardData } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/kernel/money";
import { photoUrl } from "@/lib/photos/variants";
import { verdictFor } from "@/lib/valuation/engine/verdict";
import { AlsoInYourCurrency } from "@/app/_components/currency/display-currency";

/** The stored fair value's verdict on the asking price; both are in the listing's currency. */
function fairValueOf(listing: ListingCardData) {
  const {
    fairValueLowCents: lowCents,
    fairValueCents: typicalCents,
    fairValueHighCents: highCents,
  } = listing;
  if (lowCents === null || typicalCents === null || highCents === null || typicalCents <= 0) return null;
  const fairValue = { lowCents, typicalCents, highCents };
  return {
    typicalCents,
    verdict: verdictFor({ priceCents: listing.askingPriceCents, shippingCents: 0, fairValue }),
  };
}

/** A card's cover photo, or a plain panel when there is none yet. */
export function CardPhoto({
  listing,
}: {
  listing: { coverPhotoKey: string | null; coverAlt: string | null; title: string };
}) {
  const t = useTranslations("Card");
  return listing.coverPhotoKey ? (
    // Photos are already resized WebP files; Next's optimiser would only add work.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className="listing-card__photo"
      src={photoUrl(listing.coverPhotoKey, "thumb")}
      alt={listing.coverAlt || listing.title}
      width={480}
      height={360}
      loading="lazy"
    />
  ) : (
    <div className="listing-card__photo" role="img" aria-label={t("noPhoto")} />
  );
}

function ListingCard({ listing, showSeller }: { listing: ListingCardData; showSeller: boolean }) {
  const fair = fairValueOf(listing);
  const t = useTranslations("Card");
  const locale = useLocale();
  return (
    <article className="listing-card">
      <Link href={`/listings/${listing.id}`}>
        <CardPhoto listing={listing} />
        <div className="listing-card__body">
          <span className="listing-card__title">{listing.title}</span>
          <span className="listing-card__meta">{describeCard(listing)}</span>
          {listing.auction ? (
            <AuctionSummary auction={listing.auction} currency={listing.currency} />
          ) : (
            <span>
              <span className="listing-card__price">
                {formatMoney(listing.askingPriceCents, listing.currency, { locale })}
              </span>
              <AlsoInYourCurrency cents={listing.askingPriceCents} currency={listing.currency} />
            </span>
          )}
          {fair && !listing.auction && (
            <span className="listing-card__fair" data-testid="card-fair-value">
              <VerdictBadge verdict={fair.verdict} compact />{" "}
              <span>
                {t("fairValue", {
                  amount: formatMoney(roundedDollars(fair.typicalCents), listing.currency, { locale }),
                })}
              </span>
            </span>
          )}
          <span className="listing-card__meta">
            {listing.city ? `${listing.city}, ` : ""}
            {countryName(listing.country)}
            {listing.category === "part" && listing.quantity > 1
              ? t("inStock", { count: listing.quantity })
              : ""}
          </span>
        </div>
      </Link>
      {/* A card cached before cards named their seller has none to link. */}
      {showSeller && listing.sellerId && (
        <p className="listing-card__meta listing-card__seller">
          {t.rich("seller", {
            name: listing.sellerName,
            link: (chunks) => <Link href={`/sellers/${listing.sellerId}`}>{chunks}</Link>,
          })}
        </p>
      )}
    </article>
  );
}

/** "≈" figures read better without cents. */
function roundedDollars(cents: number): number {
  return Math.round(cents / 100) * 100;
}

/** `showSeller` false where every card is the same seller's (their profile). */
export function ListingGrid({
  listings,
  label,
  showSeller = true,
}: {
  listings: ListingCardData[];
  label?: string;
  showSeller?: boolean;
}) {
  return (
    <ul className="listing-grid" aria-label={label}>
      {listings.map((listing) => (
        <li key={listing.id}>
          <ListingCard listing={listing} showSeller={showSeller} />
        </li>
      ))}
    </ul>
  );
}
