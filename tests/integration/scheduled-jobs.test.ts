import { eq, inArray, isNull, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auctions, emailOutbox, listings, notifications, orderItems, orders } from "@/db/schema";
import { placeBid } from "@/lib/auctions/place-bid";
import { getAuctionView } from "@/lib/auctions/queries";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { countCartUnits, getCart } from "@/lib/cart/queries";
import { runJob } from "@/lib/jobs/catalogue";
import { queryListingDetail } from "@/lib/listings/queries";
import { notify } from "@/lib/notifications/notify";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { expireStaleReservations } from "@/lib/orders/expiry";
import {
  getOrderForViewer,
  getPayoutSummary,
  listOrdersForBuyer,
  listSalesForSeller,
} from "@/lib/orders/queries";
import { raceTest } from "../support/race-tests";
import { asReadOnly } from "../support/read-only";
import { withTestDatabase } from "../support/test-database";
import {
  createUser,
  lapseReservation,
  listFromEE,
  putInCart,
  readListing,
  readOrder,
  reproductionWindscreen,
  type TestUser,
} from "./checkout-fixtures";

// The scheduled jobs, called directly with the moment they run for (no waiting), and the pages that
// read what the jobs have not written yet: they show it as it stands, without writing.

const database = withTestDatabase();
let dealer: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  dealer = await createUser(database(), { country: "EE" });
  buyer = await createUser(database(), { country: "GB" });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function reserve(quantity: number) {
  const listingId = await listFromEE(database(), dealer.id, reproductionWindscreen, 5);
  await putInCart(database(), buyer.id, [{ listingId, quantity }]);
  const result = await checkoutSellerGroup({
    buyerId: buyer.id,
    input: { sellerId: dealer.id, currency: "USD", country: "GB" },
  });
  if (!result.ok) throw new Error(result.message);
  return { listingId, orderId: result.orderId };
}

describe("pages and GET routes never write", () => {
  it("show a lapsed reservation as expired and its units on sale, and an auction past its end as ended, read-only", async () => {
    const { listingId, orderId } = await reserve(2);
    await lapseReservation(database(), orderId);
    const bidder = await createBidder(database(), { country: "US" });
    const auctionId = await createLiveAuction(database(), {
      sellerId: dealer.id,
      startPriceCents: 20_000,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    await placeBid({ bidderId: bidder.id, input: { listingId: auctionId, maxBid: "250" } });
    await database()
      .db.update(auctions)
      .set({ endsAt: sql`now() - interval '1 second'` })
      .where(eq(auctions.listingId, auctionId));

    const seen = await asReadOnly(database(), async () => {
      // The read-only switch really refuses writes.
      const refused = await (
        await getDb()
      )
        .update(listings)
        .set({ title: "x" })
        .where(eq(listings.id, listingId))
        .then(
          () => "written",
          (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
        );
      expect(refused).toMatch(/read-only transaction/);
      return {
        orders: await listOrdersForBuyer(buyer.id),
        order: await getOrderForViewer({ orderId, viewer: { id: buyer.id, role: "user" } }),
        sales: await listSalesForSeller(dealer.id),
        payouts: await getPayoutSummary(dealer.id),
        listing: await queryListingDetail(listingId),
        cart: await getCart({ buyerId: buyer.id }),
        cartUnits: await countCartUnits(buyer.id),
        auction: await getAuctionView({ listingId: auctionId, viewerId: bidder.id }),
        notifications: await listNotifications({ userId: bidder.id }),
        unread: await countUnreadNotifications({ userId: bidder.id }),
      };
    });

    expect(seen.orders.find((o) => o.id === orderId)).toMatchObject({
      status: "expired",
      reservedUntil: null,
    });
    expect(seen.order).toMatchObject({ status: "expired", reservedUntil: null });
    expect(seen.sales.map((s) => s.id)).not.toContain(orderId);
    expect(seen.listing!.quantity).toBe(5);
    expect(seen.auction).toMatchObject({
      status: "open",
      result: { sold: true, priceCents: 20_000, settling: true },
    });
    // Nothing was written: the order still awaits its sweep, the auction its close.
    expect((await readOrder(database(), orderId)).status).toBe("pending_payment");
    expect((await readListing(database(), listingId)).quantity).toBe(3);
    const [auction] = await database()
      .db.select({ status: auctions.status })
      .from(auctions)
      .where(eq(auctions.listingId, auctionId));
    expect(auction!.status).toBe("open");
  });
});

describe("the scheduled jobs", () => {
  it("close an auction at its end once, however often the job runs", async () => {
    const bidder = await createBidder(database(), { country: "US" });
    const endsAt = new Date(Date.now() + 3_600_000);
    const auctionId = await createLiveAuction(database(), {
      sellerId: dealer.id,
      startPriceCents: 20_000,
      endsAt,
    });
    await placeBid({ bidderId: bidder.id, input: { listingId: auctionId, maxBid: "300" } });
    await runJob("close-auctions", { now: new Date(endsAt.getTime() - 60_000) });
    const [open] = await database()
      .db.select({ status: auctions.status })
      .from(auctions)
      .where(eq(auctions.listingId, auctionId));
    expect(open!.status).toBe("open");

    const after = new Date(endsAt.getTime() + 1_000);
    expect((await runJob("close-auctions", { now: after })).closed).toBeGreaterThanOrEqual(1);
    expect(await runJob("close-auctions", { now: after })).toEqual({ closed: 0 });
    const won = await database()
      .db.select({ id: orders.id })
      .from(orders)
      .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
      .where(eq(orderItems.listingId, auctionId));
    expect(won).toHaveLength(1);
    expect(await getAuctionView({ listingId: auctionId, viewerId: bidder.id })).toMatchObject({
      status: "closed",
      result: { sold: true, settling: false },
    });
  });

  it("expire a lapsed reservation once and put its units back; checkout takes them at once without waiting for the job", async () => {
    const { listingId, orderId } = await reserve(5);
    expect((await readListing(database(), listingId)).quantity).toBe(0);
    await lapseReservation(database(), orderId);
    // Another buyer checks out before the job has run: the lapsed units are theirs.
    const other = await createUser(database(), { country: "GB" });
    await putInCart(database(), other.id, [{ listingId, quantity: 5 }]);
    const second = await checkoutSellerGroup({
      buyerId: other.id,
      input: { sellerId: dealer.id, currency: "USD", country: "GB" },
    });
    expect(second).toMatchObject({ ok: true });
    expect((await readOrder(database(), orderId)).status).toBe("expired");
    expect((await readListing(database(), listingId)).quantity).toBe(0);
    if (!second.ok) return;

    await lapseReservation(database(), second.orderId);
    const first = await runJob("expire-reservations");
    expect(first.expiredOrders).toBeGreaterThanOrEqual(1);
    expect(await runJob("expire-reservations")).toEqual({ expiredOrders: 0 });
    expect((await readOrder(database(), second.orderId)).status).toBe("expired");
    expect((await readListing(database(), listingId)).quantity).toBe(5);
  });

  it("retry a failed email with growing delays, and send it once the mail server answers", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    await database().db.update(emailOutbox).set({ sentAt: new Date() }).where(isNull(emailOutbox.sentAt));
    const person = await createBidder(database());
    await notify(database().db, {
      userId: person.id,
      kind: "auction_won",
      title: "You won",
      body: "Pay within 72 hours.",
      href: "/orders/1",
    });
    const [queued] = await database().db.select().from(emailOutbox).where(isNull(emailOutbox.sentAt));
    // Nothing listens on this port: every send fails at once.
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:3189");
    const t0 = new Date(Date.now() + 1_000);
    const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
    const row = async () =>
      (await database().db.select().from(emailOutbox).where(eq(emailOutbox.id, queued!.id)))[0]!;

    expect(await runJob("send-emails", { now: t0 })).toEqual({ sent: 0 });
    expect(await row()).toMatchObject({ attempts: 1, sentAt: null, nextAttemptAt: minutes(1) });
    expect((await row()).lastError).toBeTruthy();
    expect(await runJob("send-emails", { now: minutes(0.5) })).toEqual({ sent: 0 });
    expect((await row()).attempts).toBe(1);
    await runJob("send-emails", { now: minutes(1) });
    expect(await row()).toMatchObject({ attempts: 2, nextAttemptAt: minutes(3) });
    await runJob("send-emails", { now: minutes(3) });
    expect(await row()).toMatchObject({ attempts: 3, nextAttemptAt: minutes(7) });

    vi.unstubAllEnvs();
    expect(await runJob("send-emails", { now: minutes(7) })).toEqual({ sent: 1 });
    expect(await runJob("send-emails", { now: minutes(60) })).toEqual({ sent: 0 });
    expect(await row()).toMatchObject({ attempts: 4, lastError: null });
  });

  it("send 'ending soon' alerts once, in the hour before the end", async () => {
    const watcher = await createBidder(database(), { country: "US" });
    const endsAt = new Date(Date.now() + 3 * 3_600_000);
    const auctionId = await createLiveAuction(database(), {
      sellerId: dealer.id,
      startPriceCents: 20_000,
      endsAt,
    });
    await placeBid({ bidderId: watcher.id, input: { listingId: auctionId, maxBid: "250" } });
    const kinds = async () =>
      (
        await database()
          .db.select({ kind: notifications.kind })
          .from(notifications)
          .where(eq(notifications.userId, watcher.id))
      ).map((n) => n.kind);
    expect(await runJob("ending-soon-alerts", { now: new Date(endsAt.getTime() - 2 * 3_600_000) })).toEqual({
      alerts: 0,
    });
    expect(await runJob("ending-soon-alerts", { now: new Date(endsAt.getTime() - 30 * 60_000) })).toEqual({
      alerts: 1,
    });
    expect(await runJob("ending-soon-alerts", { now: new Date(endsAt.getTime() - 20 * 60_000) })).toEqual({
      alerts: 0,
    });
    expect((await kinds()).filter((k) => k === "ending_soon")).toHaveLength(1);
  });

  raceTest(
    "two sweeps at once claim different orders and together expire every due one exactly once",
    async () => {
      const listingId = await listFromEE(database(), dealer.id, reproductionWindscreen, 0);
      const due = 60;
      const placed = await database()
        .db.insert(orders)
        .values(
          Array.from({ length: due }, () => ({
            buyerId: buyer.id,
            sellerId: dealer.id,
            source: "cart" as const,
            currency: "USD" as const,
            itemsCents: 4500,
            shippingCents: 0,
            totalCents: 4500,
            reservedUntil: new Date(Date.now() - 60_000),
          })),
        )
        .returning({ id: orders.id });
      await database()
        .db.insert(orderItems)
        .values(
          placed.map((o) => ({
            orderId: o.id,
            listingId,
            title: "Reproduction windscreen",
            quantity: 1,
            unitPriceCents: 4500,
            shippingCents: 0,
          })),
        );

      const sweeps = await Promise.all([
        expireStaleReservations({ limit: 1000 }),
        expireStaleReservations({ limit: 1000 }),
      ]);
      const [a, b] = sweeps.map((s) => s.expiredOrderIds.filter((id) => placed.some((o) => o.id === id)));
      expect(a!.filter((id) => b!.includes(id))).toEqual([]);
      expect(a!.length + b!.length).toBe(due);
      const left = await database()
        .db.select({ id: orders.id })
        .from(orders)
        .where(
          inArray(
            orders.id,
            placed.map((o) => o.id),
          ),
        );
      expect(left).toHaveLength(due);
      const statuses = await database()
        .db.select({ status: orders.status })
        .from(orders)
        .where(
          inArray(
            orders.id,
            placed.map((o) => o.id),
          ),
        );
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["expired"]));
      expect((await readListing(database(), listingId)).quantity).toBe(due);
    },
  );
});
