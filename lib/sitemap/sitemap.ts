import "server-only";
import { sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { selectRows } from "@/db/transaction";
import { categories } from "@/lib/catalogue/vocabulary";
import { cacheTags } from "@/lib/kernel/cache";
import { reportSegments } from "@/lib/reports/segments";
import { notTakenDownSqlFor, offeredSqlFor } from "@/lib/listings/visibility";
import { sitemapLimit, uuidSlice, type SitemapEntry } from "./xml";

// What the site offers search engines, split into sitemaps that each stay under the protocol's
// 50,000 addresses and are each read by one bounded index range: "pages" (the fixed pages and
// category pages, the market reports), "listings-<n>" (live listings and auctions that ended below their reserve, by
// listing id in blocks of 50,000) and "results-<n>" (recorded sales, by slices of their random
// uuids sized for about half the limit). Demo sales stay out: their pages are not for indexing.

const listingBlock = sitemapLimit;
const salesPerSlice = sitemapLimit / 2;

async function querySitemapNames(): Promise<string[]> {
  const db = await getDb();
  const [sizes] = await selectRows<{ maxListingId: number | null; sales: number }>(
    db,
    sql`select (select max(id) from listings) as "maxListingId",
      (select count(*) from sold_items where origin <> 'demo')::int as "sales"`,
  );
  const listingBlocks = Math.max(1, Math.ceil(Number(sizes?.maxListingId ?? 0) / listingBlock));
  const saleSlices = Math.max(1, Math.ceil(Number(sizes?.sales ?? 0) / salesPerSlice));
  return [
    "pages",
    ...Array.from({ length: listingBlocks }, (_, n) => `listings-${n}`),
    ...Array.from({ length: saleSlices }, (_, n) => `results-${n}`),
  ];
}

/** The sitemaps there are now, re-counted at most every hour. */
export const listSitemapNames = unstable_cache(querySitemapNames, ["sitemap-names"], {
  // A sale here also changes its listing; imported results expire every valuation.
  tags: [cacheTags.listings, cacheTags.valuations],
  revalidate: 3600,
});

const staticPaths = [
  "/",
  "/listings",
  ...categories.map((category) => `/listings?category=${category}`),
  "/auctions",
  "/parts",
  "/value",
  "/results",
  ...categories.map((category) => `/results?category=${category}`),
  "/reports",
  ...reportSegments.map((segment) => segment.path),
];

const isoDay = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`);

async function listingEntries(block: number, site: string): Promise<SitemapEntry[]> {
  const db = await getDb();
  const [from, to] = [block * listingBlock, (block + 1) * listingBlock];
  const rows = await selectRows<{ path: string; day: string }>(
    db,
    sql`select '/listings/' || l.id as "path", ${isoDay("l.updated_at")} as "day"
        from listings l
        where l.id > ${from} and l.id <= ${to} and ${offeredSqlFor("l")}
      union all
      select '/results/auction-' || a.listing_id, ${isoDay("a.closed_at")}
        from auctions a join listings l on l.id = a.listing_id
        where a.listing_id > ${from} and a.listing_id <= ${to} and a.status = 'closed'
          and a.reserve_price_cents is not null and a.current_price_cents < a.reserve_price_cents
          and l.status = 'ended' and ${notTakenDownSqlFor("l")}
      order by 1`,
  );
  return rows.map((row) => ({ url: `${site}${row.path}`, lastModified: row.day }));
}

async function saleEntries(slice: number, slices: number, site: string): Promise<SitemapEntry[]> {
  const db = await getDb();
  const { from, to } = uuidSlice(slice, slices);
  const rows = await selectRows<{ id: string; day: string }>(
    db,
    sql`select id::text as "id", ${isoDay("sold_at")} as "day" from sold_items
        where id >= ${from}::uuid ${to ? sql`and id < ${to}::uuid` : sql``} and origin <> 'demo'
        order by id limit ${sitemapLimit}`,
  );
  return rows.map((row) => ({ url: `${site}/results/${row.id}`, lastModified: row.day }));
}

/** The addresses in one sitemap, or null when there is no sitemap of that name (404). */
export async function listSitemapEntries(name: string, site: string): Promise<SitemapEntry[] | null> {
  const names = await listSitemapNames();
  if (!names.includes(name)) return null;
  if (name === "pages") return staticPaths.map((path) => ({ url: `${site}${path}` }));
  const [kind, n] = name.split("-") as [string, string];
  if (kind === "listings") return listingEntries(Number(n), site);
  return saleEntries(Number(n), names.filter((other) => other.startsWith("results-")).length, site);
}
