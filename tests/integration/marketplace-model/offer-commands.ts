import fc from "fast-check";
import { centsToInput } from "@/lib/listings/schemas";
import { answerCounter, answerOffer } from "@/lib/offers/answer-offer";
import { makeOffer } from "@/lib/offers/make-offer";
import type { Model } from "./observe";
import { actor, mustRefuse, mustSucceed, Step } from "./step";
import {
  isAuction,
  listingSellers,
  personNames,
  type ListingName,
  type PersonName,
  type World,
} from "./world";

// Offers on fixed-price listings (make, counter, accept), mixed in with carts, checkouts, payments and
// time: an accepted offer takes stock as checkout does, so every stock and one-order rule still holds.

export type OfferModel = { id: number; buyer: PersonName; listing: ListingName };

class MakeOffer extends Step {
  constructor(
    readonly who: PersonName,
    readonly listing: ListingName,
    /** The offer as a share of the asking price; above 1 must be refused. */
    readonly share: number,
  ) {
    super();
  }

  toString(): string {
    return `${this.who}.offer(${this.listing}, ${Math.round(this.share * 100)}% of asking)`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const before = model.seen.listings[this.listing];
    const amountCents = Math.max(1, Math.round(before.askingPriceCents * this.share));
    const result = await makeOffer({
      buyerId: world.people[this.who].id,
      input: { listingId: before.id, amount: centsToInput(amountCents), currency: before.currency },
    });
    if (listingSellers[this.listing] === this.who) mustRefuse(result, "nobody offers on their own listing");
    if (isAuction(this.listing)) mustRefuse(result, "auctions take bids, not offers");
    if (before.status !== "live" || before.deleted) mustRefuse(result, `${this.listing} is ${before.status}`);
    if (amountCents > before.askingPriceCents) mustRefuse(result, "an offer above the asking price");
    if (result.ok) {
      model.offers.push({ id: result.offerId, buyer: this.who, listing: this.listing });
      if (result.orderId) throw new Error("no automatic accept level is set, yet an offer made an order");
    }
  }
}

/** One of the offers made so far (k-th), answered by its seller, or tried by someone else. */
class AnswerOffer extends Step {
  private n = 0;
  private who: PersonName = "admin";

  constructor(
    readonly party: "seller" | PersonName,
    readonly answer: "accept" | "counter" | "decline",
    readonly k: number,
  ) {
    super();
  }

  override check(model: Readonly<Model>): boolean {
    return model.offers.length > 0;
  }

  toString(): string {
    return `${this.party === "seller" ? `offer${this.n + 1}.seller` : this.who}.${this.answer}(offer${this.n + 1})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    this.n = this.k % model.offers.length;
    const offer = model.offers[this.n]!;
    const seller = listingSellers[offer.listing];
    this.who = this.party === "seller" ? seller : this.party;
    const asking = model.seen.listings[offer.listing].askingPriceCents;
    const result = await answerOffer({
      actor: actor(world, this.who),
      input:
        this.answer === "counter"
          ? { offerId: offer.id, answer: "counter", counter: centsToInput(asking) }
          : { offerId: offer.id, answer: this.answer },
    });
    const allowed = this.who === seller || world.people[this.who].role === "admin";
    if (!allowed) {
      mustRefuse(result, "only the seller answers an offer");
      this.mustChangeNothing = true;
      return;
    }
    if (result.ok && result.orderId)
      model.orders.push({ id: result.orderId, buyer: offer.buyer, seller, source: "offer", payments: 0 });
  }
}

/** The buyer of one of the offers accepts the seller's counter (or someone else tries to). */
class AcceptCounter extends Step {
  private n = 0;
  private who: PersonName = "admin";

  constructor(
    readonly party: "buyer" | PersonName,
    readonly k: number,
  ) {
    super();
  }

  override check(model: Readonly<Model>): boolean {
    return model.offers.length > 0;
  }

  toString(): string {
    return `${this.party === "buyer" ? `offer${this.n + 1}.buyer` : this.who}.acceptCounter(offer${this.n + 1})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    this.n = this.k % model.offers.length;
    const offer = model.offers[this.n]!;
    this.who = this.party === "buyer" ? offer.buyer : this.party;
    const result = await answerCounter({
      buyerId: world.people[this.who].id,
      input: { offerId: offer.id, answer: "accept" },
    });
    if (this.who !== offer.buyer) {
      mustRefuse(result, "only the buyer who made the offer accepts its counter");
      this.mustChangeNothing = true;
      return;
    }
    if (result.ok && result.orderId) {
      mustSucceed(result, "the buyer accepted the counter");
      model.orders.push({
        id: result.orderId,
        buyer: offer.buyer,
        seller: listingSellers[offer.listing],
        source: "offer",
        payments: 0,
      });
    }
  }
}

const offerIndex = fc.integer({ min: 0, max: 3 });
const offerable = fc.constantFrom<ListingName>("car", "car", "screens", "toy", "auction1");
const anyone = fc.constantFrom(...personNames);
export const offerCommands = [
  fc
    .tuple(
      fc.constantFrom<PersonName>("buyer1", "buyer2", "buyer3", "seller2", "seller1"),
      offerable,
      fc.constantFrom(0.8, 0.9, 1, 1.2),
    )
    .map(([who, listing, share]) => new MakeOffer(who, listing, share)),
  fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constant<"seller">("seller") }, { weight: 1, arbitrary: anyone }),
      fc.constantFrom<"accept" | "counter" | "decline">("accept", "accept", "counter", "decline"),
      offerIndex,
    )
    .map(([party, answer, k]) => new AnswerOffer(party, answer, k)),
  fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constant<"buyer">("buyer") }, { weight: 1, arbitrary: anyone }),
      offerIndex,
    )
    .map(([party, k]) => new AcceptCounter(party, k)),
];
