import { beforeAll, describe, expect, it } from "vitest";
import { leaveFeedback, replyToFeedback } from "@/lib/feedback/leave";
import { feedbackSummary, latestFeedback } from "@/lib/feedback/queries";
import { fixedClock } from "@/lib/kernel/clock";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";
import { createUser, type TestUser } from "./checkout-fixtures";
import { feedbackOn, orderBetween } from "./order-feedback-fixtures";

// A member's figures, hand-counted from a small record, and two submissions at once storing one rating.

const database = withTestDatabase();
let member: TestUser;
let others: TestUser[];

beforeAll(async () => {
  member = await createUser(database());
  others = await Promise.all([1, 2, 3].map(() => createUser(database())));
});

const at = (iso: string) => new Date(iso);

/** An order received on `received`, rated by `author` on `ratedOn`. */
async function rated(input: {
  buyer: TestUser;
  seller: TestUser;
  author: TestUser;
  rating: "positive" | "neutral" | "negative";
  received: string;
  ratedOn: string;
}) {
  const orderId = await orderBetween(database(), {
    buyerId: input.buyer.id,
    sellerId: input.seller.id,
    receivedAt: at(input.received),
  });
  const result = await leaveFeedback({
    actor: input.author,
    input: { orderId, rating: input.rating, comment: `${input.rating} on ${input.ratedOn}` },
    clock: fixedClock(at(input.ratedOn)),
  });
  if (!result.ok) throw new Error(result.message);
  return result.feedbackId;
}

describe("a member's feedback figures", () => {
  it("count positive, neutral and negative as seller and as buyer, over 12 months and all time", async () => {
    const [a, b, c] = others as [TestUser, TestUser, TestUser];
    const now = fixedClock(at("2026-06-01T12:00:00Z"));
    // As seller: buyers rate the member.
    await rated({
      buyer: a,
      seller: member,
      author: a,
      rating: "positive",
      received: "2026-05-01T10:00:00Z",
      ratedOn: "2026-05-02T10:00:00Z",
    });
    await rated({
      buyer: b,
      seller: member,
      author: b,
      rating: "positive",
      received: "2026-04-01T10:00:00Z",
      ratedOn: "2026-04-05T10:00:00Z",
    });
    await rated({
      buyer: c,
      seller: member,
      author: c,
      rating: "neutral",
      received: "2026-03-01T10:00:00Z",
      ratedOn: "2026-03-02T10:00:00Z",
    });
    await rated({
      buyer: a,
      seller: member,
      author: a,
      rating: "negative",
      received: "2025-05-20T10:00:00Z",
      ratedOn: "2025-06-01T11:00:00Z",
    });
    await rated({
      buyer: b,
      seller: member,
      author: b,
      rating: "positive",
      received: "2025-01-01T10:00:00Z",
      ratedOn: "2025-01-05T10:00:00Z",
    });
    // As buyer: sellers rate the member.
    await rated({
      buyer: member,
      seller: a,
      author: a,
      rating: "negative",
      received: "2026-05-10T10:00:00Z",
      ratedOn: "2026-05-11T10:00:00Z",
    });
    await rated({
      buyer: member,
      seller: b,
      author: b,
      rating: "positive",
      received: "2026-05-12T10:00:00Z",
      ratedOn: "2026-05-12T18:00:00Z",
    });
    const newest = await rated({
      buyer: member,
      seller: c,
      author: c,
      rating: "positive",
      received: "2026-05-13T10:00:00Z",
      ratedOn: "2026-05-13T18:00:00Z",
    });
    await rated({
      buyer: member,
      seller: a,
      author: a,
      rating: "positive",
      received: "2024-12-01T10:00:00Z",
      ratedOn: "2024-12-02T10:00:00Z",
    });
    // An auction win the member left unpaid, lapsed on 1 February.
    await orderBetween(database(), {
      buyerId: member.id,
      sellerId: c.id,
      status: "pending_payment",
      source: "auction",
      reservedUntil: at("2026-01-31T12:00:00Z"),
    });
    await expireStaleReservations({ now: at("2026-02-01T12:00:00Z") });
    // Feedback the member gave, and feedback between others, count for someone else.
    await rated({
      buyer: a,
      seller: member,
      author: member,
      rating: "negative",
      received: "2026-05-01T10:00:00Z",
      ratedOn: "2026-05-03T10:00:00Z",
    });
    await rated({
      buyer: a,
      seller: b,
      author: a,
      rating: "negative",
      received: "2026-05-01T10:00:00Z",
      ratedOn: "2026-05-03T10:00:00Z",
    });

    expect(await feedbackSummary(member.id, now)).toEqual({
      // Recent: 2 positive, 1 neutral (the negative was 1 June 2025, 11:00, just over 12 months before).
      asSeller: {
        recent: { positive: 2, neutral: 1, negative: 0, positiveShare: 100 },
        allTime: { positive: 3, neutral: 1, negative: 1, positiveShare: 75 },
      },
      // Recent: 2 positive, the negative rating and the unpaid mark: 2 of 4.
      asBuyer: {
        recent: { positive: 2, neutral: 0, negative: 2, positiveShare: 50 },
        allTime: { positive: 3, neutral: 0, negative: 2, positiveShare: 60 },
      },
    });
    const empty = { positive: 0, neutral: 0, negative: 0, positiveShare: null };
    // The member's one negative rating of a buyer is that buyer's only figure.
    expect(await feedbackSummary(a.id, now)).toEqual({
      asSeller: { recent: empty, allTime: empty },
      asBuyer: {
        recent: { positive: 0, neutral: 0, negative: 1, positiveShare: 0 },
        allTime: { positive: 0, neutral: 0, negative: 1, positiveShare: 0 },
      },
    });

    expect(
      await replyToFeedback({ actor: member, input: { feedbackId: newest, reply: "Thank you!" } }),
    ).toMatchObject({ ok: true });
    const latest = await latestFeedback(member.id, 3);
    expect(latest.map((f) => [f.subjectSide, f.rating, f.comment, f.authorName, f.reply])).toEqual([
      [
        "buyer",
        "positive",
        "positive on 2026-05-13T18:00:00Z",
        expect.stringMatching(/^Collector /),
        "Thank you!",
      ],
      ["buyer", "positive", "positive on 2026-05-12T18:00:00Z", expect.any(String), null],
      ["buyer", "negative", "negative on 2026-05-11T10:00:00Z", expect.any(String), null],
    ]);
    expect(latest[0]!.authorId).toBe(c.id);
    const all = await latestFeedback(member.id, 20);
    expect(all).toHaveLength(10);
    expect(all.find((f) => f.kind === "unpaid_auction")).toMatchObject({
      authorName: null,
      rating: "negative",
      createdAt: "2026-02-01T12:00:00.000Z",
    });
  });
});

describe("two submissions at once", () => {
  raceTest("store one rating; the other is told it was already left", async () => {
    const [a] = others as [TestUser];
    const orderId = await orderBetween(database(), { buyerId: a.id, sellerId: member.id });
    const send = (rating: string) =>
      leaveFeedback({ actor: a, input: { orderId, rating, comment: `Sent at once: ${rating}` } });
    const results = await Promise.all([
      send("positive"),
      send("negative"),
      send("neutral"),
      send("positive"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual([
      "already_rated",
      "already_rated",
      "already_rated",
    ]);
    const stored = await feedbackOn(database(), orderId);
    expect(stored).toHaveLength(1);
    // Both parties at once: one each.
    const both = await orderBetween(database(), { buyerId: a.id, sellerId: member.id });
    const pair = await Promise.all([
      leaveFeedback({ actor: a, input: { orderId: both, rating: "positive", comment: "Good seller" } }),
      leaveFeedback({ actor: member, input: { orderId: both, rating: "positive", comment: "Good buyer" } }),
    ]);
    expect(pair.map((r) => r.ok)).toEqual([true, true]);
    expect(await feedbackOn(database(), both)).toHaveLength(2);
  });
});
