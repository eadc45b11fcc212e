// The page and data cache shared by every instance, on Redis (next.config.ts loads this file when
// REDIS_URL is set; without it Next keeps its own cache on the local disk).
//
// What it promises:
// - An invalidation on one instance reaches all: a tag's last invalidation time is a Redis key, and
//   every read compares the entry's tags with those times, in Redis, on every read.
// - Redis unreachable means a miss, never a stale hit: pages render from the database (slower,
//   correct). An invalidation that could not be written is kept here and written as soon as Redis
//   answers again; until then this instance reads nothing from the cache.
// - Entries belong to one build (its BUILD_ID), tags to all builds, so a rolling deploy still
//   invalidates the pages of the build it replaces.
// - Entries this instance read or wrote lately are kept in its memory too (a few megabytes, least
//   recently used first out), so a hot page costs one round trip, not two: the entry's tags are still
//   checked in Redis on every read, so an invalidation on any instance is a miss here at once.
//
// Plain JavaScript: Next loads it at start, outside the bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const tagsHeader = "x-next-cache-tags";
const dayInSeconds = 86_400;
// Every Redis call gets this long; past it the answer is a miss.
const timeoutMs = Number(process.env.REDIS_TIMEOUT_MS || 500);
// Clocks of two machines differ a little: an entry made this close after an invalidation is
// treated as made before it (at worst a few extra renders just after a change; keep clocks on NTP).
const clockMarginMs = 100;
// The memory each instance gives to hot entries (their JSON size); 0 turns it off.
const hotBytesLimit = Number(process.env.REDIS_HOT_CACHE_MB ?? 32) * 1024 * 1024;

// One connection and its bookkeeping per Redis address, kept across the handler instances Next
// makes (one per request).
function stateFor(url) {
  const key = Symbol.for("moskvitch.redisCache");
  const holder = /** @type {any} */ (globalThis);
  holder[key] ??= new Map();
  if (!holder[key].has(url)) {
    holder[key].set(url, {
      url,
      client: null,
      /** tags whose invalidation is not in Redis yet, with when it happened */
      pendingTags: new Map(),
      /** when this instance last looked a key up: a render that follows stores that time, so a change made during the render still invalidates it */
      readAt: new Map(),
      lastErrorLoggedAt: 0,
      buildId: null,
      retryTimer: null,
      /** entries read or written lately, least recently used first: key → { entry, bytes, expiresAt } */
      hot: new Map(),
      hotBytes: 0,
    });
  }
  return holder[key].get(url);
}

function keyPrefix() {
  return process.env.REDIS_KEY_PREFIX || "moskvitch:";
}

function tagKey(tag) {
  return `${keyPrefix()}tag:${tag}`;
}

function entryKey(state, key) {
  return `${keyPrefix()}entry:${state.buildId ?? "dev"}:${key}`;
}

function logOnce(state, message, error) {
  const now = Date.now();
  if (now - state.lastErrorLoggedAt < 30_000) return;
  state.lastErrorLoggedAt = now;
  console.warn(
    `Shared cache (Redis): ${message}${error ? `: ${error.message ?? error}` : ""}. Pages are served from the database meanwhile.`,
  );
}

function client(state) {
  if (state.client) return state.client;
  const redis = createClient({
    url: state.url,
    // A command while disconnected fails at once instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  redis.on("error", (error) => logOnce(state, "unreachable", error));
  redis.on("ready", () => void flushPendingTags(state));
  redis.connect().catch((error) => logOnce(state, "cannot connect", error));
  state.client = redis;
  return redis;
}

function withTimeout(promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

function usable(state) {
  const redis = client(state);
  return redis.isReady && state.pendingTags.size === 0 ? redis : null;
}

async function writeTagTimes(redis, times) {
  const multi = redis.multi();
  // Tags outlive every entry they may name (entries live at most a day).
  for (const [tag, at] of times) multi.set(tagKey(tag), String(at), { EX: 2 * dayInSeconds });
  await withTimeout(multi.exec());
}

async function flushPendingTags(state) {
  if (state.pendingTags.size === 0) return;
  const pending = new Map(state.pendingTags);
  const now = Date.now();
  try {
    // Written with the time of writing: later than the change, so every older entry is invalid.
    await writeTagTimes(
      state.client,
      [...pending.keys()].map((tag) => [tag, now]),
    );
    for (const tag of pending.keys()) state.pendingTags.delete(tag);
  } catch (error) {
    logOnce(state, "could not write pending invalidations", error);
    retryPendingTags(state);
  }
}

function retryPendingTags(state) {
  if (state.retryTimer) return;
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    if (state.client?.isReady) void flushPendingTags(state);
    else retryPendingTags(state);
  }, 1_000);
  state.retryTimer.unref?.();
}

// Buffers and Maps (page payloads, segment data) survive JSON as tagged objects.
function replacer(key, value) {
  const original = this[key];
  if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
  if (original instanceof Map) return { $map: [...original.entries()] };
  return value;
}

function reviver(_key, value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

function tagsOfValue(value, ctx) {
  const tags = new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
  if (value?.kind === "FETCH") for (const tag of value.tags ?? []) tags.add(tag);
  const header = value?.headers?.[tagsHeader];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

function forgetHot(state, key) {
  const held = state.hot.get(key);
  if (!held) return;
  state.hot.delete(key);
  state.hotBytes -= held.bytes;
}

/** Keeps an entry, parsed or as its JSON (parsed on its first read from memory), within the byte limit. */
function keepHot(state, key, held, lifetimeSeconds) {
  forgetHot(state, key);
  if (held.bytes > hotBytesLimit / 4) return;
  state.hot.set(key, { ...held, expiresAt: Date.now() + lifetimeSeconds * 1000 });
  state.hotBytes += held.bytes;
  for (const [oldest, old] of state.hot) {
    if (state.hotBytes <= hotBytesLimit) break;
    state.hot.delete(oldest);
    state.hotBytes -= old.bytes;
  }
}

function fromMemory(state, key) {
  const held = state.hot.get(key);
  if (!held) return null;
  state.hot.delete(key);
  if (held.expiresAt <= Date.now()) {
    state.hotBytes -= held.bytes;
    return null;
  }
  held.entry ??= JSON.parse(held.raw, reviver);
  held.raw = null;
  // Back in at the recently used end.
  state.hot.set(key, held);
  return held.entry;
}

async function fromRedis(state, redis, key) {
  const [raw, ttl] = await withTimeout(redis.multi().get(key).ttl(key).exec());
  if (typeof raw !== "string") return null;
  const entry = JSON.parse(raw, reviver);
  if (Number(ttl) > 0) keepHot(state, key, { entry, raw: null, bytes: raw.length }, Number(ttl));
  return entry;
}

async function invalidated(redis, entry, ctx) {
  const tags = [...new Set([...entry.tags, ...tagsOfValue(null, ctx)])];
  if (tags.length === 0) return false;
  const times = await withTimeout(redis.mGet(tags.map(tagKey)));
  return times.some((at) => at !== null && Number(at) + clockMarginMs >= entry.lastModified);
}

function rememberRead(state, key) {
  if (state.readAt.size > 10_000) state.readAt.clear();
  state.readAt.set(key, Date.now());
}

export default class RedisCacheHandler {
  constructor(ctx) {
    const state = stateFor(ctx?.redisUrl ?? process.env.REDIS_URL);
    this.state = state;
    if (state.buildId === null && ctx?.serverDistDir) {
      try {
        state.buildId = readFileSync(path.join(ctx.serverDistDir, "..", "BUILD_ID"), "utf8").trim();
      } catch {
        state.buildId = "dev";
      }
    }
    client(state);
  }

  async get(key, ctx) {
    const state = this.state;
    rememberRead(state, key);
    const redis = usable(state);
    if (!redis) return null;
    // Memory holds entries under their Redis key: one build, one prefix.
    const storedKey = entryKey(state, key);
    try {
      let entry = fromMemory(state, storedKey);
      if (entry && (await invalidated(redis, entry, ctx))) {
        // Another instance may have stored a newer render since: Redis decides.
        forgetHot(state, storedKey);
        entry = null;
      }
      if (!entry) {
        entry = await fromRedis(state, redis, storedKey);
        if (!entry) return null;
        if (await invalidated(redis, entry, ctx)) {
          forgetHot(state, storedKey);
          return null;
        }
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch (error) {
      logOnce(state, "read failed", error);
      return null;
    }
  }

  async set(key, value, ctx) {
    const state = this.state;
    const readAt = state.readAt.get(key);
    state.readAt.delete(key);
    if (!value) return;
    const redis = usable(state);
    if (!redis) return;
    const now = Date.now();
    const lastModified = readAt !== undefined && now - readAt < 60_000 ? readAt : now;
    const lifetime =
      value.kind === "FETCH"
        ? typeof value.revalidate === "number"
          ? value.revalidate * 2
          : dayInSeconds
        : (ctx?.cacheControl?.expire ?? dayInSeconds);
    const entry = { lastModified, value, tags: tagsOfValue(value, ctx), cacheControl: ctx?.cacheControl };
    const seconds = Math.max(60, Math.min(lifetime, dayInSeconds));
    const raw = JSON.stringify(entry, replacer);
    const storedKey = entryKey(state, key);
    // Kept as its JSON, so a read from memory gets what Redis would give back, never the caller's objects.
    keepHot(state, storedKey, { entry: null, raw, bytes: raw.length }, seconds);
    try {
      await withTimeout(redis.set(storedKey, raw, { EX: seconds }));
    } catch (error) {
      forgetHot(state, storedKey);
      logOnce(state, "write failed", error);
    }
  }

  async revalidateTag(tags, _durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const state = this.state;
    const now = Date.now();
    const redis = client(state);
    try {
      if (!redis.isReady) throw new Error("not connected");
      await writeTagTimes(
        redis,
        list.map((tag) => [tag, now]),
      );
    } catch (error) {
      // The change is in the database; its invalidation waits here, and this instance reads no
      // cached page until it is written.
      for (const tag of list) state.pendingTags.set(tag, now);
      logOnce(state, "invalidation not written yet", error);
      retryPendingTags(state);
    }
  }

  resetRequestCache() {}

  /** Whether this instance reaches Redis now. */
  get connected() {
    return Boolean(this.state.client?.isReady);
  }

  /** Whether invalidations are waiting for Redis (then this instance reads nothing cached). */
  get pendingInvalidations() {
    return this.state.pendingTags.size;
  }
}

/**
 * Expires tags from outside a request (a scheduled job, a script), where Next offers no
 * revalidateTag: writes their invalidation times, the keys every instance's handler checks. In a
 * server, through its handler (an invalidation Redis cannot take yet waits, as any other); in a
 * script, on a connection of its own, closed once written so the script can end.
 */
export async function expireTagsInRedis(tags, url = process.env.REDIS_URL) {
  const list = [...new Set(tags)];
  if (list.length === 0) return;
  if (stateFor(url).client) return new RedisCacheHandler({ redisUrl: url }).revalidateTag(list);
  const times = list.map((tag) => [tag, Date.now()]);
  const redis = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: false },
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await writeTagTimes(redis, times);
  } finally {
    await redis.quit().catch(() => redis.destroy());
  }
}
