/** Seconds before retry number `failures` (1, 2, ...) of a failed job: 30 s, 1 min, 2 min, ... at most an hour. */
export function retryDelaySeconds(failures: number): number {
  return Math.min(30 * 2 ** Math.max(0, failures - 1), 3600);
}

/** Milliseconds from `now` until the next hh:mm UTC (tomorrow's when today's has passed). */
export function untilDailyTime(now: Date, time: { hour: number; minute: number }): number {
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), time.hour, time.minute),
  );
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}
