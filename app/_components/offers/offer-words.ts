import type { OfferView } from "@/lib/offers/queries";

/** How an offer stands, in the words of the person reading it. */
export function offerStatusWords(offer: OfferView, reader: "buyer" | "seller"): string {
  switch (offer.state) {
    case "waiting_for_seller":
      return reader === "buyer" ? "Waiting for the seller" : "Waiting for your answer";
    case "waiting_for_buyer":
      return reader === "buyer" ? "The seller countered" : "Countered: waiting for the buyer";
    case "accepted":
      return "Accepted";
    case "declined":
      return "Declined";
    case "withdrawn":
      return reader === "buyer" ? "You withdrew it" : "Withdrawn by the buyer";
    case "lapsed":
      return "Lapsed without an answer";
  }
}
