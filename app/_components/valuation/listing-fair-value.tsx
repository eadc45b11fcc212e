import Link from "next/link";
import { formatMoney } from "@/lib/money";
import { getListingAppraisal } from "@/lib/valuation/listing-appraisal";
import { FairValuePanel } from "./fair-value-panel";
import { VerdictBadge } from "./verdict-badge";

type ListingForValuation = { id: number; attributes: unknown; askingPriceCents: number; country: string; currency: string };

/** The verdict beside the price, and the reasons behind it, on a listing page. */
export async function ListingFairValue({ listing }: { listing: ListingForValuation }) {
  if (listing.currency !== "USD") return null;
  const appraisal = await getListingAppraisal(listing);
  if (!appraisal) return null;
  const { valuation } = appraisal;
  return (
    <div className="listing-fair-value">
      <p>
        <VerdictBadge verdict={valuation.verdict} /> Fair value {formatMoney(valuation.fairValue.lowCents)}–{formatMoney(valuation.fairValue.highCents)}
      </p>
      <details>
        <summary>Why this verdict</summary>
        <FairValuePanel appraisal={appraisal} priceCents={listing.askingPriceCents} showHistory={false} />
      </details>
      <p className="field__hint">
        <Link href={`/value?listing=${listing.id}`}>Check another price for this item</Link>
      </p>
    </div>
  );
}
