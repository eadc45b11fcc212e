import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listingOffers, listings, notifications } from "@/db/schema";
import { offsetClock } from "@/lib/kernel/clock";
import { answerOffer } from "@/lib/offers/answer-offer";
import { makeOffer } from "@/lib/offers/make-offer";
import { withdrawOffer } from "@/lib/offers/withdraw";
import { createListing, createUser, latePedalCar, type TestUser } from "./checkout-fixtures";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

// A buyer withdraws their own offer while it waits for the seller: nobody else may, and not once
// the seller has answered or the offer has lapsed.

const database = withTestDatabase();
let seller: TestUser;
let buyer: TestUser;
let stranger: TestUser;
let admin: TestUser;

beforeAll(async () => {
  seller = await createUser(database(), { country: "US" });
  buyer = await createUser(database(), { country: "GB" });
  stranger = await createUser(database(), { country: "GB" });
  admin = await createUser(database(), { role: "admin" });
});

const listCar = () =>
  createListing(database(), { sellerId: seller.id, item: latePedalCar, priceCents: 38_000 });

async function sentOffer(listingId: number, amount = "300"): Promise<number> {
  return setupResult(
    await makeOffer({ buyerId: buyer.id, input: { listingId, amount, currency: "USD" } }),
    "offer",
  ).offerId;
}

async function statusOf(offerId: number) {
  const [row] = await database()
    .db.select({ status: listingOffers.status })
    .from(listingOffers)
    .where(eq(listingOffers.id, offerId));
  return row?.status;
}

describe("withdrawing an offer", () => {
  it("is the buyer's, while it waits for the seller; the seller is told and can no longer accept it", async () => {
    const car = await listCar();
    const offerId = await sentOffer(car);
    for (const who of [seller, stranger, admin])
      expect(await withdrawOffer({ buyerId: who.id, input: { offerId } })).toEqual({
        ok: false,
        reason: "forbidden",
        message: "Only the buyer who made an offer can withdraw it.",
      });
    expect(await statusOf(offerId)).toBe("open");

    expect(await withdrawOffer({ buyerId: buyer.id, input: { offerId } })).toEqual({
      ok: true,
      message: "You withdrew your offer of $300.",
    });
    expect(await statusOf(offerId)).toBe("withdrawn");
    const told = await database()
      .db.select({ title: notifications.title })
      .from(notifications)
      .where(eq(notifications.userId, seller.id));
    expect(told.map((n) => n.title)).toContain(`Offer withdrawn: ${(await titleOf(car))!}`);
    expect(
      await answerOffer({ actor: { id: seller.id, role: "user" }, input: { offerId, answer: "accept" } }),
    ).toMatchObject({ ok: false, reason: "already_answered" });
    expect(await withdrawOffer({ buyerId: buyer.id, input: { offerId } })).toMatchObject({
      ok: false,
      reason: "already_answered",
    });
    // The buyer may make a new offer once the old one is withdrawn.
    expect(await sentOffer(car, "320")).toEqual(expect.any(Number));
  });

  it("refuses once the seller has countered or declined, once it has lapsed, and an unknown offer", async () => {
    const countered = await sentOffer(await listCar());
    setupResult(
      await answerOffer({
        actor: { id: seller.id, role: "user" },
        input: { offerId: countered, answer: "counter", counter: "350" },
      }),
      "counter",
    );
    const declined = await sentOffer(await listCar());
    setupResult(
      await answerOffer({
        actor: { id: seller.id, role: "user" },
        input: { offerId: declined, answer: "decline" },
      }),
      "decline",
    );
    for (const offerId of [countered, declined])
      expect(await withdrawOffer({ buyerId: buyer.id, input: { offerId } })).toMatchObject({
        ok: false,
        reason: "already_answered",
      });
    expect(await statusOf(countered)).toBe("countered");

    const old = await sentOffer(await listCar());
    expect(
      await withdrawOffer({ buyerId: buyer.id, input: { offerId: old }, clock: offsetClock(48 * 3_600_000) }),
    ).toMatchObject({ ok: false, reason: "lapsed" });
    expect(await statusOf(old)).toBe("open");

    expect(await withdrawOffer({ buyerId: buyer.id, input: { offerId: 987_654 } })).toMatchObject({
      reason: "not_found",
    });
    expect(await withdrawOffer({ buyerId: buyer.id, input: { offerId: "abc" } })).toMatchObject({
      reason: "invalid",
    });
  });
});

async function titleOf(listingId: number) {
  const [row] = await database()
    .db.select({ title: listings.title })
    .from(listings)
    .where(eq(listings.id, listingId));
  return row?.title;
}
