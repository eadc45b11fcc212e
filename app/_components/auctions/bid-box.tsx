"use client";

import { LocalTime } from "@/app/_components/local-time";
import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { placeBidAction } from "@/lib/auctions/actions";
import { maxBidSchema } from "@/lib/auctions/schemas";
import { checkBidForViewer, type AuctionForViewer } from "@/lib/auctions/viewer-state";
import { formatMoney } from "@/lib/kernel/money";
import { useLiveAuction } from "./auction-state";
import { AuctionResult } from "./auction-result";
import { BidGuidancePanel } from "./bid-guidance";
import { BidHistory } from "./bid-history";
import { BidReview } from "./bid-review";
import { TimeLeft } from "./time-left";
import styles from "./bid-box.module.css";

type Message = { kind: "error" | "info"; text: string };

/** Cents for what the collector typed, or null while it is not a bid at all. */
function typedCents(typed: string): number | null {
  const parsed = maxBidSchema.safeParse(typed);
  return parsed.success ? parsed.data : null;
}

/** The bid the verdict speaks of: what was typed, or the least bid when nothing was; none when the auction would refuse it. */
function bidToJudge(state: AuctionForViewer, typed: string): number | null {
  const cents = typed.trim() === "" ? state.minimumCents : typedCents(typed);
  return checkBidForViewer(state, cents).ok ? cents : null;
}

/** The auction panel on a listing page: the live state, the bid form with fair-value guidance and a review step, and the history. */
export function BidBox({ listingId }: { listingId: number }) {
  const { view, state, viewerKnown, guidance, offsetMs, failed, refresh } = useLiveAuction();
  const [typed, setTyped] = useState("");
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();

  if (!view || !state) {
    return (
      <section className={styles.box} aria-label="Auction" aria-busy="true">
        <p className="field__hint">
          {failed ? "The auction could not be loaded. Retrying…" : "Loading the auction…"}
        </p>
      </section>
    );
  }
  const money = (cents: number) => formatMoney(cents, state.currency);
  const open = state.phase === "open";

  function review(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = maxBidSchema.safeParse(typed);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    const check = checkBidForViewer(state!, parsed.data);
    if (!check.ok) {
      setFieldError(check.message);
      return;
    }
    setFieldError(undefined);
    setReviewing(check.maxCents);
  }

  function confirm(maxCents: number) {
    // The state may have moved while the collector read the review.
    const check = checkBidForViewer(state!, maxCents);
    if (!check.ok) {
      setReviewing(null);
      setFieldError(check.message);
      return;
    }
    startTransition(async () => {
      const result = await placeBidAction({ listingId, maxBid: typed });
      setReviewing(null);
      if (!result.ok) {
        setFieldError(result.fieldErrors.maxBid);
        setMessage({ kind: "error", text: result.message });
      } else {
        setTyped("");
        // Whether it leads is the snapshot's to say (the standing above), not this message's.
        const placed = `Your maximum bid of ${money(maxCents)} was placed.`;
        setMessage({
          kind: "info",
          text: result.extended ? `${placed} Your late bid moved the end to two minutes after it.` : placed,
        });
      }
      await refresh();
    });
  }

  const judged = bidToJudge(state, typed);
  return (
    <section className={styles.box} aria-labelledby="bid-box-heading">
      <h2 id="bid-box-heading" className="listing-detail__heading">
        Auction
      </h2>
      <div className={styles.state}>
        <p className={styles.price} aria-live="polite" data-testid="current-bid">
          <span className="field__hint">{state.price.label}</span>
          <strong>{money(state.price.cents)}</strong>
          <span className="field__hint">
            {state.bidCountText} · {state.reserveText}
          </span>
        </p>
        {open && (
          <p className={styles.time} data-testid="time-left">
            <span className="field__hint">Time left</span>{" "}
            <strong>
              <TimeLeft endsAt={view.endsAt} offsetMs={offsetMs} />
            </strong>
            <span className="field__hint" data-testid="ends-at">
              Ends <LocalTime at={view.endsAt} style="dateTimeSeconds" />
              {view.extended ? " (extended by a late bid)" : ""}
            </span>
          </p>
        )}
      </div>

      {state.standing && (state.standing.kind === "leading" || state.standing.kind === "outbid") && (
        <p
          className={`alert ${state.standing.kind === "leading" ? "alert--info" : "alert--error"}`}
          data-testid="your-standing"
        >
          {state.standing.text}
        </p>
      )}

      {state.phase === "ended" && <AuctionResult view={view} onChange={refresh} />}

      {state.access === "sign_in" && viewerKnown && (
        <p>
          <Link
            className="button"
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}
          >
            Sign in to bid
          </Link>
        </p>
      )}
      {state.access === "own_item" && (
        <p className="field__hint">This is your auction; you cannot bid on it.</p>
      )}
      {state.access === "no_shipping" && (
        <p className="alert alert--error">
          The seller does not ship to {state.shipTo ?? "your country"}, so you cannot bid on this item.
        </p>
      )}

      {state.access === "can_bid" && (
        <form className={`form ${styles.form}`} onSubmit={review} noValidate>
          <div className="field">
            <label htmlFor="bid-max">Your maximum bid ({state.currency})</label>
            <div className={styles.row}>
              <input
                id="bid-max"
                name="maxBid"
                inputMode="decimal"
                autoComplete="off"
                placeholder={String(state.minimumCents / 100)}
                value={typed}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setReviewing(null);
                  setFieldError(undefined);
                }}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={`bid-max-hint${fieldError ? " bid-max-error" : ""}`}
              />
              <button className="button" type="submit" disabled={pending || reviewing !== null}>
                Review bid
              </button>
            </div>
            <p className="field__hint" id="bid-max-hint">
              Enter {money(state.minimumCents)} or more. We bid for you, one increment (
              {money(state.incrementCents)}) at a time, up to your maximum. A bid in the last two minutes
              extends the auction by two minutes.
            </p>
            <div aria-live="polite">
              {fieldError && (
                <p className="field__error" id="bid-max-error">
                  {fieldError}
                </p>
              )}
            </div>
          </div>
          {reviewing !== null && (
            <BidReview
              maxCents={reviewing}
              state={state}
              pending={pending}
              onConfirm={() => confirm(reviewing)}
              onChange={() => setReviewing(null)}
            />
          )}
          {guidance && <BidGuidancePanel guidance={guidance} bidCents={judged} />}
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
