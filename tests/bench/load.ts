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

export function printResults(results: LoadResult[], staticName: string): void {
  const reference = results.find((r) => r.name === staticName);
  const rows = results.map((r) => ({
    page: r.name,
    "req/s": r.perSecond.toFixed(0),
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "vs static": reference ? `${((r.perSecond / reference.perSecond) * 100).toFixed(0)}%` : "-",
    errors: r.errors + r.non2xx,
  }));
  console.table(rows);
}
