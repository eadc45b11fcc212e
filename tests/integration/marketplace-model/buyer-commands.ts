import fc from "fast-check";
import { addToCart } from "@/lib/cart/mutations";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { markOrderShipped } from "@/lib/orders/fulfilment";
import { startPaymentForOrder } from "@/lib/orders/pay-order";
import { getOrderForViewer } from "@/lib/orders/queries";
import { completeTestPayment } from "@/lib/orders/test-payments";
import { liveStatuses, paidTogether, type Model } from "./observe";
import { checkoutCart } from "@/lib/orders/cart-checkout";
import { actor, mustRefuse, mustSucceed, Step } from "./step";
import {
  isAuction,
  isUnique,
  listingNames,
  listingSellers,
  personNames,
  type ListingName,
  type PersonName,
  type World,
} from "./world";

// What buyers do (put things in the cart, check out, pay, look at orders), what sellers do with an
// order, and what happens when someone tries it on another user's cart or order.

const baseUrl = "https://market.example";
const buyers = ["buyer1", "buyer2", "buyer3", "seller2"] as const satisfies readonly PersonName[];

class AddToCart extends Step {
  constructor(
    readonly who: PersonName,
    readonly listing: ListingName,
    readonly quantity: number,
  ) {
    super();
  }

  toString(): string {
    return `${this.who}.addToCart(${this.listing}, ${this.quantity})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const listingId = world.listings[this.listing];
    const before = model.seen.listings[this.listing];
    const inCart = model.seen.carts.get(world.people[this.who].id)?.get(listingId) ?? 0;
    const result = await addToCart({
      buyerId: world.people[this.who].id,
      input: { listingId, quantity: this.quantity },
    });
    const own = listingSellers[this.listing] === this.who;
    const buyable = before.status === "live" && !before.deleted && !isAuction(this.listing);
    if (!buyable)
      mustRefuse(
        result,
        `${this.listing} is ${before.deleted ? "deleted" : before.status}${isAuction(this.listing) ? " and sold by auction" : ""}`,
      );
    if (own) mustRefuse(result, "nobody buys their own listing");
    const fits = inCart + this.quantity <= before.quantity && !(isUnique(this.listing) && inCart > 0);
    if (buyable && !own && fits)
      mustSucceed(result, `${before.quantity} on hand, ${inCart} already in the cart`);
  }
}

/** Whoever has something in their cart (the k-th of them) checks out one seller's part of it. */
class Checkout extends Step {
  private who?: PersonName;
  private seller?: PersonName;

  constructor(readonly k: number) {
    super();
  }

  override check(model: Readonly<Model>): boolean {
    return [...model.seen.carts.values()].some((c) => c.size > 0);
  }

  toString(): string {
    return this.who ? `${this.who}.checkout(${this.seller})` : `someone.checkout(#${this.k})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const withCarts = personNames.filter((p) => (model.seen.carts.get(world.people[p].id)?.size ?? 0) > 0);
    this.who = withCarts[this.k % withCarts.length]!;
    const buyer = world.people[this.who];
    const cart = model.seen.carts.get(buyer.id)!;
    const first = listingNames.find((n) => cart.has(world.listings[n]))!;
    // A line whose listing went to another seller is impossible; each line names its listing's seller.
    this.seller = listingSellers[first];
    const lines = listingNames.filter(
      (n) => listingSellers[n] === this.seller && cart.has(world.listings[n]),
    );
    const currency = (lines.length ? model.seen.listings[lines[0]!].currency : "USD") as
      "USD" | "GBP" | "EUR";
    const group = lines.filter((n) => model.seen.listings[n].currency === currency);
    const result = await checkoutSellerGroup({
      buyerId: buyer.id,
      baseUrl,
      input: { sellerId: world.people[this.seller].id, currency, country: buyer.country },
    });
    if (group.length === 0) return mustRefuse(result, "nothing from this seller is in the cart");
    const unavailable = group.filter((n) => {
      const l = model.seen.listings[n];
      return l.status !== "live" || l.deleted || l.quantity < cart.get(l.id)!;
    });
    if (unavailable.length) mustRefuse(result, `${unavailable.join(", ")} cannot be bought now`);
    else mustSucceed(result, `${group.join(", ")} are live and in stock`);
    if (result.ok)
      model.orders.push({
        id: result.orderId,
        buyer: this.who,
        seller: this.seller,
        source: "cart",
        payments: 0,
      });
  }
}

/** Whoever has something in their cart (the k-th of them) checks out all of it, every seller at once, to pay once. */
class CheckoutCart extends Step {
  private who?: PersonName;

  constructor(readonly k: number) {
    super();
  }

  override check(model: Readonly<Model>): boolean {
    return [...model.seen.carts.values()].some((c) => c.size > 0);
  }

  toString(): string {
    return this.who ? `${this.who}.checkoutCart()` : `someone.checkoutCart(#${this.k})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const withCarts = personNames.filter((p) => (model.seen.carts.get(world.people[p].id)?.size ?? 0) > 0);
    this.who = withCarts[this.k % withCarts.length]!;
    const buyer = world.people[this.who];
    const cart = model.seen.carts.get(buyer.id)!;
    const inCart = listingNames.filter((n) => cart.has(world.listings[n]));
    const currency = model.seen.listings[inCart[0]!].currency as "USD" | "GBP" | "EUR";
    const lines = inCart.filter((n) => model.seen.listings[n].currency === currency);
    const result = await checkoutCart({
      buyerId: buyer.id,
      baseUrl,
      input: { currency, country: buyer.country },
    });
    const available = lines.filter((n) => {
      const l = model.seen.listings[n];
      return l.status === "live" && !l.deleted && l.quantity >= cart.get(l.id)!;
    });
    if (available.length === 0) return mustRefuse(result, `none of ${lines.join(", ")} can be bought now`);
    mustSucceed(result, `${available.join(", ")} are live and in stock`);
    if (!result.ok) return;
    const leftOut = lines.filter((n) => !available.includes(n)).map((n) => world.listings[n]);
    if (
      result.leftOut
        .map((l) => l.listingId)
        .sort()
        .join() !== leftOut.sort().join()
    )
      throw new Error(`left out ${JSON.stringify(result.leftOut)}, the model says ${leftOut.join(", ")}`);
    // One order per seller of what was bought, made in the order of their first listing's id.
    const byId = [...available].sort((a, b) => world.listings[a] - world.listings[b]);
    const sellers = [...new Set(byId.map((n) => listingSellers[n]))];
    if (result.orderIds.length !== sellers.length)
      throw new Error(`${result.orderIds.length} orders for ${sellers.length} sellers`);
    for (const [i, id] of result.orderIds.entries())
      model.orders.push({ id, buyer: this.who, seller: sellers[i]!, source: "cart", payments: 0 });
  }
}

/** "Buy now": into the cart and straight through checkout for that seller. */
class BuyNow extends Step {
  private readonly add: AddToCart;
  private checkout?: Checkout;

  constructor(
    readonly who: PersonName,
    readonly listing: ListingName,
  ) {
    super();
    this.add = new AddToCart(who, listing, 1);
  }

  toString(): string {
    return `${this.who}.buyNow(${this.listing})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    await this.add.run(model, world);
    const withCarts = personNames.filter((p) => (model.seen.carts.get(world.people[p].id)?.size ?? 0) > 0);
    if (!withCarts.includes(this.who)) return;
    this.checkout = new Checkout(withCarts.indexOf(this.who));
    await this.checkout.run(model, world);
  }
}

/** One of the orders made so far in this sequence (1-based in the printed form), acted on by its own buyer or seller, or by someone named. */
abstract class OrderStep extends Step {
  protected who: PersonName = "admin";
  protected n = 0;

  constructor(
    readonly party: "buyer" | "seller" | PersonName,
    readonly k: number,
  ) {
    super();
  }

  protected name(): string {
    return this.party === "buyer" || this.party === "seller"
      ? `order${this.n + 1}.${this.party}`
      : this.party;
  }

  override check(model: Readonly<Model>): boolean {
    return model.orders.length > 0;
  }

  protected order(model: Model) {
    this.n = this.k % model.orders.length;
    const order = model.orders[this.n]!;
    this.who = this.party === "buyer" ? order.buyer : this.party === "seller" ? order.seller : this.party;
    return { order, seen: model.seen.orders.get(order.id)! };
  }
}

const address = { name: "Tom B.", line1: "1 Tib Street", city: "Manchester", postalCode: "M4 1HN" };

class Pay extends OrderStep {
  toString(): string {
    return `${this.name()}.pay(order${this.n + 1})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const { order, seen } = this.order(model);
    const payer = world.people[this.who];
    const start = await startPaymentForOrder({ orderId: order.id, buyerId: payer.id, baseUrl });
    if (order.buyer !== this.who) {
      mustRefuse(start, "only the buyer pays for an order");
      // Knowing the buyer's checkout link is not enough either.
      if (seen.sessionId?.startsWith("cs_test_local_")) {
        mustRefuse(
          await completeTestPayment({ buyerId: payer.id, input: { sessionId: seen.sessionId, ...address } }),
          "another buyer's test checkout",
        );
      }
      this.mustChangeNothing = true;
      return;
    }
    if ((liveStatuses as readonly string[]).includes(seen.status))
      mustSucceed(start, "the order awaits payment");
    else mustRefuse(start, `the order is ${seen.status}`);
    if (!start.ok) return;
    const sessionId = start.url.split("/").pop()!;
    const paid = await completeTestPayment({ buyerId: payer.id, input: { sessionId, ...address } });
    mustSucceed(paid, "the buyer pays on the test checkout page");
    if (paid.ok && paid.outcome.message.endsWith(": changed"))
      paidTogether(model, order).forEach((o) => (o.payments += 1));
  }
}

class ReadOrder extends OrderStep {
  toString(): string {
    return `${this.name()}.read(order${this.n + 1})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const { order } = this.order(model);
    const detail = await getOrderForViewer({ orderId: order.id, viewer: actor(world, this.who) });
    const party =
      order.buyer === this.who || order.seller === this.who || world.people[this.who].role === "admin";
    if (party && !detail) throw new Error(`${this.who} cannot read their own order`);
    if (!party && detail) throw new Error(`${this.who} read another user's order`);
  }
}

class Ship extends OrderStep {
  toString(): string {
    return `${this.name()}.ship(order${this.n + 1})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const { order, seen } = this.order(model);
    const result = await markOrderShipped({
      actor: actor(world, this.who),
      input: { orderId: order.id, carrier: "DHL", trackingNumber: "JD0146 0000 6281" },
    });
    const allowed = order.seller === this.who || world.people[this.who].role === "admin";
    if (!allowed) {
      mustRefuse(result, "only the seller ships an order");
      this.mustChangeNothing = true;
    } else if (seen.status === "paid") mustSucceed(result, "a paid order can be shipped");
    else mustRefuse(result, `a ${seen.status} order cannot be shipped`);
  }
}

const orderIndex = fc.integer({ min: 0, max: 2 });
/** Mostly the order's own buyer (or seller); sometimes anybody else. */
const partyOr = (party: "buyer" | "seller") =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(party) },
    { weight: 1, arbitrary: fc.constantFrom(...personNames) },
  );
export const buyerCommands = [
  fc
    .tuple(
      fc.constantFrom(...buyers, "seller1"),
      fc.constantFrom<ListingName>("car", "car", "screens", "screens", "toy", "toy", "auction1"),
      fc.constantFrom(1, 1, 2),
    )
    .map(([w, l, q]) => new AddToCart(w, l, q)),
  fc.integer({ min: 0, max: 3 }).map((k) => new Checkout(k)),
  fc.integer({ min: 0, max: 3 }).map((k) => new CheckoutCart(k)),
  fc
    .tuple(fc.constantFrom(...buyers), fc.constantFrom<ListingName>("car", "car", "screens", "toy"))
    .map(([w, l]) => new BuyNow(w, l)),
  fc.tuple(partyOr("buyer"), orderIndex).map(([w, k]) => new Pay(w, k)),
  fc
    .tuple(fc.constantFrom<"buyer" | "seller" | PersonName>("buyer", "seller", ...personNames), orderIndex)
    .map(([w, k]) => new ReadOrder(w, k)),
  fc.tuple(partyOr("seller"), orderIndex).map(([w, k]) => new Ship(w, k)),
];
