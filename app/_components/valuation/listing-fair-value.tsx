import { getLocale, getTranslations } from "next-intl/server";
import { AlsoInYourCurrency } from "@/app/_components/currency/display-currency";
import { Link } from "@/lib/i18n/navigation";
import { MarketReportLink } from "@/app/_components/reports/market-report-link";
import { getListingAppraisal } from "@/lib/valuation/listing-appraisal";
import { dollars } from "./dollars";
import { FairValuePanel } from "./fair-value-panel";
import styles from "./fair-value.module.css";
import { VerdictBadge } from "./verdict-badge";

type ListingForValuation = {
  id: number;
  attributes: unknown;
  askingPriceCents: number;
  country: string;
  currency: string;
  saleFormat?: string;
};

/** The verdict beside the price, and the reasons behind it, on a listing page. Valued for a buyer in the US, in the listing's currency. */
export async function ListingFairValue({ listing }: { listing: ListingForValuation }) {
  const appraisal = await getListingAppraisal(listing);
  if (!appraisal) return null;
  const { valuation } = appraisal;
  const t = await getTranslations("FairValue");
  const locale = await getLocale();
  const money = (cents: number) => dollars(cents, valuation.currency, locale);
  return (
    <section
      className="listing-fair-value"
      aria-labelledby="listing-fair-value-title"
      data-testid="listing-fair-value"
    >
      <h2 id="listing-fair-value-title" className="visually-hidden">
        {t("isItFair")}
      </h2>
      <p className={styles.headline} data-testid="listing-verdict">
        <VerdictBadge verdict={valuation.verdict} />
        <span>
          {t.rich("range", {
            low: money(valuation.fairValue.lowCents),
            high: money(valuation.fairValue.highCents),
            typical: money(valuation.fairValue.typicalCents),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
          <AlsoInYourCurrency cents={valuation.fairValue.typicalCents} currency={valuation.currency} />
        </span>
      </p>
      <p className="field__hint">
        {t("forUsBuyer", {
          shipping: money(valuation.shippingCents),
          total: money(valuation.fairTotalCents),
        })}
      </p>
      {listing.saleFormat === "auction" && <p className="field__hint">{t("auctionNote")}</p>}
      <details>
        <summary>{t(valuation.verdict ? "whyVerdict" : "howMade")}</summary>
        <FairValuePanel
          appraisal={appraisal}
          priceCents={valuation.verdict ? listing.askingPriceCents : undefined}
          showHistory={false}
          title={t("howMadeTitle")}
        />
      </details>
      <p className="field__hint">
        <Link href={`/value?listing=${listing.id}`}>{t("otherPrice")}</Link>
      </p>
      <MarketReportLink item={listing.attributes} className="field__hint" />
    </section>
  );
}
