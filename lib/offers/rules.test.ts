import { describe, expect, it } from "vitest";
import { automaticAnswer, offerState } from "./rules";

const at = new Date("2026-03-01T12:00:00Z");
const later = (h: number) => new Date(at.getTime() + h * 3_600_000);

describe("an offer's state by the clock", () => {
  it("waits 48 hours for the seller, then lapses", () => {
    const offer = { status: "open" as const, createdAt: at, counteredAt: null };
    expect(offerState(offer, later(47.99))).toBe("waiting_for_seller");
    expect(offerState(offer, later(48))).toBe("lapsed");
  });
  it("a counter waits 48 hours for the buyer from when it was made", () => {
    const offer = { status: "countered" as const, createdAt: at, counteredAt: later(40) };
    expect(offerState(offer, later(87))).toBe("waiting_for_buyer");
    expect(offerState(offer, later(88))).toBe("lapsed");
  });
  it("an answered offer stays answered", () => {
    expect(offerState({ status: "accepted", createdAt: at, counteredAt: null }, later(100))).toBe("accepted");
  });
});

describe("the seller's automatic answers", () => {
  const levels = { declineBelowCents: 20_000, acceptFromCents: 35_000 };
  it("declines below the floor, accepts at the accept level, and leaves the rest to the seller", () => {
    expect(automaticAnswer(19_999, levels)).toBe("decline");
    expect(automaticAnswer(20_000, levels)).toBeNull();
    expect(automaticAnswer(35_000, levels)).toBe("accept");
    expect(automaticAnswer(35_000, null)).toBeNull();
  });
});
