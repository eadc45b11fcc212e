import { vi } from "vitest";
import { POST } from "@/app/api/valuation/route";

// The browser's fetch of POST /api/valuation answered by the app's own route handler, in this
// process, against the test database: the live estimate shows what the server really says.

export type ValuationCall = { body: Record<string, unknown> };

export function serveValuations(): ValuationCall[] {
  const calls: ValuationCall[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), "http://market.test");
    if (url.pathname !== "/api/valuation" || init?.method !== "POST")
      return new Response("Not found", { status: 404 });
    const body = String(init.body);
    calls.push({ body: JSON.parse(body) as Record<string, unknown> });
    const answer = await POST(
      new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body }),
    );
    // Across the wire only the status and the JSON survive.
    return new Response(await answer.text(), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  });
  return calls;
}
