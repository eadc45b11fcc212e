"use client";

import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { offerToNextBidderAction } from "@/lib/auctions/actions";
import type { AuctionView } from "@/lib/auctions/queries";
import { formatMoney } from "@/lib/kernel/money";
import { BestOfferPanel } from "./best-offer-panel";
import styles from "./bid-box.module.css";

const lapsed = new Set(["expired", "cancelled", "payment_failed"]);

/** After the end: the result for everyone, "pay now" for the winner, and the seller's next step. */
export function AuctionResult({ view, onChange }: { view: AuctionView; onChange: () => Promise<void> }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const price = view.result?.priceCents != null ? formatMoney(view.result.priceCents, view.currency) : null;
  const viewer = view.viewer;
  const orderId = viewer?.orderId ?? null;

  return (
    <div className={styles.result} data-testid="auction-result">
      <p>
        <strong>Auction ended.</strong>{" "}
        {view.result?.byBestOffer
          ? `Sold for ${price} to the high bidder's best offer, after the reserve was not met.`
          : view.result?.sold
            ? `Sold for ${price}.`
            : view.result?.endedEarly
              ? "The seller ended it early: every bid was cancelled and nothing was sold."
              : view.bidCount === 0
                ? "No bids were placed."
                : `Reserve not met, high bid ${price}.`}
      </p>
      {view.bestOffer && <BestOfferPanel view={view} offer={view.bestOffer} onChange={onChange} />}
      {view.result?.settling && view.result.sold && viewer?.leading && !viewer.isSeller && (
        <p className="alert alert--info" role="status">
          You won. Your order is being prepared: it appears here, with a link to pay, within a minute.
        </p>
      )}
      {orderId && !viewer?.isSeller && viewer?.orderStatus === "pending_payment" && (
        <p className="alert alert--info" role="status">
          You won. <Link href={`/orders/${orderId}`}>Pay now</Link> to secure the item.
        </p>
      )}
      {orderId && !viewer?.isSeller && viewer?.orderStatus && viewer.orderStatus !== "pending_payment" && (
        <p>
          Your order: <Link href={`/orders/${orderId}`}>see its status</Link>.
        </p>
      )}
      {viewer?.isSeller && orderId && (
        <p className="field__hint">
          The buyer&apos;s order is {viewer.orderStatus?.replace("_", " ")}.{" "}
          <Link href={`/orders/${orderId}`}>Open the order</Link>.
        </p>
      )}
      {viewer?.isSeller && viewer.orderStatus && lapsed.has(viewer.orderStatus) && (
        <button
          type="button"
          className="button button--ghost"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await offerToNextBidderAction(view.listingId);
              setMessage(
                result.ok
                  ? `Offered to the next bidder at ${formatMoney(result.priceCents, view.currency)}; they have been told.`
                  : result.message,
              );
              await onChange();
            })
          }
        >
          Offer to the next bidder
        </button>
      )}
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </div>
  );
}
