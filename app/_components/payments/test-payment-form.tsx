"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { AddressFields } from "@/app/_components/forms/address-fields";
import {
  cancelTestCheckoutAction,
  payTestCheckoutAction,
  type TestPaymentState,
} from "@/lib/payments/actions";
import styles from "./test-payment-form.module.css";

const initial: TestPaymentState = { ok: true, message: "", fieldErrors: {} };

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
        <fieldset className="fieldset-box">
          <legend>Deliver to (in {countryLabel})</legend>
          <AddressFields
            idPrefix="test-pay"
            errors={state.fieldErrors}
            values={address ?? {}}
            withLine2={false}
          />
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
