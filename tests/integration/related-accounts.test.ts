import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  adminActions,
  auctions,
  bestOffers,
  bids,
  listingOffers,
  orderFeedback,
  relatedAccounts,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { sendBestOffer } from "@/lib/auctions/best-offer";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createLiveAuction } from "@/lib/auctions/test-fixtures";
import { leaveFeedback } from "@/lib/feedback/leave";
import {
  listRelatedAccounts,
  markAccountsRelated,
  unmarkAccountsRelated,
} from "@/lib/moderation/related-accounts";
import { makeOffer } from "@/lib/offers/make-offer";
import { createListing, createUser, latePedalCar, type TestUser } from "./checkout-fixtures";
import { orderBetween } from "./order-feedback-fixtures";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

// Accounts an admin marks as related (a seller and their shill): refused, as the seller is, when
// they bid on, offer on, send a best offer on or rate the other's listings and orders.

const database = withTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = await createUser(database(), { role: "admin" });
});

async function pair(): Promise<{ seller: TestUser; shill: TestUser }> {
  const seller = await createUser(database(), { country: "US" });
  const shill = await createUser(database(), { country: "US" });
  return { seller, shill };
}

const relate = (a: TestUser, b: TestUser, reason = "Same card and address") =>
  markAccountsRelated({ actor: admin, input: { userId: a.id, otherEmail: b.email, reason } });

const liveAuction = (sellerId: string, reservePriceCents: number | null = null) =>
  createLiveAuction(database(), {
    sellerId,
    startPriceCents: 20_000,
    reservePriceCents,
    endsAt: new Date(Date.now() + 3_600_000),
  });

const bidsBy = (listingId: number, bidderId: string) =>
  database()
    .db.select()
    .from(bids)
    .where(and(eq(bids.listingId, listingId), eq(bids.bidderId, bidderId)));

describe("marking accounts as related", () => {
  it("is an admin's, with a reason, once per pair, written to the audit log; unmarking too", async () => {
    const { seller, shill } = await pair();
    const member = await createUser(database());
    expect(
      await markAccountsRelated({
        actor: member,
        input: { userId: seller.id, otherEmail: shill.email, reason: "x" },
      }),
    ).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await relate(seller, shill, "  ")).toMatchObject({
      reason: "invalid",
      fieldErrors: { reason: "Say why." },
    });
    expect(
      await markAccountsRelated({
        actor: admin,
        input: { userId: seller.id, otherEmail: "nobody@example.com", reason: "Shill" },
      }),
    ).toMatchObject({ reason: "invalid", fieldErrors: { otherEmail: "No account has that email." } });
    expect(await relate(seller, seller)).toMatchObject({ ok: false, reason: "self" });
    expect(
      await database()
        .db.select()
        .from(relatedAccounts)
        .where(sql`${relatedAccounts.accountId} in (${seller.id}, ${shill.id})`),
    ).toEqual([]);

    // Found by email in any case.
    setupResult(
      await markAccountsRelated({
        actor: admin,
        input: { userId: seller.id, otherEmail: shill.email.toUpperCase(), reason: "Same card and address" },
      }),
      "mark",
    );
    expect(await relate(shill, seller)).toMatchObject({ ok: false, reason: "wrong_state" });
    expect(await listRelatedAccounts({ actor: admin, userIds: [shill.id] })).toEqual([
      expect.objectContaining({ userId: shill.id, otherId: seller.id, reason: "Same card and address" }),
    ]);
    expect(await listRelatedAccounts({ actor: member, userIds: [shill.id] })).toBeNull();

    expect(
      await unmarkAccountsRelated({
        actor: member,
        input: { userId: shill.id, otherId: seller.id, reason: "x" },
      }),
    ).toMatchObject({ reason: "forbidden" });
    setupResult(
      await unmarkAccountsRelated({
        actor: admin,
        input: { userId: shill.id, otherId: seller.id, reason: "Siblings, checked" },
      }),
      "unmark",
    );
    expect(
      await unmarkAccountsRelated({
        actor: admin,
        input: { userId: shill.id, otherId: seller.id, reason: "Again" },
      }),
    ).toMatchObject({ ok: false, reason: "wrong_state" });
    const audit = await database()
      .db.select({
        action: adminActions.action,
        subjectId: adminActions.subjectId,
        details: adminActions.details,
      })
      .from(adminActions)
      .where(
        sql`${adminActions.action} in ('account.relate', 'account.unrelate') and ${adminActions.subjectId} in (${seller.id}, ${shill.id})`,
      )
      .orderBy(adminActions.id);
    expect(audit).toEqual([
      {
        action: "account.relate",
        subjectId: seller.id,
        details: { reason: "Same card and address", otherId: shill.id },
      },
      {
        action: "account.unrelate",
        subjectId: shill.id,
        details: { reason: "Siblings, checked", otherId: seller.id },
      },
    ]);
  });
});

describe("a seller's related account is refused as the seller is", () => {
  it("cannot bid on the seller's auction (nor the seller on theirs), and can again once unmarked", async () => {
    const { seller, shill } = await pair();
    const listingId = await liveAuction(seller.id);
    const shillsOwn = await liveAuction(shill.id);
    setupResult(await relate(seller, shill), "mark");
    for (const [bidderId, id] of [
      [shill.id, listingId],
      [seller.id, shillsOwn],
    ] as const) {
      expect(await placeBid({ bidderId, input: { listingId: id, maxBid: "300" } })).toMatchObject({
        ok: false,
        reason: "related_account",
        message: expect.stringContaining("marked as related to the seller"),
      });
      expect(await bidsBy(id, bidderId)).toEqual([]);
    }
    expect(await placeBid({ bidderId: seller.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      reason: "own_item",
    });
    const stranger = await createUser(database(), { country: "US" });
    expect(await placeBid({ bidderId: stranger.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: true,
    });

    setupResult(
      await unmarkAccountsRelated({
        actor: admin,
        input: { userId: seller.id, otherId: shill.id, reason: "Cleared" },
      }),
      "unmark",
    );
    expect(await placeBid({ bidderId: shill.id, input: { listingId, maxBid: "400" } })).toMatchObject({
      ok: true,
    });
  });

  it("cannot make an offer on the seller's fixed-price listing", async () => {
    const { seller, shill } = await pair();
    const listingId = await createListing(database(), {
      sellerId: seller.id,
      item: latePedalCar,
      priceCents: 38_000,
    });
    setupResult(await relate(shill, seller), "mark");
    expect(
      await makeOffer({ buyerId: shill.id, input: { listingId, amount: "300", currency: "USD" } }),
    ).toMatchObject({
      ok: false,
      reason: "forbidden",
      message: expect.stringContaining("marked as related"),
    });
    expect(
      await database().db.select().from(listingOffers).where(eq(listingOffers.listingId, listingId)),
    ).toEqual([]);
  });

  it("cannot send a best offer on the seller's auction it led before it was marked", async () => {
    const { seller, shill } = await pair();
    const listingId = await liveAuction(seller.id, 50_000);
    setupResult(await placeBid({ bidderId: shill.id, input: { listingId, maxBid: "300" } }), "shill's bid");
    await database()
      .db.update(auctions)
      .set({ endsAt: sql`now() - interval '1 second'` })
      .where(eq(auctions.listingId, listingId));
    expect(await closeAuctionIfDue(listingId)).toMatchObject({ result: "reserve_not_met" });
    setupResult(await relate(seller, shill), "mark");
    expect(await sendBestOffer({ bidderId: shill.id, input: { listingId, amount: "450" } })).toMatchObject({
      ok: false,
      reason: "forbidden",
      message: expect.stringContaining("marked as related"),
    });
    expect(await database().db.select().from(bestOffers).where(eq(bestOffers.listingId, listingId))).toEqual(
      [],
    );
  });

  it("cannot rate the seller on an order between them, nor the seller rate it", async () => {
    const { seller, shill } = await pair();
    const orderId = await orderBetween(database(), { buyerId: shill.id, sellerId: seller.id });
    setupResult(await relate(seller, shill), "mark");
    for (const actor of [shill, seller])
      expect(
        await leaveFeedback({ actor, input: { orderId, rating: "positive", comment: "Great seller!" } }),
      ).toMatchObject({
        ok: false,
        reason: "related_accounts",
        message: expect.stringContaining("marked as related"),
      });
    expect(
      await database().db.select().from(orderFeedback).where(eq(orderFeedback.orderId, orderId)),
    ).toEqual([]);
  });
});
