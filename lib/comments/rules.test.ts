import { describe, expect, it } from "vitest";
import { commentBodySchema, commentTextParts, holdsForReview } from "./rules";

const now = new Date("2026-06-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const base = { now, hasShownComment: false, isAdmin: false, isSeller: false };

describe("holding a comment for review", () => {
  it("holds a day-old account's first comment, and nothing after one was shown", () => {
    expect(holdsForReview({ ...base, accountCreatedAt: hoursAgo(2) })).toBe(true);
    expect(holdsForReview({ ...base, accountCreatedAt: hoursAgo(2), hasShownComment: true })).toBe(false);
    expect(holdsForReview({ ...base, accountCreatedAt: hoursAgo(25) })).toBe(false);
  });

  it("never holds an admin's comment or a seller's on their own listing", () => {
    expect(holdsForReview({ ...base, accountCreatedAt: hoursAgo(1), isAdmin: true })).toBe(false);
    expect(holdsForReview({ ...base, accountCreatedAt: hoursAgo(1), isSeller: true })).toBe(false);
  });
});

describe("a comment's text", () => {
  it("is trimmed, loses control characters and keeps its lines", () => {
    expect(commentBodySchema.parse("  Is the\r\nwindscreen\u0000 original?  ")).toBe(
      "Is the\nwindscreen original?",
    );
  });

  it("refuses empty, blank and oversized text", () => {
    expect(commentBodySchema.safeParse("").success).toBe(false);
    expect(commentBodySchema.safeParse(" \n\u0000 ").success).toBe(false);
    expect(commentBodySchema.safeParse("x".repeat(2_001)).success).toBe(false);
    expect(commentBodySchema.safeParse("x".repeat(2_000)).success).toBe(true);
  });

  it("shows web addresses as links and everything else, markup included, as text", () => {
    expect(commentTextParts("See https://azlk.example/manual.pdf. <b>Thanks</b>")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://azlk.example/manual.pdf", href: "https://azlk.example/manual.pdf" },
      { kind: "text", text: ". <b>Thanks</b>" },
    ]);
    expect(commentTextParts("javascript:alert(1) and <a href='x'>x</a>")).toEqual([
      { kind: "text", text: "javascript:alert(1) and <a href='x'>x</a>" },
    ]);
  });
});
