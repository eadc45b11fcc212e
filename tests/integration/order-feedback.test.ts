import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { orderFeedback, orders } from "@/db/schema";
import { leaveFeedback, replyToFeedback } from "@/lib/feedback/leave";
import { orderFeedbackFor } from "@/lib/feedback/queries";
import { fixedClock } from "@/lib/kernel/clock";
import { expireReservationIfDue, expireStaleReservations } from "@/lib/orders/expiry";
import { markOrderReceived, markOrderShipped } from "@/lib/orders/fulfilment";
import { withTestDatabase } from "../support/test-database";
import { createUser, readOrder, type TestUser } from "./checkout-fixtures";
import { feedbackNotices, feedbackOn, orderBetween } from "./order-feedback-fixtures";

// Two-sided feedback after an order: who may rate whom, once, when; the reply; the unpaid-auction mark.

const database = withTestDatabase();
let seller: TestUser;
let buyer: TestUser;
let stranger: TestUser;
let admin: TestUser;

beforeAll(async () => {
  seller = await createUser(database(), { country: "EE" });
  buyer = await createUser(database());
  stranger = await createUser(database());
  admin = await createUser(database(), { role: "admin" });
});

const rate = (
  actor: TestUser,
  orderId: number,
  rating = "positive",
  comment = "Well packed, as described.",
  clock?: ReturnType<typeof fixedClock>,
) => leaveFeedback({ actor, input: { orderId, rating, comment }, clock });

/** A paid order taken through shipping and receipt the way its parties do it. */
async function receivedOrder(): Promise<{ orderId: number; receivedAt: Date }> {
  const orderId = await orderBetween(database(), { buyerId: buyer.id, sellerId: seller.id, status: "paid" });
  expect(
    await markOrderShipped({ actor: seller, input: { orderId, carrier: "Omniva", trackingNumber: "CC123" } }),
  ).toMatchObject({ ok: true });
  expect(await markOrderReceived({ actor: buyer, input: { orderId } })).toMatchObject({ ok: true });
  return { orderId, receivedAt: (await readOrder(database(), orderId)).receivedAt! };
}

describe("feedback on a received order", () => {
  it("lets the buyer rate the seller and the seller the buyer, once each, and tells the rated party", async () => {
    const { orderId } = await receivedOrder();
    expect(await rate(buyer, orderId, "positive", "  Fast and careful.  ")).toMatchObject({
      ok: true,
      orderId,
    });
    expect(await rate(seller, orderId, "neutral", "Paid, but slowly.")).toMatchObject({ ok: true });
    const stored = await feedbackOn(database(), orderId);
    expect(stored.map((f) => [f.kind, f.authorId, f.subjectId, f.subjectSide, f.rating, f.comment])).toEqual([
      ["rating", buyer.id, seller.id, "seller", "positive", "Fast and careful."],
      ["rating", seller.id, buyer.id, "buyer", "neutral", "Paid, but slowly."],
    ]);
    expect(await feedbackNotices(database(), seller.id)).toContainEqual({
      kind: "feedback",
      title: `Positive feedback from the buyer on order ${orderId}`,
      href: `/orders/${orderId}/feedback`,
    });
    expect(await feedbackNotices(database(), buyer.id)).toContainEqual(
      expect.objectContaining({ title: `Neutral feedback from the seller on order ${orderId}` }),
    );

    // A second rating from either side is refused and changes nothing.
    expect(await rate(buyer, orderId, "negative", "Changed my mind")).toMatchObject({
      ok: false,
      reason: "already_rated",
      message: "You have already left feedback on this order.",
    });
    expect(await rate(seller, orderId, "positive")).toMatchObject({ ok: false, reason: "already_rated" });
    expect((await feedbackOn(database(), orderId)).map((f) => f.rating)).toEqual(["positive", "neutral"]);
  });

  it("refuses anyone but the order's two parties, admins included, and stores nothing", async () => {
    const { orderId } = await receivedOrder();
    for (const outsider of [stranger, admin]) {
      expect(await rate(outsider, orderId)).toEqual({
        ok: false,
        reason: "not_party",
        message: "That order does not exist.",
        fieldErrors: {},
      });
      expect(await orderFeedbackFor(orderId, outsider.id)).toBeNull();
    }
    expect(await rate(buyer, 2_000_000_000)).toMatchObject({ ok: false, reason: "not_party" });
    expect(await rate(buyer, "../1" as unknown as number)).toMatchObject({ ok: false, reason: "not_party" });
    expect(await feedbackOn(database(), orderId)).toEqual([]);
    expect(await orderFeedbackFor(orderId, buyer.id)).toMatchObject({ viewerSide: "buyer", canRate: true });
    expect(await orderFeedbackFor(orderId, seller.id)).toMatchObject({ viewerSide: "seller", canRate: true });
  });

  it("refuses feedback before the order is received, on any order not received, and on one's own listing's order", async () => {
    for (const status of ["pending_payment", "paid", "shipped", "cancelled", "refunded"] as const) {
      const orderId = await orderBetween(database(), { buyerId: buyer.id, sellerId: seller.id, status });
      for (const party of [buyer, seller]) {
        expect(await rate(party, orderId)).toMatchObject({
          ok: false,
          reason: "not_received",
          message: "Feedback opens once the buyer has marked the order received.",
        });
      }
      expect(await orderFeedbackFor(orderId, buyer.id)).toMatchObject({
        canRate: false,
        notYet: "Feedback opens once the order is marked received.",
      });
      expect(await feedbackOn(database(), orderId)).toEqual([]);
    }
    const ownListing = await orderBetween(database(), { buyerId: seller.id, sellerId: seller.id });
    expect(await rate(seller, ownListing)).toMatchObject({
      ok: false,
      reason: "self_dealing",
      message: "You cannot leave feedback on your own listing's order.",
    });
    expect(await feedbackOn(database(), ownListing)).toEqual([]);
  });

  it("is open for 60 days after the order was received, by the clock", async () => {
    const early = await receivedOrder();
    const late = await receivedOrder();
    const end = early.receivedAt.getTime() + 60 * 86_400_000;
    expect(await rate(buyer, early.orderId, "positive", "Right at the end", fixedClock(end))).toMatchObject({
      ok: true,
    });
    expect(
      await rate(seller, early.orderId, "positive", "One moment late", fixedClock(end + 1)),
    ).toMatchObject({
      ok: false,
      reason: "window_closed",
      message: "Feedback closes 60 days after the order was received.",
    });
    const lateEnd = late.receivedAt.getTime() + 60 * 86_400_000;
    expect(
      await rate(buyer, late.orderId, "negative", "Too late", fixedClock(lateEnd + 60_000)),
    ).toMatchObject({
      reason: "window_closed",
    });
    expect(await orderFeedbackFor(late.orderId, buyer.id, fixedClock(lateEnd + 60_000))).toMatchObject({
      canRate: false,
      notYet: "Feedback closed 60 days after the order was received.",
    });
    expect(await orderFeedbackFor(late.orderId, buyer.id, fixedClock(lateEnd - 60_000))).toMatchObject({
      canRate: true,
      closesAt: new Date(lateEnd).toISOString(),
    });
    expect((await feedbackOn(database(), early.orderId)).map((f) => f.authorId)).toEqual([buyer.id]);
    expect(await feedbackOn(database(), late.orderId)).toEqual([]);
  });

  it("asks for a rating and a comment of 1 to 500 characters, and stores nothing otherwise", async () => {
    const { orderId } = await receivedOrder();
    expect(await rate(buyer, orderId, "great")).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { rating: "Choose positive, neutral or negative." },
    });
    for (const comment of ["", "   \n ", "\u0000\u0007"]) {
      expect(await rate(buyer, orderId, "positive", comment)).toMatchObject({
        reason: "invalid",
        fieldErrors: { comment: "Write a short comment about the trade." },
      });
    }
    expect(await rate(buyer, orderId, "positive", "x".repeat(501))).toMatchObject({
      reason: "invalid",
      fieldErrors: { comment: "Keep it to 500 characters or fewer." },
    });
    expect(await leaveFeedback({ actor: buyer, input: { orderId, rating: null, comment: 5 } })).toMatchObject(
      {
        reason: "invalid",
      },
    );
    expect(await feedbackOn(database(), orderId)).toEqual([]);
    const html = "<b>bold</b> " + "y".repeat(488);
    expect(await rate(buyer, orderId, "positive", html)).toMatchObject({ ok: true });
    expect((await feedbackOn(database(), orderId))[0]!.comment).toBe(html);
  });
});

describe("a reply to feedback", () => {
  it("is the rated party's, once, 1 to 500 characters; nobody else may reply", async () => {
    const { orderId } = await receivedOrder();
    const given = await rate(buyer, orderId, "negative", "Arrived with a cracked windscreen.");
    if (!given.ok) throw new Error(given.message);
    const reply = (actor: TestUser, text: string) =>
      replyToFeedback({ actor, input: { feedbackId: given.feedbackId, reply: text } });

    for (const other of [buyer, stranger, admin]) {
      expect(await reply(other, "Not true.")).toMatchObject({
        ok: false,
        reason: "not_found",
        message: "Only the member the feedback is about can reply to it.",
      });
    }
    expect(await reply(seller, "")).toMatchObject({
      reason: "invalid",
      fieldErrors: { reply: "Write your reply." },
    });
    expect(await reply(seller, "z".repeat(501))).toMatchObject({
      reason: "invalid",
      fieldErrors: { reply: "Keep it to 500 characters or fewer." },
    });
    expect(await reply(seller, "Refunded the windscreen in full.")).toMatchObject({ ok: true });
    expect(await reply(seller, "And again")).toMatchObject({
      ok: false,
      reason: "already_replied",
      message: "You have already replied to this feedback.",
    });
    expect(
      await replyToFeedback({ actor: seller, input: { feedbackId: 2_000_000_000, reply: "Hello" } }),
    ).toMatchObject({ reason: "not_found" });
    const [stored] = await feedbackOn(database(), orderId);
    expect(stored).toMatchObject({ reply: "Refunded the windscreen in full.", repliedAt: expect.any(Date) });
  });
});

describe("an auction win left unpaid", () => {
  it("gives the buyer one automatic negative mark when the order expires, and nothing for a cart order", async () => {
    const lapsedAt = new Date(Date.now() - 60_000);
    const auction = await orderBetween(database(), {
      buyerId: buyer.id,
      sellerId: seller.id,
      status: "pending_payment",
      source: "auction",
      reservedUntil: lapsedAt,
    });
    const cart = await orderBetween(database(), {
      buyerId: buyer.id,
      sellerId: seller.id,
      status: "pending_payment",
      source: "cart",
      reservedUntil: lapsedAt,
    });
    const now = new Date();
    const swept = await expireStaleReservations({ now });
    expect(swept.expiredOrderIds).toEqual(expect.arrayContaining([auction, cart]));
    // Another path to expiry later (the buyer opening the order) adds nothing.
    await expireReservationIfDue(auction);
    await expireStaleReservations({ now });
    await database()
      .db.update(orders)
      .set({ status: "pending_payment", reservedUntil: lapsedAt })
      .where(eq(orders.id, auction));
    await expireReservationIfDue(auction);

    const marks = await feedbackOn(database(), auction);
    expect(marks.map((m) => [m.kind, m.authorId, m.subjectId, m.subjectSide, m.rating, m.comment])).toEqual([
      [
        "unpaid_auction",
        null,
        buyer.id,
        "buyer",
        "negative",
        "Unpaid auction win: the buyer did not pay in time.",
      ],
    ]);
    expect(marks[0]!.createdAt.toISOString()).toBe(now.toISOString());
    expect(await feedbackOn(database(), cart)).toEqual([]);
    expect(
      (await feedbackNotices(database(), buyer.id)).filter((n) => n.title.includes(`order ${auction}`)),
    ).toEqual([
      {
        kind: "feedback",
        title: `An unpaid auction win was recorded on your profile (order ${auction})`,
        href: `/orders/${auction}/feedback`,
      },
    ]);

    // Neither party can rate a lapsed order; the buyer may answer the mark once.
    expect(await rate(seller, auction, "negative")).toMatchObject({ reason: "not_received" });
    expect(await rate(stranger, auction, "negative")).toMatchObject({ reason: "not_party" });
    expect(
      await replyToFeedback({ actor: seller, input: { feedbackId: marks[0]!.id, reply: "Noted" } }),
    ).toMatchObject({ ok: false });
    expect(
      await replyToFeedback({
        actor: buyer,
        input: { feedbackId: marks[0]!.id, reply: "I was in hospital." },
      }),
    ).toMatchObject({ ok: true });
    expect(await orderFeedbackFor(auction, buyer.id)).toMatchObject({
      canRate: false,
      received: [expect.objectContaining({ kind: "unpaid_auction", reply: "I was in hospital." })],
    });
    expect(
      await database()
        .db.select()
        .from(orderFeedback)
        .where(and(eq(orderFeedback.orderId, auction), eq(orderFeedback.kind, "rating"))),
    ).toEqual([]);
  });
});
