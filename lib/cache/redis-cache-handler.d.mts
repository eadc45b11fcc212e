// Types for the plain-JavaScript cache handler (Next loads the .mjs itself, outside the bundle).
export default class RedisCacheHandler {
  constructor(ctx: { redisUrl?: string; serverDistDir?: string; revalidatedTags?: string[] });
  get(
    key: string,
    ctx: object,
  ): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set(key: string, value: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
  readonly connected: boolean;
  readonly pendingInvalidations: number;
}

/** Expires tags from outside a request (a job, a script): writes their invalidation times and waits for Redis. */
export function expireTagsInRedis(tags: readonly string[], url?: string): Promise<void>;
