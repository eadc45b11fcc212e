import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listingOffers, listings, notifications, orderItems, orders } from "@/db/schema";
import { offsetClock } from "@/lib/kernel/clock";
import { answerCounter, answerOffer } from "@/lib/offers/answer-offer";
import { makeOffer } from "@/lib/offers/make-offer";
import { getOfferPanel, getReceivedOffers } from "@/lib/offers/queries";
import { saveOfferSettings } from "@/lib/offers/settings";
import { withTestDatabase } from "../support/test-database";
import { createListing, createUser, latePedalCar, readListing, type TestUser } from "./checkout-fixtures";

// Offers on fixed-price listings: the buyer's offer, the seller's accept, decline or counter, the
// buyer's answer to a counter, the seller's automatic levels, and the 48 hours each waits. Every
// step is tried by the wrong person and with bad input, and a refusal stores nothing.

const database = withTestDatabase();
const hours = (n: number) => offsetClock(n * 3_600_000);
let seller: TestUser;
let buyer: TestUser;
let stranger: TestUser;

beforeAll(async () => {
  seller = await createUser(database(), { country: "US" });
  buyer = await createUser(database(), { country: "GB" });
  stranger = await createUser(database(), { country: "GB" });
});

const asActor = (user: TestUser) => ({ id: user.id, role: user.role });

/** A unique 1993 pedal car at $380, shipped worldwide from the US. */
function listCar(extra: Partial<Parameters<typeof createListing>[1]> = {}) {
  return createListing(database(), { sellerId: seller.id, item: latePedalCar, priceCents: 38_000, ...extra });
}

async function offersOn(listingId: number) {
  return database().db.select().from(listingOffers).where(eq(listingOffers.listingId, listingId));
}

async function ordersFor(listingId: number) {
  return database()
    .db.select({
      id: orders.id,
      buyerId: orders.buyerId,
      itemsCents: orders.itemsCents,
      source: orders.source,
      status: orders.status,
    })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(eq(orderItems.listingId, listingId));
}

async function titlesFor(user: TestUser, listingId: number) {
  const rows = await database()
    .db.select({ title: notifications.title })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), eq(notifications.listingId, listingId)));
  return rows.map((row) => row.title);
}

async function sentOffer(listingId: number, amount = "300", who = buyer) {
  const sent = await makeOffer({ buyerId: who.id, input: { listingId, amount, currency: "USD" } });
  if (!sent.ok) throw new Error(sent.message);
  return sent.offerId;
}

describe("making an offer", () => {
  it("refuses bad amounts, the wrong currency, one's own listing and a second offer, storing nothing", async () => {
    const car = await listCar();
    const offer = (amount: unknown, currency: unknown = "USD", who = buyer) =>
      makeOffer({ buyerId: who.id, input: { listingId: car, amount, currency } });
    for (const amount of ["0", "-5", "zero", "", "12.345.6"])
      expect(await offer(amount)).toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { amount: expect.any(String) },
      });
    expect(await offer("0")).toMatchObject({ fieldErrors: { amount: "Enter your offer above zero" } });
    expect(await offer("zero")).toMatchObject({
      fieldErrors: { amount: "Enter your offer as an amount of money, like 450 or 1,250.50" },
    });
    expect(await offer("380.01")).toMatchObject({
      reason: "invalid",
      fieldErrors: { amount: expect.stringContaining("at most the asking price of $380") },
    });
    expect(await offer("300", "EUR")).toMatchObject({
      reason: "invalid",
      fieldErrors: { amount: "Offer in USD, the listing's currency." },
    });
    expect(await offer("300", "RUB")).toMatchObject({ reason: "invalid" });
    expect(await offer("300", "USD", seller)).toMatchObject({ reason: "forbidden" });
    expect(await offersOn(car)).toEqual([]);

    expect(await offer("300")).toMatchObject({ ok: true, outcome: "sent" });
    expect(await offer("320")).toMatchObject({ reason: "already_open" });
    expect(await offersOn(car)).toHaveLength(1);
    expect(await titlesFor(seller, car)).toContain(
      `An offer of $300: ${(await readListing(database(), car)).title}`,
    );
  });

  it("is refused on an auction, a draft, a sold, ended or reserved listing", async () => {
    const auction = await listCar({ saleFormat: "auction" });
    const offer = (listingId: number) =>
      makeOffer({ buyerId: buyer.id, input: { listingId, amount: "300", currency: "USD" } });
    expect(await offer(auction)).toMatchObject({
      reason: "not_offerable",
      message: "An auction takes bids, not offers.",
    });
    for (const [status, reason] of [
      ["draft", "not_found"],
      ["sold", "not_offerable"],
      ["ended", "not_offerable"],
      ["withdrawn", "not_offerable"],
    ] as const) {
      const car = await listCar();
      await database().db.update(listings).set({ status }).where(eq(listings.id, car));
      expect(await offer(car)).toMatchObject({ ok: false, reason });
      expect(await offersOn(car)).toEqual([]);
    }
    const reserved = await listCar();
    await database().db.update(listings).set({ quantity: 0 }).where(eq(listings.id, reserved));
    expect(await offer(reserved)).toMatchObject({
      reason: "not_offerable",
      message: expect.stringContaining("Reserved"),
    });
    expect(await offer(999_999)).toMatchObject({ reason: "not_found" });
  });
});

describe("answering an offer", () => {
  it("only the seller answers; accepting makes an order at the offer that reserves the item", async () => {
    const car = await listCar();
    const offerId = await sentOffer(car, "300");
    for (const who of [buyer, stranger])
      expect(await answerOffer({ actor: asActor(who), input: { offerId, answer: "accept" } })).toMatchObject({
        reason: "forbidden",
      });
    expect(await answerCounter({ buyerId: stranger.id, input: { offerId, answer: "accept" } })).toMatchObject(
      {
        ok: false,
      },
    );
    expect(await ordersFor(car)).toEqual([]);

    const accepted = await answerOffer({ actor: asActor(seller), input: { offerId, answer: "accept" } });
    expect(accepted).toMatchObject({ ok: true, orderId: expect.any(Number) });
    expect(await ordersFor(car)).toEqual([
      expect.objectContaining({
        buyerId: buyer.id,
        itemsCents: 30_000,
        source: "offer",
        status: "pending_payment",
      }),
    ]);
    expect((await readListing(database(), car)).quantity).toBe(0);
    expect(await titlesFor(buyer, car)).toEqual([expect.stringMatching(/^Offer accepted: /)]);
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId, answer: "decline" } }),
    ).toMatchObject({
      reason: "already_answered",
    });
  });

  it("declines and counters: the counter is above the offer and at most the asking price; the buyer answers it", async () => {
    const car = await listCar();
    const declined = await sentOffer(car, "250");
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId: declined, answer: "decline" } }),
    ).toMatchObject({
      ok: true,
    });
    expect(await titlesFor(buyer, car)).toEqual([expect.stringMatching(/^Offer declined: /)]);

    const offerId = await sentOffer(car, "300");
    const counter = (value: string) =>
      answerOffer({ actor: asActor(seller), input: { offerId, answer: "counter", counter: value } });
    expect(await counter("290")).toMatchObject({
      reason: "invalid",
      fieldErrors: { counter: expect.stringContaining("more than") },
    });
    expect(await counter("400")).toMatchObject({
      reason: "invalid",
      fieldErrors: { counter: expect.stringContaining("at most") },
    });
    expect(await counter("-1")).toMatchObject({ reason: "invalid" });
    expect(
      await answerOffer({ actor: asActor(stranger), input: { offerId, answer: "counter", counter: "340" } }),
    ).toMatchObject({
      reason: "forbidden",
    });
    expect(await counter("340")).toMatchObject({ ok: true });
    expect(await counter("350")).toMatchObject({ reason: "already_answered" });
    expect(await titlesFor(buyer, car)).toContain(
      `Counter offer of $340: ${(await readListing(database(), car)).title}`,
    );

    expect(await answerCounter({ buyerId: stranger.id, input: { offerId, answer: "accept" } })).toMatchObject(
      {
        reason: "forbidden",
      },
    );
    expect(await answerCounter({ buyerId: seller.id, input: { offerId, answer: "accept" } })).toMatchObject({
      reason: "forbidden",
    });
    const accepted = await answerCounter({ buyerId: buyer.id, input: { offerId, answer: "accept" } });
    expect(accepted).toMatchObject({ ok: true, orderId: expect.any(Number) });
    expect(await ordersFor(car)).toEqual([
      expect.objectContaining({ itemsCents: 34_000, buyerId: buyer.id }),
    ]);
    expect(await titlesFor(seller, car)).toContain(
      `Counter accepted: ${(await readListing(database(), car)).title}`,
    );
    expect(await answerCounter({ buyerId: buyer.id, input: { offerId, answer: "decline" } })).toMatchObject({
      reason: "already_answered",
    });
  });

  it("an offer and a counter lapse 48 hours after they were made", async () => {
    const car = await listCar();
    const offerId = await sentOffer(car, "300");
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId, answer: "accept" }, clock: hours(48) }),
    ).toMatchObject({ reason: "lapsed" });
    expect(await getReceivedOffers({ sellerId: seller.id, clock: hours(49) })).not.toContainEqual(
      expect.objectContaining({ id: offerId }),
    );
    // A lapsed offer no longer stops the buyer making another.
    const again = await makeOffer({
      buyerId: buyer.id,
      input: { listingId: car, amount: "310", currency: "USD" },
      clock: hours(49),
    });
    expect(again).toMatchObject({ ok: true });
    const second = (again as { offerId: number }).offerId;
    expect(
      await answerOffer({
        actor: asActor(seller),
        input: { offerId: second, answer: "counter", counter: "350" },
        clock: hours(50),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await answerCounter({
        buyerId: buyer.id,
        input: { offerId: second, answer: "accept" },
        clock: hours(98),
      }),
    ).toMatchObject({ reason: "lapsed" });
    expect(await ordersFor(car)).toEqual([]);
  });

  it("accepting the last unit declines every other waiting offer, and their buyers hear", async () => {
    const car = await listCar();
    const mine = await sentOffer(car, "300", buyer);
    const theirs = await sentOffer(car, "320", stranger);
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId: theirs, answer: "accept" } }),
    ).toMatchObject({ ok: true });
    expect((await offersOn(car)).find((o) => o.id === mine)).toMatchObject({ status: "declined" });
    expect(await titlesFor(buyer, car)).toEqual([expect.stringMatching(/^Offer declined: /)]);
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId: mine, answer: "accept" } }),
    ).toMatchObject({
      reason: "already_answered",
    });
  });

  it("is refused once the listing ended or sold, storing nothing", async () => {
    const car = await listCar();
    const offerId = await sentOffer(car, "300");
    await database().db.update(listings).set({ status: "withdrawn" }).where(eq(listings.id, car));
    expect(await answerOffer({ actor: asActor(seller), input: { offerId, answer: "accept" } })).toMatchObject(
      {
        reason: "not_offerable",
      },
    );
    expect(
      await answerOffer({ actor: asActor(seller), input: { offerId, answer: "counter", counter: "350" } }),
    ).toMatchObject({
      reason: "not_offerable",
    });
    expect(await ordersFor(car)).toEqual([]);
    expect((await offersOn(car))[0]).toMatchObject({ status: "open", counterCents: null });
  });
});

describe("accepting when the item can't be had", () => {
  it("refuses when a checkout holds the item, when the listing ended before the counter was accepted, or the buyer's country is not shipped to", async () => {
    const held = await listCar();
    const offerId = await sentOffer(held, "300");
    await database().db.update(listings).set({ quantity: 0 }).where(eq(listings.id, held));
    expect(await answerOffer({ actor: asActor(seller), input: { offerId, answer: "accept" } })).toMatchObject(
      {
        reason: "reserved",
      },
    );
    expect((await offersOn(held))[0]).toMatchObject({ status: "open" });
    expect(await ordersFor(held)).toEqual([]);

    const ended = await listCar();
    const countered = await sentOffer(ended, "300");
    await answerOffer({
      actor: asActor(seller),
      input: { offerId: countered, answer: "counter", counter: "340" },
    });
    await database().db.update(listings).set({ status: "ended" }).where(eq(listings.id, ended));
    expect(
      await answerCounter({ buyerId: buyer.id, input: { offerId: countered, answer: "accept" } }),
    ).toMatchObject({ reason: "not_offerable", message: expect.stringContaining("This listing has ended.") });
    expect(await ordersFor(ended)).toEqual([]);

    const usOnly = await listCar({ shipping: [{ destination: "US", priceCents: 9_000 }] });
    expect(
      await makeOffer({ buyerId: buyer.id, input: { listingId: usOnly, amount: "300", currency: "USD" } }),
    ).toMatchObject({ reason: "no_shipping", message: "The seller does not ship to United Kingdom." });
    expect(await offersOn(usOnly)).toEqual([]);
  });

  it("the order is priced at the agreed amount plus the seller's shipping to the buyer", async () => {
    const car = await listCar();
    const offerId = await sentOffer(car, "300");
    const accepted = await answerOffer({ actor: asActor(seller), input: { offerId, answer: "accept" } });
    const [order] = await database()
      .db.select()
      .from(orders)
      .where(eq(orders.id, (accepted as { orderId: number }).orderId));
    expect(order).toMatchObject({ itemsCents: 30_000, source: "offer", currency: "USD" });
    expect(order!.totalCents).toBe(30_000 + order!.shippingCents);
    expect(order!.shippingCents).toBeGreaterThan(0);
    expect(order!.reservedUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("the seller's automatic answers", () => {
  it("only the seller sets them, at most the asking price; below the floor declines, from the accept level accepts", async () => {
    const car = await listCar();
    const save = (who: TestUser, declineBelow: string, acceptFrom: string) =>
      saveOfferSettings({ actor: asActor(who), input: { listingId: car, declineBelow, acceptFrom } });
    expect(await save(stranger, "200", "350")).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await save(seller, "360", "350")).toMatchObject({
      ok: false,
      fieldErrors: { acceptFrom: expect.any(String) },
    });
    expect(await save(seller, "200", "400")).toMatchObject({
      ok: false,
      fieldErrors: { acceptFrom: expect.any(String) },
    });
    expect(await save(seller, "-1", "")).toMatchObject({
      ok: false,
      fieldErrors: { declineBelow: expect.any(String) },
    });
    expect(await save(seller, "200", "350")).toMatchObject({ ok: true });

    expect(
      await makeOffer({ buyerId: buyer.id, input: { listingId: car, amount: "199.99", currency: "USD" } }),
    ).toMatchObject({
      ok: true,
      outcome: "declined",
    });
    expect(
      await makeOffer({ buyerId: buyer.id, input: { listingId: car, amount: "300", currency: "USD" } }),
    ).toMatchObject({
      outcome: "sent",
    });
    expect(
      await makeOffer({ buyerId: stranger.id, input: { listingId: car, amount: "350", currency: "USD" } }),
    ).toMatchObject({
      outcome: "accepted",
      orderId: expect.any(Number),
    });
    expect(await ordersFor(car)).toEqual([
      expect.objectContaining({ buyerId: stranger.id, itemsCents: 35_000 }),
    ]);
    const statuses = (await offersOn(car)).map((o) => [o.buyerId, o.amountCents, o.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        [buyer.id, 19_999, "declined"],
        [buyer.id, 30_000, "declined"],
        [stranger.id, 35_000, "accepted"],
      ]),
    );
  });

  it("the buyer never sees the levels; the seller sees every offer on the listing", async () => {
    const car = await listCar();
    await saveOfferSettings({
      actor: asActor(seller),
      input: { listingId: car, declineBelow: "100", acceptFrom: "" },
    });
    await sentOffer(car, "300", buyer);
    await sentOffer(car, "310", stranger);
    const asBuyer = await getOfferPanel({ listingId: car, viewer: asActor(buyer) });
    expect(asBuyer).toMatchObject({
      role: "buyer",
      canOffer: false,
      offers: [expect.objectContaining({ amountCents: 30_000 })],
    });
    expect(asBuyer).not.toHaveProperty("settings");
    expect(await getOfferPanel({ listingId: car, viewer: asActor(seller) })).toMatchObject({
      role: "seller",
      settings: { declineBelowCents: 10_000, acceptFromCents: null },
      offers: [
        expect.objectContaining({ amountCents: 31_000 }),
        expect.objectContaining({ amountCents: 30_000 }),
      ],
    });
    expect(await getOfferPanel({ listingId: car, viewer: null })).toEqual({ role: "visitor" });
  });
});
