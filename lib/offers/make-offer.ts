import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { conflictWithSeller, relatedToSellerMessage } from "@/lib/auth/parties";
import { listingOfferSettings, listingOffers } from "@/db/schema";
import type { Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import { notify } from "@/lib/notifications/notify";
import { getBuyerDestination, unknownDestinationMessage } from "@/lib/shipping/destination";
import { priceLine } from "@/lib/listings/pricing";
import { acceptOffer } from "./accept";
import { lockListing, notOfferable, refuse, type InvalidOffer, type OfferRefusal } from "./locks";
import { automaticAnswer, offerState } from "./rules";
import { makeOfferSchema } from "./schemas";

// A buyer's offer on a live fixed-price listing, below or at its asking price, in its currency. The
// seller's answers given in advance apply at once: below the floor it is declined, from the accept
// level it is accepted and becomes an order, in the same transaction as the offer.

export type MakeOfferResult =
  | {
      ok: true;
      message: string;
      offerId: number;
      outcome: "sent" | "accepted" | "declined";
      orderId: number | null;
    }
  | OfferRefusal
  | InvalidOffer;

const invalid = (field: string, message: string): InvalidOffer => ({
  ...fieldRefusal({ [field]: message }),
  reason: "invalid",
});

export async function makeOffer({
  buyerId,
  input,
  clock,
}: {
  buyerId: string;
  input: unknown;
  clock?: Clock;
}): Promise<MakeOfferResult> {
  const parsed = makeOfferSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const { listingId, amount, currency } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<MakeOfferResult> => {
    const listing = await lockListing(tx, listingId);
    if (!listing || listing.status === "draft") return refuse("not_found", "That listing does not exist.");
    const conflict = await conflictWithSeller(tx, { accountId: buyerId, sellerId: listing.sellerId });
    if (conflict)
      return refuse(
        "forbidden",
        conflict === "own" ? "You can't make an offer on your own listing." : relatedToSellerMessage,
      );
    const why = notOfferable(listing);
    if (why) return refuse("not_offerable", why);
    if (currency !== listing.currency)
      return invalid("amount", `Offer in ${listing.currency}, the listing's currency.`);
    if (amount > listing.askingPriceCents)
      return invalid(
        "amount",
        `Offer at most the asking price of ${formatMoney(listing.askingPriceCents, listing.currency)}; at that price you can buy it now.`,
      );
    const destination = await getBuyerDestination(tx, buyerId);
    if (!destination.known) return refuse("no_destination", unknownDestinationMessage);
    const shipping = priceLine(
      {
        category: listing.category,
        askingPriceCents: amount,
        quantity: 1,
        shippingOptions: listing.shippingOptions,
      },
      destination.country,
    );
    if (!shipping.ok) return refuse("no_shipping", shipping.message);
    const mine = await tx
      .select()
      .from(listingOffers)
      .where(
        and(
          eq(listingOffers.listingId, listingId),
          eq(listingOffers.buyerId, buyerId),
          inArray(listingOffers.status, ["open", "countered"]),
        ),
      )
      .for("update");
    if (mine.some((offer) => offerState(offer, now) !== "lapsed"))
      return refuse(
        "already_open",
        "You already have an offer waiting on this listing: wait for its answer.",
      );

    const [offer] = await tx
      .insert(listingOffers)
      .values({ listingId, buyerId, amountCents: amount, createdAt: now })
      .returning();
    const money = formatMoney(amount, listing.currency);
    const [settings] = await tx
      .select()
      .from(listingOfferSettings)
      .where(eq(listingOfferSettings.listingId, listingId));
    const automatic = automaticAnswer(amount, settings ?? null);
    if (automatic === "decline") {
      await tx
        .update(listingOffers)
        .set({ status: "declined", answeredAt: now })
        .where(eq(listingOffers.id, offer!.id));
      return {
        ok: true,
        outcome: "declined",
        offerId: offer!.id,
        orderId: null,
        message: `The seller does not take offers as low as ${money}; your offer was declined.`,
      };
    }
    if (automatic === "accept") {
      const accepted = await acceptOffer(tx, {
        listing,
        offer: offer!,
        priceCents: amount,
        by: "seller",
        actorId: null,
        now,
      });
      if (accepted.ok) {
        await notify(tx, {
          userId: listing.sellerId,
          kind: "offer",
          listingId,
          orderId: accepted.orderId,
          href: `/orders/${accepted.orderId}`,
          title: `Offer of ${money} accepted automatically: ${listing.title}`,
          body: `It reached your automatic accept level; the buyer has been asked to pay.`,
        });
        return {
          ok: true,
          outcome: "accepted",
          offerId: offer!.id,
          orderId: accepted.orderId,
          message: `The seller accepted ${money}. Pay to secure the item.`,
        };
      }
      // The unit went to a checkout a moment ago: the offer waits like any other.
    }
    await notify(tx, {
      userId: listing.sellerId,
      kind: "offer",
      listingId,
      href: `/listings/${listingId}`,
      title: `An offer of ${money}: ${listing.title}`,
      body: `A buyer offers ${money}. Accept, decline or counter it within 48 hours, or it lapses.`,
    });
    return {
      ok: true,
      outcome: "sent",
      offerId: offer!.id,
      orderId: null,
      message: `Your offer of ${money} has gone to the seller, who has 48 hours to answer.`,
    };
  });
}
