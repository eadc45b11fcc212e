"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { checkoutAction, type CartFormState } from "@/lib/cart/actions";
import styles from "./checkout-form.module.css";

const initial: CartFormState = { ok: true, message: "", fieldErrors: {} };

type Props = {
  sellerId: string;
  sellerName: string;
  currency: string;
  country: string | null;
  requestId: string;
  totalLabel: string;
  canCheckOut: boolean;
  testMode: boolean;
};

/** One seller's "Check out" button: the server reserves the items, then sends the buyer to pay. */
export function CheckoutForm({
  sellerId,
  sellerName,
  currency,
  country,
  requestId,
  totalLabel,
  canCheckOut,
  testMode,
}: Props) {
  const [state, action, pending] = useActionState(checkoutAction, initial);
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="sellerId" value={sellerId} />
      <input type="hidden" name="currency" value={currency} />
      {country && <input type="hidden" name="country" value={country} />}
      <input type="hidden" name="requestId" value={requestId} />
      <button
        className="button"
        type="submit"
        disabled={pending || !canCheckOut}
        aria-describedby={canCheckOut ? undefined : `blocked-${sellerId}`}
      >
        {pending ? "Reserving your items…" : `Check out with ${sellerName}: ${totalLabel}`}
      </button>
      {!canCheckOut && (
        <p className="field__hint" id={`blocked-${sellerId}`}>
          {country ? "Fix or remove the marked items first." : "Choose the country to ship to first."}
        </p>
      )}
      <p className="field__hint">
        {testMode
          ? "Test-payment mode: you will pay on a labelled test page, and no real money moves."
          : "You pay on Stripe's secure page. Your items stay reserved for about half an hour while you do."}
      </p>
      <ActionError state={state} tone="alert" />
    </form>
  );
}
