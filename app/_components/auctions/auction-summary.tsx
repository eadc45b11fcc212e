import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/kernel/money";
import { TimeLeft } from "./time-left";

/** The auction lines of a card: current bid, bid count, time left, reserve. */
export function AuctionSummary({
  auction,
  currency,
}: {
  auction: { priceCents: number; bidCount: number; endsAt: string; reserve: "none" | "met" | "not_met" };
  currency: string;
}) {
  const t = useTranslations("Card");
  const locale = useLocale();
  return (
    <>
      <span className="listing-card__price">
        {formatMoney(auction.priceCents, currency, { locale })}{" "}
        <span className="listing-card__meta">{t(auction.bidCount ? "currentBid" : "startingBid")}</span>
      </span>
      <span className="listing-card__meta auction-summary">
        {t("bids", { count: auction.bidCount })} · <TimeLeft endsAt={auction.endsAt} /> {t("left")}
        {auction.reserve !== "none" && t(`reserve_${auction.reserve}`)}
      </span>
    </>
  );
}
