import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listings, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { postComment } from "@/lib/comments/post";
import { querySellerProfile } from "@/lib/profiles/profiles";
import { createListing, createUser, latePedalCar } from "./checkout-fixtures";
import { withTestDatabase } from "../support/test-database";

// A member's public profile: what they sell and sold and how they answer, and nothing private.

const database = withTestDatabase();
let seller: Actor & { email: string };
let buyer: Actor;

beforeAll(async () => {
  seller = await createUser(database(), { country: "EE" });
  buyer = await createUser(database());
  // Old enough that their comments are shown at once.
  await database()
    .db.update(users)
    .set({ createdAt: new Date("2024-03-05T10:00:00Z") });
});

const list = (title: string) =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, title, priceCents: 30_000 });

describe("a seller's profile", () => {
  it("counts live and sold listings, shows the live ones and the questions answered, and no email", async () => {
    const live = await list("Live pedal car");
    const sold = await list("Sold pedal car");
    const draft = await list("Draft pedal car");
    await database().db.update(listings).set({ status: "sold" }).where(eq(listings.id, sold));
    await database().db.update(listings).set({ status: "draft" }).where(eq(listings.id, draft));
    await postComment({ actor: buyer, input: { listingId: live, body: "Tyres original?" } });
    await postComment({ actor: buyer, input: { listingId: sold, body: "Unanswered question" } });
    await postComment({ actor: seller, input: { listingId: live, body: "Yes." } });
    await postComment({ actor: buyer, input: { listingId: live, body: "Asked after the answer" } });

    const profile = await querySellerProfile(seller.id);
    expect(profile).toMatchObject({
      id: seller.id,
      displayName: expect.stringMatching(/^Collector /),
      country: "EE",
      memberSince: "2024-03-05T10:00:00.000Z",
      liveCount: 1,
      soldCount: 1,
      questionsAnswered: 1,
    });
    expect(profile!.liveListings.map((l) => [l.id, l.sellerId])).toEqual([[live, seller.id]]);
    expect(JSON.stringify(profile)).not.toContain(seller.email);
    const none = { positive: 0, neutral: 0, negative: 0, positiveShare: null };
    expect(profile!.feedback).toEqual({
      summary: { asSeller: { recent: none, allTime: none }, asBuyer: { recent: none, allTime: none } },
      latest: [],
    });

    const other = await querySellerProfile(buyer.id);
    expect(other).toMatchObject({ liveCount: 0, soldCount: 0, questionsAnswered: 0, liveListings: [] });
  });

  it("is not found for an unknown id, a malformed one or a disabled account", async () => {
    expect(await querySellerProfile("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await querySellerProfile("'; drop table users; --")).toBeNull();
    const closed = await createUser(database());
    await database().db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, closed.id));
    expect(await querySellerProfile(closed.id)).toBeNull();
  });
});
