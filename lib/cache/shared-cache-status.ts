import "server-only";
import { createClient } from "redis";

// What /api/health says of the shared cache. Its own small connection, so the answer is Redis as
// this instance reaches it now, not what the cache handler last saw.

export type SharedCacheStatus =
  { mode: "local" } | { mode: "redis"; reachable: true } | { mode: "redis"; reachable: false; note: string };

function connect(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  client.on("error", () => {});
  return { client, connecting: client.connect().catch(() => {}) };
}

type Probe = ReturnType<typeof connect>;
const holder = globalThis as typeof globalThis & { __moskvitchCacheProbe?: Probe };

function probe(url: string): Probe {
  holder.__moskvitchCacheProbe ??= connect(url);
  return holder.__moskvitchCacheProbe;
}

export async function sharedCacheStatus(url = process.env.REDIS_URL): Promise<SharedCacheStatus> {
  if (!url) return { mode: "local" };
  const note = "Redis is unreachable: pages are served from the database (slower, still correct).";
  const { client, connecting } = probe(url);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connecting.then(() => client.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), 1_000);
      }),
    ]);
    return { mode: "redis", reachable: true };
  } catch {
    return { mode: "redis", reachable: false, note };
  } finally {
    clearTimeout(timer);
  }
}
