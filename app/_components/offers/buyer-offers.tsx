"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { dollars } from "@/app/_components/valuation/dollars";
import { VerdictBadge } from "@/app/_components/valuation/verdict-badge";
import { Field } from "@/app/_components/forms/fields";
import { LocalTime } from "@/app/_components/local-time";
import { formatMoney, parseMoneyToCents } from "@/lib/kernel/money";
import { answerCounterAction, makeOfferAction, withdrawOfferAction } from "@/lib/offers/actions";
import type { OfferPanel, OfferView } from "@/lib/offers/queries";
import { verdictFor } from "@/lib/valuation/engine/verdict";
import { offerStatusWords } from "./offer-words";
import styles from "./offers.module.css";

type BuyerPanel = Extract<OfferPanel, { role: "buyer" }>;

/** The buyer's offer form, with the valuation's verdict on the amount typed, and their offers on the listing. */
export function BuyerOffers({
  listingId,
  panel,
  onChange,
}: {
  listingId: number;
  panel: BuyerPanel;
  onChange: () => Promise<void>;
}) {
  const [amount, setAmount] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cents = parseMoneyToCents(amount);
  const judged = cents !== null && cents > 0 && cents <= panel.askingPriceCents ? cents : null;

  return (
    <>
      {panel.offers.length > 0 && (
        <ul className={styles.list} aria-label="Your offers">
          {panel.offers.slice(0, 3).map((offer) => (
            <BuyerOffer key={offer.id} listingId={listingId} offer={offer} onChange={onChange} />
          ))}
        </ul>
      )}
      {panel.canOffer && (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              const result = await makeOfferAction({ listingId, amount, currency: panel.currency });
              if (result.ok) {
                setMessage(result.message);
                setError(undefined);
                setAmount("");
                await onChange();
              } else {
                setMessage(null);
                setError(
                  "fieldErrors" in result ? (result.fieldErrors.amount ?? result.message) : result.message,
                );
              }
            });
          }}
        >
          <Field
            id="offer-amount"
            label={`Your offer (${panel.currency})`}
            hint={`Asking ${formatMoney(panel.askingPriceCents, panel.currency)}; the seller has 48 hours to answer.`}
            error={error}
          >
            {(aria) => (
              <input
                {...aria}
                name="amount"
                inputMode="decimal"
                autoComplete="off"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
            )}
          </Field>
          <button className="button" type="submit" disabled={pending}>
            Send offer
          </button>
          {panel.fairValue && (
            <p className={`${styles.verdict} field__hint`} data-testid="offer-verdict">
              {judged !== null && (
                <>
                  <VerdictBadge verdict={verdictFor({ priceCents: judged, fairValue: panel.fairValue })} /> at{" "}
                  {formatMoney(judged, panel.currency)}.{" "}
                </>
              )}
              Fair value {dollars(panel.fairValue.lowCents, panel.currency)}–
              {dollars(panel.fairValue.highCents, panel.currency)}.
            </p>
          )}
        </form>
      )}
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </>
  );
}

function BuyerOffer({
  listingId,
  offer,
  onChange,
}: {
  listingId: number;
  offer: OfferView;
  onChange: () => Promise<void>;
}) {
  const router = useRouter();
  const [reviewing, setReviewing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const money = (cents: number) => formatMoney(cents, offer.currency);
  const answer = (choice: "accept" | "decline") =>
    startTransition(async () => {
      const result = await answerCounterAction({ listingId, offerId: offer.id, answer: choice });
      setMessage(result.message);
      setReviewing(false);
      if (result.ok && result.orderId) router.push(`/orders/${result.orderId}`);
      else await onChange();
    });

  const withdraw = () =>
    startTransition(async () => {
      const result = await withdrawOfferAction({ listingId, offerId: offer.id });
      setMessage(result.message);
      await onChange();
    });

  return (
    <li className={styles.offer} data-testid="offer">
      <p>
        You offered <strong>{money(offer.amountCents)}</strong> · {offerStatusWords(offer, "buyer")}
        {offer.answerBy && (
          <>
            {" "}
            {offer.state === "waiting_for_buyer" ? "· answer by" : "until"} <LocalTime at={offer.answerBy} />
          </>
        )}
      </p>
      {offer.state === "waiting_for_seller" && (
        <div className={styles.buttons}>
          <button className="button button--ghost" type="button" onClick={withdraw} disabled={pending}>
            Withdraw offer
          </button>
        </div>
      )}
      {offer.state === "waiting_for_buyer" && offer.counterCents !== null && !reviewing && (
        <>
          <p>
            The seller asks <strong>{money(offer.counterCents)}</strong>.
          </p>
          <div className={styles.buttons}>
            <button className="button" type="button" onClick={() => setReviewing(true)} disabled={pending}>
              Accept {money(offer.counterCents)}…
            </button>
            <button
              className="button button--ghost"
              type="button"
              onClick={() => answer("decline")}
              disabled={pending}
            >
              Decline
            </button>
          </div>
        </>
      )}
      {offer.state === "waiting_for_buyer" && offer.counterCents !== null && reviewing && (
        <div role="group" aria-label="Review your answer">
          <p>
            Accepting buys the item for {money(offer.counterCents)} plus shipping: you get an order to pay
            now, and the item is held for you while you pay.
          </p>
          <div className={styles.buttons}>
            <button className="button" type="button" onClick={() => answer("accept")} disabled={pending}>
              Accept and buy for {money(offer.counterCents)}
            </button>
            <button className="button button--ghost" type="button" onClick={() => setReviewing(false)}>
              Back
            </button>
          </div>
        </div>
      )}
      {offer.state === "accepted" && offer.orderId && (
        <p>
          <Link href={`/orders/${offer.orderId}`}>Open the order</Link> to pay.
        </p>
      )}
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </li>
  );
}
