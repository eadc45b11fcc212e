import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fixedClock } from "@/lib/kernel/clock";
import { retryDelaySeconds, untilDailyTime } from "./backoff";
import type { ScheduledJob } from "./catalogue";
import { startEmbeddedRunner } from "./embedded-runner";

// The embedded database's runner, on a fake clock: no test here waits for real time.

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the in-process job runner", () => {
  it("retries a failing job with growing delays, then returns to its rhythm", async () => {
    const runs: number[] = [];
    let failuresLeft = 2;
    const job: ScheduledJob = {
      name: "flaky",
      cron: "* * * * *",
      embedded: { everySeconds: 10 },
      async run() {
        runs.push(Date.now());
        if (failuresLeft-- > 0) throw new Error("mail server down");
        return {};
      },
    };
    const start = Date.now();
    const runner = startEmbeddedRunner([job]);
    await vi.advanceTimersByTimeAsync(5_000); // first run, fails
    await vi.advanceTimersByTimeAsync(30_000); // retry after 30 s, fails
    await vi.advanceTimersByTimeAsync(60_000); // retry after 60 s, succeeds
    await vi.advanceTimersByTimeAsync(10_000); // back to every 10 s
    runner.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs.map((t) => (t - start) / 1000)).toEqual([5, 35, 95, 105]);
  });

  it("never runs one job twice at once: the next run waits for the last to finish", async () => {
    let active = 0;
    let most = 0;
    const job: ScheduledJob = {
      name: "slow",
      cron: "* * * * *",
      embedded: { everySeconds: 1 },
      async run() {
        most = Math.max(most, ++active);
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        active--;
        return {};
      },
    };
    const runner = startEmbeddedRunner([job]);
    await vi.advanceTimersByTimeAsync(30_000);
    runner.stop();
    expect(most).toBe(1);
  });

  it("runs the nightly work at its time of day", async () => {
    vi.setSystemTime(new Date("2026-12-01T23:00:00Z"));
    const runs: string[] = [];
    const job: ScheduledJob = {
      name: "nightly",
      cron: "30 3 * * *",
      embedded: { dailyAtUtc: { hour: 3, minute: 30 } },
      async run() {
        runs.push(new Date().toISOString());
        return {};
      },
    };
    const runner = startEmbeddedRunner([job], { now: () => new Date() });
    await vi.advanceTimersByTimeAsync(30 * 3_600_000);
    runner.stop();
    expect(runs).toEqual(["2026-12-02T03:30:00.000Z", "2026-12-03T03:30:00.000Z"]);
  });
});

describe("backoff", () => {
  it("doubles from 30 s up to an hour", () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });

  it("finds the next daily time, tomorrow's once today's has passed", () => {
    expect(untilDailyTime(new Date("2026-12-01T03:00:00Z"), { hour: 3, minute: 30 })).toBe(30 * 60_000);
    expect(untilDailyTime(fixedClock(new Date("2026-12-01T03:30:00Z")).now(), { hour: 3, minute: 30 })).toBe(
      24 * 3_600_000,
    );
  });
});
