import type { Appraisal } from "@/lib/valuation/appraise";
import { formatMoney } from "@/lib/money";
import { PriceHistoryChart } from "./price-history-chart";
import { VerdictBadge } from "./verdict-badge";

const confidenceText = { low: "Low confidence: rules only, few or no close sales", medium: "Medium confidence", high: "High confidence: many close, recent sales" };

function signed(cents: number) {
  return `${cents >= 0 ? "+" : "−"}${formatMoney(Math.abs(cents))}`;
}

/** Everything behind a fair value: the range, the verdict for a price, the reasons and the sales it leaned on. */
export function FairValuePanel({ appraisal, priceCents, showHistory = true }: { appraisal: Appraisal; priceCents?: number; showHistory?: boolean }) {
  const { valuation, priceHistory } = appraisal;
  return (
    <section className="fair-value" aria-labelledby="fair-value-title">
      <h2 id="fair-value-title">Fair value</h2>
      {priceCents !== undefined && valuation.verdict && (
        <p className="fair-value__verdict" data-testid="verdict">
          <VerdictBadge verdict={valuation.verdict} /> at {formatMoney(priceCents)} + {formatMoney(valuation.shippingCents)} shipping
        </p>
      )}
      <dl className="fair-value__figures">
        <div>
          <dt>Fair value</dt>
          <dd data-testid="fair-value-range">
            {formatMoney(valuation.fairValue.lowCents)} – {formatMoney(valuation.fairValue.highCents)}
            <small> typical {formatMoney(valuation.fairValue.typicalCents)}</small>
          </dd>
        </div>
        <div>
          <dt>Shipping estimate</dt>
          <dd>{formatMoney(valuation.shippingCents)}</dd>
        </div>
        <div>
          <dt>Fair total</dt>
          <dd>{formatMoney(valuation.fairTotalCents)}</dd>
        </div>
        <div>
          <dt>Don’t bid above</dt>
          <dd data-testid="max-bid">
            <strong>{formatMoney(valuation.maxBidCents)}</strong>
            <small> before shipping</small>
          </dd>
        </div>
      </dl>
      <p className="field__hint">{confidenceText[valuation.confidence]}</p>
      <h3>Why</h3>
      <ul className="fair-value__reasons">
        {valuation.adjustments.map((adjustment, index) => (
          <li key={`${adjustment.label}-${index}`}>
            <span className="fair-value__label">{adjustment.label}</span>
            {adjustment.effectCents !== 0 && <span className="fair-value__effect">{signed(adjustment.effectCents)}</span>}
            <span className="fair-value__reason">{adjustment.reason}</span>
            {adjustment.source && <span className="fair-value__source">Source: {adjustment.source}</span>}
          </li>
        ))}
      </ul>
      {valuation.comparables.length > 0 && (
        <>
          <h3>Sales it leaned on</h3>
          <table className="comparables">
            <thead>
              <tr>
                <th scope="col">Sold</th>
                <th scope="col">Item</th>
                <th scope="col">Price</th>
              </tr>
            </thead>
            <tbody>
              {valuation.comparables.map((sale, index) => (
                <tr key={`${sale.soldAt}-${index}`}>
                  <td>{sale.soldAt.slice(0, 10)}</td>
                  <td>{sale.url ? <a href={sale.url}>{sale.title}</a> : sale.title}</td>
                  <td>{formatMoney(sale.soldPriceCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {showHistory && priceHistory.length > 1 && (
        <>
          <h3>Similar items sold</h3>
          <PriceHistoryChart points={priceHistory} fairValue={valuation.fairValue} />
        </>
      )}
    </section>
  );
}
