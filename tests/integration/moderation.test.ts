import { randomBytes } from "node:crypto";
import { count, desc, eq, inArray } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { adminActions, listings, users } from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { verifyCredentials } from "@/lib/auth/accounts";
import { getAuthOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { getAuthSecret } from "@/lib/auth/secret";
import { readSessionFromCookies } from "@/lib/auth/session-cookie";
import { addToCart } from "@/lib/cart/mutations";
import { getListingPreview } from "@/lib/listings/dashboard-queries";
import { queryPublicListing } from "@/lib/listings/queries";
import { searchListings } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { moderateAccount } from "@/lib/moderation/accounts";
import { moderateListing } from "@/lib/moderation/listings";
import { findAccounts, listAuditLog } from "@/lib/moderation/queries";
import { makeOffer } from "@/lib/offers/make-offer";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { withTestDatabase } from "../support/test-database";
import { createListing, createUser, latePedalCar, putInCart, type TestUser } from "./checkout-fixtures";

// Admins take listings and accounts out of the market and bring them back; nobody else can, and
// every change leaves one row in the audit log.

const database = withTestDatabase();
let admin: TestUser;
let seller: TestUser;
let buyer: TestUser;
const reason = "Counterfeit AZLK plate reported by two collectors.";

beforeAll(async () => {
  admin = await createUser(database(), { role: "admin" });
  seller = await createUser(database(), { country: "US" });
  buyer = await createUser(database(), { country: "US" });
});

const car = (title: string, sellerId = seller.id) =>
  createListing(database(), { sellerId, item: latePedalCar, title, priceCents: 36500 });

async function searchIds(q: string): Promise<number[]> {
  const result = await searchListings(parseListingSearchParams({ q }), { pageSize: 50 });
  return result.listings.map((l) => l.id);
}

async function auditRows() {
  const [row] = await database().db.select({ n: count() }).from(adminActions);
  return row!.n;
}

async function hidden(ids: number[]) {
  const rows = await database()
    .db.select({ id: listings.id, hiddenAt: listings.hiddenAt, hiddenReason: listings.hiddenReason })
    .from(listings)
    .where(inArray(listings.id, ids))
    .orderBy(listings.id);
  return rows.map((r) => ({ id: r.id, reason: r.hiddenAt ? r.hiddenReason : null }));
}

describe("who may moderate", () => {
  it("refuses the seller and a buyer every admin action, and stores nothing", async () => {
    const listingId = await car("Pedal car the seller would like to keep public");
    const before = await auditRows();
    for (const actor of [seller, buyer]) {
      for (const move of ["hide", "restore"] as const)
        expect(await moderateListing({ actor, move, input: { listingId, reason } })).toMatchObject({
          ok: false,
          reason: "forbidden",
        });
      for (const move of ["suspend", "restore"] as const)
        expect(await moderateAccount({ actor, move, input: { userId: seller.id, reason } })).toMatchObject({
          ok: false,
          reason: "forbidden",
        });
      expect(await findAccounts({ actor, query: "" })).toBeNull();
      expect(await listAuditLog({ actor })).toBeNull();
    }
    expect(await hidden([listingId])).toEqual([{ id: listingId, reason: null }]);
    const [account] = await database()
      .db.select({ disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, seller.id));
    expect(account!.disabledAt).toBeNull();
    expect(await auditRows()).toBe(before);
  });

  it("wants a reason of 1 to 500 characters, and an admin cannot suspend themself", async () => {
    const listingId = await car("Pedal car with an unexplained report");
    const before = await auditRows();
    for (const bad of ["", "   ", "x".repeat(501), undefined])
      expect(
        await moderateListing({ actor: admin, move: "hide", input: { listingId, reason: bad } }),
      ).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { reason: expect.any(String) } });
    expect(
      await moderateListing({ actor: admin, move: "hide", input: { listingId: "nope", reason } }),
    ).toMatchObject({ ok: false, reason: "not_found" });
    expect(
      await moderateAccount({ actor: admin, move: "suspend", input: { userId: admin.id, reason } }),
    ).toMatchObject({ ok: false, reason: "self" });
    expect(await hidden([listingId])).toEqual([{ id: listingId, reason: null }]);
    expect(await auditRows()).toBe(before);
  });
});

describe("a hidden listing", () => {
  it("leaves search and its page, cannot be put in a cart or checked out, and its seller still sees it", async () => {
    const word = `zhiguli${randomBytes(3).toString("hex")}`;
    const listingId = await car(`Pedal car ${word} with a doubtful plate`);
    const inCart = await car(`Pedal car ${word} already in a cart`);
    await putInCart(database(), buyer.id, [{ listingId: inCart, quantity: 1 }]);
    expect(await searchIds(word)).toEqual(expect.arrayContaining([listingId, inCart]));

    for (const id of [listingId, inCart])
      expect(
        await moderateListing({ actor: admin, move: "hide", input: { listingId: id, reason } }),
      ).toMatchObject({
        ok: true,
        listingId: id,
      });

    expect(await searchIds(word)).toEqual([]);
    expect(await queryPublicListing(listingId)).toBeNull();
    expect(await addToCart({ buyerId: buyer.id, input: { listingId, quantity: 1 } })).toMatchObject({
      ok: false,
    });
    expect(
      await makeOffer({ buyerId: buyer.id, input: { listingId, amount: "300", currency: "USD" } }),
    ).toMatchObject({ ok: false, reason: "not_offerable" });
    const checkout = await checkoutSellerGroup({
      buyerId: buyer.id,
      input: { sellerId: seller.id, currency: "USD", country: "US" },
    });
    expect(checkout.ok).toBe(false);
    expect(await getListingPreview({ viewer: seller, listingId })).toMatchObject({
      id: listingId,
      view: "hidden",
      hiddenBy: "admin",
    });
    expect(await getListingPreview({ viewer: buyer, listingId })).toBeNull();
    expect(await moderateListing({ actor: admin, move: "hide", input: { listingId, reason } })).toMatchObject(
      { ok: false, reason: "wrong_state" },
    );

    expect(
      await moderateListing({
        actor: admin,
        move: "restore",
        input: { listingId, reason: "Plate checked: genuine." },
      }),
    ).toMatchObject({ ok: true });
    expect(await searchIds(word)).toEqual([listingId]);
    expect(await addToCart({ buyerId: buyer.id, input: { listingId, quantity: 1 } })).toMatchObject({
      ok: true,
    });

    const log = await database()
      .db.select()
      .from(adminActions)
      .where(eq(adminActions.subjectId, String(listingId)))
      .orderBy(adminActions.id);
    expect(log.map((r) => [r.adminId, r.action, r.subjectType, r.details])).toEqual([
      [admin.id, "listing.hide", "listing", { reason }],
      [admin.id, "listing.restore", "listing", { reason: "Plate checked: genuine." }],
    ]);
  });

  it("takes no bids while hidden", async () => {
    const auctionSeller = await createBidder(database());
    const bidder = await createBidder(database());
    const listingId = await createLiveAuction(database(), {
      sellerId: auctionSeller.id,
      endsAt: new Date(Date.now() + 86_400_000),
    });
    await moderateListing({ actor: admin, move: "hide", input: { listingId, reason } });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    await moderateListing({ actor: admin, move: "restore", input: { listingId, reason: "Cleared." } });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: true,
    });
  });

  it("closes unsold when its auction runs out while hidden, with nobody winning", async () => {
    const auctionSeller = await createBidder(database());
    const bidder = await createBidder(database());
    const endsAt = new Date(Date.now() + 86_400_000);
    const listingId = await createLiveAuction(database(), { sellerId: auctionSeller.id, endsAt });
    expect(await placeBid({ bidderId: bidder.id, input: { listingId, maxBid: "300" } })).toMatchObject({
      ok: true,
    });
    await moderateListing({ actor: admin, move: "hide", input: { listingId, reason } });
    expect(await closeAuctionIfDue(listingId, { now: new Date(endsAt.getTime() + 1000) })).toMatchObject({
      closed: true,
      result: "withdrawn",
    });
    const [row] = await database()
      .db.select({ status: listings.status })
      .from(listings)
      .where(eq(listings.id, listingId));
    expect(row!.status).toBe("ended");
  });
});

describe("a suspended account", () => {
  it("cannot sign in, its session stops, its live listings hide, and a restore brings back only those", async () => {
    const password = "Suspended-Seller-1977!";
    const email = `suspended-${randomBytes(3).toString("hex")}@example.com`;
    const [account] = await database()
      .db.insert(users)
      .values({
        email,
        displayName: "Suspended seller",
        passwordHash: await hashPassword(password),
        country: "US",
      })
      .returning({ id: users.id, role: users.role, email: users.email });
    const suspect = account!;
    const signIn = () => verifyCredentials({ email, password, ip: "203.0.113.9" });
    expect((await signIn()).status).toBe("ok");

    const options = await getAuthOptions();
    const token = await options.callbacks!.jwt!({
      token: { email, name: "Suspended seller" },
      user: { id: suspect.id, email, role: "user", signInIp: "203.0.113.9" },
      account: { provider: "credentials", type: "credentials", providerAccountId: suspect.id },
      trigger: "signIn",
    });
    const cookie = await encode({ token, secret: await getAuthSecret() });
    const currentUser = async () =>
      (await readSessionFromCookies([{ name: "next-auth.session-token", value: cookie }]))?.user ?? null;
    expect(await currentUser()).toMatchObject({ id: suspect.id });

    const live = [
      await car("Suspect's pedal car one", suspect.id),
      await car("Suspect's pedal car two", suspect.id),
    ];
    const hiddenByAdmin = await car("Suspect's pedal car an admin hid", suspect.id);
    const auction = await createLiveAuction(database(), {
      sellerId: suspect.id,
      endsAt: new Date(Date.now() + 86_400_000),
    });
    await moderateListing({ actor: admin, move: "hide", input: { listingId: hiddenByAdmin, reason } });
    const all = [...live, hiddenByAdmin, auction].sort((a, b) => a - b);

    const suspended = await moderateAccount({
      actor: admin,
      move: "suspend",
      input: { userId: suspect.id, reason: "Sold counterfeit plates." },
    });
    expect(suspended).toMatchObject({ ok: true, listingIds: [...live, auction].sort((a, b) => a - b) });
    expect((await signIn()).status).toBe("invalid");
    expect(await currentUser()).toBeNull();
    expect(await hidden(all)).toEqual(
      all.map((id) => ({ id, reason: id === hiddenByAdmin ? "admin" : "suspension" })),
    );
    const bidder = await createBidder(database());
    expect(
      await placeBid({ bidderId: bidder.id, input: { listingId: auction, maxBid: "300" } }),
    ).toMatchObject({ ok: false });
    // Even with a bid that skips the session, a suspended bidder is refused.
    const other = await createLiveAuction(database(), {
      sellerId: bidder.id,
      endsAt: new Date(Date.now() + 86_400_000),
    });
    expect(
      await placeBid({ bidderId: suspect.id, input: { listingId: other, maxBid: "300" } }),
    ).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const forSale = await car("Windscreen-less pedal car the suspect wanted", bidder.id);
    await putInCart(database(), suspect.id, [{ listingId: forSale, quantity: 1 }]);
    expect(
      await checkoutSellerGroup({
        buyerId: suspect.id,
        input: { sellerId: bidder.id, currency: "USD", country: "US" },
      }),
    ).toMatchObject({ ok: false, reason: "invalid" });
    // One by one, a suspended seller's listings stay down.
    expect(
      await moderateListing({ actor: admin, move: "restore", input: { listingId: live[0], reason } }),
    ).toMatchObject({ ok: false, reason: "wrong_state" });

    const restored = await moderateAccount({
      actor: admin,
      move: "restore",
      input: { userId: suspect.id, reason: "Plates were genuine after all." },
    });
    expect(restored).toMatchObject({ ok: true, listingIds: [...live, auction].sort((a, b) => a - b) });
    expect(await hidden(all)).toEqual(
      all.map((id) => ({ id, reason: id === hiddenByAdmin ? "admin" : null })),
    );
    expect((await signIn()).status).toBe("ok");
    // The old session ended with the suspension: a restore asks for a fresh sign-in.
    expect(await currentUser()).toBeNull();

    const log = await database()
      .db.select()
      .from(adminActions)
      .where(eq(adminActions.subjectId, suspect.id))
      .orderBy(adminActions.id);
    expect(log.map((r) => [r.adminId, r.action, r.subjectType, r.details.reason])).toEqual([
      [admin.id, "account.suspend", "user", "Sold counterfeit plates."],
      [admin.id, "account.restore", "user", "Plates were genuine after all."],
    ]);
    expect(await findAccounts({ actor: admin, query: email.slice(0, 12) })).toEqual([
      expect.objectContaining({ id: suspect.id, suspendedAt: null, liveListings: 3 }),
    ]);
  });
});

describe("the audit log", () => {
  it("lists newest first, fifty to a page", async () => {
    const listingId = await car("Pedal car hidden and shown many times");
    for (let i = 0; i < 30; i++) {
      await moderateListing({ actor: admin, move: "hide", input: { listingId, reason: `Round ${i}` } });
      await moderateListing({
        actor: admin,
        move: "restore",
        input: { listingId, reason: `Round ${i} over` },
      });
    }
    const first = (await listAuditLog({ actor: admin }))!;
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]).toMatchObject({
      action: "listing.restore",
      reason: "Round 29 over",
      subjectId: String(listingId),
    });
    const ids = first.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = (await listAuditLog({ actor: admin, before: first.nextBefore }))!;
    expect(second.entries[0]!.id).toBeLessThan(ids.at(-1)!);
    const [newest] = await database().db.select().from(adminActions).orderBy(desc(adminActions.id)).limit(1);
    expect(newest!.id).toBe(ids[0]);
  });
});
