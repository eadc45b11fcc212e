"use client";

import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { answerBestOfferAction, sendBestOfferAction } from "@/lib/auctions/actions";
import type { AuctionView, BestOfferView } from "@/lib/auctions/queries";
import { formatMoney } from "@/lib/kernel/money";
import { TextField } from "@/app/_components/forms/fields";
import { LocalTime } from "@/app/_components/local-time";

/**
 * Reserve not met: the high bidder's one best offer, and the seller's answer after a review step.
 * Only those two see it (the view carries it for no one else).
 */
export function BestOfferPanel({
  view,
  offer,
  onChange,
}: {
  view: AuctionView;
  offer: BestOfferView;
  onChange: () => Promise<void>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [reviewing, setReviewing] = useState(false);
  const [pending, startTransition] = useTransition();
  const money = (cents: number) => formatMoney(cents, view.currency);
  const isSeller = view.viewer?.isSeller === true;

  const answer = (choice: "accept" | "decline") =>
    startTransition(async () => {
      const result = await answerBestOfferAction({ listingId: view.listingId, answer: choice });
      setMessage(result.message);
      setReviewing(false);
      await onChange();
    });

  return (
    <section aria-label="Best offer" data-testid="best-offer">
      {offer.status === "can_send" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const amount = String(new FormData(event.currentTarget).get("amount") ?? "");
            startTransition(async () => {
              const result = await sendBestOfferAction({ listingId: view.listingId, amount });
              if (result.ok) {
                setMessage(result.message);
                setError(undefined);
                await onChange();
              } else
                setError(
                  "fieldErrors" in result ? (result.fieldErrors.amount ?? result.message) : result.message,
                );
            });
          }}
        >
          <p>
            Your bid of {money(offer.highBidCents)} was the highest. You may send the seller one best offer
            until <LocalTime at={offer.sendBy} />.
          </p>
          <TextField
            idPrefix="best-offer"
            name="amount"
            label={`Your best offer (${view.currency})`}
            inputMode="decimal"
            error={error}
          />
          <button className="button" type="submit" disabled={pending}>
            Send best offer
          </button>
        </form>
      )}
      {offer.status === "pending" && !isSeller && (
        <p>
          Your best offer of {money(offer.amountCents)} waits for the seller&apos;s answer until{" "}
          <LocalTime at={offer.answerBy} />.
        </p>
      )}
      {offer.status === "pending" && isSeller && !reviewing && (
        <div>
          <p>
            The high bidder offers <strong>{money(offer.amountCents)}</strong>. Answer by{" "}
            <LocalTime at={offer.answerBy} />, or the offer lapses.
          </p>
          <button className="button" type="button" onClick={() => setReviewing(true)} disabled={pending}>
            Accept {money(offer.amountCents)}…
          </button>{" "}
          <button
            className="button button--ghost"
            type="button"
            onClick={() => answer("decline")}
            disabled={pending}
          >
            Decline
          </button>
        </div>
      )}
      {offer.status === "pending" && isSeller && reviewing && (
        <div role="group" aria-label="Review your answer">
          <p>
            Accepting sells the item for {money(offer.amountCents)}: the buyer gets an order to pay, as if
            they had won the auction.
          </p>
          <button className="button" type="button" onClick={() => answer("accept")} disabled={pending}>
            Accept and sell for {money(offer.amountCents)}
          </button>{" "}
          <button className="button button--ghost" type="button" onClick={() => setReviewing(false)}>
            Back
          </button>
        </div>
      )}
      {offer.status === "declined" && <p>The best offer of {money(offer.amountCents)} was declined.</p>}
      {offer.status === "lapsed" && (
        <p>The best offer of {money(offer.amountCents)} lapsed without an answer.</p>
      )}
      {offer.status === "accepted" && view.viewer?.orderId && (
        <p>
          The best offer of {money(offer.amountCents)} was accepted.{" "}
          <Link href={`/orders/${view.viewer.orderId}`}>Open the order</Link>.
        </p>
      )}
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </section>
  );
}
