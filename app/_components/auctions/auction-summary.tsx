import { formatMoney } from "@/lib/kernel/money";
import { TimeLeft } from "./time-left";

const reserveText = { none: "", met: " · reserve met", not_met: " · reserve not met" } as const;

/** The auction lines of a card: current bid, bid count, time left, reserve. */
export function AuctionSummary({
  auction,
  currency,
}: {
  auction: { priceCents: number; bidCount: number; endsAt: string; reserve: "none" | "met" | "not_met" };
  currency: string;
}) {
  return (
    <>
      <span className="listing-card__price">
        {formatMoney(auction.priceCents, currency)}{" "}
        <span className="listing-card__meta">{auction.bidCount ? "current bid" : "starting bid"}</span>
      </span>
      <span className="listing-card__meta auction-summary">
        {auction.bidCount} {auction.bidCount === 1 ? "bid" : "bids"} · <TimeLeft endsAt={auction.endsAt} />{" "}
        left{reserveText[auction.reserve]}
      </span>
    </>
  );
}
