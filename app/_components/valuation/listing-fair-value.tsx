import Link from "next/link";
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
  return (
    <section
      className="listing-fair-value"
      aria-labelledby="listing-fair-value-title"
      data-testid="listing-fair-value"
    >
      <h2 id="listing-fair-value-title" className="visually-hidden">
        Is this price fair?
      </h2>
      <p className={styles.headline} data-testid="listing-verdict">
        <VerdictBadge verdict={valuation.verdict} />
        <span>
          Fair value{" "}
          <strong>
            {dollars(valuation.fairValue.lowCents, valuation.currency)}–
            {dollars(valuation.fairValue.highCents, valuation.currency)}
          </strong>
          , typical {dollars(valuation.fairValue.typicalCents, valuation.currency)}
        </span>
      </p>
      <p className="field__hint">
        For a buyer in the US, with about {dollars(valuation.shippingCents, valuation.currency)} shipping on
        top: a fair total is about {dollars(valuation.fairTotalCents, valuation.currency)}.
      </p>
      {listing.saleFormat === "auction" && (
        <p className="field__hint">
          An auction: the bid box judges each bid, with shipping, against this range.
        </p>
      )}
      <details>
        <summary>{valuation.verdict ? "Why this verdict" : "How this value is made"}</summary>
        <FairValuePanel
          appraisal={appraisal}
          priceCents={valuation.verdict ? listing.askingPriceCents : undefined}
          showHistory={false}
          title="How the fair value is made"
        />
      </details>
      <p className="field__hint">
        <Link href={`/value?listing=${listing.id}`}>Check fair value at another price</Link>
      </p>
      <MarketReportLink item={listing.attributes} className="field__hint" />
    </section>
  );
}
