import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { savedSearches } from "@/db/schema";
import { parseListingSearchParams, searchHref, type ListingSearchParams } from "@/lib/listings/search-params";
import { describeSavedSearch } from "./match";
import type { Result } from "@/lib/kernel/result";

// A collector's saved searches: the /listings query string, named for them. Every read and write
// is scoped to the owner's user id.

const savedSearchLimit = 50;

/** The query string as search reads it: unknown or bad fields dropped, no page cursor, fields in a fixed order. */
export function normaliseSearchQuery(raw: string): { query: string; params: ListingSearchParams } {
  const text = raw
    .trim()
    .replace(/^.*?\?/, "")
    .slice(0, 1000);
  const entries = new URLSearchParams(text);
  const record: Record<string, string> = {};
  for (const [key, value] of entries) record[key] ??= value;
  const params = parseListingSearchParams(record);
  const href = searchHref({ ...params, after: undefined });
  return { query: href.includes("?") ? href.slice(href.indexOf("?") + 1) : "", params };
}

export type SavedSearchItem = {
  id: string;
  name: string;
  query: string;
  href: string;
  alertUnderFairValue: boolean;
  lastNotifiedAt: string | null;
};

export type SaveSearchResult = Result<{ search: SavedSearchItem; created: boolean }>;

function toItem(row: typeof savedSearches.$inferSelect): SavedSearchItem {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    href: row.query ? `/listings?${row.query}` : "/listings",
    alertUnderFairValue: row.alertUnderFairValue,
    lastNotifiedAt: row.lastNotifiedAt?.toISOString() ?? null,
  };
}

/** Saves the search (once: saving the same search again returns the one already saved). */
export async function saveSearch({
  userId,
  query: raw,
}: {
  userId: string;
  query: string;
}): Promise<SaveSearchResult> {
  const { query, params } = normaliseSearchQuery(raw);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(savedSearches)
      .where(and(eq(savedSearches.userId, userId), eq(savedSearches.query, query)));
    if (existing) return { ok: true, search: toItem(existing), created: false };
    const [{ n }] = (await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId))) as [{ n: number }];
    if (n >= savedSearchLimit)
      return {
        ok: false,
        message: `You can keep up to ${savedSearchLimit} saved searches; delete one first.`,
      };
    const [row] = await tx
      .insert(savedSearches)
      .values({ userId, query, name: describeSavedSearch(params).slice(0, 200) })
      .returning();
    return { ok: true, search: toItem(row!), created: true };
  });
}

export async function listSavedSearches({ userId }: { userId: string }): Promise<SavedSearchItem[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt));
  return rows.map(toItem);
}

/** Deletes one of the person's own saved searches; false when there was none by that id for them. */
export async function deleteSavedSearch({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

export async function setSavedSearchAlert({
  userId,
  id,
  on,
}: {
  userId: string;
  id: string;
  on: boolean;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(savedSearches)
    .set({ alertUnderFairValue: on })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}
