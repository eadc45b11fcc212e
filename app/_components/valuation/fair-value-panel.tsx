import type { Appraisal, ValuationResponse } from "@/lib/valuation/appraise";
import { formatMoney } from "@/lib/kernel/money";
import { dollars, dollarsAtMost, signedDollars } from "./dollars";
import styles from "./fair-value.module.css";
import { PriceHistoryChart } from "./price-history-chart";
import { originText, reasonWithoutLabel } from "./reason-text";
import { VerdictBadge } from "./verdict-badge";

const soldOn = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

const confidenceText = {
  low: "Low confidence: this rests mostly on the rules, with few or no close sales, so the range is wide.",
  medium: "Medium confidence: some similar sales back this up.",
  high: "High confidence: many close, recent sales back this up.",
};

const saleOriginText = { marketplace: "Sold here", imported: "Imported result", demo: "Demo sale" } as const;

/** Where a sale comes from, in words: demo sales are never passed off as the market's. */
function SaleOriginNote({ sale }: { sale: ValuationResponse["comparables"][number] }) {
  if (sale.origin === "demo") {
    return <small data-origin="demo">Demo sale (synthetic, not market evidence)</small>;
  }
  return (
    <small data-origin={sale.origin}>
      {sale.origin === "imported" && sale.sourceName
        ? `Imported from ${sale.sourceName}`
        : saleOriginText[sale.origin]}
    </small>
  );
}

/** The valuation's published accuracy for this category, or why there is none yet. */
function AccuracyNote({ accuracy }: { accuracy: ValuationResponse["accuracy"] }) {
  const on = accuracy.measuredAt ? soldOn.format(new Date(accuracy.measuredAt)) : null;
  return (
    <p className="field__hint" data-testid="accuracy">
      {accuracy.status === "measured"
        ? `How accurate this is: tested on ${accuracy.sampleSize} recorded sale${accuracy.sampleSize === 1 ? "" : "s"} (each valued from the sales before it, ${on}), the estimate was off by ${accuracy.medianAbsolutePercentError.toFixed(1)}% at the median, and ${accuracy.insideRangePercent.toFixed(0)}% of prices fell inside the stated range.`
        : `How accurate this is: ${accuracy.reason}${on ? ` (checked ${on})` : ""}`}
    </p>
  );
}

/** Where a figure comes from, in words: ours are marked as ours. */
function OriginNote({ adjustment }: { adjustment: Appraisal["valuation"]["adjustments"][number] }) {
  const origin = originText(adjustment);
  return (
    <span className={styles.source} data-basis={adjustment.basis}>
      {origin}
    </span>
  );
}

/** Everything behind a fair value: the range, the verdict for a price, the reasons and the sales it leaned on. */
export function FairValuePanel({
  appraisal,
  priceCents,
  showHistory = true,
  title = "Fair value",
}: {
  appraisal: Appraisal;
  priceCents?: number;
  showHistory?: boolean;
  title?: string;
}) {
  const { valuation, priceHistory } = appraisal;
  const c = valuation.currency;
  return (
    <section className={styles.panel} aria-labelledby="fair-value-title">
      <h2 id="fair-value-title">{title}</h2>
      {priceCents !== undefined && valuation.verdict ? (
        <p data-testid="verdict">
          <VerdictBadge verdict={valuation.verdict} /> at {formatMoney(priceCents, c)} +{" "}
          {dollars(valuation.shippingCents, c)} shipping
        </p>
      ) : (
        <p className="field__hint" data-testid="no-verdict">
          Enter a price or current bid to get a verdict.
        </p>
      )}
      <dl className={styles.figures}>
        <div>
          <dt>Fair value</dt>
          <dd data-testid="fair-value-range">
            {dollars(valuation.fairValue.lowCents, c)} – {dollars(valuation.fairValue.highCents, c)}
            <small> typical {dollars(valuation.fairValue.typicalCents, c)}</small>
          </dd>
        </div>
        <div>
          <dt>Shipping estimate</dt>
          <dd data-testid="shipping">{dollars(valuation.shippingCents, c)}</dd>
        </div>
        <div>
          <dt>Fair total</dt>
          <dd>
            {dollars(valuation.fairTotalCents, c)}
            <small> typical value + shipping</small>
          </dd>
        </div>
        <div>
          <dt>Don’t bid above</dt>
          <dd data-testid="max-bid">
            {dollarsAtMost(valuation.maxBidCents, c)}
            <small>
              {" "}
              before shipping; with it, {dollarsAtMost(valuation.maxBidCents + valuation.shippingCents, c)}
            </small>
          </dd>
        </div>
      </dl>
      <p className="field__hint">{confidenceText[valuation.confidence]}</p>
      <AccuracyNote accuracy={valuation.accuracy} />
      {valuation.rates.date && (
        <p className="field__hint" data-testid="rates">
          In {c}, converted from US dollars at {valuation.rates.perUsd} {c} per dollar, the rate of{" "}
          {soldOn.format(new Date(`${valuation.rates.date}T00:00:00Z`))} ({valuation.rates.source}). Figures
          inside the reasons are in US dollars.
        </p>
      )}
      {valuation.warnings.length > 0 && (
        <ul className="alert" aria-label="Worth a second look" data-testid="valuation-warnings">
          {valuation.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <h3 id="fair-value-reasons">Why</h3>
      <ul className={styles.reasons} aria-labelledby="fair-value-reasons">
        {valuation.adjustments.map((adjustment, index) => (
          <li key={`${adjustment.label}-${index}`}>
            <span className={styles.label}>{adjustment.label}</span>
            {adjustment.effectCents !== 0 && (
              <span className={styles.effect}>
                {index === 0 ? dollars(adjustment.effectCents, c) : signedDollars(adjustment.effectCents, c)}
              </span>
            )}
            <span className={styles.reason}>{reasonWithoutLabel(adjustment.reason, adjustment.label)}</span>
            <OriginNote adjustment={adjustment} />
          </li>
        ))}
      </ul>
      {valuation.comparables.length > 0 && (
        <>
          <h3>Sales it leaned on</h3>
          <div className="table-scroll">
            <table className={styles.comparables} data-testid="comparables">
              <caption className="field__hint">
                Weight: how alike and how recent each sale is (100% is the same item sold today). Prices
                exclude shipping.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Sale</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Price</th>
                </tr>
              </thead>
              <tbody>
                {valuation.comparables.map((sale, index) => (
                  <tr key={`${sale.soldAt}-${index}`}>
                    <td>
                      {sale.url ? <a href={sale.url}>{sale.title}</a> : sale.title}
                      <small className={styles.date}>sold {soldOn.format(new Date(sale.soldAt))}</small>
                      <SaleOriginNote sale={sale} />
                    </td>
                    <td>{Math.round(sale.weight * 100)}%</td>
                    <td>
                      {dollars(sale.soldPriceCents, c)}
                      {sale.originalCurrency && sale.originalPriceCents !== undefined && (
                        <small className={styles.date}>
                          sold for {dollars(sale.originalPriceCents, sale.originalCurrency)}
                        </small>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {showHistory && priceHistory.length > 1 && (
        <>
          <h3>Similar items sold</h3>
          <PriceHistoryChart points={priceHistory} fairValue={valuation.fairValue} currency={c} />
        </>
      )}
    </section>
  );
}
