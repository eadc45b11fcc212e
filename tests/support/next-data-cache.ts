import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

// Next's own data cache (the one `next start` serves unstable_cache from), outside a server: what a
// scheduled job or a test sees between requests. Installed where Next keeps it once it has served a
// request (globalThis.__incrementalCache); with a cache handler (the Redis one) in place of Next's
// default, it is the shared cache of several instances.

// Needs the AsyncLocalStorage global that Next's server sets up before it loads anything of its own:
// tests/support/fresh-modules.ts sets it for every integration file.

type CacheHandlerClass = new (ctx: object) => object;

async function nextDataCache(handler?: CacheHandlerClass) {
  const { IncrementalCache } = await import("next/dist/server/lib/incremental-cache");
  const { nodeFs } = await import("next/dist/server/lib/node-fs-methods");
  const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-data-cache-"));
  return new IncrementalCache({
    fs: nodeFs,
    dev: false,
    flushToDisk: false,
    serverDistDir,
    requestHeaders: {},
    maxMemoryCacheSize: 10 * 1024 * 1024,
    fetchCacheKeyPrefix: "",
    previewProps: { previewModeId: "test", previewModeSigningKey: "", previewModeEncryptionKey: "" },
    prerenderManifest: {
      version: 4,
      routes: {},
      dynamicRoutes: {},
      notFoundRoutes: [],
      preview: { previewModeId: "test", previewModeSigningKey: "", previewModeEncryptionKey: "" },
    },
    CurCacheHandler: handler as never,
    allowedRevalidateHeaderKeys: undefined,
    minimalMode: false,
  });
}

const holder = globalThis as { __incrementalCache?: unknown };

/** Gives this file's tests Next's data cache (Next's default handler, or the one given). */
export function withNextDataCache(handler?: () => Promise<CacheHandlerClass>): void {
  beforeAll(async () => {
    holder.__incrementalCache = await nextDataCache(handler ? await handler() : undefined);
  });
  afterAll(() => {
    delete holder.__incrementalCache;
  });
}
