import "server-only";
import { closeDueAuctions } from "@/lib/auctions/close";
import { refreshPopularPages } from "@/lib/kernel/popular-pages";
import { notifyEndingSoon } from "@/lib/auctions/ending-soon";
import { deliverQueuedEmails } from "@/lib/notifications/outbox";
import { refreshSearchVocabulary } from "@/lib/listings/vocabulary";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { alertRecentListings } from "@/lib/saved-searches/alerts";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";
import { refreshChangedListings } from "./after-job";

// The work that must happen on time, whoever is looking. Each job takes the moment it runs for
// (JobContext), claims the rows it works on, and changes nothing when
// run twice: an auction closes once, an order expires once, an email goes out once. So a retry after
// a failure, an overlap of two instances or an external scheduler calling POST /api/cron/<job>
// alongside the built-in runner is always safe.
//
// A later feature with a deadline (an offer that lapses, say) adds one entry here.

/**
 * The moment a run works for. The scheduler leaves it out, and the database's clock decides (one
 * clock for every instance, the same one bids are timed by); tests pass a later time.
 */
export type JobContext = { now?: Date };

export type ScheduledJob = {
  name: string;
  /** When it runs on PostgreSQL (pg-boss cron, UTC). */
  cron: string;
  /** On the embedded database: seconds between runs, or a daily time (UTC) for the nightly work. */
  embedded: { everySeconds: number } | { dailyAtUtc: { hour: number; minute: number } };
  /** A run still going after this long is taken for dead and retried (default two minutes). */
  timeoutSeconds?: number;
  run(context: JobContext): Promise<Record<string, number>>;
};

export const scheduledJobs = [
  {
    name: "close-auctions",
    cron: "* * * * *",
    embedded: { everySeconds: 10 },
    async run({ now }) {
      const closed = await closeDueAuctions({ now });
      // The closed auctions' segments too: their market reports count sell-through.
      await refreshChangedListings(
        closed.map((c) => (c.closed ? c.listingId : 0)).filter(Boolean),
        closed.flatMap((c) => (c.closed ? c.segments : [])),
      );
      return { closed: closed.length };
    },
  },
  {
    name: "expire-reservations",
    cron: "* * * * *",
    embedded: { everySeconds: 30 },
    async run({ now }) {
      const result = await expireStaleReservations({ now });
      await refreshChangedListings(result.listingIds);
      return { expiredOrders: result.expiredOrderIds.length };
    },
  },
  {
    name: "ending-soon-alerts",
    cron: "* * * * *",
    embedded: { everySeconds: 60 },
    async run({ now }) {
      return { alerts: await notifyEndingSoon({ now }) };
    },
  },
  {
    name: "send-emails",
    cron: "* * * * *",
    embedded: { everySeconds: 15 },
    async run({ now }) {
      return { sent: await deliverQueuedEmails({ now }) };
    },
  },
  {
    name: "saved-search-alerts",
    cron: "*/10 * * * *",
    embedded: { everySeconds: 600 },
    async run({ now }) {
      return { alerts: await alertRecentListings({ now }) };
    },
  },
  {
    // "Did you mean" reads its words from a table, so no search scans the catalogue for them.
    name: "refresh-search-vocabulary",
    cron: "*/10 * * * *",
    embedded: { everySeconds: 600 },
    timeoutSeconds: 10 * 60,
    async run() {
      return { words: await refreshSearchVocabulary() };
    },
  },
  {
    // Popular pages' counts halve and their promotions end, so the set follows what is asked now.
    name: "refresh-popular-pages",
    cron: "*/10 * * * *",
    embedded: { everySeconds: 600 },
    async run({ now }) {
      return refreshPopularPages({ now });
    },
  },
  {
    name: "refresh-fair-values",
    cron: "30 3 * * *",
    embedded: { dailyAtUtc: { hour: 3, minute: 30 } },
    timeoutSeconds: 30 * 60,
    async run({ now }) {
      return { valued: await refreshStoredFairValues({ now }) };
    },
  },
] as const satisfies readonly ScheduledJob[];

export type JobName = (typeof scheduledJobs)[number]["name"];

export function findJob(name: string): ScheduledJob | undefined {
  return scheduledJobs.find((job) => job.name === name);
}

/** Runs one job now, for the scheduler, POST /api/cron/<job> and tests. */
export async function runJob(name: JobName, context: JobContext = {}): Promise<Record<string, number>> {
  const job = findJob(name);
  if (!job) throw new Error(`No scheduled job is called ${name}.`);
  return job.run(context);
}
