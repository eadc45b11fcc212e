import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  antiSnipingWindowMs,
  bidIncrementFor,
  endAfterBid,
  formatTimeLeft,
  isReserveMet,
  maskBidderName,
  minimumBidCents,
  resolveBid,
  type AuctionState,
} from "./rules";

const fresh = (overrides: Partial<AuctionState> = {}): AuctionState => ({
  startPriceCents: 10_000,
  reservePriceCents: null,
  currentPriceCents: null,
  leaderId: null,
  leaderMaxCents: null,
  ...overrides,
});

describe("bid increments by price band", () => {
  it.each([
    [50, 5],
    [99, 5],
    [100, 25],
    [2_499, 50],
    [2_500, 100],
    [9_999, 100],
    [10_000, 250],
    [35_000, 500],
    [50_000, 1_000],
    [125_050, 2_500],
    [250_000, 5_000],
    [1_000_000, 10_000],
  ])("at %i cents the next bid is %i cents more", (price, increment) => {
    expect(bidIncrementFor(price)).toBe(increment);
  });

  it("never shrinks as the price grows", () => {
    fc.assert(
      fc.property(fc.nat(20_000_000), fc.nat(20_000_000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bidIncrementFor(low)).toBeLessThanOrEqual(bidIncrementFor(high));
      }),
    );
  });

  it("asks for the start price first, then the current price plus one increment", () => {
    expect(minimumBidCents(fresh())).toBe(10_000);
    expect(minimumBidCents(fresh({ currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 20_000 }))).toBe(
      10_250,
    );
  });
});

describe("proxy bidding", () => {
  it("opens at the start price however high the first maximum", () => {
    const result = resolveBid(fresh(), { bidderId: "a", maxCents: 50_000 });
    expect(result).toMatchObject({
      ok: true,
      leading: true,
      state: { currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 50_000 },
    });
  });

  it("answers a lower challenger with one increment above them, recording both bids", () => {
    const open = fresh({ currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 50_000 });
    const result = resolveBid(open, { bidderId: "b", maxCents: 30_000 });
    expect(result).toMatchObject({
      ok: true,
      leading: false,
      state: { currentPriceCents: 30_500, leaderId: "a" },
    });
    expect(result.ok && result.records).toEqual([
      { bidderId: "b", amountCents: 30_000, maxCents: 30_000, automatic: false },
      { bidderId: "a", amountCents: 30_500, maxCents: 50_000, automatic: true },
    ]);
  });

  it("passes the lead to a higher maximum at one increment above the old maximum", () => {
    const open = fresh({ currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 30_000 });
    const result = resolveBid(open, { bidderId: "b", maxCents: 80_000 });
    expect(result).toMatchObject({
      ok: true,
      leading: true,
      outbidId: "a",
      state: { currentPriceCents: 30_500, leaderId: "b", leaderMaxCents: 80_000 },
    });
  });

  it("keeps the lead with the earlier bidder when two maximums are equal", () => {
    const open = fresh({ currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 40_000 });
    const result = resolveBid(open, { bidderId: "b", maxCents: 40_000 });
    expect(result).toMatchObject({
      ok: true,
      leading: false,
      state: { currentPriceCents: 40_000, leaderId: "a" },
    });
  });

  it("refuses a bid below the minimum and a leader lowering their own maximum", () => {
    const open = fresh({ currentPriceCents: 10_000, leaderId: "a", leaderMaxCents: 40_000 });
    expect(resolveBid(open, { bidderId: "b", maxCents: 10_100 })).toEqual({
      ok: false,
      reason: "below_minimum",
      minimumCents: 10_250,
    });
    expect(resolveBid(fresh(), { bidderId: "b", maxCents: 9_999 })).toEqual({
      ok: false,
      reason: "below_minimum",
      minimumCents: 10_000,
    });
    expect(resolveBid(open, { bidderId: "a", maxCents: 40_000 })).toMatchObject({
      ok: false,
      reason: "not_above_own_max",
    });
  });

  it("lifts the price to the reserve once a maximum reaches it", () => {
    const withReserve = fresh({ reservePriceCents: 45_000 });
    const below = resolveBid(withReserve, { bidderId: "a", maxCents: 30_000 });
    expect(below.ok && below.state.currentPriceCents).toBe(10_000);
    expect(below.ok && isReserveMet(below.state)).toBe(false);
    const raised = below.ok ? resolveBid(below.state, { bidderId: "a", maxCents: 60_000 }) : below;
    expect(raised.ok && raised.state.currentPriceCents).toBe(45_000);
    expect(raised.ok && isReserveMet(raised.state)).toBe(true);
  });

  const bidSequence = fc.array(
    fc.record({
      bidderId: fc.constantFrom("a", "b", "c", "d", "e"),
      maxCents: fc.integer({ min: 5_000, max: 200_000 }),
    }),
    { maxLength: 40 },
  );

  // As on eBay, a leader raising their own maximum does not move the price, so after such a raise the
  // price may sit anywhere between the runner-up's maximum and one increment above it.
  it("ends with the highest maximum leading (the earliest of equal ones) and the price at the runner-up plus one increment", () => {
    fc.assert(
      fc.property(bidSequence, (sequence) => {
        let state = fresh();
        const accepted: { bidderId: string; maxCents: number }[] = [];
        let lastPrice = 0;
        let leaderRaisedOwnMax = false;
        for (const bid of sequence) {
          const result = resolveBid(state, bid);
          if (!result.ok) continue;
          accepted.push(bid);
          if (state.leaderId === bid.bidderId) leaderRaisedOwnMax = true;
          for (const record of result.records) {
            expect(record.amountCents).toBeGreaterThanOrEqual(lastPrice);
            expect(record.amountCents).toBeLessThanOrEqual(record.maxCents);
            lastPrice = record.amountCents;
          }
          expect(result.state.currentPriceCents).toBe(lastPrice);
          state = result.state;
        }
        if (!accepted.length) {
          expect(state.leaderId).toBeNull();
          return;
        }
        const top = Math.max(...accepted.map((b) => b.maxCents));
        expect(state.leaderMaxCents).toBe(top);
        expect(state.leaderId).toBe(accepted.find((b) => b.maxCents === top)!.bidderId);
        const others = accepted.filter((b) => b.bidderId !== state.leaderId).map((b) => b.maxCents);
        const runnerUp = others.length ? Math.max(...others) : null;
        const expected =
          runnerUp !== null ? Math.min(top, runnerUp + bidIncrementFor(runnerUp)) : state.startPriceCents;
        if (!leaderRaisedOwnMax) {
          expect(state.currentPriceCents).toBe(Math.max(state.startPriceCents, expected));
        } else {
          expect(state.currentPriceCents).toBeLessThanOrEqual(Math.max(state.startPriceCents, expected));
          expect(state.currentPriceCents).toBeGreaterThanOrEqual(
            Math.max(state.startPriceCents, Math.min(top, runnerUp ?? 0)),
          );
        }
      }),
    );
  });

  it("never sells below a reserve that the winning maximum reached", () => {
    fc.assert(
      fc.property(bidSequence, fc.integer({ min: 10_000, max: 150_000 }), (sequence, reserve) => {
        let state = fresh({ reservePriceCents: reserve });
        for (const bid of sequence) {
          const result = resolveBid(state, bid);
          if (result.ok) state = result.state;
        }
        if (state.leaderMaxCents !== null && state.leaderMaxCents >= reserve)
          expect(isReserveMet(state)).toBe(true);
        if (state.currentPriceCents !== null)
          expect(state.currentPriceCents).toBeLessThanOrEqual(state.leaderMaxCents!);
      }),
    );
  });
});

describe("anti-sniping", () => {
  const end = new Date("2026-09-01T18:00:00Z");

  it("moves the end to two minutes after a bid in the last two minutes", () => {
    expect(endAfterBid(end, new Date("2026-09-01T17:59:30Z"))).toEqual(new Date("2026-09-01T18:01:30Z"));
    expect(endAfterBid(end, new Date("2026-09-01T17:58:00Z"))).toEqual(end);
    expect(endAfterBid(end, new Date("2026-09-01T17:50:00Z"))).toEqual(end);
  });

  it("never shortens an auction, and always leaves two minutes after a late bid", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10 * 60_000, max: 2 * antiSnipingWindowMs }), (beforeEnd) => {
        const bidAt = new Date(end.getTime() - beforeEnd);
        const next = endAfterBid(end, bidAt);
        expect(next.getTime()).toBeGreaterThanOrEqual(end.getTime());
        expect(next.getTime() - bidAt.getTime()).toBeGreaterThanOrEqual(
          Math.min(antiSnipingWindowMs, end.getTime() - bidAt.getTime()),
        );
      }),
    );
  });
});

describe("how the page words things", () => {
  it("masks bidder names", () => {
    expect(maskBidderName("Aleksandr K", 12)).toBe("a***k (12)");
    expect(maskBidderName("Ñ", 1)).toBe("ñ***ñ (1)");
  });

  it("writes time left for a collector", () => {
    expect(formatTimeLeft(2 * 86_400_000 + 4 * 3_600_000)).toBe("2d 4h");
    expect(formatTimeLeft(65_000)).toBe("1m 05s");
    expect(formatTimeLeft(-1)).toBe("Ended");
  });
});

describe("a leader raising their own maximum", () => {
  it("keeps the price where it was, as on eBay, even right after winning a tie", () => {
    let state: AuctionState = {
      startPriceCents: 5_000,
      reservePriceCents: null,
      currentPriceCents: null,
      leaderId: null,
      leaderMaxCents: null,
    };
    for (const bid of [
      { bidderId: "a", maxCents: 10_250 },
      { bidderId: "d", maxCents: 10_250 },
      { bidderId: "a", maxCents: 10_251 },
    ]) {
      const result = resolveBid(state, bid);
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      state = result.state;
    }
    expect(state).toMatchObject({ leaderId: "a", leaderMaxCents: 10_251, currentPriceCents: 10_250 });
  });
});
