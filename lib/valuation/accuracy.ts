import { desc, eq } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { soldItems, valuationAccuracy } from "@/db/schema";
import { categories, type Category } from "@/lib/catalogue/vocabulary";
import { checkSales, summariseChecks, type BacktestSale, type CategoryAccuracy } from "./engine/backtest";
import { rateOn, toUsd } from "./currency";
import { loadExchangeRates } from "./queries";

// `npm run valuation:backtest` measures the valuation against every recorded sale and stores the
// figures with their date; /value and the API publish the latest. No "server-only": the CLI runs it.

/** The published accuracy for one category, as the API gives it. */
export type PublishedAccuracy =
  | {
      status: "measured";
      measuredAt: string;
      category: Category;
      sampleSize: number;
      medianAbsolutePercentError: number;
      insideRangePercent: number;
    }
  | { status: "not_measured"; measuredAt: string | null; category: Category; sampleSize: 0; reason: string };

/** Runs the back-test over every sale on record and stores one row per category. */
export async function runValuationBacktest(
  options: { db?: Database; now?: Date } = {},
): Promise<CategoryAccuracy[]> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const [rows, rates] = await Promise.all([
    db
      .select({
        title: soldItems.title,
        soldPriceCents: soldItems.soldPriceCents,
        currency: soldItems.currency,
        soldAt: soldItems.soldAt,
        attributes: soldItems.attributes,
        country: soldItems.country,
        origin: soldItems.origin,
      })
      .from(soldItems),
    loadExchangeRates(db),
  ]);
  const demoSales: Partial<Record<Category, number>> = {};
  const sales: BacktestSale[] = [];
  for (const row of rows) {
    if (row.origin === "demo") {
      demoSales[row.attributes.category] = (demoSales[row.attributes.category] ?? 0) + 1;
      continue;
    }
    const rate = rateOn(rates, row.currency, row.soldAt);
    if (!rate || row.soldAt > now) continue;
    sales.push({
      title: row.title,
      soldPriceCents: toUsd(row.soldPriceCents, rate),
      soldAt: row.soldAt,
      item: row.attributes,
      country: row.country,
      origin: row.origin,
    });
  }
  const summary = summariseChecks(checkSales(sales), demoSales, categories);
  const basisPoints = (share: number | null) => (share === null ? null : Math.round(share * 10_000));
  await db.insert(valuationAccuracy).values(
    summary.map((s) => ({
      measuredAt: now,
      category: s.category,
      sampleSize: s.sampleSize,
      demoSales: s.demoSales,
      medianErrorBasisPoints: basisPoints(s.medianAbsoluteError),
      insideRangeBasisPoints: basisPoints(s.insideRangeShare),
    })),
  );
  return summary;
}

/** The latest stored figures for a category, or why there are none. */
export async function getPublishedAccuracy(
  category: Category,
  database?: Database,
): Promise<PublishedAccuracy> {
  const db = database ?? (await getDb());
  const [row] = await db
    .select()
    .from(valuationAccuracy)
    .where(eq(valuationAccuracy.category, category))
    .orderBy(desc(valuationAccuracy.measuredAt))
    .limit(1);
  if (!row)
    return {
      status: "not_measured",
      measuredAt: null,
      category,
      sampleSize: 0,
      reason: "Not measured yet: the back-test has not been run.",
    };
  if (row.sampleSize === 0 || row.medianErrorBasisPoints === null || row.insideRangeBasisPoints === null) {
    return {
      status: "not_measured",
      measuredAt: row.measuredAt.toISOString(),
      category,
      sampleSize: 0,
      reason:
        row.demoSales > 0
          ? `No accuracy to publish: the only sales on record are ${row.demoSales} demo sales (synthetic, not market evidence), and the valuation is never tested against them.`
          : "No accuracy to publish: there are no recorded sales to test the valuation against yet.",
    };
  }
  return {
    status: "measured",
    measuredAt: row.measuredAt.toISOString(),
    category,
    sampleSize: row.sampleSize,
    medianAbsolutePercentError: row.medianErrorBasisPoints / 100,
    insideRangePercent: row.insideRangeBasisPoints / 100,
  };
}

/** The back-test's printout: one line per category. */
export function describeBacktest(summary: readonly CategoryAccuracy[], now: Date): string {
  const lines = summary.map((s) =>
    s.sampleSize === 0
      ? `${s.category}: no recorded sales to test against${s.demoSales ? ` (only ${s.demoSales} demo sales, not used)` : ""}`
      : `${s.category}: ${s.sampleSize} sale${s.sampleSize === 1 ? "" : "s"}, median absolute error ${(s.medianAbsoluteError! * 100).toFixed(1)}%, ${(s.insideRangeShare! * 100).toFixed(0)}% inside the stated range` +
        (s.demoSales ? ` (${s.demoSales} demo sales not used)` : ""),
  );
  return [
    `Valuation back-test, ${now.toISOString()} (each sale valued from the sales before it):`,
    ...lines,
  ].join("\n");
}
