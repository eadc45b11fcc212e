import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  adminActions,
  conversations,
  emailOutbox,
  listings,
  messages,
  notifications,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { fixedClock } from "@/lib/kernel/clock";
import { listConversationsForAdmin, readConversationAsAdmin } from "@/lib/messages/admin";
import {
  countUnreadMessages,
  getThreadForParty,
  listConversations,
  markConversationRead,
} from "@/lib/messages/queries";
import { messageLimits } from "@/lib/messages/rules";
import { replyToConversation, startConversation } from "@/lib/messages/send";
import { createListing, createUser, latePedalCar } from "./checkout-fixtures";
import { orderBetween } from "./order-feedback-fixtures";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

// Messages between a listing's or an order's buyer and seller: who may read and write, what is
// stored, what is counted unread, who is told, and what an admin's read leaves in the audit log.

const database = withTestDatabase();
let seller: Actor;
let buyer: Actor;
let stranger: Actor;
let admin: Actor;

// Each test sends from its own clock window, so the rate limit only matters where it is tested.
let minute = 0;
const clock = () => fixedClock(new Date(Date.UTC(2026, 11, 1) + ++minute * 11 * 60_000));

const car = (title = "Unused 1993 AZLK pedal car") =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, title, priceCents: 36_500 });

const messagesIn = (conversationId: number) =>
  database()
    .db.select({ body: messages.body, authorId: messages.authorId })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(messages.id);

const messageNotices = (userId: string) =>
  database()
    .db.select({ id: notifications.id, title: notifications.title, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .then((rows) => rows.filter((row) => row.href.startsWith("/messages/")));

async function emailsTo(userId: string) {
  return database()
    .db.select({ subject: emailOutbox.subject, text: emailOutbox.text })
    .from(emailOutbox)
    .innerJoin(users, eq(users.email, emailOutbox.toAddress))
    .where(eq(users.id, userId));
}

beforeAll(async () => {
  seller = await createUser(database(), { country: "US", ageDays: 30 });
  buyer = await createUser(database(), { ageDays: 30 });
  stranger = await createUser(database(), { ageDays: 30 });
  admin = await createUser(database(), { role: "admin", ageDays: 30 });
});

describe("a buyer messages a seller about a listing", () => {
  it("opens one conversation, tells the seller in-app and by email, and counts it unread until read", async () => {
    const listingId = await car("Red AZLK pedal car, 1993 plate");
    const before = await countUnreadMessages({ userId: seller.id });
    const sent = setupResult(
      await startConversation({
        actor: buyer,
        input: { listingId, body: "  Is the windscreen original? https://azlk.example/1993  " },
        clock: clock(),
      }),
      "first message",
    );
    expect(await messagesIn(sent.conversationId)).toEqual([
      { body: "Is the windscreen original? https://azlk.example/1993", authorId: buyer.id },
    ]);
    expect(await countUnreadMessages({ userId: seller.id })).toBe(before + 1);
    expect(await countUnreadMessages({ userId: buyer.id })).toBe(0);
    const notices = await messageNotices(seller.id);
    expect(notices.at(-1)).toMatchObject({
      href: `/messages/${sent.conversationId}`,
      title: expect.stringContaining("Red AZLK pedal car, 1993 plate"),
    });
    const emails = await emailsTo(seller.id);
    expect(emails.some((e) => e.text.includes("Is the windscreen original?"))).toBe(true);

    // A second message from the same buyer about the same listing joins the same conversation.
    const again = setupResult(
      await startConversation({ actor: buyer, input: { listingId, body: "And the wheel?" }, clock: clock() }),
      "second message",
    );
    expect(again.conversationId).toBe(sent.conversationId);
    const mine = await listConversations({ userId: seller.id });
    expect(mine[0]).toMatchObject({
      id: sent.conversationId,
      subject: "Red AZLK pedal car, 1993 plate",
      side: "seller",
      unread: 2,
      lastMessage: "And the wheel?",
    });

    // The seller opens it: nothing unread; replies: the buyer has one unread and is told.
    expect(
      await markConversationRead({
        userId: seller.id,
        conversationId: sent.conversationId,
        upTo: again.messageId,
      }),
    ).toBe(true);
    expect(await countUnreadMessages({ userId: seller.id })).toBe(before);
    const reply = setupResult(
      await replyToConversation({
        actor: seller,
        input: { conversationId: sent.conversationId, body: "Both original." },
        clock: clock(),
      }),
      "reply",
    );
    expect(await countUnreadMessages({ userId: buyer.id })).toBe(1);
    expect((await messageNotices(buyer.id)).at(-1)).toMatchObject({
      href: `/messages/${sent.conversationId}`,
    });
    expect((await emailsTo(buyer.id)).some((e) => e.text.includes("Both original."))).toBe(true);
    const thread = await getThreadForParty({ conversationId: sent.conversationId, viewer: buyer });
    expect(thread.ok && thread.thread.messages.map((m) => m.body)).toEqual([
      "Is the windscreen original? https://azlk.example/1993",
      "And the wheel?",
      "Both original.",
    ]);
    expect(thread.ok && thread.thread.readUpTo).toBe(again.messageId);
    await markConversationRead({
      userId: buyer.id,
      conversationId: sent.conversationId,
      upTo: reply.messageId,
    });
    expect(await countUnreadMessages({ userId: buyer.id })).toBe(0);
  });

  it("lists the latest conversation first", async () => {
    const older = await car("Older listing");
    const newer = await car("Newer listing");
    const first = setupResult(
      await startConversation({ actor: buyer, input: { listingId: older, body: "Hello" }, clock: clock() }),
      "first",
    );
    const second = setupResult(
      await startConversation({ actor: buyer, input: { listingId: newer, body: "Hello" }, clock: clock() }),
      "second",
    );
    const ids = (await listConversations({ userId: buyer.id })).map((c) => c.id);
    expect(ids.indexOf(second.conversationId)).toBeLessThan(ids.indexOf(first.conversationId));
  });

  it("refuses the seller messaging themselves about their own listing", async () => {
    const listingId = await car();
    const result = await startConversation({
      actor: seller,
      input: { listingId, body: "Hi me" },
      clock: clock(),
    });
    expect(result).toMatchObject({ ok: false, reason: "self" });
    expect(
      await database().db.select().from(conversations).where(eq(conversations.listingId, listingId)),
    ).toEqual([]);
  });

  it("refuses a draft, hidden or missing listing", async () => {
    const draft = await car("Draft");
    await database().db.update(listings).set({ status: "draft" }).where(eq(listings.id, draft));
    const hidden = await car("Hidden");
    await database()
      .db.update(listings)
      .set({ hiddenAt: new Date(), hiddenReason: "admin" })
      .where(eq(listings.id, hidden));
    for (const listingId of [draft, hidden, 987_654, "abc"]) {
      const result = await startConversation({
        actor: buyer,
        input: { listingId, body: "Hi" },
        clock: clock(),
      });
      expect(result).toMatchObject({ ok: false, reason: "not_found" });
    }
  });

  it("refuses empty, blank and oversized text on the field, and stores nothing", async () => {
    const listingId = await car();
    for (const body of ["", "  \n ", "x".repeat(messageLimits.maxLength + 1), undefined, 42]) {
      const result = await startConversation({ actor: buyer, input: { listingId, body }, clock: clock() });
      expect(result).toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { body: expect.any(String) },
      });
    }
    expect(
      await database().db.select().from(conversations).where(eq(conversations.listingId, listingId)),
    ).toEqual([]);
    const at = setupResult(
      await startConversation({
        actor: buyer,
        input: { listingId, body: "y".repeat(messageLimits.maxLength) },
        clock: clock(),
      }),
      "longest message",
    );
    for (const body of ["", "z".repeat(messageLimits.maxLength + 1)]) {
      expect(
        await replyToConversation({
          actor: seller,
          input: { conversationId: at.conversationId, body },
          clock: clock(),
        }),
      ).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { body: expect.any(String) } });
    }
    expect(await messagesIn(at.conversationId)).toHaveLength(1);
  });

  it("refuses a suspended account, and stores nothing", async () => {
    const listingId = await car();
    const suspended = await createUser(database(), { ageDays: 30 });
    await database().db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, suspended.id));
    const result = await startConversation({
      actor: suspended,
      input: { listingId, body: "Hi" },
      clock: clock(),
    });
    expect(result).toMatchObject({ ok: false, reason: "suspended" });
    expect(
      await database().db.select().from(conversations).where(eq(conversations.buyerId, suspended.id)),
    ).toEqual([]);
  });

  it(`limits an account to ${messageLimits.perAccount.points} messages in ${messageLimits.perAccount.durationSeconds / 60} minutes`, async () => {
    const listingId = await car();
    const talker = await createUser(database(), { ageDays: 30 });
    const now = clock();
    for (let i = 0; i < messageLimits.perAccount.points; i++)
      setupResult(
        await startConversation({ actor: talker, input: { listingId, body: `Message ${i}` }, clock: now }),
        `message ${i}`,
      );
    const refused = await startConversation({
      actor: talker,
      input: { listingId, body: "One more" },
      clock: now,
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "rate_limited",
      message: expect.stringContaining("Wait"),
    });
    const [conversation] = await database()
      .db.select({ id: conversations.id })
      .from(conversations)
      .where(eq(conversations.buyerId, talker.id));
    expect(await messagesIn(conversation!.id)).toHaveLength(messageLimits.perAccount.points);
    // The next window takes messages again.
    const later = fixedClock(now.now().getTime() + messageLimits.perAccount.durationSeconds * 1000 + 1000);
    expect(
      await startConversation({ actor: talker, input: { listingId, body: "Later" }, clock: later }),
    ).toMatchObject({ ok: true });
  });
});

describe("only the two parties", () => {
  it("refuses a third party reading or writing with a clear error, and an admin writing", async () => {
    const listingId = await car();
    const sent = setupResult(
      await startConversation({
        actor: buyer,
        input: { listingId, body: "Private question" },
        clock: clock(),
      }),
      "message",
    );
    const conversationId = sent.conversationId;
    for (const actor of [stranger, admin]) {
      expect(await getThreadForParty({ conversationId, viewer: actor })).toEqual({
        ok: false,
        reason: "forbidden",
        message: "Only the buyer and the seller can read or write in this conversation.",
      });
      expect(
        await replyToConversation({ actor, input: { conversationId, body: "Let me in" }, clock: clock() }),
      ).toMatchObject({
        ok: false,
        reason: "forbidden",
        message: "Only the buyer and the seller can read or write in this conversation.",
      });
    }
    // Reading it read nothing for them, marking it read changes nothing.
    expect(await markConversationRead({ userId: stranger.id, conversationId, upTo: sent.messageId })).toBe(
      false,
    );
    expect(await messagesIn(conversationId)).toHaveLength(1);
    expect((await listConversations({ userId: stranger.id })).map((c) => c.id)).not.toContain(conversationId);
    expect(
      await replyToConversation({
        actor: buyer,
        input: { conversationId: 987_654, body: "Hi" },
        clock: clock(),
      }),
    ).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("lets either party of an order start its one conversation; anyone else is told the order does not exist", async () => {
    const orderId = await orderBetween(database(), {
      buyerId: buyer.id,
      sellerId: seller.id,
      status: "paid",
    });
    const fromSeller = setupResult(
      await startConversation({
        actor: seller,
        input: { orderId, body: "Shipping Monday." },
        clock: clock(),
      }),
      "seller's message",
    );
    const fromBuyer = setupResult(
      await startConversation({ actor: buyer, input: { orderId, body: "Thank you!" }, clock: clock() }),
      "buyer's message",
    );
    expect(fromBuyer.conversationId).toBe(fromSeller.conversationId);
    const [row] = await database()
      .db.select()
      .from(conversations)
      .where(eq(conversations.id, fromSeller.conversationId));
    expect(row).toMatchObject({ orderId, buyerId: buyer.id, sellerId: seller.id, listingId: null });
    expect((await listConversations({ userId: buyer.id })).find((c) => c.orderId === orderId)?.subject).toBe(
      `Order ${orderId} · AZLK pedal car`,
    );
    for (const actor of [stranger, admin]) {
      expect(
        await startConversation({ actor, input: { orderId, body: "Me too" }, clock: clock() }),
      ).toMatchObject({ ok: false, reason: "not_found", message: "That order does not exist." });
    }
    expect(await messagesIn(fromSeller.conversationId)).toHaveLength(2);
  });
});

describe("an admin's read", () => {
  it("shows the thread and writes each read to the audit log; nobody else may", async () => {
    const listingId = await car();
    const sent = setupResult(
      await startConversation({
        actor: buyer,
        input: { listingId, body: "Reported message" },
        clock: clock(),
      }),
      "message",
    );
    const conversationId = sent.conversationId;
    expect(await readConversationAsAdmin({ actor: buyer, conversationId })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await listConversationsForAdmin({ actor: seller })).toBeNull();
    for (let read = 1; read <= 2; read++) {
      const answer = await readConversationAsAdmin({ actor: admin, conversationId });
      expect(answer.ok && answer.thread.messages.map((m) => m.body)).toEqual(["Reported message"]);
    }
    const audit = await database()
      .db.select({ adminId: adminActions.adminId, action: adminActions.action })
      .from(adminActions)
      .where(inArray(adminActions.subjectId, [String(conversationId)]));
    expect(audit.filter((a) => a.action === "conversation.read")).toEqual([
      { adminId: admin.id, action: "conversation.read" },
      { adminId: admin.id, action: "conversation.read" },
    ]);
    const listed = await listConversationsForAdmin({ actor: admin });
    expect(listed?.conversations.find((c) => c.id === conversationId)).toMatchObject({ messageCount: 1 });
    // The admin's read marks nothing read for the parties.
    expect(await countUnreadMessages({ userId: seller.id })).toBeGreaterThan(0);
  });
});
