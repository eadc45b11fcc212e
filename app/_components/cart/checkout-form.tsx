"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { checkoutAction, type CartFormState } from "@/lib/cart/actions";
import styles from "./checkout-form.module.css";

const initial: CartFormState = { ok: true, message: "", fieldErrors: {} };

type Props = {
  currency: string;
  country: string | null;
  requestId: string;
  sellerCount: number;
  /** The one seller's name when there is one, as the button names them. */
  sellerName: string;
  totalLabel: string;
  canCheckOut: boolean;
  testMode: boolean;
};

/** The cart's one "Check out": the server reserves every seller's items, then the buyer pays once. */
export function CheckoutForm({
  currency,
  country,
  requestId,
  sellerCount,
  sellerName,
  totalLabel,
  canCheckOut,
  testMode,
}: Props) {
  const [state, action, pending] = useActionState(checkoutAction, initial);
  const hintId = `checkout-blocked-${currency}`;
  if (state.payUrl)
    return (
      <div className={styles.form}>
        <ActionError state={state} tone="alert" />
        <p>The rest is reserved for you; the total below is what you pay.</p>
        <a className="button" href={state.payUrl}>
          Pay for the rest
        </a>
      </div>
    );
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="currency" value={currency} />
      {country && <input type="hidden" name="country" value={country} />}
      <input type="hidden" name="requestId" value={requestId} />
      <button
        className="button"
        type="submit"
        disabled={pending || !canCheckOut}
        aria-describedby={canCheckOut ? undefined : hintId}
      >
        {pending
          ? "Reserving your items…"
          : `Check out ${sellerCount > 1 ? `from ${sellerCount} sellers` : `with ${sellerName}`}: ${totalLabel}`}
      </button>
      {!canCheckOut && (
        <p className="field__hint" id={hintId}>
          {country ? "Fix or remove the marked items first." : "Choose the country to ship to first."}
        </p>
      )}
      <p className="field__hint">
        {sellerCount > 1
          ? "One address and one payment; each seller ships and tracks their own parcel. "
          : ""}
        {testMode
          ? "Test-payment mode: you will pay on a labelled test page, and no real money moves."
          : "You pay on Stripe's secure page. Your items stay reserved for about half an hour while you do."}
      </p>
      <ActionError state={state} tone="alert" />
    </form>
  );
}
