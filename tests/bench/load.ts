import fs from "node:fs";
import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
  latencies?: number[];
  /** The static page's req/s measured just before and just after this row; the row is read against the higher. */
  reference?: number;
  /** The server's largest resident memory (all its processes) while the row ran, in bytes. */
  peakRss?: number;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Drives one URL (or a rotation of them) for `seconds` and reports throughput and exact p50/p95 latency. */
export async function measure(input: {
  name: string;
  baseUrl: string;
  paths: string[];
  seconds: number;
  connections: number;
  method?: "GET" | "POST";
  body?: (index: number) => string;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let counter = 0;
  const options: autocannon.Options = {
    url: input.baseUrl,
    connections: input.connections,
    duration: input.seconds,
    requests: [
      {
        method: input.method ?? "GET",
        headers: input.body ? { "content-type": "application/json" } : {},
        setupRequest: (request) => {
          const i = counter++;
          return {
            ...request,
            path: input.paths[i % input.paths.length]!,
            ...(input.body ? { body: input.body(i) } : {}),
          };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name: input.name,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latencies,
  };
}

/** Several runs at once (one per instance) read as one: throughput adds up, latency percentiles over all requests. */
export function combineResults(name: string, parts: LoadResult[]): LoadResult {
  const latencies = parts.flatMap((part) => part.latencies ?? []).sort((a, b) => a - b);
  return {
    name,
    requests: parts.reduce((n, part) => n + part.requests, 0),
    perSecond: parts.reduce((n, part) => n + part.perSecond, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: parts.reduce((n, part) => n + part.errors, 0),
    non2xx: parts.reduce((n, part) => n + part.non2xx, 0),
  };
}

export function printResults(results: LoadResult[]): void {
  const mb = (bytes?: number) => (bytes ? `${Math.round(bytes / 1_048_576)} MB` : "-");
  const rows = results.map((r) => ({
    page: r.name,
    "req/s": r.perSecond.toFixed(0),
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "static req/s": r.reference ? r.reference.toFixed(0) : "-",
    "vs static": r.reference ? `${((r.perSecond / r.reference) * 100).toFixed(0)}%` : "-",
    "server RSS": mb(r.peakRss),
    errors: r.errors + r.non2xx,
  }));
  console.table(rows);
}

/** Resident memory of every process in a process group (the server and the workers it forks), in bytes. */
export function groupRss(groupId: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 5 of /proc/<pid>/stat (after the parenthesised name) is the process group.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== groupId) continue;
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Runs `work` while sampling a process group's memory twice a second; returns its result and the peak. */
export async function withPeakRss<T>(
  groupId: number | undefined,
  work: () => Promise<T>,
): Promise<[T, number]> {
  if (!groupId || !fs.existsSync("/proc/self/stat")) return [await work(), 0];
  let peak = groupRss(groupId);
  const timer = setInterval(() => (peak = Math.max(peak, groupRss(groupId))), 500);
  try {
    const result = await work();
    return [result, Math.max(peak, groupRss(groupId))];
  } finally {
    clearInterval(timer);
  }
}
