import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { priceOrDash } from "@/app/_components/reports/report-words";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { getAllMarketReports } from "@/lib/reports/queries";
import styles from "./reports.module.css";

// Every segment's latest median and what moved. Rendered per request (the build has no database)
// from figures cached until a sale in any segment is recorded (lib/reports/queries.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Market reports: what AZLK pedal cars, Moskvitch cars, toys and parts sell for",
  description:
    "Quarter-by-quarter market reports for each pedal-car era, classic Moskvitch model, AZLK toy and the main spare parts: median price, the middle half of prices, sales and auction sell-through.",
  alternates: { canonical: "/reports" },
};

export default async function MarketReportsPage() {
  const reports = await getAllMarketReports();
  const sales = reports.reduce((sum, r) => sum + r.evidence.sales, 0);
  const demo = reports.reduce((sum, r) => sum + r.evidence.demo, 0);
  const demoShown = reports.some((r) => r.demoCounted) && demo > 0;
  return (
    <>
      <h1>Market reports</h1>
      <p className="field__hint">
        How each corner of the market is moving: the median sold price of the last 12 months, and how it
        compares with the 12 before. Each report shows the price by quarter, the middle half of prices,
        auction sell-through and days to sell.
      </p>
      <p className={styles.evidence} data-testid="reports-evidence">
        Moskvitch Market’s figures from {sales} recorded {sales === 1 ? "sale" : "sales"}
        {demoShown ? `, ${demo} of them demo sales (synthetic, not market evidence)` : ""}.
      </p>
      {demoShown && (
        <p className="alert alert--info" data-testid="reports-demo">
          Demo: this site runs with the demo catalogue, so the figures include demo sales generated for it. A
          real deployment leaves them out.
        </p>
      )}
      <div className={styles.groups}>
        {categories.map((category) => {
          const inCategory = reports.filter((r) => r.segment.category === category);
          return (
            <section key={category} aria-labelledby={`reports-${category}`}>
              <h2 id={`reports-${category}`}>{categoryLabels[category]}</h2>
              <ul className={styles.index}>
                {inCategory.map((report) => (
                  <li key={report.segment.key}>
                    <Link className={styles.card} href={report.segment.path}>
                      <strong>
                        {report.segment.name}
                        {report.demoCounted && report.evidence.demo > 0 && (
                          <span className={styles.demoTag}>demo</span>
                        )}
                      </strong>
                      <span>
                        {report.lastTwelveMonths.sales === 0
                          ? "No sales in the last 12 months"
                          : `Median ${priceOrDash(report.lastTwelveMonths.medianCents)} on ${report.lastTwelveMonths.sales} ${report.lastTwelveMonths.sales === 1 ? "sale" : "sales"}, last 12 months`}
                      </span>
                      {report.lastTwelveMonths.sales > 0 && (
                        <span className={styles.muted}>{report.whatMoved.text}</span>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
