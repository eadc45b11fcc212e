import { getEnv } from "./env";

// The names cached reads are tagged with, and how to expire them from outside a request. No
// "server-only" guard: command-line tasks (imports, rates, the seed) expire tags too.

export const cacheTags = {
  listings: "listings",
  listing: (id: number) => `listing-${id}`,
  /** The questions and comments shown under one listing. */
  listingComments: (id: number) => `listing-comments-${id}`,
  /** Every cached valuation: what rates, published accuracy or a reseed change. */
  valuations: "valuations",
  /** Valuations comparing against one market segment (lib/valuation/segments.ts). */
  valuationSegment: (segment: string) => `valuation:${segment}`,
} as const;

type ServedCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

/**
 * Expires tags from a scheduled job or a script, where Next's revalidateTag refuses to work. With
 * REDIS_URL the tags' invalidation times go straight to Redis, the keys every instance's cache
 * handler checks on each read. On one instance with Next's own cache they go to the cache this
 * process serves from (Next keeps it on globalThis once it has served a request; before that this
 * process has cached nothing in memory to expire).
 */
export async function expireTagsOutsideRequest(tags: readonly string[]): Promise<void> {
  const list = [...new Set(tags)];
  if (list.length === 0) return;
  const redisUrl = getEnv().REDIS_URL;
  if (redisUrl) {
    const { expireTagsInRedis } = await import("@/lib/cache/redis-cache-handler.mjs");
    await expireTagsInRedis(list, redisUrl);
    return;
  }
  const served = (globalThis as { __incrementalCache?: ServedCache }).__incrementalCache;
  await served?.revalidateTag(list, { expire: 0 });
}
