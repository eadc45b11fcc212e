"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import {
  cancelTestCheckoutAction,
  payTestCheckoutAction,
  type TestPaymentState,
} from "@/lib/payments/actions";
import styles from "./test-payment-form.module.css";

const initial: TestPaymentState = { ok: true, message: "", fieldErrors: {} };

const fields = [
  { name: "name", label: "Name on the parcel", autoComplete: "shipping name" },
  { name: "line1", label: "Street address", autoComplete: "shipping address-line1" },
  { name: "city", label: "Town or city", autoComplete: "shipping address-level2" },
  { name: "postalCode", label: "Postcode", autoComplete: "shipping postal-code" },
] as const;

/** Stands in for Stripe's hosted form: a delivery address, then Pay or Cancel. No card, no money. */
type Address = { name: string; line1: string; city: string; postalCode: string };

export function TestPaymentForm({
  sessionId,
  totalLabel,
  countryLabel,
  address,
}: {
  sessionId: string;
  totalLabel: string;
  countryLabel: string;
  address: Address | null;
}) {
  const [state, pay, paying] = useActionState(payTestCheckoutAction, initial);
  const [cancelState, cancel, cancelling] = useActionState(cancelTestCheckoutAction, initial);
  const busy = paying || cancelling;
  return (
    <div className={styles.forms}>
      <form action={pay} className="form" noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <fieldset className={styles.address}>
          <legend>Deliver to (in {countryLabel})</legend>
          {fields.map((f) => {
            const error = state.fieldErrors[f.name];
            const id = `test-pay-${f.name}`;
            return (
              <div className="field" key={f.name}>
                <label htmlFor={id}>{f.label}</label>
                <input
                  id={id}
                  name={f.name}
                  autoComplete={f.autoComplete}
                  defaultValue={address?.[f.name] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
                {error && (
                  <p className="field__error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <button className="button" type="submit" disabled={busy}>
          {paying ? "Paying…" : `Pay ${totalLabel} (test)`}
        </button>
        <ActionError state={state} tone="alert" />
      </form>
      <form action={cancel}>
        <input type="hidden" name="sessionId" value={sessionId} />
        <button className="button button--ghost" type="submit" disabled={busy}>
          {cancelling ? "Cancelling…" : "Cancel and release the items"}
        </button>
        <ActionError state={cancelState} />
      </form>
    </div>
  );
}
