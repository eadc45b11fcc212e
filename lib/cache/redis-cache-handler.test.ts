import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";

// The shared cache against a real Redis (CI runs one; REDIS_TEST_URL or 127.0.0.1:6379). Two handlers
// on two addresses of the same server stand for two instances: each keeps its own connection and
// bookkeeping, as two processes would.

const redisUrl = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const prefix = `mm-cache-test-${process.pid}:`;
// A port nobody listens on: Redis "down".
const closedPortUrl = "redis://127.0.0.1:3179";

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const available = await redisAnswers(redisUrl);
if (!available) console.log(`Skipping the shared-cache tests: no Redis answers at ${redisUrl}.`);

type Handler = {
  get(
    key: string,
    ctx: object,
  ): Promise<{
    lastModified: number;
    value: { html: string; rscData: Buffer; segmentData: Map<string, Buffer> };
  } | null>;
  set(key: string, value: object, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  pendingInvalidations: number;
  connected: boolean;
};

async function handlerOn(url: string): Promise<Handler> {
  const { default: RedisCacheHandler } = await import("./redis-cache-handler.mjs");
  const handler = new RedisCacheHandler({ redisUrl: url, revalidatedTags: [] }) as Handler;
  return handler;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("condition not met within 2 s");
}

function page(html: string, tags: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    headers: { "x-next-cache-tags": tags },
    postponed: undefined,
    status: 200,
    segmentData: new Map([["/_index.segment.rsc", Buffer.from("segment")]]),
  };
}

describe.skipIf(!available)("shared cache on Redis", () => {
  let instanceA: Handler;
  let instanceB: Handler;

  beforeAll(async () => {
    process.env.REDIS_KEY_PREFIX = prefix;
    instanceA = await handlerOn(`${redisUrl}/0`);
    instanceB = await handlerOn(redisUrl);
    await until(async () => instanceA.connected && instanceB.connected);
  });

  afterAll(async () => {
    const cleaner = createClient({ url: redisUrl });
    await cleaner.connect();
    for await (const keys of cleaner.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 }))
      if (keys.length) await cleaner.del(keys);
    await cleaner.quit();
  });

  it("serves one instance's page to the other, payload intact", async () => {
    await instanceA.set("/listings/1", page("<p>$10.00</p>", "listings,listing-1"), {
      cacheControl: { revalidate: 300, expire: 31536000 },
    });
    await until(async () => (await instanceB.get("/listings/1", { kind: "APP_PAGE" })) !== null);
    const entry = await instanceB.get("/listings/1", { kind: "APP_PAGE" });
    expect(entry!.value.html).toBe("<p>$10.00</p>");
    expect(Buffer.isBuffer(entry!.value.rscData)).toBe(true);
    expect(entry!.value.segmentData.get("/_index.segment.rsc")?.toString()).toBe("segment");
  });

  it("an invalidation on one instance is a miss on the other at once", async () => {
    await instanceA.set("/listings/2", page("<p>Add to cart</p>", "listings,listing-2"), {});
    await instanceA.set(
      "data-2",
      {
        kind: "FETCH",
        data: { headers: {}, body: "{}", status: 200, url: "" },
        revalidate: 300,
        tags: ["listing-2"],
      },
      { fetchCache: true, tags: ["listing-2"] },
    );
    await new Promise((resolve) => setTimeout(resolve, 150)); // past the clock margin
    expect(await instanceB.get("/listings/2", { kind: "APP_PAGE" })).not.toBeNull();
    expect(await instanceB.get("data-2", { kind: "FETCH", tags: ["listing-2"] })).not.toBeNull();

    await instanceA.revalidateTag("listing-2", { expire: 0 });

    expect(await instanceB.get("/listings/2", { kind: "APP_PAGE" })).toBeNull();
    expect(await instanceB.get("data-2", { kind: "FETCH", tags: ["listing-2"] })).toBeNull();
    // Untouched tags stay cached.
    expect(await instanceB.get("/listings/1", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("a stale-while-revalidate invalidation is a miss too: prices and stock are never served stale", async () => {
    await instanceA.set("/home/latest", page("<p>12 pedal cars</p>", "listings"), {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    await instanceB.revalidateTag(["listings"], undefined);
    expect(await instanceA.get("/home/latest", { kind: "APP_PAGE" })).toBeNull();
  });

  it("serves a hot entry from memory, and misses it at once when another instance invalidates its tag", async () => {
    await new Promise((resolve) => setTimeout(resolve, 150)); // past the last test's invalidation of "listings"
    await instanceA.set("/listings/4", page("<p>$40.00</p>", "listings,listing-4"), {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Gone from Redis, still in instance A's memory: A answers from memory, B has nothing.
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    await redis.del(`${prefix}entry:dev:/listings/4`);
    await redis.quit();
    expect((await instanceA.get("/listings/4", { kind: "APP_PAGE" }))?.value.html).toBe("<p>$40.00</p>");
    expect(await instanceB.get("/listings/4", { kind: "APP_PAGE" })).toBeNull();

    await instanceB.revalidateTag("listing-4", { expire: 0 });

    expect(await instanceA.get("/listings/4", { kind: "APP_PAGE" })).toBeNull();
  });

  it("a job outside any request expires a tag for every instance", async () => {
    const { expireTagsInRedis } = await import("./redis-cache-handler.mjs");
    await instanceA.set("/listings/5", page("<p>Bid now</p>", "listings,listing-5"), {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await instanceB.get("/listings/5", { kind: "APP_PAGE" })).not.toBeNull();
    await expireTagsInRedis(["listing-5"], redisUrl);
    expect(await instanceA.get("/listings/5", { kind: "APP_PAGE" })).toBeNull();
    expect(await instanceB.get("/listings/5", { kind: "APP_PAGE" })).toBeNull();
  });

  it("a page rendered while its listing changed is not kept as fresh", async () => {
    // The render begins with a lookup, the sale lands, then the render stores what it read before.
    expect(await instanceA.get("/listings/3", { kind: "APP_PAGE" })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await instanceB.revalidateTag("listing-3");
    await instanceA.set("/listings/3", page("<p>Add to cart</p>", "listings,listing-3"), {});
    expect(await instanceB.get("/listings/3", { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("shared cache with Redis down", () => {
  it("misses, stores nothing and keeps the invalidation for later, without throwing", async () => {
    const down = await handlerOn(closedPortUrl);
    expect(await down.get("/listings/1", { kind: "APP_PAGE" })).toBeNull();
    await expect(down.set("/listings/1", page("<p>stale</p>", "listing-1"), {})).resolves.toBeUndefined();
    await expect(down.revalidateTag("listing-1", { expire: 0 })).resolves.toBeUndefined();
    expect(down.pendingInvalidations).toBe(1);
    expect(await down.get("/listings/1", { kind: "APP_PAGE" })).toBeNull();
  });
});
