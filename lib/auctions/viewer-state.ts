import { formatMoney } from "@/lib/kernel/money";
import type { AuctionView } from "./queries";
import type { Result } from "@/lib/kernel/result";

// One reading of an auction for the person looking at it, derived from the server's snapshot alone.
// The page's headline price, the bid box's price, the viewer's standing, whether they may bid and
// what the least acceptable bid is all come from here, so no two parts of the page can disagree.

export type AuctionPhase = "scheduled" | "open" | "ended";

export type ViewerStanding =
  | { kind: "leading"; text: string }
  | { kind: "outbid"; text: string }
  | { kind: "won"; text: string }
  | { kind: "lost"; text: string };

/** Why the viewer cannot bid right now, or "can_bid". */
export type BiddingAccess = "can_bid" | "sign_in" | "own_item" | "no_shipping" | "ended" | "not_open";

export type AuctionForViewer = {
  phase: AuctionPhase;
  currency: string;
  price: { cents: number; label: "Starting bid" | "Current bid" | "Final bid" };
  bidCountText: string;
  reserveText: "No reserve" | "Reserve met" | "Reserve not met yet" | "Reserve not met";
  standing: ViewerStanding | null;
  access: BiddingAccess;
  /** The least maximum the auction accepts from this viewer (a leader must go above their own maximum). */
  minimumCents: number;
  incrementCents: number;
  ownMaxCents: number | null;
  /** Shipping to the viewer at the seller's rate, when their country is known and served. */
  shipping: { cents: number; to: string } | null;
  /** The viewer's country by name, when known. */
  shipTo: string | null;
};

export function describeAuctionForViewer(view: AuctionView): AuctionForViewer {
  const ended = view.status === "closed" || Date.parse(view.endsAt) <= Date.parse(view.serverNow);
  const phase: AuctionPhase = ended ? "ended" : view.status === "scheduled" ? "scheduled" : "open";
  const viewer = view.viewer;
  const money = (cents: number) => formatMoney(cents, view.currency);
  const hasBids = view.currentPriceCents !== null;
  const priceCents = view.currentPriceCents ?? view.startPriceCents;
  const leading = Boolean(viewer && !viewer.isSeller && viewer.leading && viewer.maxCents !== null);
  const ownMaxCents = viewer && !viewer.isSeller ? viewer.maxCents : null;

  let standing: ViewerStanding | null = null;
  if (viewer && !viewer.isSeller && viewer.maxCents !== null) {
    if (phase === "open") {
      standing = leading
        ? {
            kind: "leading",
            text: `You're the highest bidder at ${money(priceCents)}. Your maximum: ${money(viewer.maxCents)}.`,
          }
        : {
            kind: "outbid",
            text: `You've been outbid: the bid is ${money(priceCents)}, above your maximum of ${money(viewer.maxCents)}.`,
          };
    } else if (phase === "ended") {
      standing =
        leading && view.reserve !== "not_met"
          ? { kind: "won", text: `You won at ${money(priceCents)}.` }
          : { kind: "lost", text: `The auction has ended; your maximum was ${money(viewer.maxCents)}.` };
    }
  }

  let access: BiddingAccess = "can_bid";
  if (phase === "ended") access = "ended";
  else if (phase !== "open") access = "not_open";
  else if (!viewer) access = "sign_in";
  else if (viewer.isSeller) access = "own_item";
  else if (!viewer.shipsToViewer) access = "no_shipping";

  return {
    phase,
    currency: view.currency,
    price: {
      cents: priceCents,
      label: !hasBids ? "Starting bid" : phase === "ended" ? "Final bid" : "Current bid",
    },
    bidCountText: `${view.bidCount} ${view.bidCount === 1 ? "bid" : "bids"}`,
    reserveText:
      view.reserve === "none"
        ? "No reserve"
        : view.reserve === "met"
          ? "Reserve met"
          : phase === "ended"
            ? "Reserve not met"
            : "Reserve not met yet",
    standing,
    access,
    minimumCents: leading && ownMaxCents !== null ? ownMaxCents + 1 : view.minimumBidCents,
    incrementCents: view.incrementCents,
    ownMaxCents,
    shipping: viewer?.shipping ?? null,
    shipTo: viewer?.shipTo ?? null,
  };
}

export type BidCheck = Result<{ maxCents: number }>;

/** Would the auction take this maximum from this viewer? The same refusals as placeBid, so the page never judges a bid it would refuse. */
export function checkBidForViewer(state: AuctionForViewer, maxCents: number | null): BidCheck {
  const money = (cents: number) => formatMoney(cents, state.currency);
  if (state.access === "ended")
    return { ok: false, message: "This auction has ended; bids are no longer accepted." };
  if (state.access === "not_open") return { ok: false, message: "This auction is not open for bids." };
  if (state.access === "sign_in") return { ok: false, message: "Sign in to bid." };
  if (state.access === "own_item") return { ok: false, message: "You cannot bid on your own auction." };
  if (state.access === "no_shipping")
    return {
      ok: false,
      message: `The seller does not ship to ${state.shipTo ?? "your country"}, so you cannot bid on this item.`,
    };
  if (maxCents === null) return { ok: false, message: `Enter ${money(state.minimumCents)} or more` };
  if (state.standing?.kind === "leading" && state.ownMaxCents !== null && maxCents <= state.ownMaxCents) {
    return { ok: false, message: `Enter more than your current maximum of ${money(state.ownMaxCents)}` };
  }
  if (maxCents < state.minimumCents)
    return { ok: false, message: `Enter ${money(state.minimumCents)} or more` };
  return { ok: true, maxCents };
}
