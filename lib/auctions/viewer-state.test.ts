import { describe, expect, it } from "vitest";
import type { AuctionView } from "./queries";
import { blueCarAuction } from "./view-fixtures";
import { checkBidForViewer, describeAuctionForViewer } from "./viewer-state";

const snapshot = blueCarAuction;
const viewer = (
  overrides: Partial<NonNullable<AuctionView["viewer"]>> = {},
): NonNullable<AuctionView["viewer"]> => ({
  isSeller: false,
  leading: false,
  maxCents: 30_000,
  orderId: null,
  orderStatus: null,
  shipping: { cents: 9_500, to: "United States" },
  shipTo: "United States",
  shipsToViewer: true,
  ...overrides,
});

describe("one reading of an auction for the viewer", () => {
  it("gives an outbid bidder the current price, an outbid standing and never 'highest bidder'", () => {
    const state = describeAuctionForViewer(snapshot({ viewer: viewer() }));
    expect(state.price).toEqual({ cents: 30_500, label: "Current bid" });
    expect(state.standing).toEqual({ kind: "outbid", text: expect.stringContaining("You've been outbid") });
    expect(JSON.stringify(state)).not.toMatch(/highest bidder/i);
    expect(state.access).toBe("can_bid");
    expect(state.minimumCents).toBe(31_000);
  });

  it("shows the starting bid only before the first bid, and the final bid once ended", () => {
    expect(
      describeAuctionForViewer(snapshot({ currentPriceCents: null, bidCount: 0, minimumBidCents: 25_000 }))
        .price,
    ).toEqual({ cents: 25_000, label: "Starting bid" });
    const ended = describeAuctionForViewer(
      snapshot({ endsAt: "2026-12-01T11:59:59.000Z", viewer: viewer() }),
    );
    expect(ended).toMatchObject({
      phase: "ended",
      access: "ended",
      price: { cents: 30_500, label: "Final bid" },
      standing: { kind: "lost" },
    });
  });

  it("tells the leader they lead, at the price everyone sees, and asks more than their own maximum", () => {
    const state = describeAuctionForViewer(snapshot({ viewer: viewer({ leading: true, maxCents: 36_000 }) }));
    expect(state.standing).toEqual({
      kind: "leading",
      text: "You're the highest bidder at $305. Your maximum: $360.",
    });
    expect(checkBidForViewer(state, 36_000)).toEqual({
      ok: false,
      message: "Enter more than your current maximum of $360",
    });
    expect(checkBidForViewer(state, 40_000)).toEqual({ ok: true, maxCents: 40_000 });
  });

  it("refuses what the auction would refuse: under the minimum, the seller's own item, an ended auction, no shipping, signed out", () => {
    const outbid = describeAuctionForViewer(snapshot({ viewer: viewer() }));
    expect(checkBidForViewer(outbid, 10_000)).toEqual({ ok: false, message: "Enter $310 or more" });
    expect(checkBidForViewer(outbid, 31_000)).toEqual({ ok: true, maxCents: 31_000 });
    expect(
      checkBidForViewer(
        describeAuctionForViewer(snapshot({ viewer: viewer({ isSeller: true, maxCents: null }) })),
        50_000,
      ).ok,
    ).toBe(false);
    expect(
      checkBidForViewer(describeAuctionForViewer(snapshot({ status: "closed", viewer: viewer() })), 50_000)
        .ok,
    ).toBe(false);
    const noShipping = describeAuctionForViewer(
      snapshot({ viewer: viewer({ shipping: null, shipTo: "Japan", shipsToViewer: false }) }),
    );
    expect(noShipping.access).toBe("no_shipping");
    expect(checkBidForViewer(noShipping, 50_000)).toEqual({
      ok: false,
      message: expect.stringContaining("Japan"),
    });
    expect(describeAuctionForViewer(snapshot()).access).toBe("sign_in");
  });
});
