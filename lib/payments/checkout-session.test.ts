import { describe, expect, it } from "vitest";
import { checkoutIdempotencyKey, sessionExpiry } from "./checkout-session";

const minute = 60_000;
const now = new Date("2026-11-26T12:00:00Z");

describe("when a payment page closes", () => {
  it("closes before the reservation ends, within Stripe's 30 minutes to 24 hours", () => {
    const reservedUntil = new Date(now.getTime() + 35 * minute);
    const closes = sessionExpiry(reservedUntil, now).getTime();
    expect(closes).toBeLessThan(reservedUntil.getTime());
    expect(closes).toBeGreaterThanOrEqual(now.getTime() + 30 * minute);
  });

  it("waits at most a day for an auction winner with three days to pay, and never less than Stripe allows", () => {
    expect(sessionExpiry(new Date(now.getTime() + 72 * 60 * minute), now).getTime()).toBeLessThan(
      now.getTime() + 24 * 60 * minute,
    );
    expect(sessionExpiry(new Date(now.getTime() + 10 * minute), now).getTime()).toBeGreaterThanOrEqual(
      now.getTime() + 30 * minute,
    );
  });

  it("gives each new session of an order its own idempotency key", () => {
    expect(checkoutIdempotencyKey(42, 1)).toBe("order-42");
    expect(checkoutIdempotencyKey(42, 2)).toBe("order-42-attempt-2");
  });
});
