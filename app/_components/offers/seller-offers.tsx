"use client";

import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/forms/fields";
import { LocalTime } from "@/app/_components/local-time";
import { formatMoney } from "@/lib/kernel/money";
import { answerOfferAction, saveOfferSettingsAction } from "@/lib/offers/actions";
import type { OfferPanel, OfferView } from "@/lib/offers/queries";
import { offerStatusWords } from "./offer-words";
import styles from "./offers.module.css";

type SellerPanel = Extract<OfferPanel, { role: "seller" }>;

const asInput = (cents: number | null) => (cents === null ? "" : String(cents / 100));

/** The offers received on the listing, each with Accept (after a review), Decline and Counter, and the automatic levels. */
export function SellerOffers({
  listingId,
  panel,
  onChange,
}: {
  listingId: number;
  panel: SellerPanel;
  onChange: () => Promise<void>;
}) {
  return (
    <>
      {panel.offers.length === 0 ? (
        <p className="field__hint">No offers yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Offers received">
          {panel.offers.slice(0, 10).map((offer) => (
            <ReceivedOffer key={offer.id} listingId={listingId} offer={offer} onChange={onChange} />
          ))}
        </ul>
      )}
      <OfferSettingsForm listingId={listingId} panel={panel} onChange={onChange} />
    </>
  );
}

export function ReceivedOffer({
  listingId,
  offer,
  onChange,
  showListing = false,
}: {
  listingId: number;
  offer: OfferView;
  onChange: () => Promise<void>;
  showListing?: boolean;
}) {
  const [mode, setMode] = useState<"idle" | "reviewing" | "countering">("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const money = (cents: number) => formatMoney(cents, offer.currency);
  const send = (input: { answer: "accept" | "decline" | "counter"; counter?: string }) =>
    startTransition(async () => {
      const result = await answerOfferAction({ listingId, offerId: offer.id, ...input });
      setMessage(result.message);
      setError(!result.ok && "fieldErrors" in result ? result.fieldErrors.counter : undefined);
      if (result.ok) {
        setMode("idle");
        await onChange();
      }
    });

  return (
    <li className={styles.offer} data-testid="received-offer">
      <p>
        {showListing && (
          <>
            <Link href={`/listings/${offer.listingId}`}>{offer.listingTitle}</Link>:{" "}
          </>
        )}
        <strong>{money(offer.amountCents)}</strong> from {offer.buyerName} ·{" "}
        {offerStatusWords(offer, "seller")}
        {offer.counterCents !== null && <> · your counter {money(offer.counterCents)}</>}
        {offer.answerBy && (
          <>
            {" "}
            {offer.state === "waiting_for_seller" ? "· answer by" : "until"} <LocalTime at={offer.answerBy} />
          </>
        )}
      </p>
      {offer.state === "waiting_for_seller" && mode === "idle" && (
        <div className={styles.buttons}>
          <button className="button" type="button" onClick={() => setMode("reviewing")} disabled={pending}>
            Accept {money(offer.amountCents)}…
          </button>
          <button
            className="button button--ghost"
            type="button"
            onClick={() => setMode("countering")}
            disabled={pending}
          >
            Counter…
          </button>
          <button
            className="button button--ghost"
            type="button"
            onClick={() => send({ answer: "decline" })}
            disabled={pending}
          >
            Decline
          </button>
        </div>
      )}
      {offer.state === "waiting_for_seller" && mode === "reviewing" && (
        <div role="group" aria-label="Review your answer">
          <p>
            Accepting sells the item for {money(offer.amountCents)} plus shipping: the buyer gets an order to
            pay, and the item is held for them meanwhile.
          </p>
          <div className={styles.buttons}>
            <button
              className="button"
              type="button"
              onClick={() => send({ answer: "accept" })}
              disabled={pending}
            >
              Accept and sell for {money(offer.amountCents)}
            </button>
            <button className="button button--ghost" type="button" onClick={() => setMode("idle")}>
              Back
            </button>
          </div>
        </div>
      )}
      {offer.state === "waiting_for_seller" && mode === "countering" && (
        <form
          className={styles.buttons}
          onSubmit={(event) => {
            event.preventDefault();
            const counter = String(new FormData(event.currentTarget).get("counter") ?? "");
            send({ answer: "counter", counter });
          }}
        >
          <TextField
            id={`counter-${offer.id}`}
            name="counter"
            label={`Your counter (${offer.currency})`}
            inputMode="decimal"
            error={error}
          />
          <button className="button" type="submit" disabled={pending}>
            Send counter
          </button>
          <button className="button button--ghost" type="button" onClick={() => setMode("idle")}>
            Back
          </button>
        </form>
      )}
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </li>
  );
}

function OfferSettingsForm({
  listingId,
  panel,
  onChange,
}: {
  listingId: number;
  panel: SellerPanel;
  onChange: () => Promise<void>;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <details className={styles.settings}>
      <summary>Answer offers automatically</summary>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(async () => {
            const result = await saveOfferSettingsAction({
              listingId,
              declineBelow: String(data.get("declineBelow") ?? ""),
              acceptFrom: String(data.get("acceptFrom") ?? ""),
            });
            setMessage(result.message);
            setErrors(!result.ok && "fieldErrors" in result ? result.fieldErrors : {});
            if (result.ok) await onChange();
          });
        }}
      >
        <p className="field__hint">Buyers never see these. Leave either empty to answer yourself.</p>
        <TextField
          idPrefix="offer-settings"
          name="declineBelow"
          label={`Decline offers below (${panel.currency})`}
          inputMode="decimal"
          defaultValue={asInput(panel.settings.declineBelowCents)}
          error={errors.declineBelow}
        />
        <TextField
          idPrefix="offer-settings"
          name="acceptFrom"
          label={`Accept offers from (${panel.currency})`}
          inputMode="decimal"
          defaultValue={asInput(panel.settings.acceptFromCents)}
          error={errors.acceptFrom}
        />
        <button className="button button--ghost" type="submit" disabled={pending}>
          Save
        </button>
      </form>
      <div aria-live="polite">{message && <p className="field__hint">{message}</p>}</div>
    </details>
  );
}
