"use client";

import { dollars, dollarsAtMost } from "@/app/_components/valuation/dollars";
import { VerdictBadge } from "@/app/_components/valuation/verdict-badge";
import type { BidGuidance } from "@/lib/auctions/guidance";
import { formatMoney } from "@/lib/kernel/money";
import { verdictFor } from "@/lib/valuation/engine/verdict";
import styles from "./bid-guidance.module.css";

/**
 * The valuation's verdict on "this bid + shipping", and a warning once a bid passes the
 * don't-bid-above figure. `bidCents` is null for a bid the auction would refuse: it gets no verdict.
 */
export function BidGuidancePanel({ guidance, bidCents }: { guidance: BidGuidance; bidCents: number | null }) {
  return (
    <div className={styles.guidance} data-testid="bid-guidance">
      {bidCents !== null && (
        <p>
          <VerdictBadge
            verdict={verdictFor({
              priceCents: bidCents,
              shippingCents: guidance.shippingCents,
              fairValue: guidance.fairValue,
            })}
          />{" "}
          at {formatMoney(bidCents, guidance.currency)} +{" "}
          {formatMoney(guidance.shippingCents, guidance.currency)} shipping to {guidance.shippingTo} ={" "}
          <strong>{formatMoney(bidCents + guidance.shippingCents, guidance.currency)}</strong>
        </p>
      )}
      <p className="field__hint">
        Fair value {dollars(guidance.fairValue.lowCents, guidance.currency)}–
        {dollars(guidance.fairValue.highCents, guidance.currency)} ({guidance.confidence} confidence).{" "}
        Don&apos;t bid above <strong>{dollarsAtMost(guidance.maxBidCents, guidance.currency)}</strong>
        {guidance.shippingSource === "estimate" ? " (shipping estimated)" : ""}.
      </p>
      {bidCents !== null && bidCents > guidance.maxBidCents && (
        <p className="alert alert--error" role="alert">
          {formatMoney(bidCents, guidance.currency)} is above the don&apos;t-bid-above figure of{" "}
          {dollarsAtMost(guidance.maxBidCents, guidance.currency)}: with shipping you would pay more than the
          top of the fair range.
        </p>
      )}
    </div>
  );
}
