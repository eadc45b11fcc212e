import { vi } from "vitest";
import type { AuctionView } from "@/lib/auctions/queries";
import { blueCarAuction } from "@/lib/auctions/view-fixtures";

// What the server answers the bid box's polls with: the auction as a signed-in collector in the US
// reads it, a day before the end.

const hour = 60 * 60 * 1000;

export function blueCarForCollector(): AuctionView {
  const now = Date.now();
  return blueCarAuction({
    endsAt: new Date(now + 24 * hour).toISOString(),
    originalEndsAt: new Date(now + 24 * hour).toISOString(),
    serverNow: new Date(now).toISOString(),
    viewer: {
      isSeller: false,
      leading: false,
      maxCents: null,
      orderId: null,
      orderStatus: null,
      shipping: { cents: 9_500, to: "United States" },
      shipTo: "United States",
      shipsToViewer: true,
    },
  });
}

/** The browser's fetch answers GET /api/auctions/7 (and its guidance) as the server would. */
export function serveAuction(view: AuctionView): void {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const path = new URL(String(input instanceof Request ? input.url : input), "http://market.test").pathname;
    if (path === `/api/auctions/${view.listingId}`)
      return Response.json({ ...view, serverNow: new Date().toISOString() });
    if (path === `/api/auctions/${view.listingId}/guidance`) return Response.json({ guidance: null });
    return new Response("Not found", { status: 404 });
  });
}
