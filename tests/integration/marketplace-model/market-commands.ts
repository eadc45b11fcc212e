import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { POST as stripeWebhook } from "@/app/api/stripe/webhook/route";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { offerToNextBidder } from "@/lib/auctions/second-chance";
import { centsToInput } from "@/lib/listings/schemas";
import { formatMoney } from "@/lib/kernel/money";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { getWebhookSecret } from "@/lib/payments/webhook-secret";
import { signedStripeEvent, webhookRequest } from "../checkout-fixtures";
import { frozenTermsOf, liveStatuses, observe, paidStatuses, paidTogether, type Model } from "./observe";
import { actor, mustRefuse, mustSucceed, personNamed, Step } from "./step";
import { listingSellers, personNames, type ListingName, type PersonName, type World } from "./world";

// What arrives from outside a user's click: Stripe's events (signed as Stripe signs them, through
// the webhook route), time passing, and auctions: bids, the close, a second-chance offer.

export type StripeEventKind = "paid" | "failed" | "expired" | "refunded";

class StripeEvent extends Step {
  constructor(
    readonly kind: StripeEventKind,
    readonly k: number,
  ) {
    super();
  }

  private n?: number;

  override check(model: Readonly<Model>): boolean {
    return model.orders.length > 0;
  }

  toString(): string {
    return `stripe.${this.kind}(order${(this.n ?? this.k) + 1})`;
  }

  protected async act(model: Model): Promise<void> {
    this.n = this.k % model.orders.length;
    const order = model.orders[this.n]!;
    const seen = model.seen.orders.get(order.id)!;
    const session = {
      id: seen.sessionId ?? `cs_test_model_${randomBytes(8).toString("hex")}`,
      object: "checkout.session",
      mode: "payment",
      currency: "usd",
      amount_total: seen.totalCents,
      // An order of a whole-cart checkout is paid through its checkout's session.
      ...(seen.checkoutId
        ? {
            metadata: { checkout_id: String(seen.checkoutId) },
            client_reference_id: `checkout-${seen.checkoutId}`,
          }
        : { metadata: { order_id: String(order.id) }, client_reference_id: String(order.id) }),
    };
    const [type, object] =
      this.kind === "paid"
        ? [
            "checkout.session.completed",
            {
              ...session,
              status: "complete",
              payment_status: "paid",
              payment_intent: `pi_test_model_${randomBytes(8).toString("hex")}`,
            },
          ]
        : this.kind === "failed"
          ? [
              "checkout.session.async_payment_failed",
              { ...session, status: "complete", payment_status: "unpaid", payment_intent: null },
            ]
          : this.kind === "expired"
            ? [
                "checkout.session.expired",
                { ...session, status: "expired", payment_status: "unpaid", payment_intent: null },
              ]
            : [
                "charge.refunded",
                {
                  id: `ch_test_${randomBytes(6).toString("hex")}`,
                  object: "charge",
                  payment_intent: seen.paymentIntentId,
                  amount: seen.totalCents,
                  amount_refunded: seen.totalCents,
                  refunded: true,
                },
              ];
    if (this.kind === "refunded" && !seen.paymentIntentId) return;
    // A whole-cart payment is refunded order by order by the seller, never by the charge's total.
    if (this.kind === "refunded" && seen.checkoutId) return;
    const event = signedStripeEvent(type, object, await getWebhookSecret());
    const response = await stripeWebhook(webhookRequest(event.payload, event.signature));
    const body = (await response.json()) as { message: string };
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}: ${body.message}`);
    const pending = (liveStatuses as readonly string[]).includes(seen.status);
    if (this.kind === "paid" && body.message.endsWith(": changed"))
      paidTogether(model, order).forEach((o) => (o.payments += 1));
    if (this.kind === "paid" && pending && !body.message.endsWith(": changed"))
      throw new Error(`a payment for an order awaiting it was not taken: ${body.message}`);
    if (
      this.kind === "refunded" &&
      (paidStatuses as readonly string[]).includes(seen.status) &&
      !body.message.endsWith(": changed")
    )
      throw new Error(`a full refund did not end the order: ${body.message}`);
  }
}

/** Time passes and the reservation sweep runs: 36 minutes lapses cart orders, 4 days auction orders too. */
class Later extends Step {
  constructor(readonly minutes: number) {
    super();
  }

  toString(): string {
    return `clock.later(${this.minutes < 120 ? `${this.minutes} min` : `${this.minutes / 1440} days`})`;
  }

  protected async act(model: Model): Promise<void> {
    const now = new Date(Date.now() + this.minutes * 60_000);
    const due = model.orders.filter((o) => {
      const seen = model.seen.orders.get(o.id)!;
      return seen.status === "pending_payment" && (o.source === "cart" || this.minutes > 72 * 60);
    });
    await expireStaleReservations({ now, limit: 1000 });
    const after = await observe(model.world);
    for (const o of due) {
      const status = after.orders.get(o.id)!.status;
      if (status !== "expired")
        throw new Error(`order #${o.id} (${o.source}) should have lapsed unpaid, it is ${status}`);
    }
  }
}

class Bid extends Step {
  private amount?: string;

  constructor(
    readonly who: PersonName,
    readonly listing: ListingName,
    readonly times: number,
  ) {
    super();
  }

  toString(): string {
    return `${this.who}.bid(${this.listing}, ${this.amount ?? `start × ${this.times}`})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const before = model.seen.listings[this.listing];
    const auction = model.seen.auctions[this.listing]!;
    const maxCents = Math.round(auction.startPriceCents * this.times);
    this.amount = formatMoney(maxCents, before.currency as "USD");
    const result = await placeBid({
      bidderId: world.people[this.who].id,
      input: { listingId: before.id, maxBid: centsToInput(maxCents) },
    });
    const open = before.status === "live" && !before.deleted && auction.status === "open";
    if (!open)
      mustRefuse(
        result,
        `${this.listing} is ${before.deleted ? "deleted" : before.status}, its auction ${auction.status}`,
      );
    if (listingSellers[this.listing] === this.who) mustRefuse(result, "nobody bids on their own auction");
    if (open && listingSellers[this.listing] !== this.who && auction.bidCount === 0)
      mustSucceed(result, "a first bid at or above the start");
    if (!result.ok) return;
    model.frozen[this.listing] ??= frozenTermsOf(model.seen, this.listing);
    model.endsAt[this.listing] = Date.parse(result.endsAt);
  }
}

class CloseAuction extends Step {
  constructor(readonly listing: ListingName) {
    super();
  }

  toString(): string {
    return `clock.auctionEnds(${this.listing})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const before = model.seen.listings[this.listing];
    const auction = model.seen.auctions[this.listing]!;
    const outcome = await closeAuctionIfDue(before.id, { now: new Date(auction.endsAt.getTime() + 1_000) });
    if (auction.status === "open" && !outcome.closed)
      throw new Error("an open auction past its end did not close");
    if (!outcome.closed || outcome.result !== "sold") return;
    if (before.status !== "live" || before.deleted)
      throw new Error(
        `${this.listing} was ${before.deleted ? "deleted" : before.status}, yet it sold at auction`,
      );
    if (outcome.winnerId !== auction.leaderId)
      throw new Error("the order went to someone other than the leading bidder");
    model.orders.push({
      id: outcome.orderId,
      buyer: personNamed(world, outcome.winnerId),
      seller: listingSellers[this.listing],
      source: "auction",
      payments: 0,
    });
  }
}

class OfferToNextBidder extends Step {
  constructor(
    readonly who: PersonName,
    readonly listing: ListingName,
  ) {
    super();
  }

  toString(): string {
    return `${this.who}.offerToNextBidder(${this.listing})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const result = await offerToNextBidder({
      actor: actor(world, this.who),
      listingId: world.listings[this.listing],
    });
    const allowed = listingSellers[this.listing] === this.who || world.people[this.who].role === "admin";
    if (!allowed) {
      mustRefuse(result, "only the seller offers the item to another bidder");
      this.mustChangeNothing = true;
    }
    if (!result.ok) return;
    const bidder = personNamed(world, result.bidderId);
    const offeredBefore = model.orders.some(
      (o) =>
        o.buyer === bidder &&
        model.seen.orders.get(o.id)?.lines.some((l) => l.listingId === world.listings[this.listing]),
    );
    if (offeredBefore) throw new Error(`${bidder} was offered ${this.listing} a second time`);
    model.orders.push({
      id: result.orderId,
      buyer: bidder,
      seller: listingSellers[this.listing],
      source: "auction",
      payments: 0,
    });
  }
}

const auctionNames = ["auction1", "auction2"] as const;
export const marketCommands = [
  fc
    .tuple(
      fc.constantFrom<StripeEventKind>("paid", "failed", "expired", "refunded"),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([kind, k]) => new StripeEvent(kind, k)),
  fc.constantFrom(36, 4 * 1440).map((minutes) => new Later(minutes)),
  fc
    .tuple(
      fc.constantFrom(...personNames.filter((p) => p !== "admin")),
      fc.constantFrom(...auctionNames),
      fc.constantFrom(1, 1.5, 2, 3),
    )
    .map(([w, l, t]) => new Bid(w, l, t)),
  fc.constantFrom(...auctionNames).map((l) => new CloseAuction(l)),
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant("seller" as const) },
        { weight: 1, arbitrary: fc.constantFrom(...personNames) },
      ),
      fc.constantFrom(...auctionNames),
    )
    .map(([w, l]) => new OfferToNextBidder(w === "seller" ? listingSellers[l] : w, l)),
];
