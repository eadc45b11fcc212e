// The auction's rules as pure functions: bid increments, proxy bidding, anti-sniping. No I/O, so
// placeBid (which holds the row lock) and the bid box (which shows the next minimum) agree.

/** Increment by current price, in cents: eBay's table, read in the listing's currency. */
const incrementBands: readonly { fromCents: number; incrementCents: number }[] = [
  { fromCents: 0, incrementCents: 5 },
  { fromCents: 100, incrementCents: 25 },
  { fromCents: 500, incrementCents: 50 },
  { fromCents: 2_500, incrementCents: 100 },
  { fromCents: 10_000, incrementCents: 250 },
  { fromCents: 25_000, incrementCents: 500 },
  { fromCents: 50_000, incrementCents: 1_000 },
  { fromCents: 100_000, incrementCents: 2_500 },
  { fromCents: 250_000, incrementCents: 5_000 },
  { fromCents: 500_000, incrementCents: 10_000 },
];

/** A bid in the last two minutes moves the end to two minutes after it. */
export const antiSnipingWindowMs = 2 * 60 * 1000;

/** The highest maximum anyone may enter: ten million in the listing's currency. */
export const maxBidLimitCents = 10_000_000_00;

export function bidIncrementFor(priceCents: number): number {
  let increment = incrementBands[0]!.incrementCents;
  for (const band of incrementBands) if (priceCents >= band.fromCents) increment = band.incrementCents;
  return increment;
}

export type AuctionState = {
  startPriceCents: number;
  reservePriceCents: number | null;
  /** Null until the first bid. */
  currentPriceCents: number | null;
  leaderId: string | null;
  leaderMaxCents: number | null;
};

/** The lowest maximum a new bidder may enter: the start price, or the current price plus one increment. */
export function minimumBidCents(
  state: Pick<AuctionState, "startPriceCents" | "currentPriceCents" | "leaderId">,
): number {
  if (state.leaderId === null || state.currentPriceCents === null) return state.startPriceCents;
  return state.currentPriceCents + bidIncrementFor(state.currentPriceCents);
}

/** After an auction ends below its reserve, the high bidder has a day to send a best offer, and the seller a day to answer it. */
export const bestOfferWindowMs = 24 * 60 * 60 * 1000;

/**
 * An auction that takes a best offer: it closed at its end (not ended early) with bids below its
 * reserve, nobody has an order for it, and the seller has not relisted it since.
 */
export function endedBelowReserve(
  auction: Pick<AuctionState, "reservePriceCents" | "currentPriceCents" | "leaderId"> & {
    status: string;
    winnerOrderId: number | null;
    closedAt: Date | null;
    endsAt: Date;
  },
  listingStatus: string,
): boolean {
  return (
    auction.status === "closed" &&
    auction.leaderId !== null &&
    auction.winnerOrderId === null &&
    !isReserveMet(auction) &&
    auction.closedAt !== null &&
    auction.closedAt >= auction.endsAt &&
    listingStatus === "ended"
  );
}

export function isReserveMet(state: Pick<AuctionState, "reservePriceCents" | "currentPriceCents">): boolean {
  if (state.reservePriceCents === null) return true;
  return state.currentPriceCents !== null && state.currentPriceCents >= state.reservePriceCents;
}

/** A row for the bid history, in the order the rows happened. */
export type BidRecord = { bidderId: string; amountCents: number; maxCents: number; automatic: boolean };

export type BidOutcome =
  | {
      ok: true;
      state: AuctionState;
      /** Rows to append to the history, in order; prices never go down along them. */
      records: BidRecord[];
      /** The bidder now leads. */
      leading: boolean;
      /** The leader before this bid, when this bid took the lead from them. */
      outbidId: string | null;
    }
  | { ok: false; reason: "below_minimum" | "not_above_own_max" | "too_high"; minimumCents: number };

/** Price once the reserve is taken into account: a maximum that reaches the reserve lifts the price to it. */
function liftToReserve(priceCents: number, maxCents: number, reserve: number | null): number {
  if (reserve === null || maxCents < reserve) return priceCents;
  return Math.max(priceCents, reserve);
}

/**
 * Proxy bidding as on eBay: each bidder enters a maximum, and the price is the second-highest
 * maximum plus one increment, never above the leader's maximum. When two maximums are equal the
 * earlier one keeps the lead: the current leader always bid earlier than a challenger.
 */
export function resolveBid(state: AuctionState, bid: { bidderId: string; maxCents: number }): BidOutcome {
  const minimum = minimumBidCents(state);
  if (!Number.isSafeInteger(bid.maxCents) || bid.maxCents > maxBidLimitCents)
    return { ok: false, reason: "too_high", minimumCents: minimum };
  const reserve = state.reservePriceCents;

  if (state.leaderId === null || state.currentPriceCents === null || state.leaderMaxCents === null) {
    if (bid.maxCents < state.startPriceCents)
      return { ok: false, reason: "below_minimum", minimumCents: state.startPriceCents };
    const price = liftToReserve(state.startPriceCents, bid.maxCents, reserve);
    return {
      ok: true,
      state: { ...state, currentPriceCents: price, leaderId: bid.bidderId, leaderMaxCents: bid.maxCents },
      records: [{ bidderId: bid.bidderId, amountCents: price, maxCents: bid.maxCents, automatic: false }],
      leading: true,
      outbidId: null,
    };
  }

  if (state.leaderId === bid.bidderId) {
    // The leader raises their own maximum: the price only moves if the raise reaches the reserve.
    if (bid.maxCents <= state.leaderMaxCents)
      return { ok: false, reason: "not_above_own_max", minimumCents: state.leaderMaxCents + 1 };
    const price = liftToReserve(state.currentPriceCents, bid.maxCents, reserve);
    return {
      ok: true,
      state: { ...state, currentPriceCents: price, leaderMaxCents: bid.maxCents },
      records: [{ bidderId: bid.bidderId, amountCents: price, maxCents: bid.maxCents, automatic: false }],
      leading: true,
      outbidId: null,
    };
  }

  if (bid.maxCents < minimum) return { ok: false, reason: "below_minimum", minimumCents: minimum };
  const leaderMax = state.leaderMaxCents;

  if (bid.maxCents > leaderMax) {
    const price = liftToReserve(
      Math.min(bid.maxCents, leaderMax + bidIncrementFor(leaderMax)),
      bid.maxCents,
      reserve,
    );
    const records: BidRecord[] = [];
    // The old leader's proxy went as far as their maximum before this bid passed it.
    if (leaderMax > state.currentPriceCents)
      records.push({
        bidderId: state.leaderId,
        amountCents: leaderMax,
        maxCents: leaderMax,
        automatic: true,
      });
    records.push({ bidderId: bid.bidderId, amountCents: price, maxCents: bid.maxCents, automatic: false });
    return {
      ok: true,
      state: { ...state, currentPriceCents: price, leaderId: bid.bidderId, leaderMaxCents: bid.maxCents },
      records,
      leading: true,
      outbidId: state.leaderId,
    };
  }

  // The leader's proxy answers: one increment above the challenger, capped at the leader's maximum (a tie stays with the leader).
  const price = Math.min(leaderMax, bid.maxCents + bidIncrementFor(bid.maxCents));
  return {
    ok: true,
    state: { ...state, currentPriceCents: price },
    records: [
      { bidderId: bid.bidderId, amountCents: bid.maxCents, maxCents: bid.maxCents, automatic: false },
      { bidderId: state.leaderId, amountCents: price, maxCents: leaderMax, automatic: true },
    ],
    leading: false,
    outbidId: null,
  };
}

/** The end after a bid at `bidAt`: unchanged, or two minutes after the bid when it came in the last two minutes. */
export function endAfterBid(endsAt: Date, bidAt: Date): Date {
  const untilEnd = endsAt.getTime() - bidAt.getTime();
  if (untilEnd >= antiSnipingWindowMs) return endsAt;
  return new Date(bidAt.getTime() + antiSnipingWindowMs);
}

/** Bidder names in the public history: first and last letter, and how many auctions they have bid in ("a***k (12)"). */
export function maskBidderName(displayName: string, auctionsBidOn: number): string {
  const letters = [...displayName.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")];
  const first = letters[0] ?? "b";
  const last = letters.length > 1 ? letters[letters.length - 1]! : first;
  return `${first}***${last} (${auctionsBidOn})`;
}

/** "2d 4h", "3h 12m", "4m 05s", for a time left in milliseconds. */
export function formatTimeLeft(ms: number): string {
  if (ms <= 0) return "Ended";
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${minutes}m ${String(rest).padStart(2, "0")}s`;
}
