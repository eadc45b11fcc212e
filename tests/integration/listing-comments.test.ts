import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  adminActions,
  emailOutbox,
  listingComments,
  listings,
  notifications,
  users,
  watchlist,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { moderateComment, reportComment } from "@/lib/comments/moderation";
import { postComment } from "@/lib/comments/post";
import { countQuestionsAnswered, listModerationQueue, listThread } from "@/lib/comments/queries";
import { fixedClock } from "@/lib/kernel/clock";
import { createListing, createUser, latePedalCar } from "./checkout-fixtures";
import { withTestDatabase } from "../support/test-database";

// A listing's questions and comments: who may post, what is shown to whom, who hears about it, and
// what only an admin may do.

const database = withTestDatabase();
let seller: Actor;
let buyer: Actor;
let watcher: Actor;
let admin: Actor;

const car = (title = "Unused 1993 AZLK pedal car") =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, title, priceCents: 36_500 });

async function notificationsOf(userId: string) {
  return database()
    .db.select({ title: notifications.title, kind: notifications.kind, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.userId, userId));
}

async function commentsOn(listingId: number) {
  return database().db.select().from(listingComments).where(eq(listingComments.listingId, listingId));
}

beforeAll(async () => {
  seller = await createUser(database(), { country: "US", ageDays: 30 });
  buyer = await createUser(database(), { ageDays: 30 });
  watcher = await createUser(database(), { ageDays: 30 });
  admin = await createUser(database(), { role: "admin", ageDays: 30 });
});

describe("asking a question on a listing", () => {
  it("shows it to everyone, tells the seller and watchers, and the seller's answer is marked and heard by the asker", async () => {
    const listingId = await car();
    await database().db.insert(watchlist).values({ userId: watcher.id, listingId });
    const asked = await postComment({
      actor: buyer,
      input: { listingId, body: "  Is the windscreen original? See https://azlk.example/1993  " },
    });
    expect(asked).toMatchObject({ ok: true, status: "visible" });

    const seen = await listThread({ listingId, viewer: null });
    expect(seen).toEqual([
      expect.objectContaining({
        authorId: buyer.id,
        body: "Is the windscreen original? See https://azlk.example/1993",
        bySeller: false,
        status: "visible",
      }),
    ]);
    expect(await notificationsOf(seller.id)).toEqual([
      expect.objectContaining({
        kind: "listing_comment",
        title: "New question on your listing Unused 1993 AZLK pedal car",
      }),
    ]);
    expect(await notificationsOf(watcher.id)).toHaveLength(1);
    expect(await notificationsOf(buyer.id)).toEqual([]);
    const [sellerEmail] = await database()
      .db.select({ text: emailOutbox.text })
      .from(emailOutbox)
      .innerJoin(users, eq(users.email, emailOutbox.toAddress))
      .where(eq(users.id, seller.id));
    expect(sellerEmail?.text).toContain("Is the windscreen original?");

    const answered = await postComment({
      actor: seller,
      input: { listingId, body: "Yes, the original one." },
    });
    expect(answered).toMatchObject({ ok: true, status: "visible" });
    const thread = await listThread({ listingId, viewer: buyer });
    expect(thread.map((c) => [c.body, c.bySeller])).toEqual([
      ["Is the windscreen original? See https://azlk.example/1993", false],
      ["Yes, the original one.", true],
    ]);
    expect(await notificationsOf(buyer.id)).toEqual([
      expect.objectContaining({
        title: "The seller answered on Unused 1993 AZLK pedal car",
        href: `/listings/${listingId}#comment-${thread[1]!.id}`,
      }),
    ]);
    // The seller hears nothing about their own answer.
    expect(await notificationsOf(seller.id)).toHaveLength(1);
    expect(await notificationsOf(watcher.id)).toHaveLength(2);
    expect(await countQuestionsAnswered(seller.id)).toBe(1);
    expect(await countQuestionsAnswered(buyer.id)).toBe(0);
  });

  it("refuses empty, blank and oversized text with a message on the field, and stores nothing", async () => {
    const listingId = await car();
    for (const body of ["", "   \n ", "x".repeat(2_001), undefined, 42]) {
      const result = await postComment({ actor: buyer, input: { listingId, body } });
      expect(result).toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { body: expect.any(String) },
      });
    }
    expect(await commentsOn(listingId)).toEqual([]);
  });

  it("refuses a listing that does not exist, a draft and a withdrawn one, even to their seller", async () => {
    const draft = await car("Draft pedal car");
    await database().db.update(listings).set({ status: "draft" }).where(eq(listings.id, draft));
    const withdrawn = await car("Withdrawn pedal car");
    await database().db.update(listings).set({ status: "withdrawn" }).where(eq(listings.id, withdrawn));
    const deleted = await car("Deleted pedal car");
    await database().db.update(listings).set({ deletedAt: new Date() }).where(eq(listings.id, deleted));
    for (const listingId of [987_654, "abc", -1, draft, withdrawn, deleted]) {
      for (const actor of [buyer, seller, admin]) {
        const result = await postComment({ actor, input: { listingId, body: "Still for sale?" } });
        expect(result).toMatchObject({ ok: false, reason: "not_found" });
      }
    }
    expect([...(await commentsOn(draft)), ...(await commentsOn(withdrawn))]).toEqual([]);
  });

  it("holds a new account's first comment: only its author sees it, until an admin approves it", async () => {
    const listingId = await car();
    const newcomer = await createUser(database());
    const held = await postComment({ actor: newcomer, input: { listingId, body: "First question here" } });
    expect(held).toMatchObject({ ok: true, status: "held" });
    const commentId = held.ok ? held.commentId : 0;
    expect(await listThread({ listingId, viewer: null })).toEqual([]);
    expect(await listThread({ listingId, viewer: buyer })).toEqual([]);
    expect(await listThread({ listingId, viewer: seller })).toEqual([]);
    expect(await listThread({ listingId, viewer: newcomer })).toEqual([
      expect.objectContaining({ id: commentId, status: "held" }),
    ]);
    const sellerHeard = (await notificationsOf(seller.id)).length;
    // Nobody but an admin lets it through, the seller of the listing included.
    for (const actor of [newcomer, seller, buyer]) {
      expect(await moderateComment({ actor, commentId, move: "approve" })).toMatchObject({
        ok: false,
        reason: "forbidden",
      });
    }
    expect((await notificationsOf(seller.id)).length).toBe(sellerHeard);

    expect(await moderateComment({ actor: admin, commentId, move: "approve" })).toMatchObject({
      ok: true,
      status: "visible",
    });
    expect(await listThread({ listingId, viewer: null })).toEqual([
      expect.objectContaining({ id: commentId, status: "visible" }),
    ]);
    expect((await notificationsOf(seller.id)).length).toBe(sellerHeard + 1);
    expect(await moderateComment({ actor: admin, commentId, move: "approve" })).toMatchObject({
      ok: false,
      reason: "wrong_status",
    });
    const audit = await database()
      .db.select()
      .from(adminActions)
      .where(
        and(eq(adminActions.subjectType, "listing_comment"), eq(adminActions.subjectId, String(commentId))),
      );
    expect(audit).toEqual([expect.objectContaining({ adminId: admin.id, action: "comment.approve" })]);
    // Once one comment of theirs was shown, the next is shown at once.
    expect(await postComment({ actor: newcomer, input: { listingId, body: "And another" } })).toMatchObject({
      ok: true,
      status: "visible",
    });
  });

  it("lets only an admin hide and restore a comment, each step in the audit log", async () => {
    const listingId = await car();
    const posted = await postComment({ actor: buyer, input: { listingId, body: "Rude remark" } });
    const commentId = posted.ok ? posted.commentId : 0;
    for (const actor of [buyer, seller, watcher]) {
      expect(await moderateComment({ actor, commentId, move: "hide" })).toMatchObject({
        ok: false,
        reason: "forbidden",
      });
    }
    expect(await listThread({ listingId, viewer: null })).toHaveLength(1);
    expect(await moderateComment({ actor: admin, commentId, move: "hide" })).toMatchObject({ ok: true });
    expect(await listThread({ listingId, viewer: null })).toEqual([]);
    expect(await listThread({ listingId, viewer: buyer })).toEqual([]);
    expect(await moderateComment({ actor: seller, commentId, move: "restore" })).toMatchObject({
      reason: "forbidden",
    });
    expect(await moderateComment({ actor: admin, commentId, move: "restore" })).toMatchObject({
      ok: true,
      status: "visible",
    });
    expect(await listThread({ listingId, viewer: null })).toHaveLength(1);
    expect(await moderateComment({ actor: admin, commentId: 987_654, move: "hide" })).toMatchObject({
      reason: "not_found",
    });
    const audit = await database()
      .db.select({ action: adminActions.action })
      .from(adminActions)
      .where(eq(adminActions.subjectId, String(commentId)))
      .orderBy(adminActions.id);
    expect(audit.map((a) => a.action)).toEqual(["comment.hide", "comment.restore"]);
  });

  it("takes one report per person per comment, never of one's own or of a comment they cannot see", async () => {
    const listingId = await car();
    const posted = await postComment({ actor: seller, input: { listingId, body: "Ships in a crate." } });
    const commentId = posted.ok ? posted.commentId : 0;
    expect(await reportComment({ actor: buyer, commentId })).toMatchObject({
      ok: true,
      alreadyReported: false,
    });
    expect(await reportComment({ actor: buyer, commentId })).toMatchObject({
      ok: true,
      alreadyReported: true,
    });
    expect(await reportComment({ actor: watcher, commentId })).toMatchObject({
      ok: true,
      alreadyReported: false,
    });
    expect(await reportComment({ actor: seller, commentId })).toMatchObject({ ok: false });
    expect(await reportComment({ actor: buyer, commentId: "x" })).toMatchObject({ ok: false });
    expect((await listThread({ listingId, viewer: buyer }))[0]).toMatchObject({ reported: true });
    expect((await listThread({ listingId, viewer: seller }))[0]).toMatchObject({ reported: false });

    const newcomer = await createUser(database());
    const held = await postComment({ actor: newcomer, input: { listingId, body: "Held one" } });
    expect(await reportComment({ actor: buyer, commentId: held.ok ? held.commentId : 0 })).toMatchObject({
      ok: false,
    });

    expect(await listModerationQueue({ actor: buyer })).toBeNull();
    const queue = await listModerationQueue({ actor: admin });
    expect(queue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: commentId, status: "visible", reports: 2 }),
        expect.objectContaining({ status: "held", body: "Held one" }),
      ]),
    );
  });

  it("lets one account post ten comments in ten minutes, then refuses until the window is over", async () => {
    const listingId = await car();
    const talker = await createUser(database(), { ageDays: 30 });
    const start = new Date(Date.now() + 3_600_000);
    for (let i = 1; i <= 10; i++) {
      const result = await postComment({
        actor: talker,
        input: { listingId, body: `Question ${i}` },
        clock: fixedClock(start.getTime() + i * 1000),
      });
      expect(result).toMatchObject({ ok: true });
    }
    const refused = await postComment({
      actor: talker,
      input: { listingId, body: "One more" },
      clock: fixedClock(start.getTime() + 20_000),
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "rate_limited",
      message: expect.stringMatching(/Wait 10 minutes/),
    });
    expect(await commentsOn(listingId)).toHaveLength(10);
    // Another account is not held back by this one's count.
    expect(
      await postComment({ actor: buyer, input: { listingId, body: "Me too" }, clock: fixedClock(start) }),
    ).toMatchObject({ ok: true });
    const later = await postComment({
      actor: talker,
      input: { listingId, body: "One more" },
      clock: fixedClock(start.getTime() + 11 * 60_000),
    });
    expect(later).toMatchObject({ ok: true });
  });
});
