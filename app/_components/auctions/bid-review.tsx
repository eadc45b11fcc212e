"use client";

import type { AuctionForViewer } from "@/lib/auctions/viewer-state";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./bid-review.module.css";

type Props = {
  maxCents: number;
  state: AuctionForViewer;
  pending: boolean;
  onConfirm: () => void;
  onChange: () => void;
};

/** The step between typing a maximum and placing it: what the bid commits the collector to, shipping included. */
export function BidReview({ maxCents, state, pending, onConfirm, onChange }: Props) {
  const money = (cents: number) => formatMoney(cents, state.currency);
  const { shipping } = state;
  return (
    <div className={styles.review} role="group" aria-labelledby="bid-review-heading">
      <h3 id="bid-review-heading" className={styles.heading}>
        Review your bid
      </h3>
      <p>
        {shipping
          ? `Confirm your maximum bid of ${money(maxCents)}, plus shipping ${money(shipping.cents)} to ${shipping.to}.`
          : `Confirm your maximum bid of ${money(maxCents)}, plus the seller's shipping to you.`}
      </p>
      <p className="field__hint">
        If you win, you pay the winning bid, which may be less than your maximum
        {shipping ? `, plus shipping: at most ${money(maxCents + shipping.cents)} in all` : ", plus shipping"}
        . A placed bid cannot be taken back.
      </p>
      <div className={styles.actions}>
        <button className="button" type="button" onClick={onConfirm} disabled={pending}>
          {pending ? "Placing your bid…" : "Confirm bid"}
        </button>
        <button className="button button--ghost" type="button" onClick={onChange} disabled={pending}>
          Change
        </button>
      </div>
    </div>
  );
}
