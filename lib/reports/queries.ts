import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { selectRows } from "@/db/transaction";
import { cacheTags } from "@/lib/kernel/cache";
import { getEnv } from "@/lib/kernel/env";
import { rateOn, toUsd } from "@/lib/valuation/currency";
import type { SaleOrigin } from "@/lib/valuation/engine/types";
import { loadExchangeRates } from "@/lib/valuation/queries";
import {
  computeMarketFigures,
  quartersShown,
  recentQuarters,
  type EndedAuction,
  type MarketFigures,
  type ReportSale,
} from "./figures";
import { reportSegments, type ReportSegment } from "./segments";

// The reports' database reads: a segment's sales (priced in US cents at each sale's dated rate, as
// the valuation does) and its ended auctions. Demo sales are counted only where the demo runs
// (SEED_DEMO, by default the embedded database): a real deployment's figures never include them.

export type MarketReport = MarketFigures & {
  segment: ReportSegment;
  /** When the figures were made (ISO). */
  madeAt: string;
  currency: "USD";
  /** Whether demo sales (synthetic, not market evidence) are counted in this deployment. */
  demoCounted: boolean;
  /** Sales in another currency with no rate on record that early: left out. */
  leftOutForNoRate: number;
};

/** Demo sales count in the figures only where the demo catalogue is seeded (never on a real deployment). */
function countsDemoSales(): boolean {
  return getEnv().seedDemo;
}

type Alias = "s" | "l";

/** The report segment a row of sold_items (s) or listings (l) belongs to, as "category:code". */
const segmentKeyOf = (t: Alias) =>
  sql.raw(`case ${t}.category
    when 'pedal_car' then 'pedal_car:' || ${t}.era::text
    when 'classic_car' then 'classic_car:' || ${t}.model
    when 'toy' then 'toy:' || (${t}.attributes->>'toy')
    when 'part' then 'part:' || (${t}.attributes->>'partType') end`);

/** One segment's rows, written as the valuation's comparables query narrows, so its indexes serve it. */
function segmentWhere(t: Alias, segment: ReportSegment): SQL {
  const c = (name: string) => sql.raw(`${t}.${name}`);
  switch (segment.category) {
    case "pedal_car":
      return sql`${c("category")} = 'pedal_car' and ${c("era")} = ${segment.code}`;
    case "classic_car":
      return sql`${c("category")} = 'classic_car' and ${c("model")} = ${segment.code}`;
    case "toy":
      return sql`${c("category")} = 'toy' and ${c("attributes")}->>'toy' = ${segment.code}`;
    case "part":
      return sql`${c("category")} = 'part' and ${c("attributes")}->>'partType' = ${segment.code}`;
  }
}

const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

type SaleRow = {
  segment: string | null;
  priceCents: number;
  currency: string;
  soldAtMs: number;
  origin: SaleOrigin;
  sourceName: string | null;
  daysToSell: number | null;
};

type AuctionRow = { segment: string | null; closedAtMs: number; sold: boolean };

async function readRows(input: { segment: ReportSegment | null; since: Date; includeDemo: boolean }) {
  const db = await getDb();
  const since = sql`${input.since.toISOString()}::timestamptz`;
  const soldIn = input.segment ? segmentWhere("s", input.segment) : sql`true`;
  const endedIn = input.segment ? segmentWhere("l", input.segment) : sql`true`;
  const [sales, auctions, rates] = await Promise.all([
    selectRows<SaleRow>(
      db,
      sql`select ${segmentKeyOf("s")} as "segment", s.sold_price_cents as "priceCents", s.currency::text as "currency",
        ${epochMs("s.sold_at")} as "soldAtMs", s.origin::text as "origin", s.source_name as "sourceName",
        case when s.origin = 'marketplace' and l.published_at is not null and l.published_at <= s.sold_at
          then (extract(epoch from (s.sold_at - l.published_at)) / 86400)::float8 end as "daysToSell"
      from sold_items s left join listings l on l.id = s.listing_id
      where ${soldIn} and s.sold_at >= ${since} ${input.includeDemo ? sql`` : sql`and s.origin <> 'demo'`}`,
    ),
    // An auction ended when it closed with a winner, or closed unsold (reserve not met, or no bids)
    // and was not withdrawn; one cancelled before its end never ended.
    selectRows<AuctionRow>(
      db,
      sql`select ${segmentKeyOf("l")} as "segment", ${epochMs("a.closed_at")} as "closedAtMs",
        (a.winner_order_id is not null) as "sold"
      from auctions a join listings l on l.id = a.listing_id
      where ${endedIn} and a.status = 'closed' and a.closed_at >= ${since}
        and (a.winner_order_id is not null or (l.status = 'ended' and l.deleted_at is null))`,
    ),
    loadExchangeRates(db),
  ]);
  const bySegment = new Map<string, { sales: ReportSale[]; auctions: EndedAuction[]; noRate: number }>();
  const entry = (key: string | null) => {
    const name = key ?? "";
    let found = bySegment.get(name);
    if (!found) bySegment.set(name, (found = { sales: [], auctions: [], noRate: 0 }));
    return found;
  };
  for (const row of sales) {
    const soldAt = new Date(Number(row.soldAtMs));
    const rate = rateOn(rates, row.currency, soldAt);
    const into = entry(row.segment);
    if (!rate) {
      into.noRate += 1;
      continue;
    }
    const price = Number(row.priceCents);
    into.sales.push({
      priceUsdCents: row.currency === "USD" ? price : toUsd(price, rate),
      soldAt,
      origin: row.origin,
      sourceName: row.sourceName,
      daysToSell: row.daysToSell === null ? null : Number(row.daysToSell),
    });
  }
  for (const row of auctions)
    entry(row.segment).auctions.push({ closedAt: new Date(Number(row.closedAtMs)), sold: Boolean(row.sold) });
  return bySegment;
}

function reportOf(
  segment: ReportSegment,
  rows: { sales: ReportSale[]; auctions: EndedAuction[]; noRate: number } | undefined,
  now: Date,
  includeDemo: boolean,
): MarketReport {
  return {
    segment,
    madeAt: now.toISOString(),
    currency: "USD",
    demoCounted: includeDemo,
    leftOutForNoRate: rows?.noRate ?? 0,
    ...computeMarketFigures({ sales: rows?.sales ?? [], auctions: rows?.auctions ?? [], now }),
  };
}

const firstShownDay = (now: Date) => recentQuarters(now, quartersShown)[0]!.from;

/** One segment's report, read afresh. */
export async function readMarketReport(
  segment: ReportSegment,
  { now = new Date(), includeDemo = countsDemoSales() }: { now?: Date; includeDemo?: boolean } = {},
): Promise<MarketReport> {
  const rows = await readRows({ segment, since: firstShownDay(now), includeDemo });
  return reportOf(segment, rows.get(segment.key), now, includeDemo);
}

/** Every segment's report, from one read of the sales and auctions of the quarters shown. */
export async function readAllMarketReports({
  now = new Date(),
  includeDemo = countsDemoSales(),
}: { now?: Date; includeDemo?: boolean } = {}): Promise<MarketReport[]> {
  const rows = await readRows({ segment: null, since: firstShownDay(now), includeDemo });
  return reportSegments.map((segment) => reportOf(segment, rows.get(segment.key), now, includeDemo));
}

/** Whether this process has Next's cache to keep reports in (a script or a test outside Next has none). */
const cacheAvailable = () => Boolean((globalThis as { __incrementalCache?: unknown }).__incrementalCache);

// Cached until a sale in the segment is recorded or taken back (its valuation tag), an import or
// a rate refresh (every valuation), or an hour passes: auction closings reach sell-through within it.
const cacheSeconds = 3600;

/** A segment's report, from cache while its market is unchanged. */
export function getMarketReport(segment: ReportSegment, now = new Date()): Promise<MarketReport> {
  const includeDemo = countsDemoSales();
  if (!cacheAvailable()) return readMarketReport(segment, { now, includeDemo });
  const day = now.toISOString().slice(0, 10);
  return unstable_cache(
    () => readMarketReport(segment, { now, includeDemo }),
    ["market-report-v1", segment.key, day, String(includeDemo)],
    { tags: [cacheTags.valuations, cacheTags.valuationSegment(segment.key)], revalidate: cacheSeconds },
  )();
}

/** Every segment's report, from cache until a sale in any of them. */
export function getAllMarketReports(now = new Date()): Promise<MarketReport[]> {
  const includeDemo = countsDemoSales();
  if (!cacheAvailable()) return readAllMarketReports({ now, includeDemo });
  const day = now.toISOString().slice(0, 10);
  return unstable_cache(
    () => readAllMarketReports({ now, includeDemo }),
    ["market-reports-v1", day, String(includeDemo)],
    {
      tags: [cacheTags.valuations, ...reportSegments.map((s) => cacheTags.valuationSegment(s.key))],
      revalidate: cacheSeconds,
    },
  )();
}
