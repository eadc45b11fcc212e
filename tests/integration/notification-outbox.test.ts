import { isNull } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emailOutbox } from "@/db/schema";
import { createBidder } from "@/lib/auctions/test-fixtures";
import { notify } from "@/lib/notifications/notify";
import { deliverQueuedEmails } from "@/lib/notifications/outbox";
import {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
} from "@/lib/notifications/queries";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();

afterEach(() => vi.restoreAllMocks());

describe("notifications", () => {
  it("keeps each person's notifications their own, and marks read only one's own", async () => {
    const nina = await createBidder(database());
    const tom = await createBidder(database());
    await notify(database().db, {
      userId: nina.id,
      kind: "outbid",
      title: "You've been outbid",
      body: "Bid again.",
      href: "/listings/1",
    });
    await notify(database().db, {
      userId: tom.id,
      kind: "outbid",
      title: "You've been outbid",
      body: "Bid again.",
      href: "/listings/1",
    });
    const [ninas] = await listNotifications({ userId: nina.id });
    expect(await markNotificationsRead({ userId: tom.id, ids: [ninas!.id] })).toBe(0);
    expect(await countUnreadNotifications({ userId: nina.id })).toBe(1);
    expect(await markNotificationsRead({ userId: nina.id })).toBe(1);
    expect(await countUnreadNotifications({ userId: nina.id })).toBe(0);
    expect(await countUnreadNotifications({ userId: tom.id })).toBe(1);
  });

  it("sends once a notification with a dedupe key", async () => {
    const nina = await createBidder(database());
    const alert = {
      userId: nina.id,
      kind: "ending_soon" as const,
      title: "Ending soon",
      body: "Soon.",
      href: "/listings/2",
      dedupeKey: "ending-soon:2",
    };
    expect(await notify(database().db, alert)).toBe(true);
    expect(await notify(database().db, alert)).toBe(false);
    expect(await listNotifications({ userId: nina.id })).toHaveLength(1);
  });

  raceTest(
    "sends each queued email once, however many senders run at the same time, logging them without SMTP",
    async () => {
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      await database().db.update(emailOutbox).set({ sentAt: new Date() });
      const people = await Promise.all(Array.from({ length: 6 }, () => createBidder(database())));
      for (const person of people)
        await notify(database().db, {
          userId: person.id,
          kind: "auction_won",
          title: "You won",
          body: "Pay within 72 hours.",
          href: "/orders/1",
        });
      const sent = await Promise.all([
        deliverQueuedEmails({ limit: 4 }),
        deliverQueuedEmails({ limit: 4 }),
        deliverQueuedEmails({ limit: 4 }),
      ]);
      const more = await deliverQueuedEmails();
      expect(sent.reduce((a, b) => a + b, 0) + more).toBe(6);
      expect(log.mock.calls.filter(([line]) => String(line).startsWith("[email]"))).toHaveLength(6);
      const pending = await database().db.select().from(emailOutbox).where(isNull(emailOutbox.sentAt));
      expect(pending).toEqual([]);
    },
  );
});
