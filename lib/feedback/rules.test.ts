import { describe, expect, it } from "vitest";
import { positiveShare, ratingDecision, windowEnd } from "./rules";

describe("the positive share", () => {
  it("is positive out of positive and negative, one decimal, rounded down, neutral left out", () => {
    expect(positiveShare({ positive: 0, neutral: 3, negative: 0 })).toBeNull();
    expect(positiveShare({ positive: 2, neutral: 5, negative: 1 })).toBe(66.6);
    expect(positiveShare({ positive: 999, neutral: 0, negative: 1 })).toBe(99.9);
    expect(positiveShare({ positive: 4999, neutral: 0, negative: 1 })).toBe(99.9);
    expect(positiveShare({ positive: 0, neutral: 0, negative: 2 })).toBe(0);
    expect(positiveShare({ positive: 7, neutral: 1, negative: 0 })).toBe(100);
  });
});

describe("who may rate", () => {
  const receivedAt = new Date("2026-03-01T12:00:00Z");
  const order = { buyerId: "b", sellerId: "s", status: "received", receivedAt };
  it("gives each party the other to rate, until 60 days after receipt", () => {
    expect(ratingDecision(order, "b", receivedAt)).toMatchObject({
      ok: true,
      subjectId: "s",
      subjectSide: "seller",
    });
    expect(ratingDecision(order, "s", windowEnd(receivedAt))).toMatchObject({ ok: true, subjectId: "b" });
    expect(windowEnd(receivedAt).toISOString()).toBe("2026-04-30T12:00:00.000Z");
    expect(ratingDecision(order, "s", new Date(windowEnd(receivedAt).getTime() + 1))).toEqual({
      ok: false,
      reason: "window_closed",
    });
    expect(ratingDecision(order, "x", receivedAt)).toEqual({ ok: false, reason: "not_party" });
    expect(ratingDecision({ ...order, status: "shipped" }, "b", receivedAt)).toEqual({
      ok: false,
      reason: "not_received",
    });
    expect(ratingDecision({ ...order, sellerId: "b" }, "b", receivedAt)).toEqual({
      ok: false,
      reason: "self_dealing",
    });
  });
});
