import { describe, expect, it } from "vitest";
import { cookieNames, tokenFrom } from "./session-cookie";
import { expiryFrom, isSessionOpen, needsTouch, sessionMaxAgeSeconds } from "./sessions";

// When a session still lets its browser in, and how its cookie is read. The database lookups around
// these are in tests/integration/sessions.test.ts.

const now = new Date("2026-12-01T12:00:00.000Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60 * 1000);
const open = { revokedAt: null, disabledAt: null, confirmedAt: minutes(-60 * 24), expiresAt: minutes(60) };

describe("a session", () => {
  it("lets its browser in until it expires, and not at the moment of expiry", () => {
    expect(isSessionOpen(open, now)).toBe(true);
    expect(isSessionOpen({ ...open, expiresAt: now }, now)).toBe(false);
    expect(isSessionOpen({ ...open, expiresAt: minutes(-1) }, now)).toBe(false);
  });

  it("ends when revoked, when the account is disabled, or while the email is unconfirmed", () => {
    expect(isSessionOpen({ ...open, revokedAt: minutes(-1) }, now)).toBe(false);
    expect(isSessionOpen({ ...open, disabledAt: minutes(-1) }, now)).toBe(false);
    expect(isSessionOpen({ ...open, confirmedAt: null }, now)).toBe(false);
  });

  it("expires 30 days after the last visit that was recorded", () => {
    expect(sessionMaxAgeSeconds).toBe(30 * 24 * 60 * 60);
    expect(expiryFrom(now).toISOString()).toBe("2026-12-31T12:00:00.000Z");
  });

  it("records a visit at most every five minutes, so reading a session is not a write per request", () => {
    expect(needsTouch(minutes(-4), now)).toBe(false);
    expect(needsTouch(minutes(-5), now)).toBe(false);
    expect(needsTouch(minutes(-6), now)).toBe(true);
  });
});

describe("the session cookie", () => {
  it("is read under the https name and the plain one", () => {
    expect(cookieNames).toEqual(["__Secure-next-auth.session-token", "next-auth.session-token"]);
    expect(tokenFrom([{ name: "next-auth.session-token", value: "abc" }], "next-auth.session-token")).toBe(
      "abc",
    );
    expect(tokenFrom([{ name: "other", value: "abc" }], "next-auth.session-token")).toBeUndefined();
  });

  it("joins a long token's numbered chunks in number order, not the order the browser sent them", () => {
    const name = "next-auth.session-token";
    const chunks = [
      { name: `${name}.10`, value: "K" },
      { name: `${name}.2`, value: "C" },
      { name: `${name}.0`, value: "A" },
      { name: `${name}.1`, value: "B" },
      ...Array.from({ length: 7 }, (_, i) => ({ name: `${name}.${i + 3}`, value: "DEFGHIJ"[i]! })),
      { name: `${name}.x`, value: "!" },
      { name: `${name}.1.evil`, value: "!" },
    ];
    expect(tokenFrom(chunks, name)).toBe("ABCDEFGHIJK");
  });

  it("prefers a whole cookie over chunks of the same name", () => {
    const name = "next-auth.session-token";
    expect(
      tokenFrom(
        [
          { name: `${name}.0`, value: "chunk" },
          { name, value: "whole" },
        ],
        name,
      ),
    ).toBe("whole");
  });
});
