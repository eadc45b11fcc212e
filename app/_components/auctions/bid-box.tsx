"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { placeBidAction } from "@/lib/auctions/actions";
import type { AuctionView } from "@/lib/auctions/queries";
import { maxBidSchema } from "@/lib/auctions/schemas";
import { formatMoney } from "@/lib/money";
import { AuctionResult } from "./auction-result";
import { BidGuidancePanel } from "./bid-guidance";
import { BidHistory } from "./bid-history";
import { TimeLeft } from "./time-left";
import { useAuction, useBidGuidance } from "./use-auction";

type Message = { kind: "error" | "info"; text: string };

const reserveText = { none: "No reserve", met: "Reserve met", not_met: "Reserve not met yet" } as const;

/** The auction panel on a listing page: live state by polling, the bid form with fair-value guidance, and the history. */
export function BidBox({ listingId }: { listingId: number }) {
  const { view, offsetMs, failed, refresh } = useAuction(listingId);
  const guidance = useBidGuidance(listingId, Boolean(view?.viewer));
  const [typed, setTyped] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();

  if (!view) {
    return (
      <section className="bid-box" aria-label="Auction" aria-busy="true">
        <p className="field__hint">{failed ? "The auction could not be loaded. Retrying…" : "Loading the auction…"}</p>
      </section>
    );
  }

  const typedCents = maxBidSchema.safeParse(typed);
  const bidCents = typedCents.success ? typedCents.data : view.minimumBidCents;
  const open = view.status === "open";

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = maxBidSchema.safeParse(typed);
    if (!checked.success) {
      setFieldError(checked.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    startTransition(async () => {
      const result = await placeBidAction({ listingId, maxBid: typed });
      if (!result.ok) {
        setFieldError(result.fieldErrors.maxBid);
        setMessage({ kind: "error", text: result.message });
      } else {
        setTyped("");
        const price = formatMoney(result.priceCents, view!.currency);
        const lead = result.leading ? `You're the highest bidder at ${price}.` : `You've been outbid: an earlier maximum answered, and the bid is now ${price}.`;
        setMessage({ kind: result.leading ? "info" : "error", text: result.extended ? `${lead} Your late bid moved the end to two minutes after it.` : lead });
      }
      await refresh();
    });
  }

  return (
    <section className="bid-box" aria-labelledby="bid-box-heading">
      <h2 id="bid-box-heading" className="listing-detail__heading">
        Auction
      </h2>
      <div className="bid-box__state">
        <p className="bid-box__price" aria-live="polite" data-testid="current-bid">
          <span className="field__hint">{view.currentPriceCents === null ? "Starting bid" : open ? "Current bid" : "Final bid"}</span>
          <strong>{formatMoney(view.currentPriceCents ?? view.startPriceCents, view.currency)}</strong>
          <span className="field__hint">
            {view.bidCount} {view.bidCount === 1 ? "bid" : "bids"} · {reserveText[view.reserve]}
          </span>
        </p>
        {open && (
          <p className="bid-box__time" data-testid="time-left">
            <span className="field__hint">Time left</span> <strong><TimeLeft endsAt={view.endsAt} offsetMs={offsetMs} /></strong>
            <span className="field__hint" data-testid="ends-at">
              Ends {new Date(view.endsAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC
              {view.extended ? " (extended by a late bid)" : ""}
            </span>
          </p>
        )}
      </div>

      {view.viewer && open && view.viewer.maxCents !== null && (
        <p className={`alert ${view.viewer.leading ? "alert--info" : "alert--error"}`} data-testid="your-standing">
          {view.viewer.leading
            ? `You're the highest bidder. Your maximum: ${formatMoney(view.viewer.maxCents, view.currency)}.`
            : `You've been outbid. Your maximum was ${formatMoney(view.viewer.maxCents, view.currency)}.`}
        </p>
      )}

      {!open && <AuctionResult view={view} onChange={refresh} />}

      {open && !view.viewer && (
        <p>
          <Link className="button" href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}>
            Sign in to bid
          </Link>
        </p>
      )}
      {open && view.viewer?.isSeller && <p className="field__hint">This is your auction; you cannot bid on it.</p>}

      {open && view.viewer && !view.viewer.isSeller && (
        <form className="form bid-box__form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="bid-max">Your maximum bid ({view.currency})</label>
            <div className="bid-box__row">
              <input
                id="bid-max"
                name="maxBid"
                inputMode="decimal"
                autoComplete="off"
                placeholder={String(view.minimumBidCents / 100)}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={`bid-max-hint${fieldError ? " bid-max-error" : ""}`}
              />
              <button className="button" type="submit" disabled={pending}>
                {pending ? "Bidding…" : "Place bid"}
              </button>
            </div>
            <p className="field__hint" id="bid-max-hint">
              Enter {formatMoney(view.minimumBidCents, view.currency)} or more. We bid for you, one increment ({formatMoney(view.incrementCents, view.currency)}) at a
              time, up to your maximum. A bid in the last two minutes extends the auction by two minutes.
            </p>
            <div aria-live="polite">
              {fieldError && (
                <p className="field__error" id="bid-max-error">
                  {fieldError}
                </p>
              )}
            </div>
          </div>
          {guidance && <BidGuidancePanel guidance={guidance} bidCents={bidCents} />}
        </form>
      )}

      <div aria-live="assertive">
        {message && (
          <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </p>
        )}
      </div>
      <BidHistory history={view.history} currency={view.currency} bidderCount={view.bidderCount} />
    </section>
  );
}
