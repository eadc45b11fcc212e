import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { selectRows } from "@/db/transaction";

// Some pages have too many variants to cache every one (a search with words, a price range or a
// country; a valuation question): a made-up query must not add a cache entry. Yet most visitors ask
// the same few. So each such page is counted when it renders on demand (by its path and canonical
// query), and one asked often enough lately is promoted: proxy.ts then serves it from a cached route
// (/listings/popular/…, /value/answer/…) that Next refreshes when what it shows changes. At most
// `promotedLimit` are promoted at once, so the cache holds a bounded number of them; the counts are
// halved by a scheduled job and the table trimmed.

export const popularPageRules = {
  /** Asked this many times since the last halving, a page is promoted. */
  promoteAfterHits: 3,
  /** Never more promoted pages (cache entries) than this at once. */
  promotedLimit: 500,
  /** A promotion lasts this long; then the page is counted afresh (a cached page counts nothing). */
  promotionMinutes: 60,
  /** Pages still being counted, most recently asked first, beyond which rows are dropped. */
  countedLimit: 5_000,
};

/**
 * Counts one on-demand rendering of a page (its path and canonical query) and promotes it in the
 * same statement once it is asked often enough and there is room. Returns whether it is promoted.
 */
export async function recordPageAsked(
  page: string,
  options: { now?: Date; database?: Database } = {},
): Promise<boolean> {
  const db = options.database ?? (await getDb());
  const now = options.now?.toISOString() ?? null;
  const { promoteAfterHits, promotedLimit } = popularPageRules;
  const rows = await selectRows<{ promoted: boolean }>(
    db,
    sql`insert into popular_pages as p (page, hits, last_asked_at)
        values (${page}, 1, coalesce(${now}::timestamptz, now()))
        on conflict (page) do update set
          hits = p.hits + 1,
          last_asked_at = excluded.last_asked_at,
          promoted_at = case
            when p.promoted_at is null and p.hits + 1 >= ${promoteAfterHits}
              and (select count(*) from popular_pages where promoted_at is not null) < ${promotedLimit}
            then excluded.last_asked_at
            else p.promoted_at end
        returning promoted_at is not null as promoted`,
  );
  const promoted = rows[0]?.promoted ?? false;
  // Promoted here and now: this process serves the cached page from the next request on.
  if (promoted && !snapshot().pages.has(page)) await readSnapshot(snapshot());
  return promoted;
}

/** The promoted pages, at most `promotedLimit` (read by index). */
export async function promotedPages(database?: Database): Promise<string[]> {
  const db = database ?? (await getDb());
  const rows = await selectRows<{ page: string }>(
    db,
    sql`select page from popular_pages where promoted_at is not null
        order by promoted_at limit ${popularPageRules.promotedLimit}`,
  );
  return rows.map((row) => row.page);
}

/**
 * The scheduled upkeep: promotions older than `promotionMinutes` end (their count starts again, so a
 * page still asked for is promoted again within a few requests), other counts are halved, and rows
 * with nothing left, or beyond `countedLimit`, go.
 */
export async function refreshPopularPages(
  options: { now?: Date; database?: Database } = {},
): Promise<{ demoted: number; dropped: number }> {
  const db = options.database ?? (await getDb());
  const now = options.now?.toISOString() ?? null;
  const { promotionMinutes, countedLimit } = popularPageRules;
  return db.transaction(async (tx) => {
    const at = sql`coalesce(${now}::timestamptz, now())`;
    const demoted = await selectRows<{ page: string }>(
      tx,
      sql`update popular_pages set promoted_at = null, hits = 0
          where promoted_at < ${at} - make_interval(mins => ${promotionMinutes}) returning page`,
    );
    await tx.execute(sql`update popular_pages set hits = hits / 2 where promoted_at is null`);
    const dropped = await selectRows<{ page: string }>(
      tx,
      sql`delete from popular_pages where promoted_at is null and (hits = 0 or page in (
            select page from popular_pages where promoted_at is null
            order by last_asked_at desc offset ${countedLimit}))
          returning page`,
    );
    return { demoted: demoted.length, dropped: dropped.length };
  });
}

// proxy.ts asks on every such request; reading the table each time would cost a query per request, so
// each process keeps the promoted set it last read and reads it again in the background at most every
// `snapshotSeconds`. A promotion or its end shows on every instance within that time; until then a
// page is served from the cache or rendered on demand, with the same answer either way.
const snapshotSeconds = 2;

type Snapshot = { pages: Set<string>; readAt: number; reading: Promise<void> | null };

// On globalThis: proxy.ts and the pages are bundled apart but run in one process.
function snapshot(): Snapshot {
  const holder = globalThis as typeof globalThis & { __moskvitchPromotedPages?: Snapshot };
  holder.__moskvitchPromotedPages ??= { pages: new Set(), readAt: 0, reading: null };
  return holder.__moskvitchPromotedPages;
}

function readSnapshot(state: Snapshot): Promise<void> {
  state.reading ??= promotedPages()
    .then((pages) => {
      state.pages = new Set(pages);
      state.readAt = Date.now();
    })
    // A busy database leaves the last set in place (at worst a popular page renders on demand).
    .catch(() => {
      state.readAt = Date.now();
    })
    .finally(() => {
      state.reading = null;
    });
  return state.reading;
}

/** Whether a page (path and canonical query) is promoted, as this process last read it. */
export async function isPromotedPage(page: string): Promise<boolean> {
  const state = snapshot();
  if (state.readAt === 0) await readSnapshot(state);
  else if (Date.now() - state.readAt > snapshotSeconds * 1000) void readSnapshot(state);
  return state.pages.has(page);
}
