import type { AuctionView } from "./queries";

// The demo blue pedal car's auction as the bid box reads it: started at $250, at $305 after two bids
// (the collector's $300 answered by the buyer's $360), so the least bid is $310. For tests (no database:
// the unit and component tests use it).
export function blueCarAuction(overrides: Partial<AuctionView> = {}): AuctionView {
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
    endsAt: "2026-12-02T12:00:00.000Z",
    originalEndsAt: "2026-12-02T12:00:00.000Z",
    extended: false,
    serverNow: "2026-12-01T12:00:00.000Z",
    history: [],
    viewer: null,
    result: null,
    bestOffer: null,
    ...overrides,
  };
}
