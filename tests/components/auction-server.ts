import { vi } from "vitest";
import type { AuctionView } from "@/lib/auctions/queries";

// What the server answers the bid box's polls with: the auction as a signed-in collector in the US
// reads it. The demo blue pedal car, started at $250, is at $305 after two bids, so the least bid is $310.

const hour = 60 * 60 * 1000;

export function blueCarForCollector(): AuctionView {
  const now = Date.now();
  return {
    listingId: 7,
    title: "Moskvitch pedal car, plastic bumpers, restored in Soviet blue",
    currency: "USD",
    status: "open",
    startPriceCents: 25_000,
    currentPriceCents: 30_500,
    minimumBidCents: 31_000,
    incrementCents: 500,
    bidCount: 2,
    bidderCount: 2,
    reserve: "not_met",
    endsAt: new Date(now + 24 * hour).toISOString(),
    originalEndsAt: new Date(now + 24 * hour).toISOString(),
    extended: false,
    serverNow: new Date(now).toISOString(),
    history: [],
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
    result: null,
  };
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
