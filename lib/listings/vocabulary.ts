import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { selectRows } from "@/db/transaction";
import { offeredSqlFor } from "./visibility";

// The words "Did you mean" mends a typo to: the title and alias words of live listings, kept in
// search_vocabulary by a scheduled job (lib/jobs/catalogue.ts) and after seeding. Gathering them reads
// every live listing's search vector (ts_stat), which at a million listings takes seconds, so it never
// happens inside a request; a request reads the table by index. A new word waits until the next run
// (ten minutes at most) to be mendable. No "server-only" guard: the seed script refreshes it too.

/** A refresh is a scan of the whole catalogue, not a request: it may take this long. */
const refreshTimeoutMs = 5 * 60_000;

/**
 * Replaces the vocabulary with the words live listings use now, each with how many listings use it.
 * Numbers are left out (a model number is never a typo), as are words too short or long to mend.
 * Returns how many words there are.
 */
export async function refreshSearchVocabulary(database?: Database): Promise<number> {
  const db = database ?? (await getDb());
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('statement_timeout', ${`${refreshTimeoutMs}ms`}, true)`);
    const rows = await selectRows<{ words: number }>(
      tx,
      sql`with fresh as (
            select word, ndoc as listings
            from ts_stat($$select search_vector from listings l where ${offeredSqlFor("l")}$$, 'ab')
            where word !~ '^[0-9]+$' and length(word) between 3 and 40
          ),
          gone as (delete from search_vocabulary v where not exists (select 1 from fresh f where f.word = v.word)),
          kept as (
            insert into search_vocabulary (word, listings) select word, listings from fresh
            on conflict (word) do update set listings = excluded.listings
            where search_vocabulary.listings <> excluded.listings
          )
          select count(*)::int as words from fresh`,
    );
    return rows[0]?.words ?? 0;
  });
}

export type VocabularyMatch = {
  term: string;
  /** The term is a word of the catalogue as it stands. */
  known: boolean;
  /** Otherwise the catalogue's closest word, when one is close enough. */
  closest: string | null;
};

/**
 * For each term: whether the catalogue uses it, and if not its closest word by trigram similarity,
 * found through the trigram index. The bar is pg_trgm's own default, 0.3: one wrong letter in a
 * five-letter word ("pedel") scores 0.33.
 */
export async function matchVocabulary(terms: string[]): Promise<VocabularyMatch[]> {
  if (!terms.length) return [];
  return selectRows<VocabularyMatch>(
    await getDb(),
    sql`select term,
          exists (select 1 from search_vocabulary where word = term) as known,
          (select word from search_vocabulary
            where word % term and similarity(word, term) >= 0.3
            order by similarity(word, term) desc, word limit 1) as closest
        from jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb) as term`,
  );
}
