import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { adminActions, listingComments, notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { moderateComment, reportComment } from "@/lib/comments/moderation";
import { postComment } from "@/lib/comments/post";
import { listThread } from "@/lib/comments/queries";
import { fixedClock } from "@/lib/kernel/clock";
import { createListing, createUser, latePedalCar } from "./checkout-fixtures";
import { hostileValues } from "../fixtures/hostile-inputs";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

// A thread under hostile input and under callers at the same moment.

const database = withTestDatabase();
let seller: Actor;
let admin: Actor;
let otherAdmin: Actor;

const car = () => createListing(database(), { sellerId: seller.id, item: latePedalCar, priceCents: 36_500 });

beforeAll(async () => {
  seller = await createUser(database(), { ageDays: 30 });
  admin = await createUser(database(), { role: "admin" });
  otherAdmin = await createUser(database(), { role: "admin" });
});

describe("a thread under hostile input", () => {
  it("stores hostile text as plain text or refuses it, and reads hostile ids as missing or as a plain number, never failing", async () => {
    const listingId = await car();
    const writer = await createUser(database(), { ageDays: 30 });
    // Each in a window of its own, so the rate limit stays out of it.
    for (const [i, value] of hostileValues.entries()) {
      const clock = fixedClock(Date.now() + (i + 1) * 11 * 60_000);
      const posted = await postComment({ actor: writer, input: { listingId, body: value }, clock });
      expect(["visible", "invalid"]).toContain(posted.ok ? posted.status : posted.reason);
      // A few ("0x10") read as a real id, as every id in the app does; the rest are refused.
      const elsewhere = await postComment({ actor: writer, input: { listingId: value, body: "Hi" }, clock });
      expect(elsewhere.ok || elsewhere.reason === "not_found").toBe(true);
      expect(typeof (await reportComment({ actor: writer, commentId: value })).ok).toBe("boolean");
      // Nothing is hidden, so restoring finds nothing to do whatever the id reads as.
      expect(await moderateComment({ actor: admin, commentId: value, move: "restore" })).toMatchObject({
        ok: false,
      });
    }
    const stored = await listThread({ listingId, viewer: null });
    expect(stored.some((c) => c.body === "<script>alert(1)</script>")).toBe(true);
    expect(stored.every((c) => !c.body.includes("\u0000"))).toBe(true);
  });
});

describe("a thread under callers at the same moment", () => {
  raceTest(
    "two admins approve one held comment at once: it is shown once, told once, logged once",
    async () => {
      const listingId = await car();
      const newcomer = await createUser(database());
      const held = await postComment({ actor: newcomer, input: { listingId, body: "First question" } });
      const commentId = held.ok ? held.commentId : 0;
      const results = await Promise.all(
        [admin, otherAdmin].map((actor) => moderateComment({ actor, commentId, move: "approve" })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "wrong_status")).toHaveLength(1);
      const told = await database()
        .db.select()
        .from(notifications)
        .where(eq(notifications.dedupeKey, `comment:${commentId}`));
      expect(told).toHaveLength(1);
      expect(
        await database()
          .db.select()
          .from(adminActions)
          .where(eq(adminActions.subjectId, String(commentId))),
      ).toHaveLength(1);
    },
  );

  raceTest("fifteen comments from one account at once: exactly ten are stored", async () => {
    const listingId = await car();
    const talker = await createUser(database(), { ageDays: 30 });
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        postComment({ actor: talker, input: { listingId, body: `Question ${i}` } }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(5);
    const stored = await database()
      .db.select()
      .from(listingComments)
      .where(eq(listingComments.authorId, talker.id));
    expect(stored).toHaveLength(10);
  });
});
