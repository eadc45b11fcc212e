import { useLocale, useTranslations } from "next-intl";
import type { Appraisal, ValuationResponse } from "@/lib/valuation/appraise";
import { formatMoney } from "@/lib/kernel/money";
import { dollars as money, dollarsAtMost as moneyAtMost, signedDollars as signedMoney } from "./dollars";
import styles from "./fair-value.module.css";
import { PriceHistoryChart } from "./price-history-chart";
import { originText, reasonWithoutLabel } from "./reason-text";
import { VerdictBadge } from "./verdict-badge";

const dateLocales: Record<string, string> = { en: "en-US", ru: "ru-RU" };
const soldOnIn = (locale: string) =>
  new Intl.DateTimeFormat(dateLocales[locale] ?? "en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
const soldOn = soldOnIn("en");

/** Where a sale comes from, in words: demo sales are never passed off as the market's. */
function SaleOriginNote({ sale }: { sale: ValuationResponse["comparables"][number] }) {
  const t = useTranslations("Appraisal");
  if (sale.origin === "demo") {
    return <small data-origin="demo">{t("demoSale")}</small>;
  }
  return (
    <small data-origin={sale.origin}>
      {sale.origin === "imported" && sale.sourceName
        ? t("importedFrom", { source: sale.sourceName })
        : t(`origin_${sale.origin}`)}
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
  title,
}: {
  appraisal: Appraisal;
  priceCents?: number;
  showHistory?: boolean;
  title?: string;
}) {
  const { valuation, priceHistory } = appraisal;
  const c = valuation.currency;
  const t = useTranslations("Appraisal");
  const locale = useLocale();
  const dollars = (cents: number, currency: string) => money(cents, currency, locale);
  const dollarsAtMost = (cents: number, currency: string) => moneyAtMost(cents, currency, locale);
  const signedDollars = (cents: number, currency: string) => signedMoney(cents, currency, locale);
  const soldOn = soldOnIn(locale);
  return (
    <section className={styles.panel} aria-labelledby="fair-value-title">
      <h2 id="fair-value-title">{title ?? t("fairValue")}</h2>
      {priceCents !== undefined && valuation.verdict ? (
        <p data-testid="verdict">
          <VerdictBadge verdict={valuation.verdict} />{" "}
          {t("verdictAt", {
            price: formatMoney(priceCents, c, { locale }),
            shipping: dollars(valuation.shippingCents, c),
          })}
        </p>
      ) : (
        <p className="field__hint" data-testid="no-verdict">
          {t("enterPrice")}
        </p>
      )}
      <dl className={styles.figures}>
        <div>
          <dt>{t("fairValue")}</dt>
          <dd data-testid="fair-value-range">
            {dollars(valuation.fairValue.lowCents, c)} – {dollars(valuation.fairValue.highCents, c)}
            <small> {t("typical", { amount: dollars(valuation.fairValue.typicalCents, c) })}</small>
          </dd>
        </div>
        <div>
          <dt>{t("shippingEstimate")}</dt>
          <dd data-testid="shipping">{dollars(valuation.shippingCents, c)}</dd>
        </div>
        <div>
          <dt>{t("fairTotal")}</dt>
          <dd>
            {dollars(valuation.fairTotalCents, c)}
            <small> {t("fairTotalNote")}</small>
          </dd>
        </div>
        <div>
          <dt>{t("maxBid")}</dt>
          <dd data-testid="max-bid">
            {dollarsAtMost(valuation.maxBidCents, c)}
            <small>
              {" "}
              {t("maxBidNote", {
                amount: dollarsAtMost(valuation.maxBidCents + valuation.shippingCents, c),
              })}
            </small>
          </dd>
        </div>
      </dl>
      <p className="field__hint">{t(`confidence_${valuation.confidence}`)}</p>
      <AccuracyNote accuracy={valuation.accuracy} />
      {valuation.rates.date && (
        <p className="field__hint" data-testid="rates">
          {t("rates", {
            currency: c,
            perUsd: valuation.rates.perUsd,
            date: soldOn.format(new Date(`${valuation.rates.date}T00:00:00Z`)),
            source: valuation.rates.source,
          })}
        </p>
      )}
      {valuation.warnings.length > 0 && (
        <ul className="alert" aria-label={t("secondLook")} data-testid="valuation-warnings">
          {valuation.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <h3 id="fair-value-reasons">{t("why")}</h3>
      {locale !== "en" && <p className="field__hint">{t("reasonsNote")}</p>}
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
          <h3>{t("leanedOn")}</h3>
          <div className="table-scroll">
            <table className={styles.comparables} data-testid="comparables">
              <caption className="field__hint">{t("weightCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sale")}</th>
                  <th scope="col">{t("weight")}</th>
                  <th scope="col">{t("price")}</th>
                </tr>
              </thead>
              <tbody>
                {valuation.comparables.map((sale, index) => (
                  <tr key={`${sale.soldAt}-${index}`}>
                    <td>
                      {sale.url ? <a href={sale.url}>{sale.title}</a> : sale.title}
                      <small className={styles.date}>
                        {t("soldOn", { date: soldOn.format(new Date(sale.soldAt)) })}
                      </small>
                      <SaleOriginNote sale={sale} />
                    </td>
                    <td>{Math.round(sale.weight * 100)}%</td>
                    <td>
                      {dollars(sale.soldPriceCents, c)}
                      {sale.originalCurrency && sale.originalPriceCents !== undefined && (
                        <small className={styles.date}>
                          {t("soldFor", { amount: dollars(sale.originalPriceCents, sale.originalCurrency) })}
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
          <h3>{t("similarSold")}</h3>
          <PriceHistoryChart points={priceHistory} fairValue={valuation.fairValue} currency={c} />
        </>
      )}
    </section>
  );
}
