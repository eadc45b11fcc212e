import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { selectRows } from "@/db/transaction";
import type { Category } from "@/lib/catalogue/vocabulary";
import { notTakenDownSqlFor } from "@/lib/listings/visibility";
import { encodeResultCursor, decodeResultCursor, type ResultCursor, type ResultFilters } from "./filters";

// The public results archive: every sale recorded here (paid for on the market, imported from a
// named public source, or demo) and every auction that ended below its reserve, with its high bid.
// Sales are the valuation's sold items; an unsold auction never becomes one (it is not a price
// anybody paid), so it is read from the auction itself. Each side is paged through its own index
// (sold_items_sold_idx, auctions_reserve_not_met_idx) and the two pages are merged, never OFFSET.

const resultsPageSize = 24;

export type ResultSummary = {
  /** The result's address segment: a sold item's uuid, or "auction-<listing id>". */
  id: string;
  /** A sale, or an auction whose highest bid stayed under the reserve. */
  kind: "sold" | "unsold";
  origin: "marketplace" | "imported" | "demo";
  /** Imported results: the public source's name and the address of its record. */
  sourceName: string | null;
  sourceUrl: string | null;
  /** The listing here, when the result was sold or auctioned on this market and is still on record. */
  listingId: number | null;
  title: string;
  category: Category;
  /** The item's segment: a pedal car's era; a classic car's model or a toy's kind. */
  era: string | null;
  model: string | null;
  /** The price paid, or for an unsold auction the highest bid. */
  priceCents: number;
  currency: string;
  /** When the sale was made or the auction closed (ISO, microseconds, UTC). */
  endedAt: string;
  /** Bids, for results that were auctions here. */
  bidCount: number | null;
  country: string;
  coverPhotoKey: string | null;
  coverAlt: string | null;
};

export type ResultsPage = { results: ResultSummary[]; nextCursor: string | null };

const isoMicros = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

// An auction that closed with its highest bid under the reserve and was not put back on sale.
const reserveNotMet = sql`a.status = 'closed' and a.reserve_price_cents is not null and a.current_price_cents < a.reserve_price_cents and l.status = 'ended' and ${notTakenDownSqlFor("l")}`;

type Columns = { category: SQL; era: SQL; model: SQL; words: SQL; at: SQL };

function filterWhere(filters: ResultFilters, c: Columns): SQL[] {
  const where: SQL[] = [];
  if (filters.category) where.push(sql`${c.category} = ${filters.category}`);
  if (filters.era) where.push(sql`${c.era} = ${filters.era}`);
  if (filters.model) where.push(sql`${c.model} = ${filters.model}`);
  if (filters.q) where.push(sql`${c.words} @@ websearch_to_tsquery('simple', ${filters.q})`);
  if (filters.from) where.push(sql`${c.at} >= ${`${filters.from}T00:00:00Z`}::timestamptz`);
  // "to" is the last day included.
  if (filters.to) where.push(sql`${c.at} < (${filters.to}::date + 1)::timestamp at time zone 'UTC'`);
  return where;
}

function soldAfter(cursor: ResultCursor | null): SQL | null {
  if (!cursor) return null;
  const at = sql`${cursor.at}::timestamptz`;
  // At the same instant sales come first, so after an unsold auction no sale of that instant is left.
  return cursor.kind === "sold"
    ? sql`(s.sold_at, s.id) < (${at}, ${cursor.id}::uuid)`
    : sql`s.sold_at < ${at}`;
}

function unsoldAfter(cursor: ResultCursor | null): SQL | null {
  if (!cursor) return null;
  const at = sql`${cursor.at}::timestamptz`;
  return cursor.kind === "sold"
    ? sql`a.closed_at <= ${at}`
    : sql`(a.closed_at, a.listing_id) < (${at}, ${Number(cursor.id)})`;
}

const soldColumns = sql`s.id::text as "id", 'sold' as "kind", s.origin as "origin", s.source_name as "sourceName",
  case when s.origin = 'imported' then s.url end as "sourceUrl", l.id as "listingId", s.title as "title",
  s.category as "category", s.era as "era", s.model as "model", s.sold_price_cents as "priceCents", s.currency as "currency",
  ${isoMicros(sql`s.sold_at`)} as "endedAt", a.bid_count as "bidCount", s.country as "country",
  p.storage_key as "coverPhotoKey", p.alt_text as "coverAlt"`;

const soldFrom = sql`sold_items s
  left join listings l on l.id = s.listing_id and ${notTakenDownSqlFor("l")}
  left join auctions a on a.listing_id = l.id
  left join listing_photos p on p.listing_id = l.id and p.position = 0`;

const unsoldColumns = sql`'auction-' || a.listing_id as "id", 'unsold' as "kind", 'marketplace' as "origin",
  null as "sourceName", null as "sourceUrl", l.id as "listingId", l.title as "title", l.category as "category",
  l.era as "era", l.model as "model",
  a.current_price_cents as "priceCents", l.currency as "currency", ${isoMicros(sql`a.closed_at`)} as "endedAt",
  a.bid_count as "bidCount", l.country as "country", p.storage_key as "coverPhotoKey", p.alt_text as "coverAlt"`;

const unsoldFrom = sql`auctions a
  join listings l on l.id = a.listing_id
  left join listing_photos p on p.listing_id = l.id and p.position = 0`;

function and(parts: (SQL | null)[]): SQL {
  const present = parts.filter((part): part is SQL => part !== null);
  return present.length ? sql.join(present, sql` and `) : sql`true`;
}

/** Newest first; at one instant a sale before an unsold auction; then by id, highest first. */
function compareResults(a: ResultSummary, b: ResultSummary): number {
  if (a.endedAt !== b.endedAt) return a.endedAt < b.endedAt ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === "sold" ? -1 : 1;
  const [x, y] = a.kind === "sold" ? [a.id, b.id] : [Number(a.listingId), Number(b.listingId)];
  return x < y ? 1 : x > y ? -1 : 0;
}

/** One page of the archive for filters already checked by parseResultFilters (a bad cursor starts at page one). */
export async function listResults(
  filters: ResultFilters,
  { pageSize = resultsPageSize }: { pageSize?: number } = {},
): Promise<ResultsPage> {
  const db = await getDb();
  const cursor = filters.after ? decodeResultCursor(filters.after) : null;
  const limit = Math.min(Math.max(pageSize, 1), 100) + 1;
  const soldWhere = and([
    ...filterWhere(filters, {
      category: sql`s.category`,
      era: sql`s.era`,
      model: sql`s.model`,
      words: sql`s.search_vector`,
      at: sql`s.sold_at`,
    }),
    soldAfter(cursor),
  ]);
  const unsoldWhere = and([
    reserveNotMet,
    ...filterWhere(filters, {
      category: sql`l.category`,
      era: sql`l.era`,
      model: sql`l.model`,
      words: sql`l.search_vector`,
      at: sql`a.closed_at`,
    }),
    unsoldAfter(cursor),
  ]);
  const [sold, unsold] = await Promise.all([
    selectRows<ResultSummary>(
      db,
      sql`select ${soldColumns} from ${soldFrom} where ${soldWhere} order by s.sold_at desc nulls last, s.id desc nulls last limit ${limit}`,
    ),
    selectRows<ResultSummary>(
      db,
      sql`select ${unsoldColumns} from ${unsoldFrom} where ${unsoldWhere} order by a.closed_at desc nulls last, a.listing_id desc nulls last limit ${limit}`,
    ),
  ]);
  const merged = [...sold, ...unsold].map(normalise).sort(compareResults);
  const results = merged.slice(0, limit - 1);
  const last = results.at(-1);
  const nextCursor =
    merged.length > results.length && last
      ? encodeResultCursor({
          at: last.endedAt,
          kind: last.kind,
          id: last.kind === "sold" ? last.id : String(last.listingId),
        })
      : null;
  return { results, nextCursor };
}

// PGlite and node-postgres agree on these shapes except integers that may come back as strings.
function normalise(row: ResultSummary): ResultSummary {
  return {
    ...row,
    priceCents: Number(row.priceCents),
    listingId: row.listingId === null ? null : Number(row.listingId),
    bidCount: row.bidCount === null ? null : Number(row.bidCount),
  };
}

export type ResultDetail = ResultSummary & {
  photos: { storageKey: string; altText: string; width: number; height: number }[];
  /** Shipping paid on top of the price, when known. */
  shippingCents: number | null;
};

/** One result by its key, or null (the page's 404) when there is no such result. */
export async function getResult(
  key: { kind: "sold"; id: string } | { kind: "unsold"; listingId: number },
): Promise<ResultDetail | null> {
  const db = await getDb();
  const [row] =
    key.kind === "sold"
      ? await selectRows<ResultSummary & { shippingCents: number | null }>(
          db,
          sql`select ${soldColumns}, s.shipping_cents as "shippingCents" from ${soldFrom} where s.id = ${key.id}::uuid`,
        )
      : await selectRows<ResultSummary & { shippingCents: number | null }>(
          db,
          sql`select ${unsoldColumns}, null as "shippingCents" from ${unsoldFrom} where a.listing_id = ${key.listingId} and ${reserveNotMet}`,
        );
  if (!row) return null;
  const result = normalise(row);
  const photos =
    result.listingId === null
      ? []
      : await selectRows<ResultDetail["photos"][number]>(
          db,
          sql`select storage_key as "storageKey", alt_text as "altText", width, height from listing_photos where listing_id = ${result.listingId} order by position`,
        );
  return {
    ...result,
    shippingCents: row.shippingCents === null ? null : Number(row.shippingCents),
    photos,
  };
}
