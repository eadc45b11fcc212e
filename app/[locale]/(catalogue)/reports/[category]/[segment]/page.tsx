import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { MarketChart } from "@/app/_components/reports/market-chart";
import { evidenceText, priceOrDash } from "@/app/_components/reports/report-words";
import { categoryLabels, type PedalCarEra } from "@/lib/catalogue/vocabulary";
import { minSalesToCompare } from "@/lib/reports/figures";
import { getMarketReport, type MarketReport } from "@/lib/reports/queries";
import { findReportSegment, type ReportSegment } from "@/lib/reports/segments";
import { resultsHref } from "@/lib/results/filters";
import styles from "../../reports.module.css";

// Rendered on first request and cached; a sale recorded (or refunded) in the segment expires its
// valuation tag and with it this page (lib/reports/queries.ts). Only the segments in
// lib/reports/segments.ts exist: any other address is the site's 404.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; category: string; segment: string }> };

async function segmentOf(params: Props["params"]): Promise<ReportSegment | undefined> {
  const { category, segment } = await params;
  return findReportSegment(category, segment);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segment = await segmentOf(params);
  if (!segment) return { title: "No such market report", robots: { index: false } };
  return {
    title: `Market report: ${segment.label}`,
    description: `What ${segment.label} sell for, quarter by quarter: median price, the middle half of prices, sales, auction sell-through and days to sell, from the sales recorded on Moskvitch Market.`,
    alternates: { canonical: segment.path },
  };
}

function archiveHref(segment: ReportSegment): string {
  if (segment.category === "pedal_car")
    return resultsHref({ category: "pedal_car", era: segment.code as PedalCarEra });
  if (segment.category === "part") return resultsHref({ category: "part" });
  return resultsHref({ category: segment.category, model: segment.code });
}

const salesText = (n: number) => `${n} sale${n === 1 ? "" : "s"}`;
const percentOrDash = (value: number | null) => (value === null ? "—" : `${value}%`);
const daysOrDash = (value: number | null) => (value === null ? "—" : `${value} day${value === 1 ? "" : "s"}`);

function chartSummary(report: MarketReport): string {
  const withSales = report.quarters.filter((q) => q.medianCents !== null);
  if (withSales.length === 0) return `No sales of ${report.segment.label} in the quarters shown.`;
  const first = withSales[0]!;
  const last = withSales.at(-1)!;
  return `Median sold price of ${report.segment.label} per quarter, from ${priceOrDash(first.medianCents)} in ${first.quarter} to ${priceOrDash(last.medianCents)} in ${last.quarter}, over ${report.evidence.sales} sales. The table below gives every quarter.`;
}

export default async function MarketReportPage({ params }: Props) {
  // Cached: the language comes from the segment, not the request.
  await localeFromSegment(params);
  const segment = await segmentOf(params);
  if (!segment) notFound();
  const report = await getMarketReport(segment);
  const last = report.lastTwelveMonths;
  const demoShown = report.demoCounted && report.evidence.demo > 0;
  return (
    <article className={styles.report} data-testid="market-report">
      <p className={styles.crumbs}>
        <Link href="/reports">Market reports</Link> · {categoryLabels[segment.category]}
      </p>
      <h1>
        Market report: {segment.label}
        {demoShown && <span className={styles.demoTag}> demo</span>}
      </h1>
      <p className={styles.evidence} data-testid="report-evidence">
        {evidenceText(report.evidence)}
      </p>
      {demoShown && (
        <p className="alert alert--info" data-testid="report-demo">
          Demo: this site runs with the demo catalogue, so these figures include {report.evidence.demo} demo
          sales generated for it. They show how the report reads, not what the market pays. A real deployment
          leaves demo sales out.
        </p>
      )}

      <dl className={styles.headline}>
        <div>
          <dt>Median, last 12 months</dt>
          <dd>
            <span data-testid="report-median">{priceOrDash(last.medianCents)}</span>
            <small>
              {last.sales === 0 ? "no sales in the last 12 months" : `on ${salesText(last.sales)}`}
            </small>
          </dd>
        </div>
        <div>
          <dt>What moved</dt>
          <dd className={styles.moved} data-testid="report-moved">
            {report.whatMoved.text}
          </dd>
        </div>
        <div>
          <dt>Auction sell-through</dt>
          <dd>
            {percentOrDash(last.sellThroughPercent)}
            <small>
              {" "}
              {last.auctionsSold} of {last.auctionsEnded} ended auctions sold
            </small>
          </dd>
        </div>
        <div>
          <dt>Median days to sell</dt>
          <dd>{daysOrDash(last.medianDaysToSell)}</dd>
        </div>
      </dl>

      <h2>Median price by quarter</h2>
      <MarketChart quarters={report.quarters} summary={chartSummary(report)} />

      <h2 id="report-table-title">Figures by quarter</h2>
      <p className="field__hint">
        Sold prices without shipping, in US dollars (sales in other currencies converted at the rate of their
        sale date). Sell-through: ended auctions that sold ÷ all ended auctions; one that ended below its
        reserve or without bids did not sell.
      </p>
      {/* Focusable, so the table can be scrolled sideways from the keyboard on a narrow screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="report-table-title">
        <table className={styles.table} data-testid="report-table" aria-labelledby="report-table-title">
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Sales</th>
              <th scope="col">Median</th>
              <th scope="col">Middle half (25th–75th percentile)</th>
              <th scope="col">Auction sell-through</th>
              <th scope="col">Median days to sell</th>
            </tr>
          </thead>
          <tbody>
            {[...report.quarters].reverse().map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{q.quarter.replace("-", " ")}</th>
                <td>{q.sales}</td>
                <td>{priceOrDash(q.medianCents)}</td>
                <td>
                  {q.lowerQuartileCents === null
                    ? "—"
                    : `${priceOrDash(q.lowerQuartileCents)} – ${priceOrDash(q.upperQuartileCents)}`}
                </td>
                <td>
                  {q.auctionsEnded === 0
                    ? "—"
                    : `${percentOrDash(q.sellThroughPercent)} (${q.auctionsSold} of ${q.auctionsEnded})`}
                </td>
                <td>{daysOrDash(q.medianDaysToSell)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>How these figures are made</h2>
      <ul className={styles.method}>
        <li>
          Every sale recorded on Moskvitch Market in this segment: sold here (from an order or a won auction)
          or a public result imported with its source. Demo sales count only on the demo site, and are
          labelled there.
        </li>
        <li>
          Median and percentiles interpolate between the nearest sales (as a spreadsheet’s PERCENTILE.INC
          does). Quarters are calendar quarters in UTC.
        </li>
        <li>
          What moved compares the median of the last 12 months with the 12 before, once each has at least{" "}
          {minSalesToCompare} sales.
        </li>
        <li>Days to sell run from a listing’s publishing to its sale, for items sold here.</li>
        {report.leftOutForNoRate > 0 && (
          <li>
            {report.leftOutForNoRate} sale{report.leftOutForNoRate === 1 ? " is" : "s are"} left out: sold in
            a currency with no exchange rate on record that early.
          </li>
        )}
      </ul>
      <p className={styles.links}>
        <Link href={archiveHref(segment)}>See the sales in the results archive</Link>
        <Link href="/value">Check the fair value of one item</Link>
        <a href={`/api${segment.path}`}>These figures as JSON</a>
      </p>
    </article>
  );
}
