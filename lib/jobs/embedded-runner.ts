import "server-only";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { retryDelaySeconds, untilDailyTime } from "./backoff";
import type { ScheduledJob } from "./catalogue";

// On the embedded database one process owns the data folder, so the jobs run here, on timers: each
// job runs after the previous run of it finished (never two at once), and a failed run is retried
// with growing delays before the job falls back to its usual rhythm.

export type EmbeddedRunner = { stop(): void };

export function startEmbeddedRunner(
  jobs: readonly ScheduledJob[],
  clock: Clock = systemClock,
): EmbeddedRunner {
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;

  const nextDelay = (job: ScheduledJob) =>
    "everySeconds" in job.embedded
      ? job.embedded.everySeconds * 1000
      : untilDailyTime(clock.now(), job.embedded.dailyAtUtc);

  const plan = (job: ScheduledJob, delayMs: number, failures: number) => {
    if (stopped) return;
    const timer = setTimeout(async () => {
      try {
        await job.run({});
        plan(job, nextDelay(job), 0);
      } catch (error) {
        const retryIn = retryDelaySeconds(failures + 1);
        console.error(
          `Scheduled job ${job.name} failed (retrying in ${retryIn} s): ${(error as Error).message}`,
        );
        plan(job, retryIn * 1000, failures + 1);
      }
    }, delayMs);
    // The timers never keep a finished process (a script, a test run) alive.
    timer.unref();
    timers.set(job.name, timer);
  };

  for (const job of jobs)
    plan(job, "everySeconds" in job.embedded ? Math.min(5_000, nextDelay(job)) : nextDelay(job), 0);
  return {
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}
